package vn.motcua.platform.testing;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The {@link Clock} of a service under test: it follows real time until a test sets it, then stands
 * still at the set instant until it is advanced or reset. It replaces the production clock bean.
 */
@Singleton
public class SettableClock extends Clock {

    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    /** Stops the clock at an instant. */
    public void set(Instant instant) {
        fixed.set(instant);
    }

    /** Stops the clock at a local time such as {@code 2025-07-01T08:15:00+07:00}. */
    public void set(String isoOffsetDateTime) {
        set(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
    }

    /** Moves a stopped clock forward (or a running one, which then stops there). */
    public void advance(Duration duration) {
        fixed.updateAndGet(current -> (current == null ? Instant.now() : current).plus(duration));
    }

    /** Lets the clock follow real time again. */
    public void reset() {
        fixed.set(null);
    }

    @Override
    public ZoneId getZone() {
        return PROVINCE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        SettableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        Instant current = fixed.get();
        return current != null ? current : Instant.now();
    }
}
