package vn.motcua.platform.messaging.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Measures the outbox: how many events wait to be published and how old the oldest is. Both are
 * metrics ({@code motcua_outbox_backlog}, {@code motcua_outbox_oldest_age_seconds}) and feed the
 * outbox wellness check.
 */
@ApplicationScoped
public class OutboxMonitor {

    private static final Logger LOG = Logger.getLogger(OutboxMonitor.class);

    /** The outbox as last measured. */
    public record Backlog(long rows, Optional<Instant> oldestCreatedAt, Instant measuredAt) {
        public Duration oldestAge() {
            return oldestCreatedAt.map(oldest -> Duration.between(oldest, measuredAt)).orElse(Duration.ZERO);
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    @Inject
    Clock clock;

    private final AtomicReference<Backlog> last = new AtomicReference<>();

    void onStart(@Observes StartupEvent start) {
        last.set(new Backlog(0, Optional.empty(), clock.instant()));
        Gauge.builder("motcua.outbox.backlog", this, monitor -> monitor.backlog().rows())
                .description("Events written to the outbox and not yet published").register(registry);
        Gauge.builder("motcua.outbox.oldest.age.seconds", this, monitor -> monitor.backlog().oldestAge().toMillis() / 1000.0)
                .description("Age of the oldest unpublished event, 0 when none waits").register(registry);
        measure();
    }

    public Backlog backlog() {
        return last.get();
    }

    @Scheduled(every = "${motcua.messaging.monitor-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measure() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT count(*), min(created_at) FROM messaging_outbox WHERE sent_at IS NULL");
             ResultSet result = query.executeQuery()) {
            result.next();
            Timestamp oldest = result.getTimestamp(2);
            last.set(new Backlog(result.getLong(1), Optional.ofNullable(oldest).map(Timestamp::toInstant), clock.instant()));
        } catch (SQLException e) {
            LOG.warnf("The outbox could not be measured (%s)", e.getSQLState());
        }
    }
}
