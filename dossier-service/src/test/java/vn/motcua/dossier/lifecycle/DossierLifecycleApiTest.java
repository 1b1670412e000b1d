package vn.motcua.dossier.lifecycle;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.CloudEventCodec;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.EventEnvelope;
import vn.motcua.platform.events.EventJson;
import vn.motcua.platform.events.EventSchemas;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.messaging.KafkaSettings;
import vn.motcua.platform.messaging.topics.TopicProvisioningService;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.SettableClock;
import vn.motcua.platform.testing.Tokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** Intake, the lifecycle's actions, worklists and lifecycle events, on real PostgreSQL and Kafka. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class DossierLifecycleApiTest {

    static final String OFFICER = Tokens.officer("16906");
    private static final String CITIZEN_ID = "040203001234";
    static final String CITIZEN_NAME = "Lô Văn Minh";
    private static final String PHONE = "0912345678";

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

    static String intake(String procedure, String channel) {
        return """
                {"procedureCode": "%s", "receivingUnitCode": "16906", "channel": %s,
                 "applicant": {"fullName": "%s", "citizenId": "%s", "phone": "%s",
                               "address": "Bản Xốp Mạt, xã Lượng Minh, Nghệ An"},
                 "documents": [{"name": "Tờ khai", "receivedAs": "PAPER"},
                               {"name": "Giấy chứng sinh", "receivedAs": "FILE", "fileName": "giay-chung-sinh.pdf",
                                "sizeBytes": 182044, "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}]}"""
                .formatted(procedure, channel == null ? "null" : "\"" + channel + "\"", CITIZEN_NAME, CITIZEN_ID, PHONE);
    }

    @Test
    void aDossierReceivedAtTheCounterHasItsCodeAndDueTimeAtOnce() {
        clock.set("2025-07-07T08:00:00+07:00");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(intake("1.004884", "COUNTER"))
                .when().post("/api/v1/dossiers")
                .then().statusCode(201)
                .body("status", equalTo("RECEIVED"))
                .body("statusCode", equalTo(2))
                .body("code", matchesPattern("000\\.16\\.906\\.H40-250707-\\d{4}"))
                .body("receivedAt", equalTo("2025-07-07T08:00:00+07:00"))
                .body("dueAt", equalTo("2025-07-14T17:00:00+07:00"))
                .body("dueDate", equalTo("2025-07-14"))
                .body("documents.size()", equalTo(2))
                .body("applicant.citizenId", equalTo(CITIZEN_ID))
                .body("allowedActions", hasItems("start", "resolve", "request-supplement", "withdraw"));
    }

    @Test
    void intakeValidationNamesEachField() {
        String bad = intake("1.004884", "COUNTER").replace(CITIZEN_ID, "12345").replace(PHONE, "12")
                .replace("\"sha256\": \"9f86", "\"sha256\": \"zz86").replace("\"fullName\": \"" + CITIZEN_NAME + "\"", "\"fullName\": \"\"");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(bad)
                .when().post("/api/v1/dossiers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("applicant.fullName", "applicant.citizenId", "applicant.phone", "documents[1].sha256"));
    }

    @Test
    void unknownOrWithdrawnProceduresAndUnknownUnitsAre422() {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(intake("9.999999", "COUNTER"))
                .when().post("/api/v1/dossiers").then().statusCode(422).body("errors[0].field", equalTo("procedureCode"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(intake("1.000001", "COUNTER"))
                .when().post("/api/v1/dossiers").then().statusCode(422).body("errors[0].field", equalTo("procedureCode"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(intake("1.004884", "COUNTER").replace("\"receivingUnitCode\": \"16906\"", "\"receivingUnitCode\": \"16906\", \"competentUnitCode\": \"99999\""))
                .when().post("/api/v1/dossiers").then().statusCode(422).body("errors[0].field", equalTo("competentUnitCode"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(intake("1.004227.H40", "COUNTER"))
                .when().post("/api/v1/dossiers").then().statusCode(422).body("errors[0].field", equalTo("competentUnitCode"));
    }

    @Test
    void anOfficerOfAnotherUnitCannotReceiveForThisCentreNorReadItsDossiers() {
        given().auth().oauth2(Tokens.officer("16876")).contentType(ContentType.JSON).body(intake("1.004884", "COUNTER"))
                .when().post("/api/v1/dossiers").then().statusCode(403);
        String id = created(intake("1.004884", "COUNTER"), OFFICER).path("id");
        given().auth().oauth2(Tokens.officer("16876")).when().get("/api/v1/dossiers/" + id).then().statusCode(403);
        act(id, "start", null, Tokens.officer("16876")).then().statusCode(403);
        given().auth().oauth2(Tokens.officer("16876")).queryParam("code", given().auth().oauth2(OFFICER)
                        .get("/api/v1/dossiers/" + id).path("code").toString())
                .when().get("/api/v1/dossiers").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aRetriedIntakeWithTheSameKeyCreatesOneDossier() {
        String key = UUID.randomUUID().toString();
        String body = intake("1.004884", "COUNTER");
        String first = given().auth().oauth2(OFFICER).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/dossiers").then().statusCode(201).extract().path("id");
        String second = given().auth().oauth2(OFFICER).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/dossiers").then().statusCode(201).header("Idempotency-Replayed", "true").extract().path("id");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void concurrentIntakesOfOneUnitAndDayGetUniqueGapFreeCodes() throws Exception {
        clock.set("2025-08-05T09:00:00+07:00");
        int intakes = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(intakes);
        List<String> codes = new ArrayList<>();
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < intakes; i++) {
                Callable<String> one = () -> {
                    start.await();
                    return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(intake("1.004884", "COUNTER"))
                            .when().post("/api/v1/dossiers").then().statusCode(201).extract().path("code");
                };
                results.add(pool.submit(one));
            }
            start.countDown();
            for (Future<String> result : results) {
                codes.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= intakes; i++) {
            expected.add("000.16.906.H40-250805-" + String.format("%04d", i));
        }
        assertThat(codes).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aCitizensOnlineDossierWalksTheWholeLifecycleAndEachStepIsAnEventInOrderWithoutPersonalData() {
        String citizen = Tokens.citizen("citizen-walk");
        Response submitted = created(intake("1.004884", null), citizen);
        String id = submitted.path("id");
        assertThat(submitted.<String>path("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.<String>path("channel")).isEqualTo("ONLINE");

        Uploads.declaredFiles(citizen, id);
        act(id, "accept", null, OFFICER).then().statusCode(200).body("status", equalTo("RECEIVED"));
        act(id, "start", null, OFFICER).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        act(id, "request-supplement", "{\"reason\": \"Thiếu giấy chứng sinh\", \"reasonCode\": \"INCOMPLETE\","
                + " \"missingDocuments\": [\"Giấy chứng sinh (bản chính)\"]}", OFFICER)
                .then().statusCode(200).body("status", equalTo("SUPPLEMENT_REQUESTED")).body("paused", equalTo(true));
        act(id, "provide-supplement", null, OFFICER).then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        // a result issued as a file is stored first; storing it is no event of its own
        Uploads.putResult(OFFICER, id, Uploads.resultPdf(), "ket-qua.pdf").then().statusCode(200);
        act(id, "resolve", "{\"outcome\": \"APPROVED\", \"resultAsFile\": true}", OFFICER)
                .then().statusCode(200).body("status", equalTo("RESOLVED")).body("timeliness", equalTo("EARLY"));
        act(id, "return", null, OFFICER).then().statusCode(200).body("status", equalTo("RETURNED"));

        given().auth().oauth2(citizen).when().get("/api/v1/dossiers/" + id + "/history")
                .then().statusCode(200)
                .body("action", equalTo(List.of("submit", "attach-file", "accept", "start", "request-supplement",
                        "provide-supplement", "resolve", "return")));

        List<ConsumerRecord<String, byte[]>> events = eventsOf(id, 8);
        List<String> types = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : events) {
            EventEnvelope envelope = CloudEventCodec.fromRecord(record);
            assertThat(EventSchemas.violations(envelope.type(), envelope.data())).isEmpty();
            String payload = new String(record.value(), StandardCharsets.UTF_8);
            assertThat(payload).doesNotContain(CITIZEN_ID).doesNotContain(CITIZEN_NAME).doesNotContain(PHONE).doesNotContain("Xốp Mạt");
            types.add(EventJson.read(record.value(), DossierLifecycleEvent.class).type());
        }
        // the file the citizen uploaded before acceptance is a change of its own
        assertThat(types).containsExactly("submitted", "file-attached", "received", "started", "supplement-requested",
                "supplement-provided", "resolved", "returned");
        assertThat(events.stream().map(r -> EventJson.read(r.value(), DossierLifecycleEvent.class).sequence()).toList())
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        DossierLifecycleEvent resolved = EventJson.read(events.get(6).value(), DossierLifecycleEvent.class);
        assertThat(resolved.timeliness()).isNotNull();
        assertThat(resolved.documentsTotal()).isEqualTo(2);
        assertThat(resolved.documentsAsFiles()).isEqualTo(1);
        assertThat(resolved.documentsStored()).isEqualTo(1);
        assertThat(resolved.documentsScanned()).isZero();
        assertThat(resolved.resultAsFile()).isTrue();
        assertThat(resolved.resultStored()).isTrue();
        assertThat(resolved.resultSigned()).isFalse();
    }

    @Test
    void anActionTheStatusDoesNotAllowIs409ListingTheOpenOnes() {
        String id = created(intake("1.004884", "COUNTER"), OFFICER).path("id");
        act(id, "return", null, OFFICER)
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("action"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("start"));
        act(id, "teleport", null, OFFICER).then().statusCode(404);
        act(id, "resolve", "{\"outcome\": \"DENIED\"}", OFFICER)
                .then().statusCode(400).body("errors.field", hasItems("reason", "resultAsFile"));
    }

    @Test
    void aCitizenMayWithdrawOnlyTheirOwnOnlineDossier() {
        String owner = Tokens.citizen("citizen-owner");
        String id = created(intake("1.004884", null), owner).path("id");
        act(id, "withdraw", "{\"reason\": \"Tôi không cần nữa\"}", Tokens.citizen("someone-else")).then().statusCode(403);
        act(id, "withdraw", "{\"reason\": \"Tôi không cần nữa\"}", owner).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        given().auth().oauth2(owner).when().get("/api/v1/dossiers").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void anOnlineDossierBelongsToTheTokensSubjectNotToAUserNameAnotherAccountMayCarryLater() {
        String ownerSubject = "sub-" + UUID.randomUUID();
        String owner = Tokens.citizenNamed(ownerSubject, "lo.van.minh");
        String nextHolderOfTheName = Tokens.citizenNamed("sub-" + UUID.randomUUID(), "lo.van.minh");
        String id = created(intake("1.004884", null), owner).path("id");

        given().auth().oauth2(owner).when().get("/api/v1/dossiers/" + id + "/history")
                .then().statusCode(200)
                .body("by", equalTo(List.of(ownerSubject)));
        given().auth().oauth2(nextHolderOfTheName).when().get("/api/v1/dossiers").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        act(id, "withdraw", "{\"reason\": \"Tôi không cần nữa\"}", nextHolderOfTheName).then().statusCode(403);
        act(id, "withdraw", "{\"reason\": \"Tôi không cần nữa\"}", owner).then().statusCode(200);
        given().auth().oauth2(owner).when().get("/api/v1/dossiers/" + id + "/history")
                .then().statusCode(200)
                .body("by", equalTo(List.of(ownerSubject, ownerSubject)));
    }

    @Test
    void ofConcurrentConflictingActionsExactlyOneWins() throws Exception {
        String id = created(intake("1.004884", "COUNTER"), OFFICER).path("id");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                boolean resolve = i % 2 == 0;
                results.add(pool.submit(() -> {
                    start.await();
                    return resolve
                            ? act(id, "resolve", "{\"outcome\": \"APPROVED\", \"resultAsFile\": false}", OFFICER).statusCode()
                            : act(id, "suspend", "{\"reason\": \"Chờ xác minh\"}", OFFICER).statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).containsOnlyOnce(200);
        assertThat(statuses.stream().filter(s -> s != 200)).allMatch(s -> s == 409);
        given().auth().oauth2(OFFICER).get("/api/v1/dossiers/" + id + "/history").then().body("size()", equalTo(2));
    }

    @Test
    void theWorklistFiltersByStatusOverdueAndDueDateSoonestFirst() {
        clock.set("2025-09-08T08:00:00+07:00");
        String early = created(intake("1.004884", "COUNTER"), OFFICER).path("id");
        clock.set("2025-09-10T08:00:00+07:00");
        String later = created(intake("1.004884", "COUNTER"), OFFICER).path("id");
        clock.set("2025-09-16T09:00:00+07:00");
        given().auth().oauth2(OFFICER).queryParam("overdue", true).queryParam("size", 200)
                .when().get("/api/v1/dossiers")
                .then().statusCode(200).body("items.id", hasItem(early)).body("items.id", org.hamcrest.Matchers.not(hasItem(later)));
        given().auth().oauth2(OFFICER).queryParam("dueBefore", "2025-09-18").queryParam("status", "RECEIVED").queryParam("size", 200)
                .when().get("/api/v1/dossiers")
                .then().statusCode(200).body("items.id", hasItems(early, later));
        given().auth().oauth2(OFFICER).queryParam("status", "LOST")
                .when().get("/api/v1/dossiers").then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    private static Response created(String body, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/dossiers").then().statusCode(201).extract().response();
    }

    private static Response act(String id, String action, String body, String token) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        return request.when().post("/api/v1/dossiers/" + id + "/actions/" + action);
    }

    private List<ConsumerRecord<String, byte[]>> eventsOf(String dossierId, int count) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                KafkaSettings.consumer(bootstrapServers, "lifecycle-test-" + UUID.randomUUID(), "lifecycle-test"))) {
            consumer.subscribe(Set.of(Topics.LIFECYCLE.name()));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (dossierId.equals(record.key())) {
                        seen.add(record);
                    }
                }
                return seen.size() >= count;
            });
        }
        return seen;
    }
}
