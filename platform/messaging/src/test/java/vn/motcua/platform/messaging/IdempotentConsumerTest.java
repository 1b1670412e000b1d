package vn.motcua.platform.messaging;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.CloudEventCodec;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.EventEnvelope;
import vn.motcua.platform.events.EventJson;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.messaging.topics.TopicProvisioningService;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.Tokens;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/** The consuming side: duplicates, stale events, poison records, passing failures and replay of dead letters. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class IdempotentConsumerTest {

    private static final String DLQ = Topics.dlqName(Topics.LIFECYCLE.name());

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TopicProvisioningService topics;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaProducer<String, byte[]> producer;

    @BeforeEach
    void producer() {
        await().atMost(Duration.ofSeconds(30)).until(topics::isDone);
        producer = new KafkaProducer<>(KafkaSettings.producer(bootstrapServers, "consumer-test-producer"));
    }

    @AfterEach
    void close() {
        producer.close();
        RecordingHandler.rejecting = true;
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        UUID dossier = UUID.randomUUID();
        DossierLifecycleEvent event = LifecycleEvents.received(dossier, "DUPLICATE-1", 1);
        send(event);
        send(event);
        DossierLifecycleEvent next = LifecycleEvents.received(dossier, "DUPLICATE-2", 2);
        send(next);

        awaitApplied(next.eventId());
        assertThat(appliedSequences(dossier)).containsExactly(1L, 2L);
    }

    @Test
    void anOlderSequenceNeverOverwritesANewerState() {
        UUID dossier = UUID.randomUUID();
        DossierLifecycleEvent newer = LifecycleEvents.received(dossier, "STALE-3", 3);
        DossierLifecycleEvent older = LifecycleEvents.received(dossier, "STALE-2", 2);
        DossierLifecycleEvent newest = LifecycleEvents.received(dossier, "STALE-4", 4);
        send(newer);
        send(older);
        send(newest);

        awaitApplied(newest.eventId());
        assertThat(appliedSequences(dossier)).containsExactly(3L, 4L);
    }

    @Test
    void aPoisonRecordLandsInTheDeadLetterTopicWithItsReasonAndTheNextOneIsApplied() throws Exception {
        UUID dossier = UUID.randomUUID();
        byte[] poison = "{ this is not an event".getBytes(StandardCharsets.UTF_8);
        producer.send(new ProducerRecord<>(Topics.LIFECYCLE.name(), dossier.toString(), poison)).get(10, TimeUnit.SECONDS);
        DossierLifecycleEvent good = LifecycleEvents.received(dossier, "AFTER-POISON", 1);
        send(good);

        awaitApplied(good.eventId());
        ConsumerRecord<String, byte[]> letter = deadLetter(record -> record.key().equals(dossier.toString()));
        assertThat(letter.value()).isEqualTo(poison);
        assertThat(OutboxPublishingTest.header(letter, Topics.DLQ_CONSUMER_HEADER)).isEqualTo(RecordingHandler.NAME);
        assertThat(OutboxPublishingTest.header(letter, Topics.DLQ_REASON_HEADER)).contains("CloudEvents");
        assertThat(OutboxPublishingTest.header(letter, "dlq_source_topic")).isEqualTo(Topics.LIFECYCLE.name());
    }

    @Test
    void anEventThatBreaksItsSchemaIsDeadLetteredNamingTheField() {
        UUID dossier = UUID.randomUUID();
        DossierLifecycleEvent valid = LifecycleEvents.received(dossier, "BAD-UNIT", 1);
        byte[] broken = new String(EventJson.write(valid), StandardCharsets.UTF_8)
                .replace("\"receivingUnitCode\":\"16906\"", "\"receivingUnitCode\":\"1\"").getBytes(StandardCharsets.UTF_8);
        send(dossier, valid.eventId(), valid.cloudEventType(), broken);
        DossierLifecycleEvent next = LifecycleEvents.received(dossier, "AFTER-BAD-UNIT", 2);
        send(next);

        awaitApplied(next.eventId());
        ConsumerRecord<String, byte[]> letter = deadLetter(record -> record.key().equals(dossier.toString()));
        assertThat(OutboxPublishingTest.header(letter, Topics.DLQ_REASON_HEADER)).contains("receivingUnitCode");
        assertThat(appliedSequences(dossier)).containsExactly(2L);
    }

    @Test
    void anEventOfATypeThisVersionDoesNotKnowIsSkippedNotDeadLettered() {
        UUID dossier = UUID.randomUUID();
        DossierLifecycleEvent event = LifecycleEvents.received(dossier, "FROM-THE-FUTURE", 1);
        send(dossier, event.eventId(), "vn.motcua.dossier.teleported.v1", EventJson.write(event));
        DossierLifecycleEvent next = LifecycleEvents.received(dossier, "AFTER-FUTURE", 2);
        send(next);

        awaitApplied(next.eventId());
        assertThat(appliedSequences(dossier)).containsExactly(2L);
        try (TopicReader reader = new TopicReader(bootstrapServers, DLQ)) {
            assertThat(reader.readFor(Duration.ofSeconds(2))).noneMatch(record -> dossier.toString().equals(record.key()));
        }
    }

    @Test
    void aPassingFailureIsRetriedWithoutLosingOrReorderingEvents() {
        UUID dossier = UUID.randomUUID();
        DossierLifecycleEvent flaky = LifecycleEvents.received(dossier, "FLAKY-1", 1);
        DossierLifecycleEvent after = LifecycleEvents.received(dossier, "AFTER-FLAKY", 2);
        send(flaky);
        send(after);

        awaitApplied(after.eventId());
        assertThat(RecordingHandler.FAILURES.get(flaky.eventId().toString()).get()).isEqualTo(3);
        assertThat(appliedSequences(dossier)).containsExactly(1L, 2L);
    }

    @Test
    void aRejectedEventIsDeadLetteredAndAppliedByAReplayOnceTheCauseIsFixed() {
        UUID dossier = UUID.randomUUID();
        DossierLifecycleEvent rejected = LifecycleEvents.received(dossier, "REJECT-ME", 1);
        send(rejected);
        deadLetter(record -> record.key().equals(dossier.toString()));
        assertThat(appliedSequences(dossier)).isEmpty();

        given().auth().oauth2(Tokens.officer("16906"))
                .when().post("/api/v1/admin/dlq/" + RecordingHandler.NAME + "/replay")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.provinceAdmin())
                .when().post("/api/v1/admin/dlq/no-such-consumer/replay")
                .then().statusCode(404).contentType("application/problem+json");

        RecordingHandler.rejecting = false;
        given().auth().oauth2(Tokens.provinceAdmin())
                .when().post("/api/v1/admin/dlq/" + RecordingHandler.NAME + "/replay")
                .then().statusCode(200)
                .body("consumer", equalTo(RecordingHandler.NAME))
                .body("outcomes.HANDLED", greaterThanOrEqualTo(1));

        assertThat(appliedSequences(dossier)).containsExactly(1L);
    }

    private void send(DossierLifecycleEvent event) {
        send(event.dossierId(), event.eventId(), event.cloudEventType(), EventJson.write(event));
    }

    private void send(UUID dossier, UUID eventId, String type, byte[] payload) {
        EventEnvelope envelope = new EventEnvelope(eventId, "/motcua/dossier-service", type, "test",
                java.time.OffsetDateTime.parse("2025-07-01T08:15:00+07:00"), payload, Optional.empty());
        try {
            producer.send(CloudEventCodec.toRecord(Topics.LIFECYCLE.name(), dossier.toString(), envelope)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ConsumerRecord<String, byte[]> deadLetter(java.util.function.Predicate<ConsumerRecord<String, byte[]>> which) {
        try (TopicReader reader = new TopicReader(bootstrapServers, DLQ)) {
            return reader.readUntil(records -> records.stream().anyMatch(which), Duration.ofSeconds(30))
                    .stream().filter(which).findFirst().orElseThrow();
        }
    }

    private void awaitApplied(UUID eventId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !query("SELECT sequence FROM test_applied WHERE event_id = '" + eventId + "'").isEmpty());
    }

    private List<Long> appliedSequences(UUID dossier) {
        return query("SELECT sequence FROM test_applied WHERE message_key = '" + dossier + "' ORDER BY applied_at, sequence");
    }

    private List<Long> query(String sql) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            List<Long> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
            return values;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
