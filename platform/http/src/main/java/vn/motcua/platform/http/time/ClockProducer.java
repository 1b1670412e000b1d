package vn.motcua.platform.http.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The clock every service reads time from, never {@code now()} directly, so tests can set it.
 * It is a default bean: a test suite's own {@link Clock} bean replaces it.
 */
@ApplicationScoped
public class ClockProducer {

    /** All dates and times of the domain are local to the province (DOMAIN.md, "Counting time"). */
    public static final ZoneId PROVINCE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(PROVINCE_ZONE);
    }
}
