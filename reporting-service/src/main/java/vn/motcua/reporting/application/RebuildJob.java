package vn.motcua.reporting.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;
import vn.motcua.platform.events.CloudEventCodec;
import vn.motcua.platform.events.EventEnvelope;
import vn.motcua.platform.events.EventFormatException;
import vn.motcua.platform.events.EventJson;
import vn.motcua.platform.events.EventSchemas;
import vn.motcua.platform.messaging.consumer.EventHandler;
import vn.motcua.platform.messaging.consumer.EventRejectedException;
import vn.motcua.platform.messaging.consumer.ReceivedEvent;
import vn.motcua.reporting.persistence.ReadModelChanges;
import vn.motcua.reporting.persistence.ReadModelTables;
import vn.motcua.reporting.persistence.RebuildRows;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One rebuild of the read models, on a thread of its own. It replays the topics of every event handler
 * of the service from their beginning through the handlers themselves, the very code of the live
 * consumers, into copies of the tables ({@link ReadModelTables}), skipping what the live pipeline skips:
 * records that are not CloudEvents, unknown types, payloads that break their schema (the live consumers
 * dead-letter those), and events not above the last sequence or version applied for their key. The
 * live consumers go on writing the live tables meanwhile. Once nearly caught up, it holds back live
 * writes, reads the last records up to the topics' ends as they are then, and moves the copies in, all
 * in one transaction.
 *
 * <p>Why nothing is lost: every event a live write applied was in a topic before that write committed,
 * and the last reading starts only after every live write in progress has committed; so the ends read
 * then cover every event the live tables hold. Live writes held back reach the new tables once the
 * swap commits; events the rebuild applied already are skipped by the live consumers' own rules or
 * change nothing (a row only takes a higher sequence or version).
 */
final class RebuildJob implements Runnable {

    private static final Logger LOG = Logger.getLogger(RebuildJob.class);
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(30);
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String DEADLOCK = "40P01";

    private final UUID id;
    private final List<EventHandler> handlers;
    private final AgroalDataSource dataSource;
    private final Supplier<Consumer<String, byte[]>> consumers;
    private final RebuildConfig config;
    private final Clock clock;
    private final ObjectMapper json;
    private final Runnable whenFinished;
    private final Map<TopicPartition, Long> start = new HashMap<>();
    private final List<TopicPartition> partitions = new ArrayList<>();
    private Map<TopicPartition, Long> targets = Map.of();
    private String live;
    private long read;
    private long applied;
    private long skipped;
    private volatile boolean running = true;
    private volatile Consumer<String, byte[]> consumer;

    RebuildJob(UUID id, List<EventHandler> handlers, AgroalDataSource dataSource, Supplier<Consumer<String, byte[]>> consumers,
               RebuildConfig config, Clock clock, ObjectMapper json, Runnable whenFinished) {
        this.id = id;
        this.handlers = List.copyOf(handlers);
        this.dataSource = dataSource;
        this.consumers = consumers;
        this.config = config;
        this.clock = clock;
        this.json = json;
        this.whenFinished = whenFinished;
    }

