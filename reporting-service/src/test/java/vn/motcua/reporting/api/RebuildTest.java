package vn.motcua.reporting.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.events.Timeliness;
import vn.motcua.platform.messaging.topics.TopicProvisioningService;
import vn.motcua.reporting.EventScript;
import vn.motcua.reporting.persistence.RebuildLock;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.TestInfrastructure;
import vn.motcua.platform.testing.Tokens;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static vn.motcua.reporting.EventScript.at;
import static vn.motcua.reporting.EventScript.dossier;
import static vn.motcua.reporting.EventScript.procedure;
import static vn.motcua.reporting.EventScript.unit;

/** A rebuild replays the topics into fresh read models and swaps them in: the reports do not change. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class RebuildTest {

    private static final String REBUILD = "/api/v1/admin/rebuild";
    private static final String CIVIL = "tu-phap-ho-tich";
    private static final String CERTIFY = "chung-thuc";
    private static final List<String> REPORTS = List.of("summary", "by-unit", "by-field", "by-procedure", "timeseries", "overdue",
            "index-766");

    @Inject
    TopicProvisioningService topics;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    private static boolean scripted;

    @BeforeEach
    void script() {
        await().atMost(Duration.ofSeconds(30)).until(topics::isDone);
        if (scripted) {
            return;
        }
        try (EventScript script = new EventScript(bootstrapServers)) {
            // names, one of them renamed, and a stale version arriving after the newer one
            script.publish(unit("17464", "Xã Diễn Châu", 1));
            script.publish(unit("17827", "Xã Nghi Lộc", 1));
            script.publish(unit("17827", "Xã Nghi Lộc (sáp nhập)", 2));
            script.publish(unit("17827", "Xã Nghi Lộc (cũ)", 1));
            script.publish(procedure("1.001193", "Đăng ký khai sinh", CIVIL, "Tư pháp - Hộ tịch", 1, true));
            script.publish(procedure("2.000815", "Chứng thực bản sao từ bản chính", CERTIFY, "Chứng thực", 1, false));
            script.publish(procedure("2.000815", "Chứng thực bản sao từ bản chính (sửa)", CERTIFY, "Chứng thực", 2, true));
            // version 1 again, late: the live consumers keep version 2, and so must the rebuild
            script.publish(procedure("2.000815", "Chứng thực bản sao từ bản chính", CERTIFY, "Chứng thực", 1, false));
            for (int i = 0; i < 30; i++) {
                String unit = i % 2 == 0 ? "17464" : "17827";
                String procedure = i % 3 == 0 ? "2.000815" : "1.001193";
                String field = i % 3 == 0 ? CERTIFY : CIVIL;
                int day = 1 + i % 20;
                UUID id = UUID.randomUUID();
                String code = "RB-" + i;
                java.time.OffsetDateTime received = at("2030-03-%02dT08:%02d:00".formatted(day, i));
                java.time.OffsetDateTime due = received.plusDays(i % 4);
                DossierLifecycleEvent first = dossier(id, code, 1, DossierStatus.RECEIVED, unit, field, procedure, received,
                        received, due, null, null);
                script.publish(first);
                switch (i % 5) {
                    // its result stored as an electronic file, signed at one unit and not at the other
                    case 0 -> script.publish(withResult(dossier(id, code, 2, DossierStatus.RESOLVED, unit, field, procedure,
                            received.plusDays(1), received, due, received.plusDays(1),
                            received.plusDays(1).toLocalDate().isAfter(due.toLocalDate()) ? Timeliness.LATE : Timeliness.ON_TIME),
                            i % 10 == 0));
                    case 1 -> {
                        script.publish(dossier(id, code, 2, DossierStatus.WITHDRAWN, unit, field, procedure, received.plusHours(2),
                                received, due, null, null));
                        // a second snapshot after the withdrawal must not move its date
                        script.publish(dossier(id, code, 3, DossierStatus.WITHDRAWN, unit, field, procedure, received.plusDays(3),
                                received, due, null, null));
                    }
                    case 2 -> {
                        script.publish(dossier(id, code, 2, DossierStatus.RESOLVED, unit, field, procedure, received.plusHours(3),
                                received, due, received.plusHours(3), Timeliness.EARLY));
                        // the older snapshot again, redelivered late: it must not undo the resolution
                        script.publish(first);
                    }
                    default -> {
                        // still open: in progress, or overdue by the end of the period
                    }
                }
            }
            // paused before its due time in March and resumed in April (the due time moves), then transferred:
            // overdue at the end of March under 17827, as it stood then, before and after the rebuild
            UUID paused = UUID.randomUUID();
            java.time.OffsetDateTime pausedReceived = at("2030-02-20T09:00:00");
            script.publish(dossier(paused, "RB-PAUSED", 1, DossierStatus.RECEIVED, "17827", CIVIL, "1.001193",
                    pausedReceived, pausedReceived, at("2030-03-05T17:00:00"), null, null));
            script.publish(dossier(paused, "RB-PAUSED", 2, DossierStatus.SUSPENDED, "17827", CIVIL, "1.001193",
                    at("2030-03-03T10:00:00"), pausedReceived, at("2030-03-05T17:00:00"), null, null));
            DossierLifecycleEvent resumed = dossier(paused, "RB-PAUSED", 3, DossierStatus.IN_PROGRESS, "17827", CIVIL,
                    "1.001193", at("2030-04-10T09:00:00"), pausedReceived, at("2030-04-23T17:00:00"), null, null);
            script.publish(resumed);
            script.publish(changed(resumed, 4, at("2030-04-11T09:00:00"), "17464", null));
            // a dossier resolved in March with a signed electronic result, rated in April
            DossierLifecycleEvent rated = withResult(dossier(UUID.randomUUID(), "RB-RATED", 1, DossierStatus.RESOLVED, "17827",
                    CIVIL, "1.001193", at("2030-03-20T09:00:00"), at("2030-02-25T09:00:00"), at("2030-03-25T17:00:00"),
                    at("2030-03-20T09:00:00"), Timeliness.EARLY), true);
            script.publish(rated);
            script.publish(changed(rated, 2, at("2030-04-02T09:00:00"), "17827", 5));
            // refused at the counter of an online submission: never received
            UUID refused = UUID.randomUUID();
            script.publish(dossier(refused, "RB-REFUSED", 1, DossierStatus.SUBMITTED, "17464", CIVIL, "1.001193",
                    at("2030-03-05T09:00:00"), null, null, null, null));
            script.publish(dossier(refused, "RB-REFUSED", 2, DossierStatus.REFUSED, "17464", CIVIL, "1.001193",
                    at("2030-03-06T09:00:00"), null, null, null, null));
            // one document scanned at the counter as it is received in February, the other uploaded in March: digitized
            // in March, as a supplement to a dossier of February
            DossierLifecycleEvent filed = withFiles(dossier(UUID.randomUUID(), "RB-FILED", 1, DossierStatus.RECEIVED, "17464",
                    CIVIL, "1.001193", at("2030-02-26T09:00:00"), at("2030-02-26T09:00:00"), at("2030-04-20T17:00:00"), null,
                    null), 1, "received", at("2030-02-26T09:00:00"), 1, 1);
            script.publish(filed);
            script.publish(withFiles(filed, 2, "file-attached", at("2030-03-11T10:00:00"), 2, 1));
            // something that is not an event at all
            script.publishPoison(UUID.randomUUID().toString());
        }
        awaitConsumed();
        scripted = true;
    }

    @Test
    void rebuildGivesIdenticalReports() {
        Map<String, String> before = reports();
        // the answers compared are not empty ones: the scripted month, its names, the newest versions only
        assertThat(before.get("summary 2030-03-01..2030-03-31 null")).contains("\"received\":30");
        assertThat(before.get("by-unit 2030-03-01..2030-03-31 null")).contains("Xã Nghi Lộc (sáp nhập)").doesNotContain("Xã Nghi Lộc (cũ)");
        assertThat(before.get("by-procedure 2030-03-01..2030-03-31 null")).contains("Chứng thực bản sao từ bản chính (sửa)");
        assertThat(before.get("overdue 2030-03-01..2030-03-31 17827")).contains("RB-PAUSED");
        assertThat(before.get("by-unit 2030-03-01..2030-03-31 null")).contains("\"documentsDigitized\":1,")
                .contains("\"resultsStored\":3,\"resultsSigned\":3,").contains("\"resultsStored\":4,\"resultsSigned\":1,");
        List<String> indexesBefore = indexNames();
        long rowsBefore = count("SELECT count(*) FROM report_dossier");

        String id = given().auth().oauth2(Tokens.provinceAdmin())
                .when().post(REBUILD)
                .then().statusCode(202)
                .header("Location", containsString(REBUILD))
                .body("id", notNullValue())
                .body("requestedBy", equalTo("province-admin"))
                .extract().path("id");
        awaitDone(id);

        given().auth().oauth2(Tokens.provinceAdmin())
                .when().get(REBUILD)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("state", equalTo("DONE"))
                .body("percent", equalTo(100))
                .body("finishedAt", notNullValue())
                .body("recordsSkipped", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("partitions.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(3));
        assertThat(count("SELECT count(*) FROM report_dossier")).isEqualTo(rowsBefore);
        assertThat(indexNames()).isEqualTo(indexesBefore);
        Map<String, String> after = reports();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((report, answer) -> assertThat(after.get(report)).as(report).isEqualTo(answer));
        assertThat(count("SELECT count(*) FROM pg_namespace WHERE nspname = 'report_rebuild_next'")).isZero();
    }

    @Test
    void theLiveConsumersWriteTheRebuiltTablesAfterTheSwap() {
        String id = given().auth().oauth2(Tokens.provinceAdmin()).when().post(REBUILD).then().statusCode(202).extract().path("id");
        awaitDone(id);
        try (EventScript script = new EventScript(bootstrapServers)) {
            script.publish(dossier(UUID.randomUUID(), "RB-AFTER", 1, DossierStatus.RECEIVED, "17464", CIVIL, "1.001193",
                    at("2030-04-01T08:00:00"), at("2030-04-01T08:00:00"), at("2030-04-01T17:00:00"), null, null));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM report_dossier WHERE code = 'RB-AFTER'") == 1);
    }

    @Test
    void eventsPublishedWhileARebuildRunsAreAllCounted() throws Exception {
        AtomicBoolean publishing = new AtomicBoolean(true);
        AtomicInteger published = new AtomicInteger();
        List<Throwable> failures = new ArrayList<>();
        Thread publisher = new Thread(() -> {
            try (EventScript script = new EventScript(bootstrapServers)) {
                while (publishing.get() || published.get() < 20) {
                    int n = published.getAndIncrement();
                    script.publish(dossier(UUID.randomUUID(), "RB-DURING-" + n, 1, DossierStatus.RECEIVED, "17827", CIVIL,
                            "1.001193", at("2030-05-01T08:00:00"), at("2030-05-01T08:00:00"), at("2030-05-01T17:00:00"),
                            null, null));
                }
            } catch (Throwable e) {
                failures.add(e);
            }
        });
        publisher.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> published.get() >= 5);
        String id = given().auth().oauth2(Tokens.provinceAdmin()).when().post(REBUILD).then().statusCode(202).extract().path("id");
        awaitDone(id);
        publishing.set(false);
        publisher.join(Duration.ofSeconds(60).toMillis());
        assertThat(failures).isEmpty();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                count("SELECT count(*) FROM report_dossier WHERE code LIKE 'RB-DURING-%'") == published.get());
    }

    @Test
    void onlyAProvinceAdminRebuildsOrFollowsARebuild() {
        given().auth().oauth2(Tokens.analyst()).when().post(REBUILD).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.officer("17464")).when().post(REBUILD).then().statusCode(403);
        given().auth().oauth2(Tokens.analyst()).when().get(REBUILD).then().statusCode(403);
        given().when().post(REBUILD).then().statusCode(401);
    }

    @Test
    void aSecondRebuildWhileOneRunsGets409() throws Exception {
        // a rebuild running on another replica holds this lock on its session
        try (Connection otherReplica = DriverManager.getConnection(jdbcUrl, TestInfrastructure.get().user(),
                TestInfrastructure.get().password());
             PreparedStatement lock = otherReplica.prepareStatement("SELECT pg_advisory_lock(?, ?)")) {
            lock.setInt(1, RebuildLock.LOCK_CLASS);
            lock.setInt(2, RebuildLock.REBUILD_LOCK);
            lock.execute();
            given().auth().oauth2(Tokens.provinceAdmin())
                    .when().post(REBUILD)
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("urn:motcua:problem:conflict"))
                    .body("detail", containsString("A rebuild is running"));
        }
        // once that session is gone, a rebuild starts again
        String id = given().auth().oauth2(Tokens.provinceAdmin()).when().post(REBUILD).then().statusCode(202).extract().path("id");
        awaitDone(id);
    }

    /** Every report over the scripted month and over the decade around it, as the API answers them. */
    /** A later snapshot of a dossier: another sequence and time, the competent unit and rating given. */
    private static DossierLifecycleEvent changed(DossierLifecycleEvent event, long sequence, java.time.OffsetDateTime at,
                                                 String competent, Integer rating) {
        return new DossierLifecycleEvent(UUID.randomUUID(), event.dossierId(), event.dossierCode(), sequence,
                event.type(), at, event.status(), event.statusCode(), event.procedureCode(), event.fieldCode(),
                event.receivingUnitCode(), competent, event.channel(), event.submittedAt(), event.receivedAt(), event.dueAt(),
                event.pausedWorkingMinutes(), event.resolvedAt(), event.timeliness(), event.newAppointmentAt(),
                event.reasonCode(), rating, event.documentsTotal(), event.documentsAsFiles(), event.resultAsFile(),
                event.apologyLate(), event.applicantKind(), event.representativeCapacity(), event.documentsStored(),
                event.documentsScanned(), event.documentPosition(), event.fileSha256(), event.resultStored(),
                event.resultSigned());
    }

    /** The same snapshot with its result stored as an electronic file, signed or not. */
    private static DossierLifecycleEvent withResult(DossierLifecycleEvent event, boolean signed) {
        return new DossierLifecycleEvent(event.eventId(), event.dossierId(), event.dossierCode(), event.sequence(),
                event.type(), event.occurredAt(), event.status(), event.statusCode(), event.procedureCode(), event.fieldCode(),
                event.receivingUnitCode(), event.competentUnitCode(), event.channel(), event.submittedAt(), event.receivedAt(),
                event.dueAt(), event.pausedWorkingMinutes(), event.resolvedAt(), event.timeliness(), event.newAppointmentAt(),
                event.reasonCode(), event.rating(), event.documentsTotal(), event.documentsAsFiles(), event.resultAsFile(),
                event.apologyLate(), event.applicantKind(), event.representativeCapacity(), event.documentsStored(),
                event.documentsScanned(), event.documentPosition(), event.fileSha256(), true, signed);
    }

    /** A snapshot with how many of its documents have a stored file, of which scanned (a file-attached one: the second). */
    private static DossierLifecycleEvent withFiles(DossierLifecycleEvent event, long sequence, String type,
                                                   java.time.OffsetDateTime at, int stored, int scanned) {
        boolean attached = type.equals("file-attached");
        return new DossierLifecycleEvent(UUID.randomUUID(), event.dossierId(), event.dossierCode(), sequence, type, at,
                event.status(), event.statusCode(), event.procedureCode(), event.fieldCode(), event.receivingUnitCode(),
                event.competentUnitCode(), event.channel(), event.submittedAt(), event.receivedAt(), event.dueAt(),
                event.pausedWorkingMinutes(), event.resolvedAt(), event.timeliness(), event.newAppointmentAt(),
                event.reasonCode(), event.rating(), event.documentsTotal(), event.documentsAsFiles(), event.resultAsFile(),
                null, null, null, stored, scanned, attached ? 2 : null,
                attached ? "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" : null);
    }

    private Map<String, String> reports() {
        Map<String, String> answers = new LinkedHashMap<>();
        String[][] periods = {{"2030-03-01", "2030-03-31"}, {"2030-03-10", "2030-03-12"}, {"2025-01-01", "2034-12-31"}};
        for (String[] period : periods) {
            for (String report : REPORTS) {
                for (String unit : new String[] {null, "17827"}) {
                    var request = given().auth().oauth2(Tokens.analyst()).queryParam("from", period[0]).queryParam("to", period[1]);
                    if (unit != null) {
                        request.queryParam("unit", unit);
                    }
                    if (report.equals("timeseries")) {
                        request.queryParam("granularity", "week");
                    }
                    String key = report + " " + period[0] + ".." + period[1] + " " + unit;
                    answers.put(key, request.when().get("/api/v1/reports/" + report).then().statusCode(200).extract().asString());
                }
            }
        }
        return answers;
    }

    private void awaitDone(String id) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String state = given().auth().oauth2(Tokens.provinceAdmin()).when().get(REBUILD)
                    .then().statusCode(200).body("id", equalTo(id)).extract().path("state");
            assertThat(state).isNotEqualTo("FAILED");
            return "DONE".equals(state);
        });
    }

    private void awaitConsumed() {
        try (EventScript script = new EventScript(bootstrapServers)) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(script::consumedAll);
        }
    }

    private List<String> indexNames() {
        List<String> names = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement query = connection.prepareStatement("""
                         SELECT indexname FROM pg_indexes WHERE tablename IN ('report_dossier', 'report_unit', 'report_procedure')
                          ORDER BY indexname""");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return names;
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement query = connection.prepareStatement(sql);
                 ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }
}
