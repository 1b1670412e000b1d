package vn.motcua.platform.messaging;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.EventEnvelope;
import vn.motcua.platform.events.EventSchemas;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.messaging.outbox.OutboxWriter;
import vn.motcua.platform.testing.RealInfrastructure;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class OutboxPublishingTest {

    @Inject
    OutboxFixture fixture;

    @Inject
    OutboxWriter outbox;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void eventsWrittenInOneTransactionArePublishedInTheOrderTheyWereWritten() {
        List<UUID> dossiers = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<DossierLifecycleEvent> events = new ArrayList<>();
        for (int sequence = 1; sequence <= 10; sequence++) {
            for (UUID dossier : dossiers) {
                events.add(LifecycleEvents.received(dossier, "000.00.01.H29-250701-" + sequence, sequence));
            }
        }
        List<UUID> written = fixture.commit("ordered", events).stream().map(EventEnvelope::id).toList();

        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.LIFECYCLE.name())) {
            List<ConsumerRecord<String, byte[]>> ours = reader.readUntil(
                    records -> TopicReader.ids(records).containsAll(written), Duration.ofSeconds(30)).stream()
                    .filter(record -> TopicReader.ids(List.of(record)).stream().anyMatch(written::contains))
                    .toList();

            assertThat(ours).hasSize(written.size());
            for (UUID dossier : dossiers) {
                List<UUID> publishedForKey = ours.stream().filter(record -> dossier.toString().equals(record.key()))
                        .flatMap(record -> TopicReader.ids(List.of(record)).stream()).toList();
                List<UUID> writtenForKey = events.stream().filter(event -> event.dossierId().equals(dossier))
                        .map(DossierLifecycleEvent::eventId).toList();
                assertThat(publishedForKey).containsExactlyElementsOf(writtenForKey);
            }
            for (ConsumerRecord<String, byte[]> record : ours) {
                assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
                assertThat(header(record, "ce_source")).isEqualTo("/motcua/messaging-test");
                assertThat(header(record, "ce_type")).isEqualTo("vn.motcua.dossier.received.v1");
                assertThat(header(record, "ce_subject")).startsWith("000.00.01.H29-250701-");
                assertThat(header(record, "ce_time")).endsWith("+07:00");
                assertThat(header(record, "content-type")).isEqualTo("application/json");
                assertThat(EventSchemas.violations(header(record, "ce_type"), record.value())).isEmpty();
            }
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> unsent(written) == 0);
    }

    @Test
    void aRolledBackTransactionPublishesNothing() {
        UUID dossier = UUID.randomUUID();
        DossierLifecycleEvent doomed = LifecycleEvents.received(dossier, "ROLLED-BACK", 1);
        assertThatThrownBy(() -> fixture.failAfterWriting("doomed", List.of(doomed))).isInstanceOf(IllegalStateException.class);
        DossierLifecycleEvent marker = LifecycleEvents.received(dossier, "COMMITTED-AFTER", 1);
        fixture.commit("marker", List.of(marker));

        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.LIFECYCLE.name())) {
            List<UUID> published = TopicReader.ids(reader.readUntil(
                    records -> TopicReader.ids(records).contains(marker.eventId()), Duration.ofSeconds(30)));
            assertThat(published).doesNotContain(doomed.eventId());
        }
        assertThat(count("SELECT count(*) FROM messaging_outbox WHERE subject = 'ROLLED-BACK'")).isZero();
        assertThat(count("SELECT count(*) FROM test_change WHERE label = 'doomed'")).isZero();
    }

    @Test
    void anOutboxWriteOutsideATransactionIsRefused() {
        DossierLifecycleEvent event = LifecycleEvents.received(UUID.randomUUID(), "NO-TRANSACTION", 1);
        assertThatThrownBy(() -> outbox.append(Topics.LIFECYCLE, event.dossierId().toString(), event.eventId(),
                event.cloudEventType(), event.dossierCode(), event))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("transaction");
        QuarkusTransaction.requiringNew().run(() -> assertThat(count(
                "SELECT count(*) FROM messaging_outbox WHERE subject = 'NO-TRANSACTION'")).isZero());
    }

    @Test
    void theBacklogAndTheOutboxCheckAreExposed() {
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("motcua_outbox_backlog"))
                .body(containsString("motcua_outbox_oldest_age_seconds"))
                .body(containsString("motcua_outbox_published_total"))
                .body(containsString("motcua_consumer_lag{consumer=\"test-recorder\""))
                .body(containsString("motcua_consumer_records_total{consumer=\"test-recorder\""));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().when().get("/q/health/well").then()
                        .body("checks.find { it.name == 'outbox' }.status", equalTo("UP")));
    }

    private long unsent(List<UUID> ids) {
        Set<String> wanted = ids.stream().map(UUID::toString).collect(Collectors.toSet());
        return count("SELECT count(*) FROM messaging_outbox WHERE sent_at IS NULL AND event_id::text IN ('"
                + String.join("','", wanted) + "')");
    }

    private long count(String sql) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql);
             ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
