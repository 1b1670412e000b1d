package vn.motcua.dossier.lifecycle;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import vn.motcua.dossier.application.ObjectSweeper;
import vn.motcua.dossier.persistence.DossierObjects;
import vn.motcua.dossier.persistence.DossierResultRows;
import vn.motcua.platform.events.CloudEventCodec;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.EventSchemas;
import vn.motcua.platform.messaging.topics.TopicProvisioningService;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.SettableClock;
import vn.motcua.platform.testing.Tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.motcua.dossier.lifecycle.CitizenAccess.lookup;
import static vn.motcua.dossier.lifecycle.CitizenAccess.wrong;
import static vn.motcua.dossier.lifecycle.Uploads.png;
import static vn.motcua.dossier.lifecycle.Uploads.putResult;
import static vn.motcua.dossier.lifecycle.Uploads.resultPdf;
import static vn.motcua.dossier.lifecycle.Uploads.signedResultPdf;

/**
 * Electronic results on real S3 (s3proxy), PostgreSQL and Kafka: the competent unit stores the PDF, whether it is
 * signed is read from it, resolving as a file waits for it, the events say it is stored and signed, officials'
 * downloads are audited, and the applicant downloads it with the code and PIN under the lookup's throttle.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class DossierResultsApiTest {

    private static final String OFFICER = CitizenAccess.OFFICER;
    private static final String RESULT_NAME = "Giấy khai sinh (bản điện tử).pdf";

    @Inject
    TopicProvisioningService topics;

    @Inject
    SettableClock clock;

    @Inject
    DossierObjects objects;

    @Inject
    DossierResultRows resultRows;

    @Inject
    ObjectSweeper sweeper;

    @Inject
    AgroalDataSource dataSource;

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

    private static Response act(String token, String id, String action, String body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        return request.when().post("/api/v1/dossiers/" + id + "/actions/" + action).then().extract().response();
    }

    private static String resolve(boolean resultAsFile) {
        return "{\"outcome\": \"APPROVED\", \"resultAsFile\": " + resultAsFile + "}";
    }

    private static Response publicResult(String code, String pin) {
        return given().contentType(ContentType.JSON).body("{\"code\": \"" + code + "\", \"pin\": \"" + pin + "\"}")
                .when().post("/api/v1/public/result").then().extract().response();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private String objectKeyOf(String id) {
        return QuarkusTransaction.requiringNew().call(() -> resultRows.find(UUID.fromString(id)).orElseThrow().objectKey());
    }

    @Test
    void onlyAnOfficerOfTheCompetentUnitStoresTheResultAPdfReadFromItsBytesWhileTheDossierIsProcessed() throws Exception {
        String receiving = Tokens.officer("16906");
        String competent = Tokens.officer("16876");
        String body = DossierLifecycleApiTest.intake("1.004884", "COUNTER")
                .replace("\"receivingUnitCode\": \"16906\"", "\"receivingUnitCode\": \"16906\", \"competentUnitCode\": \"16876\"");
        String id = given().auth().oauth2(receiving).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/dossiers").then().statusCode(201).extract().path("id");
        act(competent, id, "start", null).then().statusCode(200);

        putResult(receiving, id, resultPdf(), RESULT_NAME).then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("competent unit"));
        putResult(Tokens.provinceAdmin(), id, resultPdf(), RESULT_NAME).then().statusCode(403);
        putResult(Tokens.citizen("someone"), id, resultPdf(), RESULT_NAME).then().statusCode(403);
        // a PNG named .pdf and sent as application/pdf is still a PNG
        putResult(competent, id, png(), "ket-qua.pdf").then().statusCode(415).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file")).body("errors[0].message", containsString("must be a PDF"));
        byte[] damaged = "%PDF-1.7\nnothing a reader could open\n".getBytes(StandardCharsets.US_ASCII);
        putResult(competent, id, damaged, "ket-qua.pdf").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file")).body("errors[0].message", containsString("readable PDF"));
        given().auth().oauth2(competent).when().get("/api/v1/dossiers/" + id + "/result").then().statusCode(404);

        byte[] first = resultPdf();
        putResult(competent, id, first, "lan-1.pdf").then().statusCode(200);
        String firstKey = objectKeyOf(id);
        byte[] result = signedResultPdf();
        putResult(competent, id, result, RESULT_NAME).then().statusCode(200)
                .body("fileName", equalTo(RESULT_NAME))
                .body("mediaType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(result.length))
                .body("sha256", equalTo(sha256(result)))
                .body("signed", equalTo(true))
                .body("href", equalTo("/api/v1/dossiers/" + id + "/result/file"));
        // a second upload replaces the first, whose object goes
        assertThat(objects.exists(firstKey)).isFalse();
        assertThat(objectKeyOf(id)).startsWith("dossiers/" + id + "/").doesNotContain("khai");
        given().auth().oauth2(receiving).when().get("/api/v1/dossiers/" + id + "/result").then().statusCode(200)
                .body("signed", equalTo(true)).body("sha256", equalTo(sha256(result)));

        act(competent, id, "suspend", "{\"reason\": \"Chờ xác minh\"}").then().statusCode(200);
        putResult(competent, id, result, RESULT_NAME).then().statusCode(409).body("detail", containsString("SUSPENDED"));
    }

    @Test
    void aDossierIsResolvedAsAFileOnlyOnceItsResultIsStoredAndItsEventsSayItIsStoredAndSigned() throws Exception {
        CitizenAccess.Taken taken = CitizenAccess.counterIntake();
        String id = taken.id();
        act(OFFICER, id, "start", null).then().statusCode(200);

        act(OFFICER, id, "resolve", resolve(true)).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("its result file is not stored yet"))
                .body("errors[0].field", equalTo("resultAsFile"));
        // resolve is still offered: whether it waits for the file is for the body to say
        String readBefore = given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers/" + id).then().statusCode(200)
                .body("allowedActions", hasItem("resolve")).extract().header("ETag");

        byte[] signed = signedResultPdf();
        putResult(OFFICER, id, signed, RESULT_NAME).then().statusCode(200).body("signed", equalTo(true));
        // storing the result changed the dossier's version, not its status nor its events
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).header("If-Match", readBefore).body(resolve(true))
                .when().post("/api/v1/dossiers/" + id + "/actions/resolve").then().statusCode(412);
        given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers/" + id).then().body("status", equalTo("IN_PROGRESS"));
        act(OFFICER, id, "resolve", resolve(false)).then().statusCode(409)
                .body("errors[0].field", equalTo("resultAsFile")).body("errors[0].message", containsString("a result file is stored"));

        act(OFFICER, id, "resolve", resolve(true)).then().statusCode(200)
                .body("status", equalTo("RESOLVED")).body("resultAsFile", equalTo(true));
        putResult(OFFICER, id, resultPdf(), "thay-the.pdf").then().statusCode(409).body("detail", containsString("RESOLVED"));
        lookup(taken.code(), taken.pin()).then().statusCode(200)
                .body("resultAvailable", equalTo(true)).body("resultSigned", equalTo(true))
                .body("resultNote", containsString("có chữ ký số"));
        act(OFFICER, id, "return", null).then().statusCode(200);

        given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers/" + id + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("receive", "start", "resolve", "return")));
        List<ConsumerRecord<String, byte[]>> records = LifecycleLog.recordsOf(
                LifecycleLog.everything(dataSource, bootstrapServers), id);
        for (ConsumerRecord<String, byte[]> record : records) {
            assertThat(EventSchemas.violations(CloudEventCodec.fromRecord(record).type(), record.value())).isEmpty();
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("khai sinh", ".pdf", "dossiers/");
        }
        assertThat(LifecycleLog.eventsOf(records, id)).extracting(DossierLifecycleEvent::type, DossierLifecycleEvent::sequence,
                        DossierLifecycleEvent::resultAsFile, DossierLifecycleEvent::resultStored, DossierLifecycleEvent::resultSigned)
                .containsExactly(
                        tuple("received", 1L, null, null, null),
                        tuple("started", 2L, null, null, null),
                        tuple("resolved", 3L, true, true, true),
                        tuple("returned", 4L, true, true, true));
    }

    @Test
    void aDossierResolvedOnPaperSaysNoResultIsStoredAndTheApplicantHasNothingToDownload() throws Exception {
        clock.set("2025-12-01T08:00:00+07:00");
        CitizenAccess.Taken taken = CitizenAccess.counterIntake();
        act(OFFICER, taken.id(), "start", null).then().statusCode(200);
        act(OFFICER, taken.id(), "resolve", resolve(false)).then().statusCode(200);

        lookup(taken.code(), taken.pin()).then().statusCode(200)
                .body("resultAvailable", equalTo(false)).body("resultSigned", equalTo(null)).body("resultNote", equalTo(null));
        publicResult(taken.code(), taken.pin()).then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("on paper"));
        List<DossierLifecycleEvent> events = LifecycleLog.eventsOf(LifecycleLog.everything(dataSource, bootstrapServers), taken.id());
        assertThat(events.get(events.size() - 1)).extracting(DossierLifecycleEvent::type, DossierLifecycleEvent::resultAsFile,
                DossierLifecycleEvent::resultStored, DossierLifecycleEvent::resultSigned).containsExactly("resolved", false, false, null);
    }

    @Test
    void theApplicantDownloadsAnUnsignedResultAsACopyWithTheCodeAndPinAndWrongPinsCountInTheThrottle() throws Exception {
        clock.set("2025-12-02T08:00:00+07:00");
        CitizenAccess.Taken taken = CitizenAccess.counterIntake();
        act(OFFICER, taken.id(), "start", null).then().statusCode(200);
        byte[] copy = resultPdf();
        putResult(OFFICER, taken.id(), copy, RESULT_NAME).then().statusCode(200).body("signed", equalTo(false));

        // stored, but not issued until the dossier is resolved
        lookup(taken.code(), taken.pin()).then().statusCode(200)
                .body("resultAvailable", equalTo(false)).body("resultSigned", equalTo(null)).body("resultNote", equalTo(null));
        publicResult(taken.code(), taken.pin()).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("IN_PROGRESS"));

        act(OFFICER, taken.id(), "resolve", resolve(true)).then().statusCode(200);
        lookup(taken.code(), taken.pin()).then().statusCode(200)
                .body("resultAvailable", equalTo(true)).body("resultSigned", equalTo(false))
                .body("resultNote", containsString("không có chữ ký số")).body("resultNote", containsString("bản sao"));
        Response download = publicResult(taken.code().toLowerCase(), taken.pin()).then().statusCode(200).extract().response();
        assertThat(download.asByteArray()).isEqualTo(copy);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.header("Cache-Control")).isEqualTo("private, no-store");
        assertThat(download.header("Content-Disposition")).contains("filename=\"ket-qua-" + taken.code() + ".pdf\"")
                .doesNotContain("khai");
        assertThat(download.header("Digest")).isEqualTo("sha-256=" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(copy)));

        // a wrong PIN gets the lookup's answer, and counts toward the same throttle
        Response byWrongPin = publicResult(taken.code(), wrong(taken.pin()));
        assertThat(byWrongPin.statusCode()).isEqualTo(404);
        assertThat(byWrongPin.jsonPath().getString("detail"))
                .isEqualTo(lookup(taken.code(), wrong(taken.pin())).jsonPath().getString("detail"));
        for (int i = 0; i < 3; i++) {
            assertThat(publicResult(taken.code(), wrong(taken.pin())).statusCode()).isEqualTo(404);
        }
        Response throttled = publicResult(taken.code(), taken.pin());
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isNotBlank();
        assertThat(lookup(taken.code(), taken.pin()).statusCode()).isEqualTo(429);
    }

    @Test
    void anOfficialsDownloadIsAuditedAndTheSweeperLeavesTheResultAlone() throws Exception {
        String subject = "officer-result-" + UUID.randomUUID();
        String officer = Tokens.mint(subject, List.of("officer"), Optional.of("16906"));
        String id = CitizenAccess.intake(DossierLifecycleApiTest.intake("1.004884", "COUNTER"), officer).id();
        act(officer, id, "start", null).then().statusCode(200);
        byte[] result = signedResultPdf();
        putResult(officer, id, result, RESULT_NAME).then().statusCode(200);

        Response download = given().auth().oauth2(officer).when().get("/api/v1/dossiers/" + id + "/result/file")
                .then().statusCode(200).extract().response();
        assertThat(download.asByteArray()).isEqualTo(result);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.header("Cache-Control")).isEqualTo("private, no-store");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Content-Disposition")).isEqualTo("attachment; filename=\"Giay khai sinh (ban dien tu).pdf\";"
                + " filename*=UTF-8''Gi%E1%BA%A5y%20khai%20sinh%20%28b%E1%BA%A3n%20%C4%91i%E1%BB%87n%20t%E1%BB%AD%29.pdf");
        given().auth().oauth2(Tokens.citizen("citizen-" + UUID.randomUUID())).when().get("/api/v1/dossiers/" + id + "/result/file")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.officer("16876")).when().get("/api/v1/dossiers/" + id + "/result/file").then().statusCode(403);

        Response reads = given().auth().oauth2(Tokens.provinceAdmin()).when().get("/api/v1/admin/audit?subject=" + subject)
                .then().statusCode(200).extract().response();
        assertThat(reads.<List<String>>path("items.what")).containsExactly("RESULT");
        assertThat(reads.<List<String>>path("items[0].dossierIds")).containsExactly(id);

        String key = objectKeyOf(id);
        sweeper.sweep(Instant.now().plus(ObjectSweeper.GRACE).plusSeconds(60));
        assertThat(objects.exists(key)).isTrue();
    }
}
