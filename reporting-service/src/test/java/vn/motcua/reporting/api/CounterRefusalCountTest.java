package vn.motcua.reporting.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.Channel;
import vn.motcua.platform.events.DossierEventType;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.messaging.topics.TopicProvisioningService;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.Tokens;
import vn.motcua.reporting.EventScript;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.motcua.reporting.EventScript.at;
import static vn.motcua.reporting.EventScript.unit;

/**
 * A dossier refused at the counter as it was handed in (Mẫu 03 in person): its first and only event is
 * {@code refused}, it was never received, and it counts as refused under the unit that refused it on the
 * day it did, like an online submission refused before acceptance.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class CounterRefusalCountTest {

    private static final String ANH_SON = "17329";

    @Inject
    TopicProvisioningService topics;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aDossierRefusedAtTheCounterCountsAsRefusedUnderTheReceivingUnitOnTheDayOfRefusal() {
        await().atMost(Duration.ofSeconds(30)).until(topics::isDone);
        OffsetDateTime refusedAt = at("2031-04-08T09:30:00");
        try (EventScript script = new EventScript(bootstrapServers)) {
            script.publish(unit(ANH_SON, "Xã Anh Sơn", 1));
            script.publish(new DossierLifecycleEvent(UUID.randomUUID(), UUID.randomUUID(), "000.17.329.H40-310408-0001", 1,
                    DossierEventType.REFUSED.eventName(), refusedAt, DossierStatus.REFUSED, DossierStatus.REFUSED.code(),
                    "1.001193", "tu-phap-ho-tich", ANH_SON, ANH_SON, Channel.COUNTER, refusedAt, null, null, 0L, null, null,
                    null, "NOT_COMPETENT", null, 1, 0, null));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(script::consumedAll);
        }

        for (String day : new String[] {"2031-04-08", "2031-04-01"}) {
            given().auth().oauth2(Tokens.provinceAdmin())
                    .queryParam("from", day).queryParam("to", "2031-04-30").queryParam("unit", ANH_SON)
                    .when().get("/api/v1/reports/summary")
                    .then().statusCode(200)
                    .body("figures.refused", equalTo(1))
                    .body("figures.received", equalTo(0))
                    .body("figures.toProcess", equalTo(0))
                    .body("figures.withdrawn", equalTo(0));
        }
        given().auth().oauth2(Tokens.provinceAdmin())
                .queryParam("from", "2031-04-09").queryParam("to", "2031-04-30").queryParam("unit", ANH_SON)
                .when().get("/api/v1/reports/summary")
                .then().statusCode(200)
                .body("figures.refused", equalTo(0));
    }
}
