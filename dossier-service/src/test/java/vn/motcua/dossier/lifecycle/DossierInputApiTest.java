package vn.motcua.dossier.lifecycle;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.messaging.topics.TopicProvisioningService;
import vn.motcua.platform.testing.RealInfrastructure;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.motcua.dossier.lifecycle.DossierLifecycleApiTest.CITIZEN_NAME;
import static vn.motcua.dossier.lifecycle.DossierLifecycleApiTest.OFFICER;
import static vn.motcua.dossier.lifecycle.DossierLifecycleApiTest.intake;

/** What reaches intake, actions and worklists is the text that was meant: NFC, literal, and only known fields. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class DossierInputApiTest {

    private static final String ADDRESS = "Bản Xốp Mạt, xã Lượng Minh, Nghệ An";

    @Inject
    TopicProvisioningService topics;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void referenceData() {
        ReferenceDataFixture.publishOncePerClass(getClass(), topics, bootstrapServers);
    }

    private static String nfd(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(text);
        return decomposed;
    }

    private static RequestSpecification asOfficer() {
        return given().auth().oauth2(OFFICER);
    }

    @Test
    void anApplicantTypedInNfdIsStoredAndReadBackInNfc() {
        String body = intake("1.004884", "COUNTER").replace(CITIZEN_NAME, nfd(CITIZEN_NAME)).replace(ADDRESS, nfd(ADDRESS));
        String id = asOfficer().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/dossiers")
                .then().statusCode(201)
                .body("applicant.fullName", equalTo(CITIZEN_NAME))
                .extract().path("id");

        asOfficer().when().get("/api/v1/dossiers/" + id)
                .then().statusCode(200)
                .body("applicant.fullName", equalTo(CITIZEN_NAME))
                .body("applicant.address", equalTo(ADDRESS));
    }

    @Test
    void theWorklistsCodeFilterTakesPercentAndUnderscoreAsCharacters() {
        String code = asOfficer().contentType(ContentType.JSON).body(intake("1.004884", "COUNTER"))
                .when().post("/api/v1/dossiers").then().statusCode(201).extract().path("code");
        String prefix = code.substring(0, code.lastIndexOf('-'));

        assertThat(worklistCodes(prefix)).contains(code);
        // before: '%' was dropped, so "%" listed every dossier of the unit
        assertThat(worklistCodes("%")).isEmpty();
        assertThat(worklistCodes(prefix + "%")).isEmpty();
        assertThat(worklistCodes("_")).isEmpty();
        assertThat(worklistCodes(prefix.replace('.', '_'))).isEmpty();
    }

    @Test
    void anIntakeWithAnUnknownFieldIsRefusedNamingItAndStoresNothing() {
        long before = worklistTotal();
        String misspelt = intake("1.004884", "POST").replace("\"channel\"", "\"chanel\"");
        asOfficer().contentType(ContentType.JSON).body(misspelt)
                .when().post("/api/v1/dossiers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:motcua:problem:malformed-body"))
                .body("errors[0].field", equalTo("chanel"))
                .body("errors[0].message", equalTo("is not a known field"));
        String nested = intake("1.004884", "COUNTER").replace("\"phone\"", "\"phone\": null, \"mobile\"");
        asOfficer().contentType(ContentType.JSON).body(nested)
                .when().post("/api/v1/dossiers")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("applicant.mobile"))
                .body("errors[0].message", equalTo("is not a known field"));

        assertThat(worklistTotal()).isEqualTo(before);
    }

    @Test
    void anActionWithAnUnknownFieldIsRefusedNamingItAndChangesNothing() {
        String id = asOfficer().contentType(ContentType.JSON).body(intake("1.004884", "COUNTER"))
                .when().post("/api/v1/dossiers").then().statusCode(201).extract().path("id");
        asOfficer().contentType(ContentType.JSON)
                .body("{\"reason\": \"Thiếu giấy chứng sinh\", \"missingDocument\": [\"Giấy chứng sinh (bản chính)\"]}")
                .when().post("/api/v1/dossiers/" + id + "/actions/request-supplement")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("missingDocument"))
                .body("errors[0].message", equalTo("is not a known field"));

        asOfficer().when().get("/api/v1/dossiers/" + id).then().statusCode(200).body("status", equalTo("RECEIVED"));
        asOfficer().when().get("/api/v1/dossiers/" + id + "/history").then().body("action", equalTo(List.of("receive")));
    }

    private static List<String> worklistCodes(String code) {
        return asOfficer().queryParam("code", code).queryParam("size", 200)
                .when().get("/api/v1/dossiers")
                .then().statusCode(200).extract().path("items.code");
    }

    private static long worklistTotal() {
        return asOfficer().queryParam("size", 1).when().get("/api/v1/dossiers")
                .then().statusCode(200).extract().<Number>path("total").longValue();
    }
}
