package vn.motcua.dossier.lifecycle;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.messaging.topics.TopicProvisioningService;
import vn.motcua.platform.testing.DocumentedMetrics;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.Tokens;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What operations see of intake and actions: metrics, and the trace context carried into events. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class DossierObservabilityTest {

    private static final String OFFICER = Tokens.officer("16906");
    private static final String CITIZEN_ID = "040203001234";

    @Inject
    TopicProvisioningService topics;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void catalogueAndUnitsAreReplicated() {
        await().atMost(Duration.ofSeconds(30)).until(topics::isDone);
        ReferenceDataFixture.publishSampleAndAwait(bootstrapServers);
    }

    @Test
    void intakeAndActionsAreCountedAndTimedByChannelActionAndOutcomeWithoutPersonalData() {
        String id = given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(intake())
                .when().post("/api/v1/dossiers").then().statusCode(201).extract().path("id");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(intake().replace(CITIZEN_ID, "12345"))
                .when().post("/api/v1/dossiers").then().statusCode(400);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .when().post("/api/v1/dossiers/" + id + "/actions/start").then().statusCode(200);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .when().post("/api/v1/dossiers/" + id + "/actions/teleport").then().statusCode(404);

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .contains("motcua_dossier_intake_seconds_count{channel=\"counter\",outcome=\"accepted\"}")
                .contains("motcua_dossier_intake_seconds_count{channel=\"counter\",outcome=\"invalid\"}")
                .contains("motcua_dossier_action_seconds_count{action=\"start\",outcome=\"accepted\"}")
                .contains("motcua_dossier_action_seconds_count{action=\"unknown\",outcome=\"not_found\"}")
                .doesNotContain(CITIZEN_ID, "0912345678", "teleport");
        DocumentedMetrics.assertExposed("dossier-service");
    }

    @Test
    void theEventOfAnIntakeCarriesTheTraceOfItsRequestThoughNoSpanIsExported() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String code = given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(intake())
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-00")
                .when().post("/api/v1/dossiers").then().statusCode(201).extract().path("code");
        String untraced = given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(intake())
                .when().post("/api/v1/dossiers").then().statusCode(201).extract().path("code");

        assertThat(traceparentOfEventAbout(code)).matches("00-" + traceId + "-[0-9a-f]{16}-00")
                .doesNotContain("00f067aa0ba902b7");
        assertThat(traceparentOfEventAbout(untraced)).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-00")
                .doesNotContain(traceId);
    }

    private static String intake() {
        return """
                {"procedureCode": "1.004884", "receivingUnitCode": "16906", "channel": "COUNTER",
                 "applicant": {"fullName": "Lô Văn Minh", "citizenId": "%s", "phone": "0912345678",
                               "address": "Bản Xốp Mạt, xã Lượng Minh, Nghệ An"},
                 "documents": [{"name": "Tờ khai", "receivedAs": "PAPER"}]}""".formatted(CITIZEN_ID);
    }

    private String traceparentOfEventAbout(String dossierCode) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT traceparent FROM messaging_outbox WHERE subject = ?")) {
            query.setString(1, dossierCode);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("the outbox row of %s", dossierCode).isTrue();
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
