package vn.motcua.dossier.lifecycle;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.application.ObjectSweeper;
import vn.motcua.dossier.persistence.DossierFileRows;
import vn.motcua.dossier.persistence.DossierObjects;
import vn.motcua.platform.events.CloudEventCodec;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.events.EventEnvelope;
import vn.motcua.platform.events.EventJson;
import vn.motcua.platform.events.EventSchemas;
import vn.motcua.platform.messaging.topics.TopicProvisioningService;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.Tokens;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static vn.motcua.dossier.lifecycle.Uploads.pdf;
import static vn.motcua.dossier.lifecycle.Uploads.png;
import static vn.motcua.dossier.lifecycle.Uploads.put;

/**
 * Files on real S3 (s3proxy), PostgreSQL and Kafka: uploads, counter scans, sniffing, limits, rights, downloads, and
 * what an online dossier's stored files open: its acceptance, and the supplement its owner provides.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class DossierFilesApiTest {

    private static final String OFFICER = Tokens.officer("16906");
    private static final String VIETNAMESE_NAME = "Giấy chứng sinh (bản chính).pdf";

    @Inject
    TopicProvisioningService topics;

    @Inject
    DossierObjects objects;

    @Inject
    DossierFileRows fileRows;

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

    private static String counterIntake() {
        String body = """
                {"procedureCode": "1.004884", "receivingUnitCode": "16906", "channel": "COUNTER",
                 "applicant": {"fullName": "Lô Văn Minh", "citizenId": "040203001234", "address": "Bản Xốp Mạt"},
                 "documents": [{"name": "Tờ khai", "receivedAs": "PAPER"}, {"name": "Giấy chứng sinh", "receivedAs": "PAPER"}]}""";
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/dossiers").then().statusCode(201).extract().path("id");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void theCentreScansPaperAndWhoeverMayReadTheDossierDownloadsTheSameBytes() throws Exception {
        String id = counterIntake();
        byte[] scan = pdf(300_000);

        put(OFFICER, id, 1, scan, "application/pdf", VIETNAMESE_NAME).then().statusCode(200)
                .body("position", equalTo(1))
                .body("fileName", equalTo(VIETNAMESE_NAME))
                .body("mediaType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(300_000))
                .body("sha256", equalTo(sha256(scan)))
                .body("origin", equalTo("SCANNED_AT_COUNTER"));

        for (String reader : new String[]{OFFICER, Tokens.provinceAdmin()}) {
            Response download = given().auth().oauth2(reader).when().get("/api/v1/dossiers/" + id + "/documents/1/file")
                    .then().statusCode(200).extract().response();
            assertThat(download.asByteArray()).isEqualTo(scan);
            assertThat(download.contentType()).isEqualTo("application/pdf");
            assertThat(download.header("Cache-Control")).isEqualTo("private, no-store");
            assertThat(download.header("Content-Disposition"))
                    .isEqualTo("attachment; filename=\"Giay chung sinh (ban chinh).pdf\";"
                            + " filename*=UTF-8''Gi%E1%BA%A5y%20ch%E1%BB%A9ng%20sinh%20%28b%E1%BA%A3n%20ch%C3%ADnh%29.pdf");
        }
        given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers/" + id + "/documents")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].href", equalTo("/api/v1/dossiers/" + id + "/documents/1/file"));
        given().auth().oauth2(Tokens.officer("16933")).when().get("/api/v1/dossiers/" + id + "/documents/1/file")
                .then().statusCode(403);
        given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers/" + id + "/documents/0/file").then().statusCode(404);
    }

    @Test
    void theTypeIsReadFromTheBytesNeverFromTheNameOrTheContentType() {
        String id = counterIntake();

        put(OFFICER, id, 0, png(), "application/pdf", "to-khai.pdf").then().statusCode(200)
                .body("mediaType", equalTo("image/png"));
        byte[] executable = new byte[4096];
        executable[0] = 'M';
        executable[1] = 'Z';
        put(OFFICER, id, 1, executable, "application/pdf", "giay-chung-sinh.pdf").then().statusCode(415)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"));
        put(OFFICER, id, 1, "Xin chào".getBytes(StandardCharsets.UTF_8), "image/jpeg", "anh.jpg").then().statusCode(415);

        given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers/" + id + "/documents")
                .then().body("$", hasSize(1)).body("[0].position", equalTo(0));
    }

    @Test
    void anEmptyOrOversizedFileIsRefusedNamingTheRuleAndNothingIsStored() {
        String id = counterIntake();

        put(OFFICER, id, 0, new byte[0], "application/pdf", "rong.pdf").then().statusCode(400)
                .body("errors[0].field", equalTo("file")).body("errors[0].message", equalTo("must not be empty"));
        put(OFFICER, id, 0, pdf(20 * 1024 * 1024 + 1), "application/pdf", "lon.pdf").then().statusCode(413)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("file")).body("errors[0].message", equalTo("must be at most 20 MB"));

        given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers/" + id + "/documents").then().body("$", hasSize(0));
    }

    @Test
    void anUploadCutOffBeforeItsContentLengthStoresNothing() throws Exception {
        String id = counterIntake();
        byte[] half = Arrays.copyOf(pdf(10_000), 5_000);
        String head = "PUT /api/v1/dossiers/" + id + "/documents/0/file HTTP/1.1\r\n"
                + "Host: localhost:" + RestAssured.port + "\r\n"
                + "Authorization: Bearer " + OFFICER + "\r\n"
                + "Content-Type: application/pdf\r\n"
                + "Content-Length: 10000\r\n\r\n";
        String answer;
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(half);
            socket.getOutputStream().flush();
            // the client goes away half way: the server reads the end of the stream before the announced length
            socket.shutdownOutput();
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }

        // the server may answer 400 on the half-closed connection or just close it; either way nothing is kept
        assertThat(answer).satisfiesAnyOf(text -> assertThat(text).isEmpty(),
                text -> assertThat(text).startsWith("HTTP/1.1 400").contains("Content-Length"));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers/" + id + "/documents").then().body("$", hasSize(0)));
    }

    @Test
    void aSecondFileReplacesTheFirstWhoseObjectIsDeleted() {
        String id = counterIntake();
        put(OFFICER, id, 0, pdf(2_000), "application/pdf", "lan-1.pdf").then().statusCode(200);
        String firstKey = objectKeyOf(id);

        put(OFFICER, id, 0, pdf(3_000), "application/pdf", "lan-2.pdf").then().statusCode(200).body("sizeBytes", equalTo(3_000));

        assertThat(objectKeyOf(id)).isNotEqualTo(firstKey);
        assertThat(objects.exists(firstKey)).isFalse();
        assertThat(objects.exists(objectKeyOf(id))).isTrue();
        assertThat(firstKey).startsWith("dossiers/" + id + "/").doesNotContain("lan-1");
    }

    @Test
    void theOwnerUploadsToTheirOnlineDossierAndOnlyTheReceivingCentreScans() {
        String owner = Tokens.citizen("citizen-files-" + UUID.randomUUID());
        String body = """
                {"procedureCode": "1.004884", "receivingUnitCode": "16906",
                 "applicant": {"fullName": "Lô Văn Minh", "citizenId": "040203001234", "phone": "0912345678"},
                 "documents": [{"name": "Tờ khai", "receivedAs": "FILE", "fileName": "to-khai.pdf", "sizeBytes": 2000,
                                "sha256": "%s"}]}""".formatted("ab".repeat(32));
        String id = given().auth().oauth2(owner).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/dossiers").then().statusCode(201).extract().path("id");

        put(owner, id, 0, pdf(2_000), "application/pdf", "to-khai.pdf").then().statusCode(200).body("origin", equalTo("UPLOADED"));
        put(Tokens.citizen("someone-else"), id, 0, pdf(2_000), "application/pdf", "x.pdf").then().statusCode(403);
        put(Tokens.provinceAdmin(), id, 0, pdf(2_000), "application/pdf", "x.pdf").then().statusCode(403);
        put(OFFICER, id, 5, pdf(2_000), "application/pdf", "x.pdf").then().statusCode(404);

        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).when().post("/api/v1/dossiers/" + id + "/actions/accept")
                .then().statusCode(200);
        put(owner, id, 0, pdf(2_000), "application/pdf", "to-khai.pdf").then().statusCode(409)
                .body("detail", containsString("SUBMITTED"));
        given().auth().oauth2(owner).when().get("/api/v1/dossiers/" + id + "/documents/0/file").then().statusCode(200);
    }

    @Test
    void theSweeperDeletesObjectsNoRowRefersToOnceTheyAreADayOld() throws Exception {
        String id = counterIntake();
        put(OFFICER, id, 0, pdf(2_000), "application/pdf", "giu-lai.pdf").then().statusCode(200);
        // what a crash between the object and its row leaves: an object that no row names
        String orphan = DossierObjects.keyFor(UUID.fromString(id));
        Path bytes = Files.createTempFile("orphan", ".pdf");
        Files.write(bytes, pdf(1_000));
        objects.put(orphan, bytes, 1_000, "application/pdf");
        Files.delete(bytes);

        assertThat(sweeper.sweep(Instant.now())).as("a young orphan may be an upload in flight").isZero();
        assertThat(objects.exists(orphan)).isTrue();

        assertThat(sweeper.sweep(Instant.now().plus(ObjectSweeper.GRACE).plusSeconds(60))).isGreaterThanOrEqualTo(1);
        assertThat(objects.exists(orphan)).isFalse();
        assertThat(objects.exists(objectKeyOf(id))).isTrue();
        given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers/" + id + "/documents/0/file").then().statusCode(200);
    }

    /** Submitted online: a form and a photo declared as files, a birth certificate on paper. */
    private static String submittedOnline(String owner) {
        String body = """
                {"procedureCode": "1.004884", "receivingUnitCode": "16906",
                 "applicant": {"fullName": "Lô Văn Minh", "citizenId": "040203001234", "phone": "0912345678"},
                 "documents": [{"name": "Tờ khai", "receivedAs": "FILE", "fileName": "to-khai.pdf", "sizeBytes": 2000,
                                "sha256": "%1$s"},
                               {"name": "Giấy chứng sinh", "receivedAs": "PAPER"},
                               {"name": "Ảnh chân dung", "receivedAs": "FILE", "fileName": "anh.png", "sizeBytes": 70,
                                "sha256": "%1$s"}]}""".formatted("ab".repeat(32));
        return given().auth().oauth2(owner).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/dossiers").then().statusCode(201).extract().path("id");
    }

    /** Submitted online with its declared files, accepted, and a supplement asked for naming {@code missing}. */
    private static String supplementRequested(String owner, String missing) {
        String id = submittedOnline(owner);
        Uploads.declaredFiles(owner, id);
        act(OFFICER, id, "accept", null).then().statusCode(200);
        act(OFFICER, id, "request-supplement", """
                {"reason": "Thiếu giấy tờ", "reasonCode": "INCOMPLETE", "missingDocuments": ["%s"]}""".formatted(missing))
                .then().statusCode(200).body("status", equalTo("SUPPLEMENT_REQUESTED"));
        return id;
    }

    private static Response act(String token, String id, String action, String body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        return request.when().post("/api/v1/dossiers/" + id + "/actions/" + action).then().extract().response();
    }

    @Test
    void anOnlineDossierIsAcceptedOnlyOnceEachDocumentDeclaredAsAFileHasItsFileStored() {
        String owner = Tokens.citizen("citizen-accept-" + UUID.randomUUID());
        String id = submittedOnline(owner);
        put(owner, id, 2, png(), "image/png", "ảnh.png").then().statusCode(200);

        act(OFFICER, id, "accept", null).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("cannot be accepted yet"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("documents[0]"))
                .body("errors[0].message", startsWith("Tờ khai: declared as a file"));
        given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers/" + id).then().body("status", equalTo("SUBMITTED"))
                .body("allowedActions", not(hasItem("accept"))).body("allowedActions", hasItem("refuse"));

        put(owner, id, 0, pdf(2_000), "application/pdf", "tờ khai.pdf").then().statusCode(200);
        given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers/" + id).then().body("allowedActions", hasItem("accept"));
        act(OFFICER, id, "accept", null).then().statusCode(200).body("status", equalTo("RECEIVED"));
    }

    @Test
    void theOwnerProvidesTheSupplementThemselvesOnceTheMissingDocumentIsUploadedSinceTheRequest() {
        String owner = Tokens.citizen("citizen-supplement-" + UUID.randomUUID());
        String id = supplementRequested(owner, "Giấy chứng sinh");

        given().auth().oauth2(owner).when().get("/api/v1/dossiers/" + id)
                .then().body("allowedActions", not(hasItem("provide-supplement")));
        given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers/" + id)
                .then().body("allowedActions", hasItem("provide-supplement"));
        act(owner, id, "provide-supplement", null).then().statusCode(409).contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("documents[1]"))
                .body("errors[0].message", containsString("listed as missing in the supplement request"));
        // a file uploaded for another document is not the one asked for
        put(owner, id, 0, pdf(3_000), "application/pdf", "to-khai-moi.pdf").then().statusCode(200);
        act(owner, id, "provide-supplement", null).then().statusCode(409);
        act(Tokens.citizen("someone-else"), id, "provide-supplement", null).then().statusCode(403);

        put(owner, id, 1, pdf(4_000), "application/pdf", "giấy chứng sinh.pdf").then().statusCode(200);
        given().auth().oauth2(owner).when().get("/api/v1/dossiers/" + id)
                .then().body("allowedActions", hasItem("provide-supplement"));
        act(owner, id, "provide-supplement", null).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("paused", equalTo(false))
                .body("allowedActions", not(hasItem("provide-supplement")));
        given().auth().oauth2(owner).when().get("/api/v1/dossiers/" + id + "/history")
                .then().statusCode(200).body("action[-1]", equalTo("provide-supplement")).body("role[-1]", equalTo("OWNER"));
    }

    @Test
    void theReceivingOfficerStillProvidesASupplementBroughtToTheCounterOnPaper() {
        String owner = Tokens.citizen("citizen-paper-supplement-" + UUID.randomUUID());
        String id = supplementRequested(owner, "Giấy chứng sinh (bản chính)");

        act(owner, id, "provide-supplement", null).then().statusCode(409)
                .body("errors[0].field", equalTo("missingDocuments[0]"));
        act(OFFICER, id, "provide-supplement", null).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void aScanAtTheCounterIsPublishedAsFileAttachedWithItsPositionAndDigestButNeverItsName() throws Exception {
        String id = counterIntake();
        byte[] scan = pdf(5_000);
        byte[] rescan = pdf(6_000);

        put(OFFICER, id, 1, scan, "application/pdf", VIETNAMESE_NAME).then().statusCode(200);
        put(OFFICER, id, 1, rescan, "application/pdf", "Giấy chứng sinh (bản sao).pdf").then().statusCode(200);
        act(OFFICER, id, "start", null).then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> records = LifecycleLog.recordsOf(
                LifecycleLog.everything(dataSource, bootstrapServers), id);
        for (ConsumerRecord<String, byte[]> record : records) {
            EventEnvelope envelope = CloudEventCodec.fromRecord(record);
            assertThat(EventSchemas.violations(envelope.type(), envelope.data())).isEmpty();
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("Giấy", "chứng sinh", ".pdf", "dossiers/");
            record.headers().forEach(header -> assertThat(new String(header.value(), StandardCharsets.UTF_8))
                    .doesNotContain("Giấy", ".pdf"));
        }
        List<DossierLifecycleEvent> events = LifecycleLog.eventsOf(records, id);
        assertThat(events).extracting(DossierLifecycleEvent::type).containsExactly("received", "file-attached", "file-attached",
                "started");
        assertThat(events).extracting(DossierLifecycleEvent::sequence).containsExactly(1L, 2L, 3L, 4L);
        assertThat(events.get(0)).extracting(DossierLifecycleEvent::documentsStored, DossierLifecycleEvent::documentsScanned,
                DossierLifecycleEvent::documentPosition, DossierLifecycleEvent::fileSha256).containsExactly(0, 0, null, null);
        // position 1 is the second document, in the API and in the event alike
        assertThat(events.get(1)).extracting(DossierLifecycleEvent::status, DossierLifecycleEvent::documentPosition,
                        DossierLifecycleEvent::fileSha256, DossierLifecycleEvent::documentsStored, DossierLifecycleEvent::documentsScanned)
                .containsExactly(DossierStatus.RECEIVED, 1, sha256(scan), 1, 1);
        // a replaced file is published too, the counts unchanged
        assertThat(events.get(2)).extracting(DossierLifecycleEvent::documentPosition, DossierLifecycleEvent::fileSha256,
                DossierLifecycleEvent::documentsStored, DossierLifecycleEvent::documentsScanned)
                .containsExactly(1, sha256(rescan), 1, 1);
        assertThat(events.get(3)).extracting(DossierLifecycleEvent::documentsStored, DossierLifecycleEvent::documentsScanned,
                DossierLifecycleEvent::documentPosition, DossierLifecycleEvent::fileSha256).containsExactly(1, 1, null, null);

        given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers/" + id + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("receive", "attach-file", "attach-file", "start")))
                .body("sequence", equalTo(List.of(1, 2, 3, 4)))
                .body("role[1]", equalTo("RECEIVING_OFFICER"))
                .body("fromStatus[1]", equalTo("RECEIVED")).body("toStatus[1]", equalTo("RECEIVED"));
        List<String> details = historyDetails(id);
        assertThat(details).hasSize(4).noneMatch(text -> text.contains("Giấy") || text.contains(".pdf"));
        assertThat(EventJson.mapper().readValue(details.get(1), Map.class))
                .isEqualTo(Map.of("position", 1, "origin", "SCANNED_AT_COUNTER"));
    }

    @Test
    void eachUploadIsTheOnlineDossiersNextEventAndAcceptanceCarriesTheCountOfStoredFiles() throws Exception {
        String owner = Tokens.citizen("citizen-events-" + UUID.randomUUID());
        String id = submittedOnline(owner);
        String readBefore = given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers/" + id).then().statusCode(200)
                .extract().header("ETag");
        byte[] form = pdf(2_000);

        put(owner, id, 0, form, "application/pdf", "tờ khai của Lô Văn Minh.pdf").then().statusCode(200)
                .body("sha256", equalTo(sha256(form)));
        put(owner, id, 2, png(), "image/png", "ảnh.png").then().statusCode(200);

        // storing a file changed the dossier: an action on the version read before is refused
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).header("If-Match", readBefore)
                .when().post("/api/v1/dossiers/" + id + "/actions/accept").then().statusCode(412);
        String current = given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers/" + id).then().extract().header("ETag");
        assertThat(current).isNotEqualTo(readBefore);
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).header("If-Match", current)
                .when().post("/api/v1/dossiers/" + id + "/actions/accept").then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> records = LifecycleLog.recordsOf(
                LifecycleLog.everything(dataSource, bootstrapServers), id);
        for (ConsumerRecord<String, byte[]> record : records) {
            assertThat(EventSchemas.violations(CloudEventCodec.fromRecord(record).type(), record.value())).isEmpty();
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("tờ khai", "Lô Văn Minh", "ảnh");
        }
        List<DossierLifecycleEvent> events = LifecycleLog.eventsOf(records, id);
        assertThat(events).extracting(DossierLifecycleEvent::type, DossierLifecycleEvent::sequence,
                        DossierLifecycleEvent::status, DossierLifecycleEvent::documentPosition,
                        DossierLifecycleEvent::documentsStored, DossierLifecycleEvent::documentsScanned)
                .containsExactly(
                        tuple("submitted", 1L, DossierStatus.SUBMITTED, null, 0, 0),
                        tuple("file-attached", 2L, DossierStatus.SUBMITTED, 0, 1, 0),
                        tuple("file-attached", 3L, DossierStatus.SUBMITTED, 2, 2, 0),
                        tuple("received", 4L, DossierStatus.RECEIVED, null, 2, 0));
        assertThat(events.get(1).fileSha256()).isEqualTo(sha256(form));
        assertThat(events.get(2).fileSha256()).isEqualTo(sha256(png()));
        given().auth().oauth2(owner).when().get("/api/v1/dossiers/" + id + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("submit", "attach-file", "attach-file", "accept")))
                .body("role[1]", equalTo("OWNER"));
    }

    /** The details of the dossier's history entries, as stored. */
    private List<String> historyDetails(String id) throws Exception {
        List<String> details = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT details::text FROM dossier_history WHERE dossier_id = ?::uuid ORDER BY sequence")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    details.add(rows.getString(1));
                }
            }
        }
        return details;
    }

    private String objectKeyOf(String id) {
        return QuarkusTransaction.requiringNew().call(() -> fileRows.find(UUID.fromString(id), 0).orElseThrow().objectKey());
    }
}
