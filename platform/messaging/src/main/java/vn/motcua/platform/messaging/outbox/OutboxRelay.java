package vn.motcua.platform.messaging.outbox;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import vn.motcua.platform.events.CloudEventCodec;
import vn.motcua.platform.events.EventEnvelope;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Publishes a service's outbox to Kafka: rows in id order, each as a CloudEvents record, then marked
 * sent. Only one relay per service is active: it holds a PostgreSQL advisory lock on a session of its
 * own; the others wait and take over when that session ends. The active relay wakes on NOTIFY and polls
 * as a fallback. While Kafka is away it retries with growing pauses, and never marks a row sent before
 * Kafka acknowledged it and every row before it, so nothing is lost or reordered.
 */
public final class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int LOCK_CLASS = 0x4D43_4F42; // "MCOB": MotCua outbox
    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final RelaySettings settings;
    private final Supplier<Producer<String, byte[]>> producers;
    private final RelayListener listener;
    private volatile boolean running;
    private volatile boolean leader;
    private volatile Connection session;
    private Thread thread;
    private Producer<String, byte[]> producer;

    public OutboxRelay(RelaySettings settings, Supplier<Producer<String, byte[]>> producers, RelayListener listener) {
        this.settings = settings;
        this.producers = producers;
        this.listener = listener;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay-" + settings.name());
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops publishing, releases leadership and waits for the relay's thread to end. */
    public void stop() {
        Thread current;
        synchronized (this) {
            running = false;
            current = thread;
        }
        if (current == null) {
            return;
        }
        current.interrupt();
        try {
            current.join(Duration.ofSeconds(15).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isLeader() {
        return leader;
    }

    private void run() {
        Duration backoff = Duration.ofMillis(200);
        while (running) {
            try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
                session = connection;
                connection.setAutoCommit(true);
                if (!awaitLeadership(connection)) {
                    continue;
                }
                listen(connection);
                backoff = Duration.ofMillis(200);
                relayWhileLeader(connection);
            } catch (SQLException e) {
                if (running) {
                    LOG.warnf("Outbox relay %s lost its database session (%s); retrying in %d ms",
                            settings.name(), e.getSQLState(), backoff.toMillis());
                    pause(backoff);
                    backoff = longer(backoff);
                }
            } finally {
                session = null;
                becomeLeader(false);
            }
        }
        closeProducer();
    }

    /** Tries for the lock until it is ours or the relay stops; returns whether it is ours. */
    private boolean awaitLeadership(Connection connection) throws SQLException {
        try (PreparedStatement tryLock = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            tryLock.setInt(1, LOCK_CLASS);
            tryLock.setInt(2, settings.name().hashCode());
            while (running) {
                try (ResultSet result = tryLock.executeQuery()) {
                    result.next();
                    if (result.getBoolean(1)) {
                        becomeLeader(true);
                        return true;
                    }
                }
                pause(settings.standbyInterval());
            }
        }
        return false;
    }

    private void listen(Connection connection) throws SQLException {
        try (Statement listen = connection.createStatement()) {
            listen.execute("LISTEN " + OutboxWriter.CHANNEL);
        }
    }

    private void relayWhileLeader(Connection connection) throws SQLException {
        Duration backoff = Duration.ofMillis(200);
        while (running) {
            int published;
            try {
                published = publishBatch(connection);
                backoff = Duration.ofMillis(200);
            } catch (PublishFailure failure) {
                listener.publishFailed(failure);
                LOG.warnf("Outbox relay %s could not publish to Kafka (%s); retrying in %d ms",
                        settings.name(), failure.getMessage(), backoff.toMillis());
                closeProducer();
                pause(backoff);
                backoff = longer(backoff);
                continue;
            }
            if (published < settings.batchSize()) {
                awaitNotification(connection);
            }
        }
    }

    /** Publishes up to one batch of unsent rows; returns how many were published and marked sent. */
    int publishBatch(Connection connection) throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT id, topic, message_key, event_id, event_source, event_type, subject, occurred_at, payload, traceparent
                  FROM messaging_outbox WHERE sent_at IS NULL ORDER BY id LIMIT ?""")) {
            select.setInt(1, settings.batchSize());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong("id"));
                    EventEnvelope envelope = new EventEnvelope(
                            rows.getObject("event_id", UUID.class),
                            rows.getString("event_source"),
                            rows.getString("event_type"),
                            rows.getString("subject"),
                            rows.getTimestamp("occurred_at").toInstant().atZone(PROVINCE).toOffsetDateTime(),
                            rows.getBytes("payload"),
                            Optional.ofNullable(rows.getString("traceparent")));
                    records.add(CloudEventCodec.toRecord(rows.getString("topic"), rows.getString("message_key"), envelope));
                }
            }
        }
        if (records.isEmpty()) {
            return 0;
        }
        int acknowledged = send(records);
        markSent(connection, ids.subList(0, acknowledged));
        listener.published(acknowledged);
        if (acknowledged < records.size()) {
            throw new PublishFailure("Kafka acknowledged " + acknowledged + " of " + records.size() + " records");
        }
        return acknowledged;
    }

    /** Sends the records in order and returns how many, from the first, Kafka acknowledged without a gap. */
    private int send(List<ProducerRecord<String, byte[]>> records) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
        try {
            Producer<String, byte[]> current = producer();
            for (ProducerRecord<String, byte[]> record : records) {
                acks.add(current.send(record));
            }
            current.flush();
        } catch (RuntimeException e) {
            // send() itself can fail (metadata unavailable while Kafka is away); what was queued is still checked
            LOG.debugf("sending stopped early: %s", e.getClass().getSimpleName());
        }
        int acknowledged = 0;
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(45, TimeUnit.SECONDS);
                acknowledged++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | TimeoutException e) {
                break;
            }
        }
        return acknowledged;
    }

    private void markSent(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE messaging_outbox SET sent_at = clock_timestamp() WHERE id = ANY (?)")) {
            Array array = connection.createArrayOf("bigint", ids.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    private void awaitNotification(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        long waitMillis = Math.max(1, settings.pollInterval().toMillis());
        // a NOTIFY ends the wait at once; otherwise this is the polling fallback
        postgres.getNotifications((int) Math.min(waitMillis, Integer.MAX_VALUE));
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = producers.get();
        }
        return producer;
    }

    private void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(1));
            } catch (RuntimeException ignored) {
                // a producer that cannot close cleanly is abandoned; the next one starts afresh
            }
            producer = null;
        }
    }

    private void becomeLeader(boolean now) {
        if (leader != now) {
            leader = now;
            listener.leadership(now);
            LOG.infof("Outbox relay %s is %s", settings.name(), now ? "the active relay" : "standing by");
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            if (running) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Duration longer(Duration backoff) {
        Duration doubled = backoff.multipliedBy(2);
        return doubled.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : doubled;
    }

    /** Kafka did not acknowledge every record of a batch. */
    private static final class PublishFailure extends RuntimeException {
        PublishFailure(String message) {
            super(message, null, false, false);
        }
    }
}
