package vn.motcua.platform.messaging.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import vn.motcua.platform.events.CloudEventCodec;
import vn.motcua.platform.events.EventEnvelope;
import vn.motcua.platform.events.EventFormatException;
import vn.motcua.platform.events.EventJson;
import vn.motcua.platform.events.EventSchemas;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The steps every consumed record goes through, for live consumption and for dead-letter replay alike:
 * read it as a CloudEvent, check its payload against the schema of its type, skip it if its id or an
 * equal or newer sequence of its key was applied, else hand it to the handler, all in one transaction.
 * Each record is processed in a CONSUMER span that continues the trace of its {@code traceparent}
 * header; the span names topic, partition, offset, group and event id and type, never the payload.
 */
final class EventPipeline {

    private static final Logger LOG = Logger.getLogger(EventPipeline.class);

    private final EventHandler handler;
    private final InboxStore inbox;
    private final DeadLetters deadLetters;
    private final Tracer tracer;

    EventPipeline(EventHandler handler, InboxStore inbox, DeadLetters deadLetters, Tracer tracer) {
        this.handler = handler;
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.tracer = tracer;
    }

    EventHandler handler() {
        return handler;
    }

    /**
     * Processes one record of {@code sourceTopic}. Throws {@link TransientFailure} when it should be
     * tried again later (the database or Kafka is away, or the handler failed for a passing reason).
     */
    Outcome process(ConsumerRecord<String, byte[]> record, String sourceTopic) {
        Context producer = W3CTraceContextPropagator.getInstance().extract(Context.root(), record.headers(), TraceHeaders.INSTANCE);
        Span span = tracer.spanBuilder("process " + sourceTopic)
                .setParent(producer)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", sourceTopic)
                .setAttribute("messaging.destination.partition.id", Integer.toString(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("messaging.consumer.group.name", handler.consumerName())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            Outcome outcome = processInSpan(record, sourceTopic, span);
            span.setAttribute("motcua.consumer.outcome", outcome.name().toLowerCase(Locale.ROOT));
            if (outcome == Outcome.DEAD_LETTERED) {
                span.setStatus(StatusCode.ERROR, "sent to the dead-letter topic");
            }
            return outcome;
        } catch (TransientFailure e) {
            // the cause's type only: messages may quote the payload
            span.setStatus(StatusCode.ERROR, e.getMessage());
            throw e;
        } finally {
            span.end();
        }
    }

    private Outcome processInSpan(ConsumerRecord<String, byte[]> record, String sourceTopic, Span span) {
        EventEnvelope envelope;
        try {
            envelope = CloudEventCodec.fromRecord(record);
        } catch (EventFormatException e) {
            return deadLetter(record, sourceTopic, e.getMessage());
        }
        span.setAttribute("messaging.message.id", envelope.id().toString());
        span.setAttribute("cloudevents.event_type", envelope.type());
        if (EventSchemas.schemaFor(envelope.type()).isEmpty()) {
            LOG.debugf("%s skips event type %s, which this version does not know", handler.consumerName(), envelope.type());
            return Outcome.UNKNOWN_TYPE;
        }
        List<String> violations = EventSchemas.violations(envelope.type(), envelope.data());
        if (!violations.isEmpty()) {
            return deadLetter(record, sourceTopic, "the payload breaks the schema of " + envelope.type() + ": "
                    + String.join("; ", violations));
        }
        JsonNode payload;
        try {
            payload = EventJson.mapper().readTree(envelope.data());
        } catch (IOException e) {
            return deadLetter(record, sourceTopic, "the payload is not JSON");
        }
        ReceivedEvent event = new ReceivedEvent(sourceTopic, record.key(), envelope, payload, record.partition(), record.offset());
        OptionalLong order = handler.orderOf(payload);
        try {
            return QuarkusTransaction.requiringNew().call(() -> apply(event, order));
        } catch (EventRejectedException e) {
            return deadLetter(record, sourceTopic, "rejected by " + handler.consumerName() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            throw new TransientFailure(e);
        }
    }

    private Outcome apply(ReceivedEvent event, OptionalLong order) {
        if (!inbox.firstDelivery(handler.consumerName(), event.envelope().id())) {
            return Outcome.DUPLICATE;
        }
        if (order.isPresent() && event.key() != null
                && !inbox.advance(handler.consumerName(), event.topic(), event.key(), order.getAsLong())) {
            return Outcome.STALE;
        }
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            handler.handle(event);
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
        return Outcome.HANDLED;
    }

    private Outcome deadLetter(ConsumerRecord<String, byte[]> record, String sourceTopic, String reason) {
        try {
            deadLetters.send(record, sourceTopic, handler.consumerName(), reason);
        } catch (RuntimeException e) {
            throw new TransientFailure(e);
        }
        LOG.warnf("%s sent %s[%d]@%d to the dead-letter topic: %s", handler.consumerName(), sourceTopic,
                record.partition(), record.offset(), reason);
        return Outcome.DEAD_LETTERED;
    }

    /** Processing should be tried again later. */
    static final class TransientFailure extends RuntimeException {
        TransientFailure(Throwable cause) {
            super(cause.getClass().getSimpleName(), cause, false, false);
        }
    }
}
