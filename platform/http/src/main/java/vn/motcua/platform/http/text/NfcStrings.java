package vn.motcua.platform.http.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;

/** A Jackson module that reads every JSON string, as a value or as a map key, in NFC. */
public final class NfcStrings extends SimpleModule {

    public NfcStrings() {
        super("motcua-nfc-strings");
        addDeserializer(String.class, new Values());
        addKeyDeserializer(String.class, new Keys());
    }

    /** Reads a string value as Jackson does (numbers and booleans as their text too), then normalizes it. */
    static final class Values extends StdScalarDeserializer<String> {

        Values() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return Nfc.of(StringDeserializer.instance.deserialize(parser, context));
        }
    }

    static final class Keys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            return Nfc.of(key);
        }
    }
}
