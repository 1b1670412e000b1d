package vn.motcua.platform.messaging;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.EventJson;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.messaging.topics.TopicProvisioningService;
import vn.motcua.platform.testing.OwnBrokerInfrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Kafka goes away and comes back: the service keeps committing its changes, and every event arrives in order. */
@QuarkusTest
@WithTestResource(OwnBrokerInfrastructure.class)
class KafkaOutageTest {

    @Inject
    OutboxFixture fixture;

    @Inject
    TopicProvisioningService topics;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void withTheBrokerStoppedWritesStillCommitAndEveryEventArrivesInOrderOnceItReturns() {
        await().atMost(Duration.ofSeconds(30)).until(topics::isDone);
        OwnBrokerInfrastructure.broker().stop();

        List<UUID> dossiers = List.of(UUID.randomUUID(), UUID.randomUUID());
        List<DossierLifecycleEvent> written = new ArrayList<>();
        for (int sequence = 1; sequence <= 15; sequence++) {
            List<DossierLifecycleEvent> round = new ArrayList<>();
            for (UUID dossier : dossiers) {
                round.add(LifecycleEvents.received(dossier, "OUTAGE-" + sequence, sequence));
            }
            fixture.commit("while Kafka is away " + sequence, round);
            written.addAll(round);
        }
        assertThat(unsent()).isEqualTo(written.size());
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));

        OwnBrokerInfrastructure.broker().start();

        try (TopicReader reader = new TopicReader(OwnBrokerInfrastructure.broker().bootstrapServers(), Topics.LIFECYCLE.name())) {
            List<UUID> ids = written.stream().map(DossierLifecycleEvent::eventId).toList();
            List<ConsumerRecord<String, byte[]>> published = reader.readUntil(
                    records -> TopicReader.ids(records).containsAll(ids), Duration.ofSeconds(60));
            for (UUID dossier : dossiers) {
                List<Long> sequences = published.stream().filter(record -> dossier.toString().equals(record.key()))
                        .map(record -> EventJson.read(record.value(), DossierLifecycleEvent.class).sequence())
                        .distinct().toList();
                assertThat(sequences).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L);
            }
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> unsent() == 0);
    }

    private long unsent() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT count(*) FROM messaging_outbox WHERE sent_at IS NULL AND subject LIKE 'OUTAGE-%'");
             ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
