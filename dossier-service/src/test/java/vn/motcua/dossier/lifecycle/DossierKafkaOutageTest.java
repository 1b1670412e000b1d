package vn.motcua.dossier.lifecycle;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.EventJson;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.messaging.KafkaSettings;
import vn.motcua.platform.messaging.topics.TopicProvisioningService;
import vn.motcua.platform.testing.OwnBrokerInfrastructure;
import vn.motcua.platform.testing.Tokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Kafka goes away: intake and actions go on, and every event arrives, in order, once it is back. */
@QuarkusTest
@WithTestResource(OwnBrokerInfrastructure.class)
class DossierKafkaOutageTest {

    @Inject
    TopicProvisioningService topics;

    @Test
    void withTheBrokerStoppedIntakeAndActionsSucceedAndAllEventsArriveAfterItReturns() {
        await().atMost(Duration.ofSeconds(30)).until(topics::isDone);
        ReferenceDataFixture.publishSampleAndAwait(OwnBrokerInfrastructure.broker().bootstrapServers());

        OwnBrokerInfrastructure.broker().stop();
        String officer = Tokens.officer("16906");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = given().auth().oauth2(officer).contentType(ContentType.JSON)
                    .body(DossierLifecycleApiTest.intake("1.004884", "COUNTER"))
                    .when().post("/api/v1/dossiers").then().statusCode(201).extract().path("id");
            given().auth().oauth2(officer).contentType(ContentType.JSON)
                    .when().post("/api/v1/dossiers/" + id + "/actions/start").then().statusCode(200);
            given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"outcome\": \"APPROVED\", \"resultAsFile\": false}")
                    .when().post("/api/v1/dossiers/" + id + "/actions/resolve").then().statusCode(200);
            ids.add(id);
        }

        OwnBrokerInfrastructure.broker().start();

        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(KafkaSettings.consumer(
                OwnBrokerInfrastructure.broker().bootstrapServers(), "outage-" + UUID.randomUUID(), "outage-test"))) {
            consumer.subscribe(Set.of(Topics.LIFECYCLE.name()));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return ids.stream().allMatch(id -> seen.stream().filter(r -> id.equals(r.key())).count() >= 3);
            });
        }
        for (String id : ids) {
            List<String> types = seen.stream().filter(r -> id.equals(r.key()))
                    .map(r -> EventJson.read(r.value(), DossierLifecycleEvent.class)).map(DossierLifecycleEvent::type)
                    .distinct().toList();
            assertThat(types).containsExactly("received", "started", "resolved");
        }
    }
}
