package vn.motcua.dossier.lifecycle;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.application.ReadAudit;
import vn.motcua.platform.messaging.topics.TopicProvisioningService;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.Tokens;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Every read of a dossier's personal data or files by an official leaves one audit row a province admin reads. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ReadAuditApiTest {

    private static final String ADMIN = Tokens.provinceAdmin();

    @Inject
    TopicProvisioningService topics;

    @Inject
    ReadAudit audit;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void referenceData() {
        ReferenceDataFixture.publishOncePerClass(getClass(), topics, bootstrapServers);
    }

    private static String officerNamed(String subject) {
        return Tokens.mint(subject, List.of("officer"), Optional.of("16906"));
    }

    private static String intake(String officer) {
        return given().auth().oauth2(officer).contentType(ContentType.JSON).body(DossierLifecycleApiTest.intake("1.004884", "COUNTER"))
                .when().post("/api/v1/dossiers").then().statusCode(201).extract().path("id");
    }

    private static Response reads(String query) {
        return given().auth().oauth2(ADMIN).when().get("/api/v1/admin/audit?" + query).then().statusCode(200).extract().response();
    }

    @Test
    void eachReadOfPersonalDataByAnOfficialIsRecordedWithWhoWhenWhatAndTheDossiersShown() {
        String subject = "officer-audit-" + UUID.randomUUID();
        String officer = officerNamed(subject);
        String id = intake(officer);
        String other = intake(officer);
        assertThat(reads("subject=" + subject).<Integer>path("total")).as("intake itself is not a read").isZero();

        given().auth().oauth2(officer).when().get("/api/v1/dossiers/" + id).then().statusCode(200);
        given().auth().oauth2(officer).when().get("/api/v1/dossiers/" + id + "/history").then().statusCode(200);
        given().auth().oauth2(officer).when().get("/api/v1/dossiers/" + id + "/forms/receipt").then().statusCode(200);
        given().auth().oauth2(officer).when().get("/api/v1/dossiers/" + id + "/documents").then().statusCode(200);
        List<String> page = given().auth().oauth2(officer).queryParam("size", 200).when().get("/api/v1/dossiers")
                .then().statusCode(200).extract().path("items.id");

        Response recorded = reads("subject=" + subject + "&size=10");
        assertThat(recorded.<Integer>path("total")).isEqualTo(5);
        assertThat(recorded.<List<String>>path("items.what")).containsExactly("WORKLIST", "FILE_LIST", "FORM", "HISTORY", "DOSSIER");
        assertThat(recorded.<List<String>>path("items[0].dossierIds")).containsExactlyElementsOf(page).contains(id, other);
        assertThat(recorded.<List<String>>path("items[4].dossierIds")).containsExactly(id);
        assertThat(recorded.<String>path("items[4].unitCode")).isEqualTo("16906");
        assertThat(recorded.<String>path("items[4].roles")).isEqualTo("officer");
        assertThat(Instant.parse(recorded.path("items[4].readAt"))).isBeforeOrEqualTo(Instant.now());

        assertThat(reads("dossier=" + other).<List<String>>path("items.what")).containsExactly("WORKLIST");
        assertThat(given().auth().oauth2(ADMIN).queryParam("subject", subject).queryParam("from", "2099-01-01T00:00:00+07:00")
                .when().get("/api/v1/admin/audit").then().statusCode(200).extract().<Integer>path("total")).isZero();
        assertThat(reads("subject=" + subject + "&size=2&page=2").<List<String>>path("items.what")).containsExactly("DOSSIER");
    }

    @Test
    void aCitizenReadingTheirOwnDossierIsNotAnOfficialRead() {
        String subject = "citizen-audit-" + UUID.randomUUID();
        String citizen = Tokens.citizen(subject);
        String id = given().auth().oauth2(citizen).contentType(ContentType.JSON).body(DossierLifecycleApiTest.intake("1.004884", null))
                .when().post("/api/v1/dossiers").then().statusCode(201).extract().path("id");

        given().auth().oauth2(citizen).when().get("/api/v1/dossiers/" + id).then().statusCode(200);

        assertThat(reads("subject=" + subject).<Integer>path("total")).isZero();
        assertThat(reads("dossier=" + id).<Integer>path("total")).isZero();
    }

    @Test
    void onlyAProvinceAdminReadsTheAuditAndBadFiltersAreNamed() {
        given().auth().oauth2(Tokens.officer("16906")).when().get("/api/v1/admin/audit").then().statusCode(403);
        given().auth().oauth2(ADMIN).when().get("/api/v1/admin/audit?from=yesterday").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("from"));
    }

    @Test
    void readsOlderThanTheRetentionArePurged() {
        String subject = "officer-purge-" + UUID.randomUUID();
        String officer = officerNamed(subject);
        String id = intake(officer);
        given().auth().oauth2(officer).when().get("/api/v1/dossiers/" + id).then().statusCode(200);

        audit.purgeBefore(Instant.now().minusSeconds(3600));
        assertThat(reads("subject=" + subject).<Integer>path("total")).isEqualTo(1);
        audit.purgeBefore(Instant.now().plusSeconds(1));
        assertThat(reads("subject=" + subject).<Integer>path("total")).isZero();
    }
}
