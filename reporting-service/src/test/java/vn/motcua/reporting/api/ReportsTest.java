package vn.motcua.reporting.api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.Channel;
import vn.motcua.platform.events.CloudEventCodec;
import vn.motcua.platform.events.DossierEventType;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.events.EventEnvelope;
import vn.motcua.platform.events.EventJson;
import vn.motcua.platform.events.Timeliness;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.events.UnitSnapshot;
import vn.motcua.platform.messaging.KafkaSettings;
import vn.motcua.platform.messaging.topics.TopicProvisioningService;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** A scripted sequence of lifecycle events with known outcomes gives exact numbers in every report. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ReportsTest {

    private static final String LUONG_MINH = "16906";
    private static final String FIELD = "tu-phap-ho-tich";
    private static final String FILED_FIELD = "so-hoa-766";
    private static final String NHAN_HOA = "17344";
    private static final String ANH_SON_DONG = "17365";
    private static final String DIGITIZATION = "criteria.find { it.name == 'digitization' }";

    @Inject
    TopicProvisioningService topics;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static boolean scripted;
    private static final List<DossierLifecycleEvent> LUONG_MINH_EVENTS = new ArrayList<>();

    @BeforeEach
    void script() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(topics::isDone);
        if (scripted) {
            return;
        }
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(KafkaSettings.producer(bootstrapServers, "script"))) {
            send(producer, Topics.UNITS.name(), LUONG_MINH, UnitSnapshot.TYPE, EventJson.write(new UnitSnapshot(LUONG_MINH,
                    "Xã Lượng Minh", "COMMUNE", "40", "000.16.906.H40", "ACTIVE", 1, at("2025-06-30T08:00:00"))));
            // the real case: 43 civil-status dossiers received from 1 to 9 July 2025, all resolved on time
            for (int i = 0; i < 43; i++) {
                int day = 1 + i % 9;
                OffsetDateTime received = at("2025-07-%02dT08:%02d:00".formatted(day, i));
                UUID id = UUID.randomUUID();
                String code = "000.16.906.H40-2507%02d-%04d".formatted(day, i + 1);
                DossierLifecycleEvent r = event(id, code, 1, DossierEventType.RECEIVED, LUONG_MINH, LUONG_MINH, FIELD, received,
                        received.withHour(17).withMinute(0), null, null);
                DossierLifecycleEvent s = event(id, code, 2, DossierEventType.RESOLVED, LUONG_MINH, LUONG_MINH, FIELD, received,
                        received.withHour(17).withMinute(0), received.withHour(14), Timeliness.ON_TIME);
                LUONG_MINH_EVENTS.add(r);
                LUONG_MINH_EVENTS.add(s);
                lifecycle(producer, r);
                lifecycle(producer, s);
            }
            // noise that must not count: another field, another unit, outside the period
            lifecycle(producer, event(UUID.randomUUID(), "X-1", 1, DossierEventType.RECEIVED, LUONG_MINH, LUONG_MINH, "chung-thuc",
                    at("2025-07-03T09:00:00"), at("2025-07-03T17:00:00"), null, null));
            lifecycle(producer, event(UUID.randomUUID(), "X-2", 1, DossierEventType.RECEIVED, "16876", "16876", FIELD,
                    at("2025-07-03T09:00:00"), at("2025-07-03T17:00:00"), null, null));
            lifecycle(producer, event(UUID.randomUUID(), "X-3", 1, DossierEventType.RECEIVED, LUONG_MINH, LUONG_MINH, FIELD,
                    at("2025-07-10T09:00:00"), at("2025-07-10T17:00:00"), null, null));
            // unit 16885: one carried over and overdue as of 9 July, one received in the period and resolved late,
            // one received in the period and still within its time; one received by 16885 for unit 16906
            lifecycle(producer, event(UUID.randomUUID(), "C-1", 1, DossierEventType.RECEIVED, "16885", "16885", FIELD,
                    at("2025-06-25T09:00:00"), at("2025-07-02T17:00:00"), null, null));
            UUID late = UUID.randomUUID();
            lifecycle(producer, event(late, "C-2", 1, DossierEventType.RECEIVED, "16885", "16885", FIELD,
                    at("2025-07-01T09:00:00"), at("2025-07-03T17:00:00"), null, null));
            lifecycle(producer, event(late, "C-2", 2, DossierEventType.RESOLVED, "16885", "16885", FIELD,
                    at("2025-07-01T09:00:00"), at("2025-07-03T17:00:00"), at("2025-07-07T10:00:00"), Timeliness.LATE));
            lifecycle(producer, event(UUID.randomUUID(), "C-3", 1, DossierEventType.RECEIVED, "16885", "16885", FIELD,
                    at("2025-07-08T09:00:00"), at("2025-07-15T17:00:00"), null, null));
            lifecycle(producer, event(UUID.randomUUID(), "C-4", 1, DossierEventType.RECEIVED, "16885", LUONG_MINH, "chung-thuc",
                    at("2025-07-04T09:00:00"), at("2025-07-04T17:00:00"), null, null));
            scriptStoredFiles(producer);
            scriptStoredResults(producer);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> count("SELECT count(*) FROM report_dossier") >= 50
                && count("SELECT count(*) FROM report_dossier WHERE code = 'C-2' AND timeliness = 'LATE'") == 1
                && count("SELECT count(*) FROM report_dossier WHERE resolved_date IS NOT NULL AND competent_unit_code = '16906'") == 43
                && count("SELECT coalesce(sum(sequence), 0) FROM report_dossier WHERE code LIKE 'DIG-%'") == 18
                && count("SELECT coalesce(sum(sequence), 0) FROM report_dossier WHERE code LIKE 'RES-%'") == 11);
        scripted = true;
    }

    @Test
    void luongMinhReceivedAndResolvedItsFortyThreeCivilStatusDossiersAllOnTime() {
        given().auth().oauth2(Tokens.analyst())
                .queryParam("from", "2025-07-01").queryParam("to", "2025-07-09")
                .queryParam("unit", LUONG_MINH).queryParam("field", FIELD)
                .when().get("/api/v1/reports/summary")
                .then().statusCode(200)
                .body("figures.received", equalTo(43))
                .body("figures.carriedOver", equalTo(0))
                .body("figures.toProcess", equalTo(43))
                .body("figures.resolvedLate", equalTo(0))
                .body("figures.resolvedOnTime", equalTo(43))
                .body("figures.resolvedEarly", equalTo(0))
                .body("figures.inProgressOverdue", equalTo(0))
                .body("figures.onTimeRate", equalTo(1.0f))
                .body("figures.onTimeShare", equalTo(1.0f));
    }

    @Test
    void carriedOverAndOverdueAreCountedAsOfTheEndOfThePeriod() {
        given().auth().oauth2(Tokens.provinceAdmin())
                .queryParam("from", "2025-07-01").queryParam("to", "2025-07-09").queryParam("unit", "16885")
                .when().get("/api/v1/reports/summary")
                .then().statusCode(200)
                .body("figures.received", equalTo(2))
                .body("figures.carriedOver", equalTo(1))
                .body("figures.toProcess", equalTo(3))
                .body("figures.resolvedLate", equalTo(1))
                .body("figures.inProgressOverdue", equalTo(1))
                .body("figures.inProgressNotYetDue", equalTo(1))
                // late rate = (1 overdue + 1 resolved late) / 3
                .body("figures.lateRate", equalTo(0.6667f))
                .body("figures.onTimeRate", equalTo(0.3333f));
    }

    @Test
    void byUnitRanksUnitsAndShowsDossiersReceivedForOtherUnits() {
        given().auth().oauth2(Tokens.analyst())
                .queryParam("from", "2025-07-01").queryParam("to", "2025-07-09")
                .when().get("/api/v1/reports/by-unit")
                .then().statusCode(200)
                .body("rows.find { it.unitCode == '16885' }.receivedForOtherUnits", equalTo(1))
                .body("rows.find { it.unitCode == '16906' }.unitName", equalTo("Xã Lượng Minh"))
                .body("rows.find { it.unitCode == '16906' }.figures.received", equalTo(45));
    }

    @Test
    void redeliveredAndReorderedEventsChangeNoNumber() throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(KafkaSettings.producer(bootstrapServers, "replay"))) {
            // every Lượng Minh event again, newest first
            for (int i = LUONG_MINH_EVENTS.size() - 1; i >= 0; i--) {
                lifecycle(producer, LUONG_MINH_EVENTS.get(i));
            }
            // an older snapshot under a new id must not undo a resolution
            DossierLifecycleEvent first = LUONG_MINH_EVENTS.get(0);
            lifecycle(producer, new DossierLifecycleEvent(UUID.randomUUID(), first.dossierId(), first.dossierCode(), 1, "received",
                    first.occurredAt(), DossierStatus.RECEIVED, 2, first.procedureCode(), first.fieldCode(), first.receivingUnitCode(),
                    first.competentUnitCode(), first.channel(), null, first.receivedAt(), first.dueAt(), 0L, null, null, null, null,
                    null, 1, 0, null));
            // and a marker to know the replay was consumed
            lifecycle(producer, event(UUID.randomUUID(), "MARKER", 1, DossierEventType.RECEIVED, "16876", "16876", "chung-thuc",
                    at("2024-01-02T09:00:00"), at("2024-01-02T17:00:00"), null, null));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> count("SELECT count(*) FROM report_dossier WHERE code = 'MARKER'") == 1);
        luongMinhReceivedAndResolvedItsFortyThreeCivilStatusDossiersAllOnTime();
    }

    @Test
    void aMalformedEventGoesToTheDeadLetterTopicAndTheNextOneIsCounted() throws Exception {
        UUID id = UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(KafkaSettings.producer(bootstrapServers, "poison"))) {
            producer.send(new ProducerRecord<>(Topics.LIFECYCLE.name(), id.toString(), "{not an event".getBytes(StandardCharsets.UTF_8)))
                    .get(10, TimeUnit.SECONDS);
            lifecycle(producer, event(id, "AFTER-POISON", 1, DossierEventType.RECEIVED, "16876", "16876", FIELD,
                    at("2024-02-02T09:00:00"), at("2024-02-02T17:00:00"), null, null));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> count("SELECT count(*) FROM report_dossier WHERE code = 'AFTER-POISON'") == 1);
        given().auth().oauth2(Tokens.analyst())
                .queryParam("from", "2024-02-01").queryParam("to", "2024-02-29").queryParam("unit", "16876")
                .when().get("/api/v1/reports/summary")
                .then().statusCode(200).body("figures.received", equalTo(1));
    }

    @Test
    void theCsvExportParsesBackToTheJsonNumbers() {
        byte[] csv = given().auth().oauth2(Tokens.analyst())
                .queryParam("from", "2025-07-01").queryParam("to", "2025-07-09").queryParam("unit", "16885").queryParam("format", "csv")
                .when().get("/api/v1/reports/summary")
                .then().statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("bao-cao-summary-2025-07-01-2025-07-09-16885.csv"))
                .extract().asByteArray();
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        String[] lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).startsWith("Tiếp nhận mới,Từ kỳ trước chuyển sang,Tổng số phải giải quyết");
        assertThat(lines[1]).startsWith("2,1,3,0,0,1,1,1,1,0,0,0.6667,0.3333");
    }

    @Test
    void theXlsxExportParsesBackToTheJsonNumbersUnderVietnameseHeadings() throws Exception {
        byte[] xlsx = given().auth().oauth2(Tokens.analyst())
                .queryParam("from", "2025-07-01").queryParam("to", "2025-07-09").queryParam("format", "xlsx")
                .when().get("/api/v1/reports/by-unit")
                .then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("bao-cao-by-unit-2025-07-01-2025-07-09.xlsx"))
                .extract().asByteArray();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook =
                     new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã đơn vị");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Tiếp nhận mới");
            boolean found = false;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                if (row.getRowNum() > 0 && "16885".equals(row.getCell(0).getStringCellValue())) {
                    assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(2.0);
                    assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(1.0);
                    assertThat(row.getCell(13).getNumericCellValue()).isEqualTo(0.6667);
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }

    /**
     * Files stored for documents, in August 2025, field {@value #FILED_FIELD}: unit 17344 (Nhân Hòa) receives 7
     * documents, 5 of them digitized (2 scanned); unit 17365 (Anh Sơn Đông) receives 1 and digitizes 2, one more
     * than it received, for a dossier of July.
     */
    private static void scriptStoredFiles(KafkaProducer<String, byte[]> producer) throws Exception {
        // DIG-1: submitted online with 3 documents, 2 uploaded (one file replaced) before it is accepted on 5 August
        // (they count on 5 August), the third uploaded as a supplement on 12 August
        UUID one = UUID.randomUUID();
        OffsetDateTime accepted = at("2025-08-05T10:00:00");
        lifecycle(producer, filed(one, "DIG-1", 1, DossierEventType.SUBMITTED, NHAN_HOA, at("2025-08-04T09:00:00"), null, 3, 0, 0, null));
        lifecycle(producer, filed(one, "DIG-1", 2, DossierEventType.FILE_ATTACHED, NHAN_HOA, at("2025-08-04T09:05:00"), null, 3, 1, 0, 1));
        lifecycle(producer, filed(one, "DIG-1", 3, DossierEventType.FILE_ATTACHED, NHAN_HOA, at("2025-08-04T09:10:00"), null, 3, 2, 0, 2));
        lifecycle(producer, filed(one, "DIG-1", 4, DossierEventType.FILE_ATTACHED, NHAN_HOA, at("2025-08-05T08:00:00"), null, 3, 2, 0, 2));
        lifecycle(producer, filed(one, "DIG-1", 5, DossierEventType.RECEIVED, NHAN_HOA, accepted, accepted, 3, 2, 0, null));
        lifecycle(producer, filed(one, "DIG-1", 6, DossierEventType.FILE_ATTACHED, NHAN_HOA, at("2025-08-12T15:00:00"), accepted, 3, 3, 0, 3));
        // DIG-2: 2 documents at the counter, one scanned as it is received
        lifecycle(producer, filed(UUID.randomUUID(), "DIG-2", 1, DossierEventType.RECEIVED, NHAN_HOA, at("2025-08-06T09:00:00"),
                at("2025-08-06T09:00:00"), 2, 1, 1, null));
        // DIG-3: both documents uploaded, then withdrawn before acceptance: never received, its files count nowhere
        UUID withdrawn = UUID.randomUUID();
        lifecycle(producer, filed(withdrawn, "DIG-3", 1, DossierEventType.SUBMITTED, NHAN_HOA, at("2025-08-07T09:00:00"), null, 2, 0, 0, null));
        lifecycle(producer, filed(withdrawn, "DIG-3", 2, DossierEventType.FILE_ATTACHED, NHAN_HOA, at("2025-08-07T09:05:00"), null, 2, 1, 0, 1));
        lifecycle(producer, filed(withdrawn, "DIG-3", 3, DossierEventType.FILE_ATTACHED, NHAN_HOA, at("2025-08-07T09:10:00"), null, 2, 2, 0, 2));
        lifecycle(producer, filed(withdrawn, "DIG-3", 4, DossierEventType.WITHDRAWN, NHAN_HOA, at("2025-08-08T09:00:00"), null, 2, 2, 0, null));
        // DIG-4: received in July with its document on paper, scanned at the counter in August: it counts in August
        UUID july = UUID.randomUUID();
        lifecycle(producer, filed(july, "DIG-4", 1, DossierEventType.RECEIVED, NHAN_HOA, at("2025-07-28T09:00:00"),
                at("2025-07-28T09:00:00"), 1, 0, 0, null));
        lifecycle(producer, filed(july, "DIG-4", 2, DossierEventType.FILE_ATTACHED, NHAN_HOA, at("2025-08-03T09:00:00"),
                at("2025-07-28T09:00:00"), 1, 1, 1, 1));
        // DIG-5: an event written before documentsStored existed (the keys absent): 2 documents, none known stored
        DossierLifecycleEvent old = event(UUID.randomUUID(), "DIG-5", 1, DossierEventType.RECEIVED, NHAN_HOA, NHAN_HOA, FILED_FIELD,
                at("2025-08-08T09:00:00"), null, null, null);
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(EventJson.write(old));
        json.remove(List.of("apologyLate", "applicantKind", "representativeCapacity", "documentsStored", "documentsScanned",
                "documentPosition", "fileSha256", "resultStored", "resultSigned"));
        send(producer, Topics.LIFECYCLE.name(), old.dossierId().toString(), old.cloudEventType(),
                new ObjectMapper().writeValueAsBytes(json), old.eventId());
        // 17365: DIG-6 received in July, both documents scanned in August; DIG-7 received in August, nothing stored
        UUID earlier = UUID.randomUUID();
        lifecycle(producer, filed(earlier, "DIG-6", 1, DossierEventType.RECEIVED, ANH_SON_DONG, at("2025-07-30T09:00:00"),
                at("2025-07-30T09:00:00"), 2, 0, 0, null));
        lifecycle(producer, filed(earlier, "DIG-6", 2, DossierEventType.FILE_ATTACHED, ANH_SON_DONG, at("2025-08-02T09:00:00"),
                at("2025-07-30T09:00:00"), 2, 1, 0, 1));
        lifecycle(producer, filed(earlier, "DIG-6", 3, DossierEventType.FILE_ATTACHED, ANH_SON_DONG, at("2025-08-03T09:00:00"),
                at("2025-07-30T09:00:00"), 2, 2, 0, 2));
        lifecycle(producer, filed(UUID.randomUUID(), "DIG-7", 1, DossierEventType.RECEIVED, ANH_SON_DONG, at("2025-08-10T09:00:00"),
                at("2025-08-10T09:00:00"), 1, 0, 0, null));
    }

    /**
     * Results issued at unit 17344 (Nhân Hòa), field {@value #FILED_FIELD}, for dossiers without documents (so the
     * documents counts stay as {@link #scriptStoredFiles} made them): in August 4 dossiers resolved, 2 with their result
     * stored as an electronic file, 1 of them signed; one declared as a file and never stored; one resolved by a
     * producer older than resultStored, whose later event says a file is stored. One more resolved on 1 September,
     * local time, although its event is stamped 31 August in UTC.
     */
    private static void scriptStoredResults(KafkaProducer<String, byte[]> producer) throws Exception {
        OffsetDateTime received = at("2025-08-11T09:00:00");
        UUID signed = UUID.randomUUID();
        lifecycle(producer, resulted(signed, "RES-1", 1, received, null, null, null, null));
        lifecycle(producer, resulted(signed, "RES-1", 2, received, at("2025-08-20T10:00:00"), true, true, true));
        UUID unsigned = UUID.randomUUID();
        lifecycle(producer, resulted(unsigned, "RES-2", 1, received, null, null, null, null));
        lifecycle(producer, resulted(unsigned, "RES-2", 2, received, at("2025-08-21T10:00:00"), true, true, false));
        // RES-3: declared as a file at resolution, none stored: it counts as resolved, not as a result stored
        UUID declared = UUID.randomUUID();
        lifecycle(producer, resulted(declared, "RES-3", 1, received, null, null, null, null));
        lifecycle(producer, resulted(declared, "RES-3", 2, received, at("2025-08-22T10:00:00"), true, false, null));
        // RES-4: resolved by a producer older than resultStored (the keys absent): not known stored, so not counted;
        // its return, once the producer knows of stored results, says one is stored, which changes nothing
        UUID older = UUID.randomUUID();
        lifecycle(producer, resulted(older, "RES-4", 1, received, null, null, null, null));
        DossierLifecycleEvent resolvedBefore = resulted(older, "RES-4", 2, received, at("2025-08-22T11:00:00"), true, null, null);
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(EventJson.write(resolvedBefore));
        json.remove(List.of("resultStored", "resultSigned"));
        send(producer, Topics.LIFECYCLE.name(), older.toString(), resolvedBefore.cloudEventType(),
                new ObjectMapper().writeValueAsBytes(json), resolvedBefore.eventId());
        DossierLifecycleEvent returned = resulted(older, "RES-4", 3, received, at("2025-08-22T11:00:00"), true, true, true);
        lifecycle(producer, new DossierLifecycleEvent(returned.eventId(), older, "RES-4", 3, DossierEventType.RETURNED.eventName(),
                at("2025-08-25T09:00:00"), DossierStatus.RETURNED, DossierStatus.RETURNED.code(), returned.procedureCode(),
                returned.fieldCode(), NHAN_HOA, NHAN_HOA, Channel.COUNTER, received, received, returned.dueAt(), 0L,
                returned.resolvedAt(), returned.timeliness(), null, null, null, 0, 0, true, null, null, null, 0, 0, null, null,
                true, true));
        // RES-5: resolved at 00:30 on 1 September in the province, stamped in UTC: it counts in September
        UUID september = UUID.randomUUID();
        lifecycle(producer, resulted(september, "RES-5", 1, received, null, null, null, null));
        lifecycle(producer, resulted(september, "RES-5", 2, received,
                OffsetDateTime.parse("2025-08-31T17:30:00Z"), true, true, true));
    }

    @Test
    void theConsumerTakesFileAttachedEventsAndEventsOlderThanTheStoredCounts() {
        // the sum of the sequences is reached only once every event of the DIG dossiers was applied
        assertThat(count("SELECT sequence FROM report_dossier WHERE code = 'DIG-1'")).isEqualTo(6);
        assertThat(count("SELECT sequence FROM report_dossier WHERE code = 'DIG-5'")).isEqualTo(1);
        assertThat(count("SELECT cardinality(stored_days) FROM report_dossier WHERE code = 'DIG-5'")).isZero();
        // the replaced file (4) raised nothing: an entry for 4 August (1, then 2) and one for 12 August (3)
        assertThat(count("SELECT stored_documents[cardinality(stored_documents)] FROM report_dossier WHERE code = 'DIG-1'"))
                .isEqualTo(3);
        assertThat(count("SELECT cardinality(stored_days) FROM report_dossier WHERE code = 'DIG-1'")).isEqualTo(2);
    }

    @Test
    void theResultIsKeptAsTheResolvedEventSaidIt() {
        assertThat(count("SELECT count(*) FROM report_dossier WHERE code = 'RES-1' AND result_stored AND result_signed"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM report_dossier WHERE code = 'RES-3' AND result_as_file AND NOT result_stored"))
                .isEqualTo(1);
        // RES-4's return says a file is stored; its resolution, older than resultStored, did not
        assertThat(count("SELECT count(*) FROM report_dossier WHERE code = 'RES-4' AND sequence = 3 AND result_stored IS NULL"))
                .isEqualTo(1);
    }

    @Test
    void byUnitAndByFieldShowTheDocumentsDigitizedFromStoredFilesAndTheirShare() {
        String nhanHoa = "rows.find { it.unitCode == '17344' }.digitization.";
        String anhSonDong = "rows.find { it.unitCode == '17365' }.digitization.";
        analystAsks("by-unit", "2025-08-01", "2025-08-31", "field", FILED_FIELD)
                .body(nhanHoa + "documentsReceived", equalTo(7))
                .body(nhanHoa + "documentsDigitized", equalTo(5))
                .body(nhanHoa + "documentsScanned", equalTo(2))
                .body(nhanHoa + "shareDigitized", equalTo(0.7143f))
                // two files for a dossier of July, one document received in August: the share stops at 1
                .body(anhSonDong + "documentsReceived", equalTo(1))
                .body(anhSonDong + "documentsDigitized", equalTo(2))
                .body(anhSonDong + "shareDigitized", equalTo(1.0f));
        // July, closed before August's scan of DIG-4: its document received, none digitized then
        analystAsks("by-unit", "2025-07-01", "2025-07-31", "unit", NHAN_HOA)
                .body("rows[0].digitization.documentsReceived", equalTo(1))
                .body("rows[0].digitization.documentsDigitized", equalTo(0))
                .body("rows[0].digitization.shareDigitized", equalTo(0.0f));
        analystAsks("by-field", "2025-08-01", "2025-08-31", "field", FILED_FIELD)
                .body("rows.size()", equalTo(1))
                .body("rows[0].digitization.documentsReceived", equalTo(8))
                .body("rows[0].digitization.documentsDigitized", equalTo(7))
                .body("rows[0].digitization.documentsScanned", equalTo(2))
                .body("rows[0].digitization.shareDigitized", equalTo(0.875f));
        // files stored in a period with no document received: digitized, with no share rather than a zero
        analystAsks("by-unit", "2025-08-01", "2025-08-09", "unit", ANH_SON_DONG)
                .body("rows[0].digitization.documentsReceived", equalTo(0))
                .body("rows[0].digitization.documentsDigitized", equalTo(2))
                .body("rows[0].digitization.shareDigitized", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void byUnitAndByFieldShowTheResultsStoredAsElectronicFilesAndSigned() {
        String nhanHoa = "rows.find { it.unitCode == '17344' }.digitization.";
        // 4 resolved in August: 2 stored (1 signed), 1 declared only, 1 resolved before the producer knew of stored results
        analystAsks("by-unit", "2025-08-01", "2025-08-31", "field", FILED_FIELD)
                .body("rows.find { it.unitCode == '17344' }.figures.resolved", equalTo(4))
                .body(nhanHoa + "resultsStored", equalTo(2))
                .body(nhanHoa + "resultsSigned", equalTo(1))
                .body(nhanHoa + "shareResultsStored", equalTo(0.5f))
                // nothing resolved at Anh Sơn Đông: no share rather than a zero
                .body("rows.find { it.unitCode == '17365' }.digitization.resultsStored", equalTo(0))
                .body("rows.find { it.unitCode == '17365' }.digitization.shareResultsStored", org.hamcrest.Matchers.nullValue());
        analystAsks("by-field", "2025-08-01", "2025-08-31", "field", FILED_FIELD)
                .body("rows[0].digitization.resultsStored", equalTo(2))
                .body("rows[0].digitization.resultsSigned", equalTo(1))
                .body("rows[0].digitization.shareResultsStored", equalTo(0.5f));
        // RES-5, resolved at 00:30 on 1 September local time, counts in September
        analystAsks("by-unit", "2025-09-01", "2025-09-30", "unit", NHAN_HOA)
                .body("rows[0].figures.resolved", equalTo(1))
                .body("rows[0].digitization.resultsStored", equalTo(1))
                .body("rows[0].digitization.resultsSigned", equalTo(1))
                .body("rows[0].digitization.shareResultsStored", equalTo(1.0f));
    }

    /** The 766 index of a unit over a period, as an analyst gets it. */
    private static io.restassured.path.json.JsonPath index766(String unit, String from, String to) {
        return analystAsks("index-766", from, to, "unit", unit).extract().jsonPath();
    }

    /** A report as JSON for an analyst, over a period and narrowed by one parameter: answered 200. */
    private static io.restassured.response.ValidatableResponse analystAsks(String report, String from, String to,
                                                                           String narrowedBy, String value) {
        return given().auth().oauth2(Tokens.analyst())
                .queryParam("from", from).queryParam("to", to).queryParam(narrowedBy, value)
                .when().get("/api/v1/reports/" + report)
                .then().statusCode(200);
    }

    @Test
    void theExportsOfByUnitAndByFieldEndWithTheDocumentsDigitizedAndTheResultsStoredAndTheirShares() throws Exception {
        byte[] csv = given().auth().oauth2(Tokens.analyst())
                .queryParam("from", "2025-08-01").queryParam("to", "2025-08-31").queryParam("field", FILED_FIELD)
                .queryParam("format", "csv")
                .when().get("/api/v1/reports/by-field")
                .then().statusCode(200).contentType("text/csv").extract().asByteArray();
        String[] lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).endsWith("Rút hồ sơ sau tiếp nhận,Giấy tờ tiếp nhận,Giấy tờ đã số hóa,"
                + "Trong đó quét tại bộ phận một cửa,Tỷ lệ giấy tờ được số hóa,Kết quả điện tử đã lưu,Trong đó có chữ ký số,"
                + "Tỷ lệ kết quả điện tử");
        assertThat(lines[1]).startsWith(FILED_FIELD + ",").endsWith(",8,7,2,0.8750,2,1,0.5000");

        byte[] xlsx = given().auth().oauth2(Tokens.analyst())
                .queryParam("from", "2025-08-01").queryParam("to", "2025-08-31").queryParam("unit", NHAN_HOA)
                .queryParam("format", "xlsx")
                .when().get("/api/v1/reports/by-unit")
                .then().statusCode(200).extract().asByteArray();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook =
                     new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            // code, name, the 15 figures, received for other units, then the documents
            assertThat(sheet.getRow(0).getCell(17).getStringCellValue()).isEqualTo("Tiếp nhận cho đơn vị khác");
            assertThat(sheet.getRow(0).getCell(18).getStringCellValue()).isEqualTo("Giấy tờ tiếp nhận");
            assertThat(sheet.getRow(0).getCell(21).getStringCellValue()).isEqualTo("Tỷ lệ giấy tờ được số hóa");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(NHAN_HOA);
            assertThat(sheet.getRow(1).getCell(18).getNumericCellValue()).isEqualTo(7.0);
            assertThat(sheet.getRow(1).getCell(19).getNumericCellValue()).isEqualTo(5.0);
            assertThat(sheet.getRow(1).getCell(20).getNumericCellValue()).isEqualTo(2.0);
            assertThat(sheet.getRow(1).getCell(21).getNumericCellValue()).isEqualTo(0.7143);
            assertThat(sheet.getRow(0).getCell(22).getStringCellValue()).isEqualTo("Kết quả điện tử đã lưu");
            assertThat(sheet.getRow(0).getCell(24).getStringCellValue()).isEqualTo("Tỷ lệ kết quả điện tử");
            assertThat(sheet.getRow(1).getCell(22).getNumericCellValue()).isEqualTo(2.0);
            assertThat(sheet.getRow(1).getCell(23).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getRow(1).getCell(24).getNumericCellValue()).isEqualTo(0.5);
        }
    }

    @Test
    void digitizationIsScoredFromTheDocumentsDigitizedAndTheResultsStored() {
        io.restassured.path.json.JsonPath index = index766(NHAN_HOA, "2025-08-01", "2025-08-31");
        String digitization = DIGITIZATION;

        assertThat(index.getString(digitization + ".status")).isEqualTo("COMPUTED");
        assertThat(index.getInt(digitization + ".maximum")).isEqualTo(22);
        assertThat(index.getInt(digitization + ".counts.documentsTotal")).isEqualTo(7);
        assertThat(index.getInt(digitization + ".counts.documentsDigitized")).isEqualTo(5);
        assertThat(index.getInt(digitization + ".counts.documentsScanned")).isEqualTo(2);
        assertThat(index.getFloat(digitization + ".counts.documentsShare")).isEqualTo(0.7143f);
        // 11 × 0.7143
        assertThat(index.getFloat(digitization + ".counts.documentsPoints")).isEqualTo(7.86f);
        assertThat(index.getInt(digitization + ".counts.resolved")).isEqualTo(4);
        assertThat(index.getInt(digitization + ".counts.resultsStored")).isEqualTo(2);
        assertThat(index.getInt(digitization + ".counts.resultsSigned")).isEqualTo(1);
        assertThat(index.getFloat(digitization + ".counts.resultsShare")).isEqualTo(0.5f);
        assertThat(index.getFloat(digitization + ".counts.resultsPoints")).isEqualTo(5.5f);
        // 7.86 + 5.50
        assertThat(index.getFloat(digitization + ".score")).isEqualTo(13.36f);
        assertThat(index.getString(digitization + ".formula"))
                .isEqualTo("11 × documentsDigitized / documentsTotal (at most 1) + 11 × resultsStored / resolved");
        assertThat(index.getString(digitization + ".note")).contains("capped at 1")
                .contains("never a result only declared as a file").contains("approved or denied");
        // in the total, with its 22 points in maximumComputed
        List<Float> computedScores = index.getList("criteria.findAll { it.status == 'COMPUTED' }.score", Float.class);
        assertThat(index.getFloat("total")).isCloseTo((float) computedScores.stream().mapToDouble(Float::doubleValue).sum(),
                org.assertj.core.data.Offset.offset(0.001f));
        assertThat(index.getInt("maximumComputed")).isEqualTo(index.getList("criteria.findAll { it.status == 'COMPUTED' }.maximum",
                Integer.class).stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(22);
    }

    @Test
    void digitizationHasNoScoreWhenOneHalfHasNothingToDivideBy() {
        // September at Nhân Hòa: one result stored and signed, no document received
        io.restassured.path.json.JsonPath index = index766(NHAN_HOA, "2025-09-01", "2025-09-30");
        String digitization = DIGITIZATION;

        assertThat(index.getString(digitization + ".status")).isEqualTo("NO_DATA");
        assertThat(index.getString(digitization + ".score")).isNull();
        assertThat(index.getInt(digitization + ".counts.documentsTotal")).isZero();
        assertThat(index.getMap(digitization + ".counts")).doesNotContainKeys("documentsShare", "documentsPoints");
        assertThat(index.getFloat(digitization + ".counts.resultsPoints")).isEqualTo(11.0f);
        assertThat(index.getString(digitization + ".note"))
                .contains("no document received in the period, so the documents half has nothing to divide by");
        assertThat(index.getList("criteria.findAll { it.status == 'COMPUTED' }.name")).doesNotContain("digitization");
    }

    @Test
    void theIndex766StatesEachCriterionsFormulaCountsAndScore() {
        given().auth().oauth2(Tokens.analyst())
                .queryParam("from", "2025-07-01").queryParam("to", "2025-07-09").queryParam("unit", LUONG_MINH).queryParam("field", FIELD)
                .when().get("/api/v1/reports/index-766")
                .then().statusCode(200)
                .body("maximum", equalTo(100))
                .body("criteria.name", equalTo(List.of("transparency", "progress", "onlineService", "onlinePayment",
                        "digitization", "satisfaction")))
                .body("criteria.maximum", equalTo(List.of(18, 20, 12, 10, 22, 18)))
                .body("criteria.find { it.name == 'progress' }.score", equalTo(20.0f))
                .body("criteria.find { it.name == 'onlineService' }.score", equalTo(0.0f))
                .body("criteria.find { it.name == 'onlineService' }.status", equalTo("COMPUTED"))
                .body("criteria.find { it.name == 'onlineService' }.formula", equalTo("12 × receivedOnline / received"))
                .body("criteria.find { it.name == 'onlineService' }.counts.received", equalTo(43))
                // every document was declared received as a file, half of them, and every result: none stored, so none
                // counts, a zero that was measured
                .body("criteria.find { it.name == 'digitization' }.score", equalTo(0.0f))
                .body("criteria.find { it.name == 'digitization' }.status", equalTo("COMPUTED"))
                .body("criteria.find { it.name == 'digitization' }.counts.documentsTotal", equalTo(86))
                .body("criteria.find { it.name == 'digitization' }.counts.documentsDigitized", equalTo(0))
                .body("criteria.find { it.name == 'digitization' }.counts.documentsShare", equalTo(0.0f))
                .body("criteria.find { it.name == 'digitization' }.counts.resolved", equalTo(43))
                .body("criteria.find { it.name == 'digitization' }.counts.resultsStored", equalTo(0))
                .body("criteria.find { it.name == 'digitization' }.counts.resultsShare", equalTo(0.0f))
                // no rating in the period: nothing to measure, which is not a zero
                .body("criteria.find { it.name == 'satisfaction' }.score", org.hamcrest.Matchers.nullValue())
                .body("criteria.find { it.name == 'satisfaction' }.status", equalTo("NO_DATA"))
                .body("criteria.find { it.name == 'progress' }.formula", org.hamcrest.Matchers.containsString("onTimeRate"));
    }

    @Test
    void onlinePaymentIsNotComputableAndLeftOutOfTheTotalAndItsMaximum() {
        io.restassured.path.json.JsonPath index = given().auth().oauth2(Tokens.analyst())
                .queryParam("from", "2025-07-01").queryParam("to", "2025-07-09").queryParam("unit", LUONG_MINH)
                .when().get("/api/v1/reports/index-766")
                .then().statusCode(200).extract().jsonPath();

        assertThat(index.getInt("criteria.find { it.name == 'onlinePayment' }.maximum")).isEqualTo(10);
        assertThat(index.getString("criteria.find { it.name == 'onlinePayment' }.status")).isEqualTo("NOT_COMPUTABLE");
        assertThat(index.getString("criteria.find { it.name == 'onlinePayment' }.score")).isNull();
        assertThat(index.getMap("criteria.find { it.name == 'onlinePayment' }.counts")).isEmpty();
        assertThat(index.getString("criteria.find { it.name == 'onlinePayment' }.formula")).contains("paid online");
        assertThat(index.getString("criteria.find { it.name == 'onlinePayment' }.note")).contains("no payments");
        // the six weights make the index's 100; only the computed groups make maximumComputed and the total
        assertThat(index.getList("criteria.maximum", Integer.class).stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
        assertThat(index.getInt("maximum")).isEqualTo(100);
        List<Integer> computedMaxima = index.getList("criteria.findAll { it.status == 'COMPUTED' }.maximum", Integer.class);
        assertThat(index.getInt("maximumComputed")).isEqualTo(computedMaxima.stream().mapToInt(Integer::intValue).sum())
                .isLessThanOrEqualTo(90);
        List<Float> computedScores = index.getList("criteria.findAll { it.status == 'COMPUTED' }.score", Float.class);
        assertThat(index.getFloat("total")).isCloseTo((float) computedScores.stream().mapToDouble(Float::doubleValue).sum(),
                org.assertj.core.data.Offset.offset(0.001f));
        assertThat(index.getList("criteria.findAll { it.status != 'COMPUTED' }.score")).containsOnlyNulls();

        byte[] csvBytes = given().auth().oauth2(Tokens.analyst())
                .queryParam("from", "2025-07-01").queryParam("to", "2025-07-09").queryParam("unit", LUONG_MINH)
                .queryParam("format", "csv")
                .when().get("/api/v1/reports/index-766")
                .then().statusCode(200).extract().asByteArray();
        String csv = new String(csvBytes, StandardCharsets.UTF_8);
        assertThat(csv).contains("Nhóm tiêu chí,Điểm tối đa,Điểm,Trạng thái,Công thức,Số liệu,Ghi chú")
                .contains("onlinePayment,10,,Chưa tính được,")
                .contains("Tổng (các nhóm tính được)," + index.getInt("maximumComputed") + ",");
    }

    @Test
    void aProcedureMarkedFreeHasCompleteFeeInformationAndOneWithoutFeesEnteredHasNot() {
        String field = "mien-phi-766";
        try (vn.motcua.reporting.EventScript events = new vn.motcua.reporting.EventScript(bootstrapServers)) {
            events.publish(vn.motcua.reporting.EventScript.procedureWithoutFees("1.976601", field, true));
            events.publish(vn.motcua.reporting.EventScript.procedureWithoutFees("1.976602", field, false));
            events.publish(vn.motcua.reporting.EventScript.procedure("1.976603", "Có phí", field, field, 1, true));
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.analyst())
                .queryParam("from", "2025-07-01").queryParam("to", "2025-07-09").queryParam("field", field)
                .when().get("/api/v1/reports/index-766")
                .then().statusCode(200)
                .body("criteria.find { it.name == 'transparency' }.counts.activeProcedures", equalTo(3))
                .body("criteria.find { it.name == 'transparency' }.counts.complete", equalTo(2))
                .body("criteria.find { it.name == 'transparency' }.score", equalTo(12.0f))
                .body("criteria.find { it.name == 'transparency' }.formula",
                        org.hamcrest.Matchers.containsString("fees (or marked free)")));
    }

    @Test
    void theTimeseriesCountsByDay() {
        given().auth().oauth2(Tokens.analyst())
                .queryParam("from", "2025-07-01").queryParam("to", "2025-07-09").queryParam("unit", LUONG_MINH)
                .queryParam("field", FIELD).queryParam("granularity", "day")
                .when().get("/api/v1/reports/timeseries")
                .then().statusCode(200)
                .body("rows.size()", equalTo(9))
                .body("rows[0].periodStart", equalTo("2025-07-01"))
                .body("rows[0].received", equalTo(5))
                .body("rows[0].resolvedOnTime", equalTo(5));
    }

    @Test
    void theOverdueListNamesCodesAndDaysNeverPeople() {
        given().auth().oauth2(Tokens.analyst())
                .queryParam("from", "2025-07-01").queryParam("to", "2025-07-09").queryParam("unit", "16885")
                .when().get("/api/v1/reports/overdue")
                .then().statusCode(200)
                .body("rows.dossierCode", equalTo(List.of("C-1")))
                .body("rows[0].daysOverdue", equalTo(7));
    }

    @Test
    void anOfficerSeesOnlyTheirOwnUnit() {
        given().auth().oauth2(Tokens.officer("16876"))
                .queryParam("from", "2025-07-01").queryParam("to", "2025-07-09").queryParam("unit", LUONG_MINH)
                .when().get("/api/v1/reports/summary")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.officer(LUONG_MINH))
                .queryParam("from", "2025-07-01").queryParam("to", "2025-07-09").queryParam("field", FIELD)
                .when().get("/api/v1/reports/summary")
                .then().statusCode(200).body("scope.unit", equalTo(LUONG_MINH)).body("figures.received", equalTo(43));
        given().auth().oauth2(Tokens.citizen("c")).queryParam("from", "2025-07-01").queryParam("to", "2025-07-09")
                .when().get("/api/v1/reports/summary").then().statusCode(403);
    }

    @Test
    void badParametersAreNamed() {
        given().auth().oauth2(Tokens.analyst()).queryParam("from", "2025-07-09").queryParam("to", "2025-07-01")
                .when().get("/api/v1/reports/summary").then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().auth().oauth2(Tokens.analyst()).queryParam("to", "2025-07-01")
                .when().get("/api/v1/reports/summary").then().statusCode(400).body("errors.field", hasItem("from"));
        given().auth().oauth2(Tokens.analyst()).queryParam("from", "2025-07-01").queryParam("to", "2025-07-09").queryParam("format", "pdf")
                .when().get("/api/v1/reports/summary").then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().auth().oauth2(Tokens.analyst()).queryParam("from", "2025-07-01").queryParam("to", "2025-07-09")
                .when().get("/api/v1/reports/nonsense").then().statusCode(404);
    }

    /**
     * A counter or online dossier of the field {@value #FILED_FIELD} (online while it has no reception), with its
     * documents and how many have a stored file (of which scanned); on a file-attached event, the document's position.
     */
    private static DossierLifecycleEvent filed(UUID id, String code, long sequence, DossierEventType type, String unit,
                                               OffsetDateTime at, OffsetDateTime receivedAt, int documents, int stored,
                                               int scanned, Integer position) {
        DossierStatus status = switch (type) {
            case SUBMITTED -> DossierStatus.SUBMITTED;
            case WITHDRAWN -> DossierStatus.WITHDRAWN;
            default -> receivedAt == null ? DossierStatus.SUBMITTED : DossierStatus.RECEIVED;
        };
        Channel channel = type == DossierEventType.SUBMITTED || receivedAt == null || code.equals("DIG-1")
                ? Channel.ONLINE : Channel.COUNTER;
        return new DossierLifecycleEvent(UUID.randomUUID(), id, code, sequence, type.eventName(), at, status, status.code(),
                "1.001193", FILED_FIELD, unit, unit, channel, receivedAt, receivedAt, receivedAt == null ? null : receivedAt.plusDays(5), 0L, null, null, null, null, null, documents, 0,
                null, null, null, null, stored, scanned, position,
                position == null ? null : "%064x".formatted(sequence * 7919 + code.hashCode() & 0xffffffffL));
    }

    /**
     * A dossier of unit {@value #NHAN_HOA} without documents, received at the counter: resolved (on time) when
     * {@code resolvedAt} is given, with what was declared and what is stored of its result.
     */
    private static DossierLifecycleEvent resulted(UUID id, String code, long sequence, OffsetDateTime receivedAt,
                                                  OffsetDateTime resolvedAt, Boolean asFile, Boolean stored, Boolean signed) {
        DossierEventType type = resolvedAt == null ? DossierEventType.RECEIVED : DossierEventType.RESOLVED;
        DossierStatus status = resolvedAt == null ? DossierStatus.RECEIVED : DossierStatus.RESOLVED;
        return new DossierLifecycleEvent(UUID.randomUUID(), id, code, sequence, type.eventName(),
                resolvedAt == null ? receivedAt : resolvedAt, status, status.code(), "1.001193", FILED_FIELD, NHAN_HOA,
                NHAN_HOA, Channel.COUNTER, receivedAt, receivedAt, receivedAt.plusDays(30), 0L, resolvedAt,
                resolvedAt == null ? null : Timeliness.EARLY, null, null, null, 0, 0, asFile, null, null, null, 0, 0, null, null,
                stored, signed);
    }

    private static DossierLifecycleEvent event(UUID id, String code, long sequence, DossierEventType type, String receiving,
                                               String competent, String field, OffsetDateTime receivedAt, OffsetDateTime dueAt,
                                               OffsetDateTime resolvedAt, Timeliness timeliness) {
        DossierStatus status = type == DossierEventType.RESOLVED ? DossierStatus.RESOLVED : DossierStatus.RECEIVED;
        return new DossierLifecycleEvent(UUID.randomUUID(), id, code, sequence, type.eventName(),
                resolvedAt != null ? resolvedAt : receivedAt, status, status.code(), "1.001193", field, receiving, competent,
                Channel.COUNTER, receivedAt, receivedAt, dueAt, 0L, resolvedAt, timeliness, null, null, null, 2, 1,
                resolvedAt == null ? null : Boolean.TRUE);
    }

    private static void lifecycle(KafkaProducer<String, byte[]> producer, DossierLifecycleEvent event) {
        send(producer, Topics.LIFECYCLE.name(), event.dossierId().toString(), event.cloudEventType(), EventJson.write(event),
                event.eventId());
    }

    private static void send(KafkaProducer<String, byte[]> producer, String topic, String key, String type, byte[] payload) {
        send(producer, topic, key, type, payload, UUID.randomUUID());
    }

    private static void send(KafkaProducer<String, byte[]> producer, String topic, String key, String type, byte[] payload, UUID id) {
        EventEnvelope envelope = new EventEnvelope(id, "/motcua/dossier-service", type, key, at("2025-07-01T08:00:00"), payload,
                Optional.empty());
        try {
            producer.send(CloudEventCodec.toRecord(topic, key, envelope)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime at(String local) {
        return OffsetDateTime.parse(local + "+07:00");
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
