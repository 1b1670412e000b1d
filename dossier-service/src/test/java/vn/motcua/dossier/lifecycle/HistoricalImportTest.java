package vn.motcua.dossier.lifecycle;

import io.agroal.api.AgroalDataSource;
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
import vn.motcua.platform.events.ApplicantKind;
import vn.motcua.platform.events.CloudEventCodec;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.EventEnvelope;
import vn.motcua.platform.events.EventJson;
import vn.motcua.platform.events.EventSchemas;
import vn.motcua.platform.events.RepresentativeCapacity;
import vn.motcua.platform.events.Timeliness;
import vn.motcua.platform.messaging.topics.TopicProvisioningService;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.SettableClock;
import vn.motcua.platform.testing.Tokens;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** POST /api/v1/dossiers/import: legacy dossiers with their real timelines, on real PostgreSQL and Kafka. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class HistoricalImportTest {

    private static final String ADMIN = Tokens.provinceAdmin();
    private static final String CITIZEN_ID = "040203001234";
    private static final String CITIZEN_NAME = "Lô Văn Minh";

    @Inject
    SettableClock clock;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TopicProvisioningService topics;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;


    @BeforeEach
    void referenceData() {
        ReferenceDataFixture.publishOncePerClass(getClass(), topics, bootstrapServers);
        clock.set("2026-01-05T09:00:00+07:00");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static String legacy(String code, String timeline, String extra) {
        return """
                {"code": "%s", "procedureCode": "1.004884", "receivingUnitCode": "16906", "channel": "COUNTER",%s
                 "applicant": {"fullName": "%s", "citizenId": "%s", "phone": "0912345678",
                               "address": "Bản Xốp Mạt, xã Lượng Minh, Nghệ An"},
                 "documents": [{"name": "Tờ khai", "receivedAs": "PAPER"},
                               {"name": "Giấy chứng sinh", "receivedAs": "FILE", "fileName": "giay-chung-sinh.pdf",
                                "sizeBytes": 182044, "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}],
                 "timeline": [%s]}""".formatted(code, extra, CITIZEN_NAME, CITIZEN_ID, timeline);
    }

    private static final String RECEIVED_FIRST_RESOLVED_SECOND = """
            {"action": "receive", "at": "2025-07-01T08:00:00+07:00"},
            {"action": "start", "at": "2025-07-01T09:00:00+07:00"},
            {"action": "resolve", "at": "2025-07-02T10:00:00+07:00", "outcome": "APPROVED", "resultAsFile": true}""";

    @Test
    void aDossierReceivedFirstJulyAndResolvedSecondJulyIsImportedWithEventsAtThoseTimesAndAgainChangesNothing() {
        String code = "H40-LM-" + UUID.randomUUID();
        String body = "[" + legacy(code, RECEIVED_FIRST_RESOLVED_SECOND, "") + "]";

        Response first = importing(body).then().statusCode(200)
                .body("rows", equalTo(1)).body("imported", equalTo(1)).body("unchanged", equalTo(0)).body("invalid", equalTo(0))
                .body("results[0].row", equalTo(1)).body("results[0].code", equalTo(code))
                .body("results[0].action", equalTo("IMPORTED")).body("results[0].errors.size()", equalTo(0))
                .extract().response();
        String id = first.path("results[0].dossierId");

        given().auth().oauth2(ADMIN).when().get("/api/v1/dossiers/" + id).then().statusCode(200)
                .body("code", equalTo(code))
                .body("status", equalTo("RESOLVED"))
                .body("submittedAt", equalTo("2025-07-01T08:00:00+07:00"))
                .body("receivedAt", equalTo("2025-07-01T08:00:00+07:00"))
                .body("dueAt", equalTo("2025-07-08T17:00:00+07:00"))
                .body("resolvedAt", equalTo("2025-07-02T10:00:00+07:00"))
                .body("timeliness", equalTo("EARLY"))
                .body("outcome", equalTo("APPROVED"))
                .body("applicant.citizenId", equalTo(CITIZEN_ID))
                .body("documents.size()", equalTo(2));
        given().auth().oauth2(ADMIN).when().get("/api/v1/dossiers/" + id + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("receive", "start", "resolve")))
                .body("at", equalTo(List.of("2025-07-01T08:00:00+07:00", "2025-07-01T09:00:00+07:00", "2025-07-02T10:00:00+07:00")))
                .body("role", equalTo(List.of("IMPORT", "IMPORT", "IMPORT")))
                .body("by", equalTo(List.of("province-admin", "province-admin", "province-admin")));

        List<ConsumerRecord<String, byte[]>> log = LifecycleLog.everything(dataSource, bootstrapServers);
        List<ConsumerRecord<String, byte[]>> records = LifecycleLog.recordsOf(log, id);
        assertThat(records).hasSize(3);
        for (ConsumerRecord<String, byte[]> record : records) {
            EventEnvelope envelope = CloudEventCodec.fromRecord(record);
            assertThat(EventSchemas.violations(envelope.type(), envelope.data())).isEmpty();
            DossierLifecycleEvent event = EventJson.read(envelope.data(), DossierLifecycleEvent.class);
            // the CloudEvents time is the step's, like the payload's
            assertThat(envelope.time().toInstant()).isEqualTo(event.occurredAt().toInstant());
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain(CITIZEN_ID).doesNotContain(CITIZEN_NAME);
        }
        List<DossierLifecycleEvent> events = LifecycleLog.eventsOf(log, id);
        assertThat(events).extracting(DossierLifecycleEvent::type).containsExactly("received", "started", "resolved");
        assertThat(events).extracting(DossierLifecycleEvent::sequence).containsExactly(1L, 2L, 3L);
        // a timeline that happened in a legacy system stored no file here
        assertThat(events).extracting(DossierLifecycleEvent::documentsStored, DossierLifecycleEvent::documentsScanned)
                .containsOnly(tuple(0, 0));
        // nor its result: issued as a file there, it is resolved here without a stored result
        assertThat(events).extracting(DossierLifecycleEvent::resultAsFile, DossierLifecycleEvent::resultStored,
                DossierLifecycleEvent::resultSigned).containsExactly(tuple(null, null, null), tuple(null, null, null),
                tuple(true, false, null));
        assertThat(events).extracting(DossierLifecycleEvent::occurredAt).containsExactly(
                OffsetDateTime.parse("2025-07-01T08:00:00+07:00"), OffsetDateTime.parse("2025-07-01T09:00:00+07:00"),
                OffsetDateTime.parse("2025-07-02T10:00:00+07:00"));
        DossierLifecycleEvent resolved = events.get(2);
        assertThat(resolved.receivedAt()).isEqualTo(OffsetDateTime.parse("2025-07-01T08:00:00+07:00"));
        assertThat(resolved.resolvedAt()).isEqualTo(OffsetDateTime.parse("2025-07-02T10:00:00+07:00"));
        assertThat(resolved.dueAt()).isEqualTo(OffsetDateTime.parse("2025-07-08T17:00:00+07:00"));
        assertThat(resolved.timeliness()).isEqualTo(Timeliness.EARLY);
        assertThat(resolved.dossierCode()).isEqualTo(code);
        assertThat(resolved.documentsTotal()).isEqualTo(2);
        assertThat(resolved.documentsAsFiles()).isEqualTo(1);

        // the same payload again, and the same times written with another offset: nothing new
        importing(body).then().statusCode(200)
                .body("imported", equalTo(0)).body("unchanged", equalTo(1))
                .body("results[0].action", equalTo("UNCHANGED")).body("results[0].dossierId", equalTo(id));
        importing(body.replace("2025-07-02T10:00:00+07:00", "2025-07-02T03:00:00Z")).then().statusCode(200)
                .body("results[0].action", equalTo("UNCHANGED"));
        assertThat(LifecycleLog.recordsOf(LifecycleLog.everything(dataSource, bootstrapServers), id)).hasSize(3);
        given().auth().oauth2(ADMIN).when().get("/api/v1/dossiers/" + id + "/history").then().body("size()", equalTo(3));

        // other data under the same code is refused, and changes nothing either
        importing(body.replace("2025-07-02T10:00:00+07:00", "2025-07-03T10:00:00+07:00")).then().statusCode(200)
                .body("invalid", equalTo(1)).body("results[0].action", equalTo("INVALID"))
                .body("results[0].errors[0].field", equalTo("rows[1].code"))
                .body("results[0].errors[0].message", org.hamcrest.Matchers.containsString("already imported with other data"));
        given().auth().oauth2(ADMIN).when().get("/api/v1/dossiers/" + id).then().body("resolvedAt", equalTo("2025-07-02T10:00:00+07:00"));
    }

    @Test
    void invalidRowsAreReportedNamingTheStepAndWriteNothingWhileValidRowsOfTheSameImportAreWritten() {
        String prefix = "H40-BAD-" + UUID.randomUUID() + "-";
        String valid = legacy(prefix + "ok", """
                {"action": "receive", "at": "2025-07-01T08:00:00+07:00"},
                {"action": "resolve", "at": "2025-07-04T10:00:00+07:00", "outcome": "APPROVED", "resultAsFile": false}""",
                " \"dueAt\": \"2025-07-03T17:00:00+07:00\",");
        String resolveBeforeReceive = legacy(prefix + "order", """
                {"action": "resolve", "at": "2025-07-01T08:00:00+07:00", "outcome": "APPROVED", "resultAsFile": false},
                {"action": "receive", "at": "2025-07-01T09:00:00+07:00"}""", "");
        String decreasing = legacy(prefix + "times", """
                {"action": "receive", "at": "2025-07-01T08:00:00+07:00"},
                {"action": "start", "at": "2025-07-01T09:00:00+07:00"},
                {"action": "resolve", "at": "2025-07-01T08:30:00+07:00", "outcome": "APPROVED", "resultAsFile": false}""", "");
        String notAllowed = legacy(prefix + "action", """
                {"action": "receive", "at": "2025-07-01T08:00:00+07:00"},
                {"action": "start", "at": "2025-07-01T09:00:00+07:00"},
                {"action": "return", "at": "2025-07-01T10:00:00+07:00"}""", "");
        String unreadable = legacy(prefix + "type", """
                {"action": "receive", "at": "2025-07-01T08:00:00+07:00"},
                {"action": "start", "at": "yesterday"}""", "");
        String badApplicant = legacy(prefix + "person", """
                {"action": "receive", "at": "2025-07-01T08:00:00+07:00"}""", "").replace(CITIZEN_ID, "12345");

        Response report = importing("[" + String.join(",", valid, resolveBeforeReceive, decreasing, notAllowed, unreadable,
                badApplicant) + "]").then().statusCode(200)
                .body("rows", equalTo(6)).body("imported", equalTo(1)).body("invalid", equalTo(5))
                .body("results.action", equalTo(List.of("IMPORTED", "INVALID", "INVALID", "INVALID", "INVALID", "INVALID")))
                .body("results[1].errors.field", hasItems("rows[2].timeline[0].action"))
                .body("results[2].errors.field", equalTo(List.of("rows[3].timeline[2].at")))
                .body("results[3].errors.field", equalTo(List.of("rows[4].timeline[2].action")))
                .body("results[3].errors[0].message", org.hamcrest.Matchers.containsString("IN_PROGRESS"))
                .body("results[4].errors.field", equalTo(List.of("rows[5].timeline[1].at")))
                .body("results[5].errors.field", equalTo(List.of("rows[6].applicant.citizenId")))
                .body("results[5].errors[0].message", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("12345")))
                .extract().response();
        assertThat(report.<String>path("results[1].dossierId")).isNull();

        // the legacy due time decides timeliness: due 3 July, resolved 4 July
        String id = report.path("results[0].dossierId");
        given().auth().oauth2(ADMIN).when().get("/api/v1/dossiers/" + id).then()
                .body("dueAt", equalTo("2025-07-03T17:00:00+07:00")).body("timeliness", equalTo("LATE"));

        given().auth().oauth2(ADMIN).queryParam("code", prefix).queryParam("size", 200).when().get("/api/v1/dossiers")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
        List<ConsumerRecord<String, byte[]>> log = LifecycleLog.everything(dataSource, bootstrapServers);
        assertThat(log.stream().map(r -> EventJson.read(r.value(), DossierLifecycleEvent.class).dossierCode())
                .filter(code -> code.startsWith(prefix))).containsOnly(prefix + "ok");
    }

    @Test
    void anImportedOpenDossierGoesOnLiveForTheOfficersOfItsUnits() {
        String code = "H40-OPEN-" + UUID.randomUUID();
        String id = importing("[" + legacy(code, """
                {"action": "receive", "at": "2025-12-29T08:00:00+07:00"},
                {"action": "start", "at": "2025-12-29T09:00:00+07:00"}""", "") + "]")
                .then().statusCode(200).body("imported", equalTo(1)).extract().path("results[0].dossierId");
        String officer = Tokens.officer("16906");
        given().auth().oauth2(officer).when().get("/api/v1/dossiers/" + id).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("allowedActions", hasItems("resolve", "suspend"));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"outcome\": \"APPROVED\", \"resultAsFile\": false}")
                .when().post("/api/v1/dossiers/" + id + "/actions/resolve").then().statusCode(200).body("status", equalTo("RESOLVED"));
        List<DossierLifecycleEvent> events = LifecycleLog.eventsOf(LifecycleLog.everything(dataSource, bootstrapServers), id);
        assertThat(events).extracting(DossierLifecycleEvent::type).containsExactly("received", "started", "resolved");
        assertThat(events).extracting(DossierLifecycleEvent::sequence).containsExactly(1L, 2L, 3L);
        assertThat(events.get(2).occurredAt()).isEqualTo(OffsetDateTime.parse("2026-01-05T09:00:00+07:00"));
    }

    @Test
    void onlyAProvinceAdminImportsAndTheBodyMustBeAnArrayOfAtMostAThousandRows() {
        String body = "[" + legacy("H40-AUTH-" + UUID.randomUUID(), RECEIVED_FIRST_RESOLVED_SECOND, "") + "]";
        given().auth().oauth2(Tokens.officer("16906")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/dossiers/import").then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/dossiers/import").then().statusCode(401);
        importing("{}").then().statusCode(400).body("errors[0].field", equalTo("body"));
        importing("[]").then().statusCode(400).body("errors[0].field", equalTo("body"));
        importing("[" + String.join(",", java.util.Collections.nCopies(1001, "{}")) + "]").then().statusCode(413)
                .body("errors[0].field", equalTo("rows"));
        // a literal path segment, not a dossier id
        given().auth().oauth2(ADMIN).when().get("/api/v1/dossiers/import").then().statusCode(405);
    }

    @Test
    void referenceDataUnknownFieldsAndTheChannelAreCheckedAsAtIntake() {
        String prefix = "H40-REF-" + UUID.randomUUID() + "-";
        String timeline = "{\"action\": \"receive\", \"at\": \"2025-07-01T08:00:00+07:00\"}";
        importing("[" + String.join(",",
                legacy(prefix + "1", timeline, "").replace("\"1.004884\"", "\"9.999999\""),
                legacy(prefix + "2", timeline, " \"competentUnitCode\": \"99999\","),
                legacy(prefix + "3", timeline, " \"dueAT\": \"2025-07-08T17:00:00+07:00\","),
                legacy(prefix + "4", timeline, " \"ownerSubject\": \"citizen-9\","),
                legacy(prefix + "5", timeline, "").replace("\"COUNTER\"", "\"ONLINE\""),
                "42") + "]").then().statusCode(200)
                .body("invalid", equalTo(6))
                .body("results[0].errors.field", equalTo(List.of("rows[1].procedureCode")))
                .body("results[1].errors.field", equalTo(List.of("rows[2].competentUnitCode")))
                .body("results[2].errors.field", equalTo(List.of("rows[3].dueAT")))
                .body("results[2].errors[0].message", equalTo("is not a known field"))
                .body("results[3].errors.field", equalTo(List.of("rows[4].ownerSubject")))
                .body("results[4].errors.field", equalTo(List.of("rows[5].timeline[0].action")))
                .body("results[5].errors.field", equalTo(List.of("rows[6]")));
        // the catalogue may have withdrawn a procedure since the dossier was decided: its history still counts
        importing("[" + legacy(prefix + "7", timeline, "").replace("\"1.004884\"", "\"1.000001\"") + "]").then().statusCode(200)
                .body("results[0].action", equalTo("IMPORTED"));
    }

    @Test
    void aDossierRefusedAtTheCounterIsImportedWithRefuseAsItsFirstStepAndNeverReceived() {
        String code = "H40-REFUSED-" + UUID.randomUUID();
        String refusedAtTheCounter = """
                {"action": "refuse", "at": "2025-07-01T08:00:00+07:00", "reason": "Không thuộc thẩm quyền của xã",
                 "reasonCode": "NOT_COMPETENT"}""";

        String id = importing("[" + legacy(code, refusedAtTheCounter, "") + "]").then().statusCode(200)
                .body("imported", equalTo(1)).body("results[0].errors.size()", equalTo(0))
                .extract().path("results[0].dossierId");

        given().auth().oauth2(ADMIN).when().get("/api/v1/dossiers/" + id).then().statusCode(200)
                .body("status", equalTo("REFUSED"))
                .body("channel", equalTo("COUNTER"))
                .body("submittedAt", equalTo("2025-07-01T08:00:00+07:00"))
                .body("receivedAt", org.hamcrest.Matchers.nullValue())
                .body("dueAt", org.hamcrest.Matchers.nullValue())
                .body("reasonCode", equalTo("NOT_COMPETENT"));
        given().auth().oauth2(ADMIN).when().get("/api/v1/dossiers/" + id + "/forms/refusal").then().statusCode(200)
                .body("reason", equalTo("Không thuộc thẩm quyền của xã"));
        given().auth().oauth2(ADMIN).when().get("/api/v1/dossiers/" + id + "/forms/receipt").then().statusCode(404);
        List<DossierLifecycleEvent> events = LifecycleLog.eventsOf(LifecycleLog.everything(dataSource, bootstrapServers), id);
        assertThat(events).extracting(DossierLifecycleEvent::type).containsExactly("refused");
        assertThat(events.get(0).receivedAt()).isNull();
        assertThat(events.get(0).sequence()).isEqualTo(1L);

        // without a reason, or for an online dossier, it is refused naming the first step
        importing("[" + String.join(",",
                legacy(code + "-unexplained", "{\"action\": \"refuse\", \"at\": \"2025-07-01T08:00:00+07:00\"}", ""),
                legacy(code + "-online", refusedAtTheCounter, "").replace("\"COUNTER\"", "\"ONLINE\"")) + "]")
                .then().statusCode(200)
                .body("invalid", equalTo(2))
                .body("results[0].errors.field", equalTo(List.of("rows[1].timeline[0].reason")))
                .body("results[1].errors.field", equalTo(List.of("rows[2].timeline[0].action")));
    }

    @Test
    void anOnlineDossierFromALegacySystemIsAcceptedWithoutStoredFilesInItsTimelineAndLiveAfterTheImport() {
        String code = "H40-ONLINE-" + UUID.randomUUID();
        String submitAcceptStart = """
                {"action": "submit", "at": "2025-07-01T08:00:00+07:00"},
                {"action": "accept", "at": "2025-07-01T09:00:00+07:00"},
                {"action": "start", "at": "2025-07-01T10:00:00+07:00"}""";
        String submitted = "{\"action\": \"submit\", \"at\": \"2025-07-01T08:00:00+07:00\"}";

        Response imported = importing("[" + String.join(",",
                legacy(code, submitAcceptStart, "").replace("\"COUNTER\"", "\"ONLINE\""),
                legacy(code + "-waiting", submitted, "").replace("\"COUNTER\"", "\"ONLINE\"")) + "]")
                .then().statusCode(200).body("imported", equalTo(2)).extract().response();

        given().auth().oauth2(ADMIN).when().get("/api/v1/dossiers/" + imported.path("results[0].dossierId"))
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        // the files it declared were received by the legacy system, before this platform stored any
        given().auth().oauth2(Tokens.officer("16906")).contentType(ContentType.JSON)
                .when().post("/api/v1/dossiers/" + imported.path("results[1].dossierId") + "/actions/accept")
                .then().statusCode(200).body("status", equalTo("RECEIVED"));
    }

    @Test
    void anOrganisationsDossierHandedInByAnAuthorisedPersonIsImportedAndItsEventsTellTheKindOnly() {
        String code = "H40-ORG-" + UUID.randomUUID();
        String applicant = """
                "applicant": {"kind": "ORGANISATION", "organisationName": "Hợp tác xã Nông nghiệp Lượng Minh",
                              "taxCode": "2901234567", "address": "Xã Lượng Minh",
                              "representative": {"fullName": "Vi Văn Thắng", "citizenId": "040190001111",
                                                 "capacity": "AUTHORISED_PERSON"}},""";
        String row = legacy(code, RECEIVED_FIRST_RESOLVED_SECOND, "").replaceFirst("(?s)\"applicant\": \\{.*?\\},", applicant);

        String id = importing("[" + row + "]").then().statusCode(200).body("imported", equalTo(1))
                .extract().path("results[0].dossierId");

        given().auth().oauth2(ADMIN).when().get("/api/v1/dossiers/" + id).then().statusCode(200)
                .body("applicant.kind", equalTo("ORGANISATION"))
                .body("applicant.taxCode", equalTo("2901234567"))
                .body("applicant.representative.capacity", equalTo("AUTHORISED_PERSON"));
        List<DossierLifecycleEvent> events = LifecycleLog.eventsOf(LifecycleLog.everything(dataSource, bootstrapServers), id);
        assertThat(events).extracting(DossierLifecycleEvent::applicantKind).containsOnly(ApplicantKind.ORGANISATION);
        assertThat(events).extracting(DossierLifecycleEvent::representativeCapacity)
                .containsOnly(RepresentativeCapacity.AUTHORISED_PERSON);
    }

    private static Response importing(String body) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body).when().post("/api/v1/dossiers/import");
    }
}
