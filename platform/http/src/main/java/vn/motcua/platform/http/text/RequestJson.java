package vn.motcua.platform.http.text;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * How every MotCua service reads JSON, request bodies first: text is stored as NFC, and a field the
 * body's type does not have is refused (400 naming it, "is not a known field") instead of silently
 * dropped, so that a misspelt optional field cannot lose what the caller meant. Events are read by
 * {@code EventJson}'s own mapper, which tolerates fields added by newer producers.
 */
@Singleton
public class RequestJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new NfcStrings());
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
