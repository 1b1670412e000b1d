package vn.motcua.procedure.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.CloudEventCodec;
import vn.motcua.platform.events.EventEnvelope;
import vn.motcua.platform.events.EventJson;
import vn.motcua.platform.events.EventSchemas;
import vn.motcua.platform.events.ProcedureSnapshot;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.events.UnitSnapshot;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.Tokens;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** A province admin publishes, updates and withdraws procedures; every change is a version and an event. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@TestProfile(CatalogTestSupport.class)
class ProcedurePublicationTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    static String body(String code, String name, int days) {
        return """
                {"code": "%s", "name": "%s", "fieldCode": "bao-tro-xa-hoi", "levels": ["COMMUNE"],
                 "processingTime": {"unit": "WORKING_DAYS", "amount": %d},
                 "fees": [{"channel": "COUNTER", "amount": 20000}, {"channel": "ONLINE", "amount": 10000}],
                 "documents": [{"name": "Tờ khai", "copies": 1, "form": "ORIGINAL"}],
                 "legalBasis": ["Nghị định 20/2021/NĐ-CP"], "competentAgency": "Ủy ban nhân dân xã",
                 "onlineServiceLevel": "PARTIAL", "effectiveDate": "2025-07-01"}""".formatted(code, name, days);
    }

    @Test
    void aNewProcedureStartsActiveAtVersionOneAndIsPublishedAsASnapshot() {
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON).body(body("1.990001", "Hỗ trợ mai táng phí", 5))
                .when().post("/api/v1/procedures")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/procedures/1.990001"))
                .header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1))
                .body("status", equalTo("ACTIVE"))
                .body("fieldName", equalTo("Bảo trợ xã hội"))
                .body("processingTime.text", equalTo("5 ngày làm việc"))
                .body("fees[1].text", equalTo("10.000 đồng (nộp trực tuyến)"))
                .body("publicUrl", equalTo("https://dichvucong.nghean.example/thu-tuc/1.990001"));

        ConsumerRecord<String, byte[]> record = CatalogueTopicReader.awaitRecord(bootstrapServers, Topics.CATALOG.name(),
                r -> "1.990001".equals(r.key()));
        EventEnvelope envelope = CloudEventCodec.fromRecord(record);
        assertThat(envelope.type()).isEqualTo(ProcedureSnapshot.TYPE);
        assertThat(envelope.source()).isEqualTo("/motcua/procedure-service");
        assertThat(envelope.subject()).isEqualTo("1.990001");
        assertThat(EventSchemas.violations(envelope.type(), envelope.data())).isEmpty();
        ProcedureSnapshot snapshot = EventJson.read(envelope.data(), ProcedureSnapshot.class);
        assertThat(snapshot.version()).isEqualTo(1);
        assertThat(snapshot.fieldName()).isEqualTo("Bảo trợ xã hội");
        assertThat(snapshot.processingTime().amount()).isEqualTo(5);
    }

    @Test
    void anUpdateIsANewVersionKeptInTheHistoryAndPublishedWithItsNumber() {
        create("1.990002", "Trợ cấp đột xuất", 5);

        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(body("1.990002", "Trợ cấp đột xuất", 3))
                .when().put("/api/v1/procedures/1.990002")
                .then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("version", equalTo(2))
                .body("processingTime.amount", equalTo(3));

        given().when().get("/api/v1/procedures/1.990002/versions")
                .then().statusCode(200)
                .body("version", equalTo(List.of(1, 2)))
                .body("change", equalTo(List.of("CREATED", "UPDATED")))
                .body("procedure.processingTime.amount", equalTo(List.of(5, 3)));

        ConsumerRecord<String, byte[]> record = CatalogueTopicReader.awaitRecord(bootstrapServers, Topics.CATALOG.name(),
                r -> "1.990002".equals(r.key()) && EventJson.read(r.value(), ProcedureSnapshot.class).version() == 2);
        assertThat(header(record, "ce_type")).isEqualTo(ProcedureSnapshot.TYPE);
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        assertThat(EventSchemas.violations(ProcedureSnapshot.TYPE, record.value())).isEmpty();
        assertThat(EventJson.read(record.value(), ProcedureSnapshot.class).processingTime().amount()).isEqualTo(3);
    }

    @Test
    void anUnchangedBodyMakesNoNewVersion() {
        create("1.990003", "Hỗ trợ học phí", 5);
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON).body(body("1.990003", "Hỗ trợ học phí", 5))
                .when().put("/api/v1/procedures/1.990003")
                .then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void aStaleIfMatchIsRefusedWith412AndChangesNothing() {
        create("1.990004", "Cấp thẻ bảo hiểm y tế", 5);
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body(body("1.990004", "Cấp thẻ bảo hiểm y tế", 2))
                .when().put("/api/v1/procedures/1.990004")
                .then().statusCode(412).contentType("application/problem+json")
                .header("ETag", equalTo("\"1\""))
                .body("type", equalTo("urn:motcua:problem:precondition-failed"));
        given().when().get("/api/v1/procedures/1.990004").then().body("version", equalTo(1)).body("processingTime.amount", equalTo(5));
    }

    @Test
    void ofTwoConcurrentUpdatesOfTheSameVersionOneWinsAndTheOtherIsRefused() throws Exception {
        create("1.990005", "Hỗ trợ nhà ở", 5);
        int writers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Integer>> updates = new java.util.ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int days = 10 + i;
                updates.add(() -> {
                    start.await();
                    return given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                            .body(body("1.990005", "Hỗ trợ nhà ở", days))
                            .when().put("/api/v1/procedures/1.990005").then().extract().statusCode();
                });
            }
            List<Future<Integer>> results = updates.stream().map(pool::submit).toList();
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsOnlyOnce(200);
            assertThat(statuses.stream().filter(status -> status != 200)).allMatch(status -> status == 409 || status == 412);
        } finally {
            pool.shutdownNow();
        }
        given().when().get("/api/v1/procedures/1.990005/versions").then().body("version", equalTo(List.of(1, 2)));
    }

    @Test
    void aWithdrawnProcedureLeavesTheDefaultListingButKeepsItsHistory() {
        create("1.990006", "Hỗ trợ khẩn cấp", 5);
        given().auth().oauth2(Tokens.provinceAdmin())
                .when().post("/api/v1/procedures/1.990006/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN")).body("version", equalTo(2));
        given().queryParam("q", "1.990006").when().get("/api/v1/procedures")
                .then().body("items.code", not(hasItem("1.990006")));
        given().queryParam("q", "1.990006").queryParam("status", "WITHDRAWN").when().get("/api/v1/procedures")
                .then().body("items.code", hasItem("1.990006"));
        given().auth().oauth2(Tokens.provinceAdmin())
                .when().post("/api/v1/procedures/1.990006/withdraw")
                .then().statusCode(409).contentType("application/problem+json");
        given().when().get("/api/v1/procedures/1.990006/versions").then().body("change", equalTo(List.of("CREATED", "WITHDRAWN")));
    }

    @Test
    void aFreeProcedureSaysSoInItsViewItsBoardAndItsSnapshotWhileFeesNotEnteredSayNothing() {
        String free = body("1.990021", "Thủ tục miễn phí", 5).replace(
                "[{\"channel\": \"COUNTER\", \"amount\": 20000}, {\"channel\": \"ONLINE\", \"amount\": 10000}]",
                "[], \"free\": true").replace("[\"COMMUNE\"]", "[\"PROVINCE\"]");
        String notEntered = body("1.990022", "Thủ tục chưa nhập phí", 5).replace(
                "[{\"channel\": \"COUNTER\", \"amount\": 20000}, {\"channel\": \"ONLINE\", \"amount\": 10000}]", "[]")
                .replace("[\"COMMUNE\"]", "[\"PROVINCE\"]");
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON).body(free)
                .when().post("/api/v1/procedures")
                .then().statusCode(201).body("free", equalTo(true)).body("fees", equalTo(List.of()));
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON).body(notEntered)
                .when().post("/api/v1/procedures")
                .then().statusCode(201).body("free", equalTo(false)).body("fees", equalTo(List.of()));

        io.restassured.path.json.JsonPath board = given().accept(ContentType.JSON).when().get("/api/v1/units/40/board")
                .then().statusCode(200).extract().jsonPath();
        assertThat(board.getList("fields.procedures.flatten().findAll { it.code == '1.990021' }.fees"))
                .containsExactly(List.of("Miễn phí"));
        assertThat(board.getList("fields.procedures.flatten().findAll { it.code == '1.990022' }.fees"))
                .containsExactly(List.of("Chưa cập nhật"));

        ConsumerRecord<String, byte[]> record = CatalogueTopicReader.awaitRecord(bootstrapServers, Topics.CATALOG.name(),
                r -> "1.990021".equals(r.key()));
        EventEnvelope envelope = CloudEventCodec.fromRecord(record);
        assertThat(EventSchemas.violations(envelope.type(), envelope.data())).isEmpty();
        ProcedureSnapshot snapshot = EventJson.read(envelope.data(), ProcedureSnapshot.class);
        assertThat(snapshot.free()).isTrue();
        assertThat(snapshot.fees()).isEmpty();

        // off the province board again, which other tests list exactly
        List.of("1.990021", "1.990022").forEach(code -> given().auth().oauth2(Tokens.provinceAdmin())
                .when().post("/api/v1/procedures/" + code + "/withdraw").then().statusCode(200));
    }

    @Test
    void aProcedureMarkedFreeWithFeeLinesIsRefusedNamingFree() {
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(body("1.990023", "Miễn phí mà có phí", 5).replace("\"fees\":", "\"free\": true, \"fees\":"))
                .when().post("/api/v1/procedures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("free")))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("a free procedure has no fees"));
        given().when().get("/api/v1/procedures/1.990023").then().statusCode(404);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndTheRule() {
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(body("1.99", "Mã sai", 5))
                .when().post("/api/v1/procedures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"));
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(body("1.990007", "Thời hạn âm", -2))
                .when().post("/api/v1/procedures")
                .then().statusCode(400)
                .body("errors.field", hasItem("processingTime.amount"));
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(body("1.990007", "Lĩnh vực lạ", 5).replace("bao-tro-xa-hoi", "linh-vuc-la"))
                .when().post("/api/v1/procedures")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("fieldCode"));
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(body("1.990007", "Hai phí cùng kênh", 5).replace("\"ONLINE\"", "\"COUNTER\""))
                .when().post("/api/v1/procedures")
                .then().statusCode(400)
                .body("errors.field", hasItem("fees[1].channel"));
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON)
                .body("{\"code\": \"1.990007\", \"levels\": [\"DISTRICT\"]}")
                .when().post("/api/v1/procedures")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("levels[0]"));
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(body("1.001193", "Đăng ký khai sinh", 5))
                .when().post("/api/v1/procedures")
                .then().statusCode(409);
        given().when().get("/api/v1/procedures/1.990007").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void writesNeedAProvinceAdmin() {
        given().contentType(ContentType.JSON).body(body("1.990008", "Không có thẻ", 5))
                .when().post("/api/v1/procedures")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.officer("16906")).contentType(ContentType.JSON).body(body("1.990008", "Cán bộ xã", 5))
                .when().post("/api/v1/procedures")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.officer("16906")).contentType(ContentType.JSON).body(body("1.001193", "Cán bộ xã", 5))
                .when().put("/api/v1/procedures/1.001193")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body("{\"name\": \"Lĩnh vực mới\"}")
                .when().put("/api/v1/fields/linh-vuc-moi")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"name\": \"Xã mới\", \"kind\": \"COMMUNE\", \"agencyCode\": \"000.99.999.H40\"}")
                .when().put("/api/v1/units/99999")
                .then().statusCode(401);
    }

    @Test
    void aUnitChangeIsPublishedOnTheUnitsTopic() {
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON)
                .body("{\"name\": \"Xã Thử Nghiệm\", \"kind\": \"COMMUNE\", \"agencyCode\": \"000.99.001.H40\"}")
                .when().put("/api/v1/units/99001")
                .then().statusCode(201).header("ETag", equalTo("\"1\"")).body("level", equalTo("COMMUNE"));
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"name\": \"Xã Thử Nghiệm Mới\", \"kind\": \"COMMUNE\", \"agencyCode\": \"000.99.001.H40\"}")
                .when().put("/api/v1/units/99001")
                .then().statusCode(200).body("version", equalTo(2));

        ConsumerRecord<String, byte[]> record = CatalogueTopicReader.awaitRecord(bootstrapServers, Topics.UNITS.name(),
                r -> "99001".equals(r.key()) && EventJson.read(r.value(), UnitSnapshot.class).version() == 2);
        assertThat(EventSchemas.violations(UnitSnapshot.TYPE, record.value())).isEmpty();
        UnitSnapshot unit = EventJson.read(record.value(), UnitSnapshot.class);
        assertThat(unit.name()).isEqualTo("Xã Thử Nghiệm Mới");
        assertThat(unit.provinceCode()).isEqualTo("40");
        assertThat(unit.agencyCode()).isEqualTo("000.99.001.H40");
    }

    @Test
    void aUnitIsRefusedWhenItsKindDoesNotFitItsCodeOrItsAgencyCodeIsTaken() {
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON)
                .body("{\"name\": \"Tỉnh lạ\", \"kind\": \"PROVINCE\", \"agencyCode\": \"000.99.002.H40\"}")
                .when().put("/api/v1/units/99002")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON)
                .body("{\"name\": \"Xã trùng mã\", \"kind\": \"COMMUNE\", \"agencyCode\": \"000.16.906.H40\"}")
                .when().put("/api/v1/units/99003")
                .then().statusCode(422).body("errors[0].field", equalTo("agencyCode"));
    }

    @Test
    void renamingAFieldPublishesANewVersionOfEachOfItsProcedures() {
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON).body("{\"name\": \"Đất đai và môi trường\"}")
                .when().put("/api/v1/fields/dat-dai")
                .then().statusCode(200).body("name", equalTo("Đất đai và môi trường"));
        given().when().get("/api/v1/procedures/1.004227.H40")
                .then().body("fieldName", equalTo("Đất đai và môi trường")).body("version", equalTo(2));
        ConsumerRecord<String, byte[]> record = CatalogueTopicReader.awaitRecord(bootstrapServers, Topics.CATALOG.name(),
                r -> "1.004227.H40".equals(r.key()) && EventJson.read(r.value(), ProcedureSnapshot.class).version() == 2);
        assertThat(EventJson.read(record.value(), ProcedureSnapshot.class).fieldName()).isEqualTo("Đất đai và môi trường");
    }

    private static void create(String code, String name, int days) {
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON).body(body(code, name, days))
                .when().post("/api/v1/procedures")
                .then().statusCode(201);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
