package vn.motcua.reporting.api;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Timings short enough to watch in a test: swap attempts give up on a lock after a second and are tried
 * again up to ten times; streams get a heartbeat every 200 ms and are closed after two seconds.
 */
public class ShortTimings implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "motcua.rebuild.swap-lock-timeout", "1s",
                "motcua.rebuild.swap-attempts", "10",
                "motcua.stream.heartbeat", "200ms",
                "motcua.stream.max-lifetime", "2s");
    }
}
