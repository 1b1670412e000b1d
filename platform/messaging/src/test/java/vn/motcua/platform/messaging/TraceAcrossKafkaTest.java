package vn.motcua.platform.messaging;

import io.agroal.api.AgroalDataSource;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.testing.RealInfrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class TraceAcrossKafkaTest {

    /** What a consumer span may say: where the record came from and what it was, nothing of its payload. */
    private static final Set<String> CONSUMER_ATTRIBUTES = Set.of("messaging.system", "messaging.operation.type",
            "messaging.destination.name", "messaging.destination.partition.id", "messaging.kafka.offset",
            "messaging.consumer.group.name", "messaging.message.id", "cloudevents.event_type", "motcua.consumer.outcome");

    @Inject
    InMemorySpanExporter spans;

    @Inject
    OutboxFixture fixture;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aTraceStartedByAnHttpRequestContinuesInTheConsumerOfTheEventItCaused() {
        String code = "TRACED-" + UUID.randomUUID().toString().substring(0, 8);
        String eventId = given().when().post("/test/changes/" + code).then().statusCode(200).extract().asString();

        SpanData consumer = await().atMost(Duration.ofSeconds(30)).until(() -> consumerSpanOf(eventId), Optional::isPresent).get();
        SpanData server = await().atMost(Duration.ofSeconds(10)).until(() -> serverSpanOf("/test/changes/" + code),
                Optional::isPresent).get();

        assertThat(consumer.getTraceId()).isEqualTo(server.getTraceId());
        assertThat(ancestorsOf(consumer)).extracting(SpanData::getSpanId).contains(server.getSpanId());
        assertThat(storedTraceparent(eventId)).hasValueSatisfying(traceparent ->
                assertThat(traceparent).matches("00-" + server.getTraceId() + "-[0-9a-f]{16}-01"));

        assertThat(consumer.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(consumer.getName()).isEqualTo("process " + Topics.LIFECYCLE.name());
        assertThat(consumer.getAttributes().get(AttributeKey.stringKey("messaging.system"))).isEqualTo("kafka");
        assertThat(consumer.getAttributes().get(AttributeKey.stringKey("messaging.destination.name"))).isEqualTo(Topics.LIFECYCLE.name());
        assertThat(consumer.getAttributes().get(AttributeKey.stringKey("messaging.consumer.group.name"))).isEqualTo(RecordingHandler.NAME);
        assertThat(consumer.getAttributes().get(AttributeKey.stringKey("messaging.destination.partition.id"))).matches("[0-9]+");
        assertThat(consumer.getAttributes().get(AttributeKey.longKey("messaging.kafka.offset"))).isNotNull().isNotNegative();
        assertThat(consumer.getAttributes().get(AttributeKey.stringKey("motcua.consumer.outcome"))).isEqualTo("handled");
        assertThat(consumer.getAttributes().asMap().keySet()).extracting(AttributeKey::getKey).isSubsetOf(CONSUMER_ATTRIBUTES);
        assertThat(consumer.getAttributes().asMap().values()).extracting(String::valueOf).noneMatch(value -> value.contains(code));
    }

    @Test
    void anEventWrittenOutsideAnyTraceStartsATraceOfItsOwnInItsConsumer() {
        DossierLifecycleEvent event = LifecycleEvents.received(UUID.randomUUID(), "UNTRACED-1", 1);
        fixture.commit("untraced", List.of(event));

        SpanData consumer = await().atMost(Duration.ofSeconds(30)).until(() -> consumerSpanOf(event.eventId().toString()),
                Optional::isPresent).get();

        assertThat(storedTraceparent(event.eventId().toString())).isEmpty();
        assertThat(consumer.getParentSpanContext().isValid()).isFalse();
    }

    private Optional<SpanData> consumerSpanOf(String eventId) {
        return spans.getFinishedSpanItems().stream()
                .filter(span -> span.getKind() == SpanKind.CONSUMER)
                .filter(span -> eventId.equals(span.getAttributes().get(AttributeKey.stringKey("messaging.message.id"))))
                .filter(span -> RecordingHandler.NAME.equals(span.getAttributes().get(AttributeKey.stringKey("messaging.consumer.group.name"))))
                .findFirst();
    }

    private Optional<SpanData> serverSpanOf(String path) {
        return spans.getFinishedSpanItems().stream()
                .filter(span -> span.getKind() == SpanKind.SERVER)
                .filter(span -> span.getAttributes().asMap().values().stream().anyMatch(value -> String.valueOf(value).endsWith(path)))
                .findFirst();
    }

    /** The spans above this one, nearest first, as far as they were recorded. */
    private List<SpanData> ancestorsOf(SpanData span) {
        Map<String, SpanData> byId = spans.getFinishedSpanItems().stream()
                .collect(Collectors.toMap(SpanData::getSpanId, Function.identity(), (first, second) -> first));
        List<SpanData> ancestors = new ArrayList<>();
        SpanData parent = byId.get(span.getParentSpanId());
        while (parent != null && ancestors.size() < 50) {
            ancestors.add(parent);
            parent = byId.get(parent.getParentSpanId());
        }
        return ancestors;
    }

    private Optional<String> storedTraceparent(String eventId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT traceparent FROM messaging_outbox WHERE event_id = ?::uuid")) {
            query.setString(1, eventId);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("outbox row of event %s", eventId).isTrue();
                return Optional.ofNullable(row.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
