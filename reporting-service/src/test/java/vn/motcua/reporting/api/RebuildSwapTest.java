package vn.motcua.reporting.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.messaging.topics.TopicProvisioningService;
import vn.motcua.reporting.EventScript;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.TestInfrastructure;
import vn.motcua.platform.testing.Tokens;

import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.motcua.reporting.EventScript.at;
import static vn.motcua.reporting.EventScript.dossier;

/** A long report query that keeps the swap from dropping a table makes it wait and try again, not fail. */
@QuarkusTest
@TestProfile(ShortTimings.class)
@WithTestResource(RealInfrastructure.class)
class RebuildSwapTest {

    private static final String REBUILD = "/api/v1/admin/rebuild";

    @Inject
    TopicProvisioningService topics;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void aSwapThatWaitsTooLongForALockIsTriedAgain() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(topics::isDone);
        try (EventScript script = new EventScript(bootstrapServers)) {
            script.publish(dossier(UUID.randomUUID(), "RB-SWAP", 1, DossierStatus.RECEIVED, "17833", "tu-phap-ho-tich", "1.001193",
                    at("2030-06-01T08:00:00"), at("2030-06-01T08:00:00"), at("2030-06-01T17:00:00"), null, null));
            await().atMost(Duration.ofSeconds(60)).until(script::consumedAll);
        }
        try (Connection report = DriverManager.getConnection(jdbcUrl, TestInfrastructure.get().user(), TestInfrastructure.get().password());
             Statement query = report.createStatement()) {
            // a report query that reads on for seconds: the table cannot be dropped meanwhile
            report.setAutoCommit(false);
            query.execute("LOCK TABLE report_dossier IN ACCESS SHARE MODE");
            String id = given().auth().oauth2(Tokens.provinceAdmin()).when().post(REBUILD).then().statusCode(202).extract().path("id");
            // the first attempts give up on the lock, and the job goes on trying
            await().atMost(Duration.ofSeconds(60)).until(() -> swapAttempts(id) >= 3);
            assertThat(state(id)).isEqualTo("SWAPPING");
            report.rollback();
            await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(state(id)));
        }
        given().auth().oauth2(Tokens.analyst()).queryParam("from", "2030-06-01").queryParam("to", "2030-06-01").queryParam("unit", "17833")
                .when().get("/api/v1/reports/summary")
                .then().statusCode(200).body("figures.received", org.hamcrest.Matchers.equalTo(1));
    }

    private static int swapAttempts(String id) {
        return given().auth().oauth2(Tokens.provinceAdmin()).when().get(REBUILD)
                .then().statusCode(200).body("id", org.hamcrest.Matchers.equalTo(id)).extract().path("swapAttempts");
    }

    private static String state(String id) {
        return given().auth().oauth2(Tokens.provinceAdmin()).when().get(REBUILD)
                .then().statusCode(200).body("id", org.hamcrest.Matchers.equalTo(id)).extract().path("state");
    }
}
