package vn.motcua.dossier.lifecycle;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.Channel;
import vn.motcua.platform.events.CloudEventCodec;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.events.EventEnvelope;
import vn.motcua.platform.events.EventJson;
import vn.motcua.platform.events.EventSchemas;
import vn.motcua.platform.messaging.topics.TopicProvisioningService;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.SettableClock;
import vn.motcua.platform.testing.Tokens;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static vn.motcua.dossier.lifecycle.CitizenAccess.APPLICANT_NAME;
import static vn.motcua.dossier.lifecycle.CitizenAccess.CITIZEN_ID;
import static vn.motcua.dossier.lifecycle.CitizenAccess.OFFICER;

/**
 * A dossier handed in at the counter and refused there (Mẫu 03 in person): numbered, never received,
 * no PIN, no receipt, its refusal form and its one event.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class CounterRefusalApiTest {

    private static final String REFUSALS = "/api/v1/dossiers/counter-refusals";
    private static final String REASON = "Thủ tục thuộc thẩm quyền của UBND tỉnh, không thuộc thẩm quyền của xã.";

    @Inject
    SettableClock clock;

    @Inject
    TopicProvisioningService topics;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void referenceData() {
        ReferenceDataFixture.publishOncePerClass(getClass(), topics, bootstrapServers);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anOfficerRefusesAtTheCounterADossierThatIsNumberedButNeverReceived() {
        clock.set("2025-08-04T09:00:00+07:00");
        String received = CitizenAccess.counterIntake().code();
        int sequence = Integer.parseInt(received.substring(received.lastIndexOf('-') + 1));

        Response refused = given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(refusal("1.004227.H40", "\"reason\": \"" + REASON + "\", \"reasonCode\": \"NOT_COMPETENT\""))
                .when().post(REFUSALS)
                .then().statusCode(201)
                .body("status", equalTo("REFUSED"))
                .body("channel", equalTo("COUNTER"))
                .body("code", equalTo("000.16.906.H40-250804-%04d".formatted(sequence + 1)))
                .body("submittedAt", equalTo("2025-08-04T09:00:00+07:00"))
                .body("receivedAt", nullValue())
                .body("dueAt", nullValue())
                .body("reasonCode", equalTo("NOT_COMPETENT"))
                .body("receivingUnitCode", equalTo("16906"))
                .body("competentUnitCode", equalTo("16906"))
                .body("applicant.citizenId", equalTo(CITIZEN_ID))
                .body("allowedActions", empty())
                .body("pin", nullValue())
                .body("receipt", nullValue())
                .extract().response();
        String id = refused.path("id");
        String forms = "/api/v1/dossiers/" + id + "/forms/";
        assertThat(refused.header("Location")).endsWith("/api/v1/dossiers/" + id);
        assertThat(refused.header("Link")).contains(forms + "refusal").contains("rel=\"form\"");
        assertThat(refused.asString()).doesNotContain("\"pin\"");

        given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers/" + id + "/history")
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].action", equalTo("refuse"))
                .body("[0].fromStatus", nullValue())
                .body("[0].toStatus", equalTo("REFUSED"))
                .body("[0].role", equalTo("RECEIVING_OFFICER"))
                .body("[0].reason", equalTo(REASON));
        given().auth().oauth2(OFFICER).when().get(forms + "refusal")
                .then().statusCode(200)
                .body("formNumber", equalTo("Mẫu 03"))
                .body("code", equalTo(refused.path("code")))
                .body("applicantName", equalTo(APPLICANT_NAME))
                .body("reason", equalTo(REASON))
                .body("reasonCode", equalTo("NOT_COMPETENT"))
                .body("issuingUnit.code", equalTo("16906"));
        String html = given().auth().oauth2(OFFICER).accept(ContentType.HTML).when().get(forms + "refusal")
                .then().statusCode(200).extract().asString();
        assertThat(html).contains("<h1>PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ</h1>").contains(REASON)
                .contains(refused.<String>path("code"));
        given().auth().oauth2(OFFICER).when().get(forms + "receipt")
                .then().statusCode(404).body("detail", containsString("never received"));

        List<ConsumerRecord<String, byte[]>> events = CitizenAccess.eventsOf(bootstrapServers, id, 1);
        assertThat(events).hasSize(1);
        EventEnvelope envelope = CloudEventCodec.fromRecord(events.get(0));
        assertThat(EventSchemas.violations(envelope.type(), envelope.data())).isEmpty();
        assertThat(new String(events.get(0).value(), StandardCharsets.UTF_8)).doesNotContain(REASON).doesNotContain(CITIZEN_ID);
        DossierLifecycleEvent event = EventJson.read(events.get(0).value(), DossierLifecycleEvent.class);
        assertThat(event.type()).isEqualTo("refused");
        assertThat(event.sequence()).isEqualTo(1);
        assertThat(event.status()).isEqualTo(DossierStatus.REFUSED);
        assertThat(event.channel()).isEqualTo(Channel.COUNTER);
        assertThat(event.receivedAt()).isNull();
        assertThat(event.dueAt()).isNull();
        assertThat(event.competentUnitCode()).isEqualTo("16906");
        assertThat(event.reasonCode()).isEqualTo("NOT_COMPETENT");
    }

    @Test
    void onlyAnOfficerOfTheReceivingUnitRefusesThere() {
        String body = refusal("1.004884", "\"reason\": \"" + REASON + "\"");
        given().auth().oauth2(Tokens.officer("16876")).contentType(ContentType.JSON).body(body)
                .when().post(REFUSALS).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.citizen("citizen-at-counter")).contentType(ContentType.JSON).body(body)
                .when().post(REFUSALS).then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).when().post(REFUSALS).then().statusCode(401);
    }

    @Test
    void aRefusalSaysWhyAndItsBodyHasNoUnknownField() {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(refusal("1.004884", "\"reasonCode\": \"not a code\""))
                .when().post(REFUSALS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("reason"))
                .body("errors.field", hasItem("reasonCode"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(refusal("1.004884", "\"reason\": \"" + REASON + "\", \"reasonText\": \"x\""))
                .when().post(REFUSALS)
                .then().statusCode(400).body("errors.field", hasItem("reasonText"));
    }

    /** The intake body of a paper dossier handed in at Lượng Minh's counter, with the refusal's fields. */
    private static String refusal(String procedure, String refusalFields) {
        String intake = DossierLifecycleApiTest.intake(procedure, "COUNTER");
        return intake.substring(0, intake.lastIndexOf('}')) + ", " + refusalFields + "}";
    }
}
