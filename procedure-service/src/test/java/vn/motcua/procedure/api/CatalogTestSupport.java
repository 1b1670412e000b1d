package vn.motcua.procedure.api;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** A catalogue test starts with the sample province loaded, as a developer's platform does. */
public class CatalogTestSupport implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("motcua.catalog.sample-data", "true",
                "motcua.catalog.public-procedure-url", "https://dichvucong.nghean.example/thu-tuc/{code}");
    }
}