    /** Asks the job to stop (the service is shutting down); it fails and leaves the read models as they were. */
    void stop() {
        running = false;
        Consumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    @Override
    public void run() {
        try (Consumer<String, byte[]> kafka = consumers.get()) {
            consumer = kafka;
            rebuild(kafka);
            LOG.infof("Rebuild %s is done: %d records read, %d applied, %d skipped", id, read, applied, skipped);
        } catch (RuntimeException e) {
            fail(e);
        } finally {
            consumer = null;
            whenFinished.run();
        }
    }

    private void rebuild(Consumer<String, byte[]> kafka) {
        inTransaction(connection -> {
            live = ReadModelTables.liveSchema(connection);
            ReadModelTables.createCopies(connection, live);
        });
        TreeSet<String> topics = new TreeSet<>();
        handlers.forEach(handler -> topics.addAll(handler.topics()));
        for (String topic : topics) {
            List<PartitionInfo> infos = kafka.partitionsFor(topic, KAFKA_TIMEOUT);
            if (infos == null || infos.isEmpty()) {
                throw new RebuildFailure("topic " + topic + " has no partitions: is Kafka reachable, and were the topics created?");
            }
            infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
        }
        kafka.assign(partitions);
        kafka.seekToBeginning(partitions);
        start.putAll(kafka.beginningOffsets(partitions, KAFKA_TIMEOUT));
        targets = kafka.endOffsets(partitions, KAFKA_TIMEOUT);
        inTransaction(connection -> save(connection, RebuildState.RUNNING, false));

        // the topics up to their ends as the rebuild began, then up to their moving ends until little is left
        readUpTo(kafka, RebuildState.RUNNING);
        while (true) {
            targets = kafka.endOffsets(partitions, KAFKA_TIMEOUT);
            if (lag(kafka) <= config.catchUpLag()) {
                break;
            }
            readUpTo(kafka, RebuildState.RUNNING);
        }
        inTransaction(connection -> {
            ReadModelTables.analyzeCopies(connection);
            save(connection, RebuildState.SWAPPING, false);
        });
        swap(kafka);
    }

    /** The last records and the swap, in one transaction while live writes wait; tried again if locks are slow. */
    private void swap(Consumer<String, byte[]> kafka) {
        long lockMillis = config.swapLockTimeout().toMillis();
        int seconds = (int) Math.max(60, (2 * lockMillis + config.swapDeadline().toMillis()) / 1000 + 30);
        for (int attempt = 1; ; attempt++) {
            Map<TopicPartition, Long> before = positions(kafka);
            long[] counts = {read, applied, skipped};
            int number = attempt;
            inTransaction(connection -> RebuildRows.recordSwapAttempt(connection, id, number));
            try {
                QuarkusTransaction.requiringNew().timeout(seconds).run(() -> {
                    try (Connection connection = dataSource.getConnection()) {
                        ReadModelTables.limitLockWaits(connection, lockMillis);
                        ReadModelTables.holdLiveWrites(connection, live);
                        targets = kafka.endOffsets(partitions, KAFKA_TIMEOUT);
                        long deadline = System.nanoTime() + config.swapDeadline().toNanos();
                        while (!reached(kafka)) {
                            if (System.nanoTime() > deadline) {
                                throw new SwapTooSlow();
                            }
                            apply(connection, poll(kafka));
                        }
                        if (!ReadModelTables.moveCopiesIn(connection, live)) {
                            throw new RebuildFailure("the read-model tables were migrated while the rebuild ran; start it again");
                        }
                        ReadModelChanges.announce(connection, null);
                        save(connection, RebuildState.DONE, true);
                    } catch (SQLException e) {
                        throw new DatabaseFailure(e);
                    }
                });
                return;
            } catch (SwapTooSlow | DatabaseFailure e) {
                String state = e instanceof DatabaseFailure failure ? failure.sqlState() : null;
                if (!(e instanceof SwapTooSlow) && !LOCK_NOT_AVAILABLE.equals(state) && !DEADLOCK.equals(state)) {
                    throw e;
                }
                if (attempt >= config.swapAttempts()) {
                    throw new RebuildFailure("the rebuilt tables could not be swapped in: " + attempt + " attempts waited too long"
                            + " for locks (long report queries?) or for the last records");
                }
                LOG.warnf("Rebuild %s: swap attempt %d waited too long; reading on and trying again", id, attempt);
                // what was read in the swap's transaction was rolled back with it: read it again
                before.forEach(kafka::seek);
                read = counts[0];
                applied = counts[1];
                skipped = counts[2];
                targets = kafka.endOffsets(partitions, KAFKA_TIMEOUT);
                readUpTo(kafka, RebuildState.SWAPPING);
            }
        }
    }

    /** Reads until every partition reached its target, each poll's records in a transaction of their own. */
    private void readUpTo(Consumer<String, byte[]> kafka, RebuildState state) {
        while (!reached(kafka)) {
            ConsumerRecords<String, byte[]> batch = poll(kafka);
            inTransaction(connection -> {
                apply(connection, batch);
                save(connection, state, false);
            });
        }
    }

    private ConsumerRecords<String, byte[]> poll(Consumer<String, byte[]> kafka) {
        if (!running) {
            throw new RebuildFailure("the service stopped during the rebuild");
        }
        return kafka.poll(Duration.ofMillis(500));
    }

    /**
     * Runs the records through the handlers of their topic, writing the copies, in the caller's
     * transaction: the steps of the live pipeline, with the rebuild's own record of sequences per key.
     */
    private void apply(Connection connection, ConsumerRecords<String, byte[]> batch) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        ReadModelTables.writeCopies(connection);
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try (ReadModelTables.KeySequences sequences = new ReadModelTables.KeySequences(connection)) {
            for (ConsumerRecord<String, byte[]> record : batch) {
                read++;
                if (applyToHandlers(record, sequences)) {
                    applied++;
                } else {
                    skipped++;
                }
            }
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }

    /** Whether some handler applied the record. */
    private boolean applyToHandlers(ConsumerRecord<String, byte[]> record, ReadModelTables.KeySequences sequences)
            throws SQLException {
        EventEnvelope envelope;
        try {
            envelope = CloudEventCodec.fromRecord(record);
        } catch (EventFormatException e) {
            return false;
        }
        if (EventSchemas.schemaFor(envelope.type()).isEmpty() || !EventSchemas.violations(envelope.type(), envelope.data()).isEmpty()) {
            return false;
        }
        JsonNode payload;
        try {
            payload = EventJson.mapper().readTree(envelope.data());
        } catch (IOException e) {
            return false;
        }
        boolean handled = false;
        for (EventHandler handler : handlers) {
            if (!handler.topics().contains(record.topic())) {
                continue;
            }
            OptionalLong order = handler.orderOf(payload);
            if (order.isPresent() && record.key() != null
                    && !sequences.advance(handler.consumerName(), record.topic(), record.key(), order.getAsLong())) {
                continue;
            }
            try {
                handler.handle(new ReceivedEvent(record.topic(), record.key(), envelope, payload, record.partition(), record.offset()));
                handled = true;
            } catch (EventRejectedException e) {
                // the live consumer dead-letters it
            } catch (RuntimeException e) {
                throw new RebuildFailure(handler.consumerName() + " could not apply " + record.topic() + "[" + record.partition()
                        + "]@" + record.offset() + " (" + e.getClass().getSimpleName() + ")"
                        + (e.getCause() instanceof SQLException sql ? ", SQLState " + sql.getSQLState()
                        + ("42P01".equals(sql.getSQLState()) ? ": it writes a table the rebuild does not copy" : "") : ""));
            }
        }
        return handled;
    }

    private boolean reached(Consumer<String, byte[]> kafka) {
        for (TopicPartition partition : partitions) {
            if (kafka.position(partition, KAFKA_TIMEOUT) < targets.getOrDefault(partition, 0L)) {
                return false;
            }
        }
        return true;
    }

    private long lag(Consumer<String, byte[]> kafka) {
        long lag = 0;
        for (TopicPartition partition : partitions) {
            lag += Math.max(0, targets.getOrDefault(partition, 0L) - kafka.position(partition, KAFKA_TIMEOUT));
        }
        return lag;
    }

    private Map<TopicPartition, Long> positions(Consumer<String, byte[]> kafka) {
        Map<TopicPartition, Long> positions = new HashMap<>();
        for (TopicPartition partition : partitions) {
            positions.put(partition, kafka.position(partition, KAFKA_TIMEOUT));
        }
        return positions;
    }

    /** Writes the progress in the current transaction. */
    private void save(Connection connection, RebuildState state, boolean finished) throws SQLException {
        List<PartitionProgress> progress = new ArrayList<>();
        Consumer<String, byte[]> kafka = consumer;
        for (TopicPartition partition : partitions) {
            progress.add(new PartitionProgress(partition.topic(), partition.partition(), start.getOrDefault(partition, 0L),
                    kafka == null ? 0 : kafka.position(partition, KAFKA_TIMEOUT), targets.getOrDefault(partition, 0L)));
        }
        try {
            RebuildRows.saveProgress(connection, live, id, state.name(), read, applied, skipped,
                    json.writeValueAsString(progress), finished ? clock.instant() : null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the rebuild's progress could not be written", e);
        }
    }

    /** Leaves the read models as they were, and says why in the job's record. */
    private void fail(RuntimeException cause) {
        String reason = cause instanceof RebuildFailure ? cause.getMessage()
                : cause instanceof DatabaseFailure failure ? "a database error (SQLState " + failure.sqlState() + ")"
                : "an unexpected " + cause.getClass().getSimpleName();
        LOG.warnf("Rebuild %s failed: %s", id, reason);
        try {
            inTransaction(connection -> {
                ReadModelTables.dropCopies(connection);
                RebuildRows.recordFailure(connection, id, RebuildState.FAILED.name(), clock.instant(), reason);
            });
        } catch (RuntimeException e) {
            // the database is away: the next look at the job sees it abandoned
            LOG.warnf("Rebuild %s could not record its failure (%s)", id, e.getClass().getSimpleName());
        }
    }

    private void inTransaction(SqlWork work) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection()) {
                work.run(connection);
            } catch (SQLException e) {
                throw new DatabaseFailure(e);
            }
        });
    }

    /** Work on the transaction's connection. */
    @FunctionalInterface
    private interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    /** A reason to stop the rebuild that can be told to the admin as it is. */
    static final class RebuildFailure extends RuntimeException {
        RebuildFailure(String message) {
            super(message, null, false, false);
        }
    }

    /** A database error, carried out of a transaction's lambda with its SQLState. */
    private static final class DatabaseFailure extends RuntimeException {
        DatabaseFailure(SQLException cause) {
            super(cause.getSQLState(), cause, false, false);
        }

        String sqlState() {
            return getMessage();
        }
    }

    /** The swap held live writes back longer than allowed. */
    private static final class SwapTooSlow extends RuntimeException {
        SwapTooSlow() {
            super("the last records took too long", null, false, false);
        }
    }
}
