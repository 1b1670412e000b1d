package vn.motcua.platform.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CloudEventCodecTest {

    private static final String TOPIC = Topics.LIFECYCLE.name();
    private static final String KEY = SampleEvents.DOSSIER_ID.toString();
    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    private static final String DOSSIER_SERVICE = EventEnvelope.sourceOf("dossier-service");

    @Test
    void sourceOfAServiceIsItsPathUnderMotcua() {
        assertThat(DOSSIER_SERVICE).isEqualTo("/motcua/dossier-service");
    }

    @Test
    void toRecordWritesTheEventInBinaryModeOnTheGivenTopicAndKey() {
        EventEnvelope envelope = envelope(Optional.of(TRACEPARENT));

        ProducerRecord<String, byte[]> record = CloudEventCodec.toRecord(TOPIC, KEY, envelope);

        assertThat(record.topic()).isEqualTo(TOPIC);
        assertThat(record.key()).isEqualTo(KEY);
        assertThat(record.value()).isEqualTo(envelope.data());
        assertThat(header(record.headers(), "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record.headers(), "ce_id")).isEqualTo(SampleEvents.EVENT_ID.toString());
        assertThat(header(record.headers(), "ce_source")).isEqualTo("/motcua/dossier-service");
        assertThat(header(record.headers(), "ce_type")).isEqualTo("vn.motcua.dossier.received.v1");
        assertThat(header(record.headers(), "ce_subject")).isEqualTo(SampleEvents.DOSSIER_CODE);
        assertThat(OffsetDateTime.parse(header(record.headers(), "ce_time"))).isAtSameInstantAs(envelope.time());
        assertThat(header(record.headers(), "content-type")).isEqualTo("application/json");
        assertThat(header(record.headers(), "traceparent")).isEqualTo(TRACEPARENT);
    }

    @Test
    void toRecordWritesEachHeaderOnceAndNoOthers() {
        ProducerRecord<String, byte[]> record =
                CloudEventCodec.toRecord(TOPIC, KEY, envelope(Optional.of(TRACEPARENT)));

        List<String> names = new ArrayList<>();
        record.headers().forEach(header -> names.add(header.key()));

        assertThat(names).containsExactlyInAnyOrder("ce_specversion", "ce_id", "ce_source", "ce_type", "ce_subject",
                "ce_time", "content-type", "traceparent");
    }

    @Test
    void toRecordWritesNoTraceparentWhenThereIsNoTrace() {
        ProducerRecord<String, byte[]> record = CloudEventCodec.toRecord(TOPIC, KEY, envelope(Optional.empty()));

        assertThat(record.headers().lastHeader("traceparent")).isNull();
        assertThat(header(record.headers(), "ce_id")).isEqualTo(SampleEvents.EVENT_ID.toString());
    }

    @Test
    void aRecordReadsBackAsTheEventItWasWrittenFrom() {
        EventEnvelope sent = envelope(Optional.of(TRACEPARENT));

        EventEnvelope read = CloudEventCodec.fromRecord(consumed(CloudEventCodec.toRecord(TOPIC, KEY, sent)));

        assertThat(read.id()).isEqualTo(sent.id());
        assertThat(read.source()).isEqualTo(sent.source());
        assertThat(read.type()).isEqualTo(sent.type());
        assertThat(read.subject()).isEqualTo(sent.subject());
        assertThat(read.time()).isAtSameInstantAs(sent.time());
        assertThat(read.data()).isEqualTo(sent.data());
        assertThat(read.traceparent()).contains(TRACEPARENT);
        assertThat(EventJson.read(read.data(), DossierLifecycleEvent.class)).isEqualTo(SampleEvents.received());
    }

    @Test
    void aRecordWithoutTraceReadsBackWithoutTraceparent() {
        EventEnvelope read = CloudEventCodec.fromRecord(
                consumed(CloudEventCodec.toRecord(TOPIC, KEY, envelope(Optional.empty()))));

        assertThat(read.traceparent()).isEmpty();
        assertThat(read.id()).isEqualTo(SampleEvents.EVENT_ID);
    }

    @Test
    void aJsonContentTypeWithACharsetIsAccepted() {
        ProducerRecord<String, byte[]> record = CloudEventCodec.toRecord(TOPIC, KEY, envelope(Optional.empty()));
        record.headers().remove("content-type");
        record.headers().add("content-type", bytes("application/json; charset=utf-8"));

        assertThat(CloudEventCodec.fromRecord(consumed(record)).data()).isEqualTo(record.value());
    }

    @Test
    void aJsonContentTypeInUpperCaseIsAccepted() {
        ProducerRecord<String, byte[]> record = CloudEventCodec.toRecord(TOPIC, KEY, envelope(Optional.empty()));
        replace(record.headers(), "content-type", "Application/JSON");

        assertThat(CloudEventCodec.fromRecord(consumed(record)).id()).isEqualTo(SampleEvents.EVENT_ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/jsonl", "application/json-patch+json", "text/plain", ""})
    void aContentTypeThatOnlyStartsLikeJsonIsRejected(String contentType) {
        ProducerRecord<String, byte[]> record = CloudEventCodec.toRecord(TOPIC, KEY, envelope(Optional.empty()));
        replace(record.headers(), "content-type", contentType);

        assertThatThrownBy(() -> CloudEventCodec.fromRecord(consumed(record)))
                .isInstanceOf(EventFormatException.class)
                .hasMessageStartingWith("content-type must be application/json, not ");
    }

    @Test
    void aRecordOfCloudEventsZeroPointThreeIsRejected() {
        ProducerRecord<String, byte[]> record = CloudEventCodec.toRecord(TOPIC, KEY, envelope(Optional.empty()));
        replace(record.headers(), "ce_specversion", "0.3");

        assertThatThrownBy(() -> CloudEventCodec.fromRecord(consumed(record)))
                .isInstanceOf(EventFormatException.class)
                .hasMessage("ce_specversion must be 1.0, not 0.3");
    }

    @Test
    void aPlainJsonRecordWithoutCloudEventsHeadersIsRejected() {
        ConsumerRecord<String, byte[]> plain = consumed(TOPIC, EventJson.write(SampleEvents.received()),
                new RecordHeaders());

        assertThatThrownBy(() -> CloudEventCodec.fromRecord(plain))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("not a CloudEvents 1.0 record in binary mode");
    }

    @Test
    void aPlainJsonRecordWithOnlyAContentTypeIsRejected() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", bytes("application/json"));
        ConsumerRecord<String, byte[]> plain = consumed(TOPIC, EventJson.write(SampleEvents.received()), headers);

        assertThatThrownBy(() -> CloudEventCodec.fromRecord(plain))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("not a CloudEvents 1.0 record in binary mode");
    }

    @Test
    void anIdThatIsNotAUuidIsRejected() {
        ProducerRecord<String, byte[]> record = CloudEventCodec.toRecord(TOPIC, KEY, envelope(Optional.empty()));
        replace(record.headers(), "ce_id", "000.00.01.H29-250701-0001#1");

        assertThatThrownBy(() -> CloudEventCodec.fromRecord(consumed(record)))
                .isInstanceOf(EventFormatException.class)
                .hasMessage("ce_id must be a UUID, not '000.00.01.H29-250701-0001#1'");
    }

    @Test
    void aRecordWithoutContentTypeIsRejected() {
        ProducerRecord<String, byte[]> record = CloudEventCodec.toRecord(TOPIC, KEY, envelope(Optional.empty()));
        record.headers().remove("content-type");

        assertThatThrownBy(() -> CloudEventCodec.fromRecord(consumed(record)))
                .isInstanceOf(EventFormatException.class)
                .hasMessage("content-type must be application/json, not null");
    }

    @Test
    void aRecordWithANonJsonContentTypeIsRejected() {
        ProducerRecord<String, byte[]> record = CloudEventCodec.toRecord(TOPIC, KEY, envelope(Optional.empty()));
        replace(record.headers(), "content-type", "application/avro");

        assertThatThrownBy(() -> CloudEventCodec.fromRecord(consumed(record)))
                .isInstanceOf(EventFormatException.class)
                .hasMessage("content-type must be application/json, not application/avro");
    }

    @Test
    void aRecordWithoutPayloadIsRejected() {
        ProducerRecord<String, byte[]> record = CloudEventCodec.toRecord(TOPIC, KEY, envelope(Optional.empty()));

        assertThatThrownBy(() -> CloudEventCodec.fromRecord(consumed(TOPIC, null, record.headers())))
                .isInstanceOf(EventFormatException.class)
                .hasMessage("the record has no payload");
    }

    @Test
    void aRecordWithoutTimeIsRejected() {
        ProducerRecord<String, byte[]> record = CloudEventCodec.toRecord(TOPIC, KEY, envelope(Optional.empty()));
        record.headers().remove("ce_time");

        assertThatThrownBy(() -> CloudEventCodec.fromRecord(consumed(record)))
                .isInstanceOf(EventFormatException.class)
                .hasMessage("ce_time is missing");
    }

    @Test
    void aRecordWithoutTypeIsRejected() {
        ProducerRecord<String, byte[]> record = CloudEventCodec.toRecord(TOPIC, KEY, envelope(Optional.empty()));
        record.headers().remove("ce_type");

        assertThatThrownBy(() -> CloudEventCodec.fromRecord(consumed(record)))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("not a CloudEvents 1.0 record in binary mode");
    }

    @Test
    void aRecordOfAnUnknownSpecVersionIsRejected() {
        ProducerRecord<String, byte[]> record = CloudEventCodec.toRecord(TOPIC, KEY, envelope(Optional.empty()));
        replace(record.headers(), "ce_specversion", "2.0");

        assertThatThrownBy(() -> CloudEventCodec.fromRecord(consumed(record)))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("not a CloudEvents 1.0 record in binary mode");
    }

    private static EventEnvelope envelope(Optional<String> traceparent) {
        DossierLifecycleEvent event = SampleEvents.received();
        return new EventEnvelope(event.eventId(), DOSSIER_SERVICE, event.cloudEventType(), event.dossierCode(),
                event.occurredAt(), EventJson.write(event), traceparent);
    }

    private static ConsumerRecord<String, byte[]> consumed(ProducerRecord<String, byte[]> sent) {
        return consumed(sent.topic(), sent.value(), sent.headers());
    }

    private static ConsumerRecord<String, byte[]> consumed(String topic, byte[] value, Headers headers) {
        return new ConsumerRecord<>(topic, 0, 0L, ConsumerRecord.NO_TIMESTAMP, TimestampType.NO_TIMESTAMP_TYPE,
                ConsumerRecord.NULL_SIZE, ConsumerRecord.NULL_SIZE, KEY, value, headers, Optional.empty());
    }

    private static String header(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        assertThat(header).as("header %s", key).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void replace(Headers headers, String key, String value) {
        headers.remove(key);
        headers.add(key, bytes(value));
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
