package vn.motcua.platform.messaging.outbox;

import io.agroal.api.AgroalDataSource;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.platform.events.EventEnvelope;
import vn.motcua.platform.events.EventJson;
import vn.motcua.platform.events.TopicSpec;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes events to the outbox inside the caller's transaction, so that a change and its event commit
 * together or not at all. The relay publishes them afterwards, woken by a NOTIFY sent on commit.
 * Each event keeps the W3C {@code traceparent} of the span it was written in (the HTTP request that
 * caused it, usually), so that its consumers continue that trace.
 */
@ApplicationScoped
public class OutboxWriter {

    /** The channel the relay listens on. */
    public static final String CHANNEL = "motcua_outbox";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TransactionManager transactions;

    @Inject
    Clock clock;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    /**
     * Appends an event with this service as source and the clock's current time.
     *
     * @param eventId the CloudEvents id: the payload's own {@code eventId} where it has one, else a new UUID
     * @param subject what the event is about, for people: a dossier, procedure or unit code
     * @return the envelope written
     */
    public EventEnvelope append(TopicSpec topic, String key, UUID eventId, String type, String subject, Object payload) {
        EventEnvelope envelope = new EventEnvelope(eventId, EventEnvelope.sourceOf(service), type, subject,
                OffsetDateTime.now(clock), EventJson.write(payload), currentTraceparent());
        append(topic, key, envelope);
        return envelope;
    }

    /**
     * Appends an event whose envelope the caller built (its own id or time, for instance). Without a
     * {@code traceparent} of its own, it gets the current span's.
     */
    public void append(TopicSpec topic, String key, EventEnvelope envelope) {
        requireTransaction();
        try (Connection connection = dataSource.getConnection()) {
            // Writers of one key take turns until commit, so ids follow commit order for every key:
            // the relay, which publishes in id order, can then never reorder one key's events.
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                lock.setString(1, topic.name() + '|' + key);
                lock.execute();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO messaging_outbox
                        (topic, message_key, event_id, event_source, event_type, subject, occurred_at, payload, traceparent)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setString(1, topic.name());
                insert.setString(2, key);
                insert.setObject(3, envelope.id());
                insert.setString(4, envelope.source());
                insert.setString(5, envelope.type());
                insert.setString(6, envelope.subject());
                insert.setTimestamp(7, Timestamp.from(envelope.time().toInstant()));
                insert.setBytes(8, envelope.data());
                insert.setString(9, envelope.traceparent().or(OutboxWriter::currentTraceparent).orElse(null));
                insert.executeUpdate();
            }
            try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify('" + CHANNEL + "', '')")) {
                notify.execute();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the event could not be written to the outbox", e);
        }
    }

    /** The current span as a W3C {@code traceparent}, sampled or not; empty outside any span. */
    static Optional<String> currentTraceparent() {
        if (!Span.current().getSpanContext().isValid()) {
            return Optional.empty();
        }
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return Optional.ofNullable(carrier.get(EventEnvelope.TRACEPARENT_HEADER));
    }

    private void requireTransaction() {
        try {
            if (transactions.getStatus() != Status.STATUS_ACTIVE) {
                throw new IllegalStateException("outbox writes belong in the transaction of the change they describe;"
                        + " call OutboxWriter from a @Transactional method");
            }
        } catch (SystemException e) {
            throw new IllegalStateException("the transaction status is unknown", e);
        }
    }
}
