package vn.motcua.reporting.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.platform.http.idempotency.IdempotentUseCase;
import vn.motcua.platform.http.security.Caller;
import vn.motcua.platform.http.time.ClockProducer;
import vn.motcua.platform.messaging.KafkaSettings;
import vn.motcua.platform.messaging.consumer.EventHandler;
import vn.motcua.platform.rules.Refusal;
import vn.motcua.reporting.persistence.RebuildLock;
import vn.motcua.reporting.persistence.RebuildRows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Starts rebuilds of the read models and tells how far the latest one got. One rebuild runs at a time
 * across all replicas: the database session running it holds an advisory lock, so a second start gets
 * 409, and a job whose replica died (its session, and the lock, gone) is seen as abandoned.
 */
@ApplicationScoped
public class RebuildService {

    private static final String ABANDONED = "abandoned: the replica running it stopped before it finished";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    @Inject
    RebuildConfig config;

    @Inject
    @Any
    Instance<EventHandler> handlers;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    private volatile RebuildJob current;
    private volatile Thread worker;

    /** Starts a rebuild in the background; 409 while one runs anywhere. */
    @IdempotentUseCase
    public RebuildProgress start() {
        Connection session = null;
        try {
            session = DriverManager.getConnection(jdbcUrl, user.orElse(null), password.orElse(""));
            session.setAutoCommit(true);
            if (!RebuildLock.tryLock(session) && !awaitFinishedHolder(session)) {
                session.close();
                Optional<RebuildProgress> running = latest();
                throw Refusal.conflict("A rebuild is running" + running.map(job -> " (" + job.id() + ", started "
                        + job.startedAt() + ", " + job.percent() + "% read)").orElse("")
                        + ". Follow it at GET /api/v1/admin/rebuild; start another once it is DONE or FAILED.");
            }
            abandonUnfinished(session);
            UUID id = UUID.randomUUID();
            RebuildRows.insert(session, id, RebuildState.RUNNING.name(), caller.subject(), clock.instant());
            List<EventHandler> all = new ArrayList<>();
            handlers.forEach(all::add);
            Connection lock = session;
            RebuildJob job = new RebuildJob(id, all, dataSource, this::consumer, config, clock, json, () -> {
                // the job recorded how it ended: let another one start
                closeQuietly(lock);
                current = null;
            });
            Thread thread = new Thread(job, "read-model-rebuild");
            thread.setDaemon(true);
            current = job;
            worker = thread;
            thread.start();
            return latest().orElseThrow();
        } catch (SQLException e) {
            closeQuietly(session);
            throw new IllegalStateException("the rebuild could not be started", e);
        }
    }

    /** The latest rebuild, if any ever ran. */
    public Optional<RebuildProgress> latest() {
        try (Connection connection = dataSource.getConnection()) {
            Optional<RebuildProgress> latest = select(connection);
            if (latest.isPresent() && unfinished(latest.get().state()) && RebuildLock.isFree(connection)) {
                // no session holds the lock, so no one is running it
                abandonUnfinished(connection);
                return select(connection);
            }
            return latest;
        } catch (SQLException e) {
            throw new IllegalStateException("the rebuild's progress could not be read", e);
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        RebuildJob job = current;
        Thread thread = worker;
        if (job != null && thread != null && thread.isAlive()) {
            job.stop();
            try {
                thread.join(Duration.ofSeconds(15).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        // no consumer group: the rebuild assigns itself every partition, reads from the beginning and commits nothing
        Map<String, Object> settings = KafkaSettings.consumer(bootstrapServers, "unused", service + "-rebuild");
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        return new KafkaConsumer<>(settings);
    }

    private Optional<RebuildProgress> select(Connection connection) throws SQLException {
        return RebuildRows.latest(connection).map(row -> {
            RebuildState state = RebuildState.valueOf(row.state());
            List<PartitionProgress> partitions = partitions(row.partitions());
            return new RebuildProgress(row.id(), state, row.requestedBy(), local(row.startedAt()), local(row.finishedAt()),
                    row.recordsRead(), row.recordsApplied(), row.recordsSkipped(), percent(state, partitions), partitions,
                    row.swapAttempts(), row.error());
        });
    }

    /** The share of the records between the partitions' starts and ends read so far. */
    private static BigDecimal percent(RebuildState state, List<PartitionProgress> partitions) {
        if (state == RebuildState.DONE) {
            return BigDecimal.valueOf(100);
        }
        long total = 0;
        long done = 0;
        for (PartitionProgress partition : partitions) {
            total += Math.max(0, partition.end() - partition.start());
            done += Math.max(0, Math.min(partition.position(), partition.end()) - partition.start());
        }
        return total == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(done * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.DOWN);
    }

    private List<PartitionProgress> partitions(String text) {
        try {
            return json.readValue(text, new TypeReference<List<PartitionProgress>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a rebuild's progress is unreadable", e);
        }
    }

    private void abandonUnfinished(Connection connection) throws SQLException {
        RebuildRows.endUnfinished(connection, RebuildState.FAILED.name(), clock.instant(), ABANDONED);
    }

    private static boolean unfinished(RebuildState state) {
        return state == RebuildState.RUNNING || state == RebuildState.SWAPPING;
    }

    /**
     * Whether the lock came free soon: a job that recorded its end lets the lock go a moment later, and a
     * start right after it must not be refused for that moment.
     */
    private boolean awaitFinishedHolder(Connection session) throws SQLException {
        Optional<RebuildProgress> latest = latest();
        if (latest.isPresent() && unfinished(latest.get().state())) {
            return false;
        }
        return RebuildLock.awaitLock(session);
    }

    private static OffsetDateTime local(Instant time) {
        return time == null ? null : time.atZone(ClockProducer.PROVINCE_ZONE).toOffsetDateTime();
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing more to do with a session that cannot close
            }
        }
    }
}
