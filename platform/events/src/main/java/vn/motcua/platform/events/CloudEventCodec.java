package vn.motcua.platform.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Maps events to Kafka records and back in CloudEvents 1.0 binary mode: the attributes travel as
 * {@code ce_*} headers with {@code content-type: application/json}, the value is the JSON payload,
 * and the W3C {@code traceparent} header carries the trace.
 */
public final class CloudEventCodec {

    private CloudEventCodec() {
    }

    public static ProducerRecord<String, byte[]> toRecord(String topic, String key, EventEnvelope envelope) {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(envelope.id().toString())
                .withSource(URI.create(envelope.source()))
                .withType(envelope.type())
                .withSubject(envelope.subject())
                .withTime(envelope.time())
                .withDataContentType(EventEnvelope.CONTENT_TYPE)
                .withData(envelope.data())
                .build();
        ProducerRecord<String, byte[]> record = KafkaMessageFactory.<String>createWriter(topic, key).writeBinary(event);
        envelope.traceparent().ifPresent(trace ->
                record.headers().add(EventEnvelope.TRACEPARENT_HEADER, trace.getBytes(StandardCharsets.US_ASCII)));
        return record;
    }

    /** Reads a record as an event; throws {@link EventFormatException} if it is not a complete CloudEvent. */
    public static EventEnvelope fromRecord(ConsumerRecord<String, byte[]> record) {
        CloudEvent event;
        try {
            event = KafkaMessageFactory.createReader(record).toEvent();
        } catch (CloudEventRWException | IllegalStateException e) {
            throw new EventFormatException("not a CloudEvents 1.0 record in binary mode: " + e.getMessage(), e);
        }
        if (event.getSpecVersion() != SpecVersion.V1) {
            throw new EventFormatException("ce_specversion must be 1.0, not " + event.getSpecVersion());
        }
        UUID id;
        try {
            id = UUID.fromString(event.getId());
        } catch (IllegalArgumentException e) {
            throw new EventFormatException("ce_id must be a UUID, not '" + event.getId() + "'", e);
        }
        if (event.getTime() == null) {
            throw new EventFormatException("ce_time is missing");
        }
        if (event.getData() == null) {
            throw new EventFormatException("the record has no payload");
        }
        String contentType = event.getDataContentType();
        if (!isJson(contentType)) {
            throw new EventFormatException("content-type must be application/json, not " + contentType);
        }
        Header trace = record.headers().lastHeader(EventEnvelope.TRACEPARENT_HEADER);
        OffsetDateTime time = event.getTime();
        return new EventEnvelope(id, event.getSource().toString(), event.getType(), event.getSubject(), time,
                event.getData().toBytes(),
                Optional.ofNullable(trace).map(header -> new String(header.value(), StandardCharsets.US_ASCII)));
    }

    /** Media types are case-insensitive and may carry parameters such as {@code charset}; nothing else is JSON. */
    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String mediaType = parameters < 0 ? contentType : contentType.substring(0, parameters);
        return mediaType.trim().equalsIgnoreCase(EventEnvelope.CONTENT_TYPE);
    }
}
