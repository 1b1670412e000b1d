package vn.motcua.platform.testing;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where the test suites' PostgreSQL and Kafka come from, as {@code MOTCUA_TEST_INFRA} says: embedded in
 * the test JVM (the default; {@code MOTCUA_TEST_PG_URL} / {@code MOTCUA_TEST_KAFKA_BOOTSTRAP} may still
 * name external servers) or Docker containers started by Testcontainers.
 */
public enum InfrastructureMode {
    EMBEDDED,
    CONTAINERS;

    public static final String VARIABLE = "MOTCUA_TEST_INFRA";

    /** The mode a value of {@code MOTCUA_TEST_INFRA} names; unset or blank is {@link #EMBEDDED}. */
    public static InfrastructureMode of(String value) {
        if (value == null || value.isBlank()) {
            return EMBEDDED;
        }
        for (InfrastructureMode mode : values()) {
            if (mode.name().equalsIgnoreCase(value.trim())) {
                return mode;
            }
        }
        throw new IllegalStateException(VARIABLE + "=" + value + " is not a test infrastructure; use one of "
                + Arrays.stream(values()).map(mode -> mode.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
                + " (see README.md, \"Test it\")");
    }
}
