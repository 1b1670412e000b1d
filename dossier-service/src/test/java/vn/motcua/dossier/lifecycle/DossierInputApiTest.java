package vn.motcua.dossier.lifecycle;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.ApplicantKind;
import vn.motcua.platform.events.CloudEventCodec;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.EventEnvelope;
import vn.motcua.platform.events.EventJson;
import vn.motcua.platform.events.EventSchemas;
import vn.motcua.platform.events.RepresentativeCapacity;
import vn.motcua.platform.messaging.topics.TopicProvisioningService;
import vn.motcua.platform.testing.RealInfrastructure;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.motcua.dossier.lifecycle.DossierLifecycleApiTest.CITIZEN_NAME;
import static vn.motcua.dossier.lifecycle.DossierLifecycleApiTest.OFFICER;
import static vn.motcua.dossier.lifecycle.DossierLifecycleApiTest.intake;

/**
 * What reaches intake, actions and worklists is the text that was meant: NFC, literal, and only known fields;
 * and every kind of applicant: a person without a phone, an organisation with each shape of tax code, a
 * household business, a dossier handed in by a representative, with what the forms say of them, what the
 * events tell (the kind and the capacity, nothing that identifies anyone), and the faults.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class DossierInputApiTest {

    private static final String ADDRESS = "Bản Xốp Mạt, xã Lượng Minh, Nghệ An";
    private static final String COOPERATIVE = "Hợp tác xã Nông nghiệp Lượng Minh";
    private static final String BRANCH_TAX_CODE = "2901234567-001";
    private static final String REPRESENTATIVE = "Vi Thị Hoa";
    private static final String REPRESENTATIVE_ID = "040195004321";

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

    private static String intakeFor(String applicant) {
        return """
                {"procedureCode": "1.004884", "receivingUnitCode": "16906", "channel": "COUNTER",
                 "applicant": %s,
                 "documents": [{"name": "Tờ khai", "receivedAs": "PAPER"}]}""".formatted(applicant);
    }

    private static Response postFor(String applicant) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(intakeFor(applicant))
                .when().post("/api/v1/dossiers").then().extract().response();
    }

    @Test
    void aPersonWithoutAPhoneIsReceivedWhenAnAddressReachesThem() {
        Response answer = postFor("""
                {"fullName": "Lô Thị Mai", "citizenId": "040203009876", "address": "Bản Cha Coong, xã Lượng Minh"}""");

        assertThat(answer.statusCode()).isEqualTo(201);
        given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers/" + answer.path("id"))
                .then().statusCode(200)
                .body("applicant.kind", equalTo("PERSON"))
                .body("applicant.fullName", equalTo("Lô Thị Mai"))
                .body("applicant.phone", nullValue())
                .body("applicant.representative", nullValue());
    }

    @Test
    void anOrganisationHandedInByTheCommunesDigitalTeamIsReceivedAndItsFormsAndEventSaySo() {
        Response answer = postFor("""
                {"kind": "ORGANISATION", "organisationName": "%s", "taxCode": "%s", "email": "htx@luongminh.vn",
                 "representative": {"fullName": "%s", "citizenId": "%s", "capacity": "COMMUNITY_DIGITAL_TEAM"}}"""
                .formatted(COOPERATIVE, BRANCH_TAX_CODE, REPRESENTATIVE, REPRESENTATIVE_ID));
        assertThat(answer.statusCode()).isEqualTo(201);
        String id = answer.path("id");

        given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers/" + id)
                .then().statusCode(200)
                .body("applicant.kind", equalTo("ORGANISATION"))
                .body("applicant.organisationName", equalTo(COOPERATIVE))
                .body("applicant.taxCode", equalTo(BRANCH_TAX_CODE))
                .body("applicant.fullName", nullValue())
                .body("applicant.representative.fullName", equalTo(REPRESENTATIVE))
                .body("applicant.representative.capacity", equalTo("COMMUNITY_DIGITAL_TEAM"));
        String receipt = "/api/v1/dossiers/" + id + "/forms/receipt";
        given().auth().oauth2(OFFICER).when().get(receipt)
                .then().statusCode(200)
                .body("applicantName", equalTo(COOPERATIVE))
                .body("applicant.kind", equalTo("ORGANISATION"))
                .body("applicant.salutation", equalTo("Quý cơ quan, tổ chức"))
                .body("applicant.representative.fullName", equalTo(REPRESENTATIVE))
                .body("applicant.representative.capacityText", equalTo("thành viên Tổ công nghệ số cộng đồng"));
        String html = given().auth().oauth2(OFFICER).accept(ContentType.HTML).when().get(receipt)
                .then().statusCode(200).extract().asString();
        assertThat(html).contains("tiếp nhận hồ sơ của: Quý cơ quan, tổ chức <b>" + COOPERATIVE + "</b>")
                .contains("người nộp thay: Ông/Bà <b>" + REPRESENTATIVE + "</b>, thành viên Tổ công nghệ số cộng đồng");

        List<ConsumerRecord<String, byte[]>> events = CitizenAccess.eventsOf(bootstrapServers, id, 1);
        EventEnvelope envelope = CloudEventCodec.fromRecord(events.get(0));
        assertThat(EventSchemas.violations(envelope.type(), envelope.data())).isEmpty();
        assertThat(new String(events.get(0).value(), StandardCharsets.UTF_8))
                .doesNotContain(COOPERATIVE).doesNotContain("2901234567").doesNotContain(REPRESENTATIVE)
                .doesNotContain(REPRESENTATIVE_ID).doesNotContain("htx@luongminh.vn");
        DossierLifecycleEvent event = EventJson.read(events.get(0).value(), DossierLifecycleEvent.class);
        assertThat(event.applicantKind()).isEqualTo(ApplicantKind.ORGANISATION);
        assertThat(event.representativeCapacity()).isEqualTo(RepresentativeCapacity.COMMUNITY_DIGITAL_TEAM);
    }

    @Test
    void aHouseholdBusinessUsesItsOwnersCitizenIdAsItsTaxCodeAndAPersonsEventSaysPersonInPerson() {
        Response business = postFor("""
                {"kind": "ORGANISATION", "organisationName": "Hộ kinh doanh Lô Văn Minh", "taxCode": "040203001234",
                 "phone": "0912 345 678"}""");
        Response tenDigits = postFor("""
                {"kind": "ORGANISATION", "organisationName": "Công ty TNHH Chè Lượng Minh", "taxCode": "2901234567",
                 "address": "Xã Lượng Minh"}""");
        Response person = postFor("""
                {"fullName": "Lô Văn Minh", "citizenId": "040203001234", "phone": "0912345678",
                 "representative": {"fullName": "Lô Thị Mai", "citizenId": "040203009876", "capacity": "RELATIVE"}}""");

        assertThat(List.of(business.statusCode(), tenDigits.statusCode(), person.statusCode())).containsOnly(201);
        given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers/" + business.path("id"))
                .then().body("applicant.taxCode", equalTo("040203001234")).body("applicant.phone", equalTo("0912345678"));
        DossierLifecycleEvent personEvent = EventJson.read(
                CitizenAccess.eventsOf(bootstrapServers, person.path("id"), 1).get(0).value(), DossierLifecycleEvent.class);
        assertThat(personEvent.applicantKind()).isEqualTo(ApplicantKind.PERSON);
        assertThat(personEvent.representativeCapacity()).isEqualTo(RepresentativeCapacity.RELATIVE);
        String receiptHtml = given().auth().oauth2(OFFICER).accept(ContentType.HTML)
                .when().get("/api/v1/dossiers/" + person.path("id") + "/forms/receipt").then().statusCode(200).extract().asString();
        assertThat(receiptHtml).contains("Ông/Bà <b>Lô Văn Minh</b> (người nộp thay: Ông/Bà <b>Lô Thị Mai</b>, người thân)");
    }

    @Test
    void eachFaultOfAnApplicantIsNamedAndNothingIsStored() {
        long before = worklistTotal();

        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(intakeFor("""
                        {"kind": "ORGANISATION", "organisationName": "%s", "taxCode": "29012345670", "citizenId": "040203001234",
                         "phone": "0912345678"}""".formatted(COOPERATIVE)))
                .when().post("/api/v1/dossiers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("applicant.taxCode", "applicant.citizenId"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(intakeFor("""
                        {"fullName": "Lô Văn Minh", "citizenId": "040203001234"}"""))
                .when().post("/api/v1/dossiers")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("applicant.phone"))
                .body("errors[0].message", equalTo("at least one way to reach the applicant is required: phone, email or address"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(intakeFor("""
                        {"fullName": "Lô Văn Minh", "citizenId": "040203001234", "phone": "0912345678",
                         "representative": {"fullName": "Lô Thị Mai", "citizenId": "040203009876"}}"""))
                .when().post("/api/v1/dossiers")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("applicant.representative.capacity"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(intakeFor("""
                        {"kind": "COMPANY", "organisationName": "%s", "taxCode": "2901234567", "phone": "0912345678"}"""
                        .formatted(COOPERATIVE)))
                .when().post("/api/v1/dossiers")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("applicant.kind"));

        assertThat(worklistTotal()).isEqualTo(before);
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
