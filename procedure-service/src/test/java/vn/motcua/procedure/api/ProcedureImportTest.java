package vn.motcua.procedure.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.EventJson;
import vn.motcua.platform.events.EventSchemas;
import vn.motcua.platform.events.ProcedureSnapshot;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.Tokens;

import javax.sql.DataSource;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static vn.motcua.procedure.api.ImportRequestsSupport.asAdmin;
import static vn.motcua.procedure.api.ImportRequestsSupport.csv;
import static vn.motcua.procedure.api.ImportRequestsSupport.eventsFor;
import static vn.motcua.procedure.api.ImportRequestsSupport.json;

/** A province admin imports procedures from JSON or CSV: all rows or none, with a report naming each row. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@TestProfile(CatalogTestSupport.class)
class ProcedureImportTest {

    private static final String IMPORT = "/api/v1/procedures/import";
    static final String CSV_HEADER = "code,name,fieldCode,levels,processingTime.unit,processingTime.amount,"
            + "processingTime.cutoffTime,fees,documents,steps,result,conditions,legalBasis,competentAgency,onlineServiceLevel,"
            + "effectiveDate,announcingDecision";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    static String row(String code, String name, int days) {
        return """
                {"code": "%s", "name": "%s", "fieldCode": "bao-tro-xa-hoi", "levels": ["COMMUNE"],
                 "processingTime": {"unit": "WORKING_DAYS", "amount": %d},
                 "fees": [{"channel": "COUNTER", "amount": 20000}, {"channel": "ONLINE", "amount": 10000}],
                 "documents": [{"name": "Tờ khai", "copies": 1, "form": "ORIGINAL"}],
                 "legalBasis": ["Nghị định 20/2021/NĐ-CP"], "competentAgency": "Ủy ban nhân dân xã",
                 "onlineServiceLevel": "PARTIAL", "effectiveDate": "2025-07-01"}""".formatted(code, name, days);
    }

    static String array(String... rows) {
        return "[" + String.join(",\n", rows) + "]";
    }

    @Test
    void aJsonImportOfThreeNewProceduresCreatesEachAtVersionOneAndPublishesIt() {
        json(asAdmin(), array(row("1.980001", "Hỗ trợ chi phí mai táng", 5), row("1.980002", "Trợ cấp xã hội đột xuất", 3),
                row("1.980003", "Hỗ trợ khám chữa bệnh", 10)))
                .when().post(IMPORT)
                .then().statusCode(200).contentType("application/json")
                .body("dryRun", equalTo(false))
                .body("rows", equalTo(3)).body("created", equalTo(3)).body("updated", equalTo(0))
                .body("unchanged", equalTo(0)).body("invalid", equalTo(0))
                .body("results.row", equalTo(List.of(1, 2, 3)))
                .body("results.code", equalTo(List.of("1.980001", "1.980002", "1.980003")))
                .body("results.action", equalTo(List.of("CREATED", "CREATED", "CREATED")))
                .body("results[0]", not(hasKey("line")))
                .body("results[0].errors", equalTo(List.of()));

        for (String code : List.of("1.980001", "1.980002", "1.980003")) {
            given().when().get("/api/v1/procedures/" + code)
                    .then().statusCode(200).body("version", equalTo(1)).body("status", equalTo("ACTIVE"))
                    .body("fieldName", equalTo("Bảo trợ xã hội"));
        }
        given().when().get("/api/v1/procedures/1.980002").then().body("name", equalTo("Trợ cấp xã hội đột xuất"))
                .body("processingTime.amount", equalTo(3));
        given().when().get("/api/v1/procedures/1.980002/versions").then().body("change", equalTo(List.of("CREATED")));

        ConsumerRecord<String, byte[]> record = CatalogueTopicReader.awaitRecord(bootstrapServers, Topics.CATALOG.name(),
                r -> "1.980002".equals(r.key()));
        assertThat(EventSchemas.violations(ProcedureSnapshot.TYPE, record.value())).isEmpty();
        ProcedureSnapshot snapshot = EventJson.read(record.value(), ProcedureSnapshot.class);
        assertThat(snapshot.version()).isEqualTo(1);
        assertThat(snapshot.name()).isEqualTo("Trợ cấp xã hội đột xuất");
        assertThat(eventsFor(dataSource, List.of("1.980001", "1.980002", "1.980003"))).isEqualTo(3);
    }

    @Test
    void importWithOneBadRowWritesNothingAndNamesTheRow() {
        Response refused = json(asAdmin(), array(row("1.980011", "Hỗ trợ một", 5), row("1.980012", "Thời hạn âm", -2),
                row("1.980013", "Hỗ trợ ba", 5)))
                .when().post(IMPORT);

        refused.then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:motcua:problem:unprocessable"))
                .body("status", equalTo(422))
                .body("instance", equalTo(IMPORT))
                .body("detail", startsWith("Row 2 is not valid, so nothing was imported"))
                .body("errors.field", equalTo(List.of("rows[2].processingTime.amount")))
                .body("errors[0].message", equalTo("must be from 1 to 365 working days"))
                .body("report.dryRun", equalTo(false))
                .body("report.rows", equalTo(3)).body("report.invalid", equalTo(1)).body("report.created", equalTo(2))
                .body("report.results.action", equalTo(List.of("CREATED", "INVALID", "CREATED")))
                .body("report.results[1].row", equalTo(2))
                .body("report.results[1].code", equalTo("1.980012"))
                .body("report.results[1].errors[0].field", equalTo("processingTime.amount"));

        for (String code : List.of("1.980011", "1.980012", "1.980013")) {
            given().when().get("/api/v1/procedures/" + code).then().statusCode(404);
        }
        assertThat(eventsFor(dataSource, List.of("1.980011", "1.980012", "1.980013"))).isZero();
    }

    @Test
    void aDryRunReportsWhatWouldHappenAndWritesNothing() {
        json(asAdmin(), array(row("1.980021", "Hỗ trợ nhà ở", 5), row("1.980022", "Hỗ trợ học phí", 5)))
                .when().post(IMPORT).then().statusCode(200).body("created", equalTo(2));

        json(asAdmin(), array(row("1.980021", "Hỗ trợ nhà ở", 5), row("1.980022", "Hỗ trợ học phí", 7),
                row("1.980023", "Hỗ trợ sinh kế", 5)))
                .queryParam("dryRun", "true")
                .when().post(IMPORT)
                .then().statusCode(200)
                .body("dryRun", equalTo(true))
                .body("results.action", equalTo(List.of("UNCHANGED", "UPDATED", "CREATED")))
                .body("unchanged", equalTo(1)).body("updated", equalTo(1)).body("created", equalTo(1));

        given().when().get("/api/v1/procedures/1.980022").then().body("version", equalTo(1)).body("processingTime.amount", equalTo(5));
        given().when().get("/api/v1/procedures/1.980023").then().statusCode(404);
        assertThat(eventsFor(dataSource, List.of("1.980021", "1.980022", "1.980023"))).isEqualTo(2);

        json(asAdmin(), array(row("1.980024", "Hỗ trợ sai", 0)))
                .queryParam("dryRun", "true")
                .when().post(IMPORT)
                .then().statusCode(422).body("report.dryRun", equalTo(true))
                .body("errors.field", equalTo(List.of("rows[1].processingTime.amount")));
    }

    @Test
    void reImportingMakesANewVersionOnlyOfWhatChanged() {
        json(asAdmin(), array(row("1.980031", "Hỗ trợ giống cây trồng", 5), row("1.980032", "Hỗ trợ vật nuôi", 5)))
                .when().post(IMPORT).then().statusCode(200);

        json(asAdmin(), array(row("1.980031", "Hỗ trợ giống cây trồng", 5), row("1.980032", "Hỗ trợ vật nuôi", 2)))
                .when().post(IMPORT)
                .then().statusCode(200)
                .body("results.action", equalTo(List.of("UNCHANGED", "UPDATED")))
                .body("unchanged", equalTo(1)).body("updated", equalTo(1));

        given().when().get("/api/v1/procedures/1.980031/versions").then().body("change", equalTo(List.of("CREATED")));
        given().when().get("/api/v1/procedures/1.980032/versions")
                .then().body("change", equalTo(List.of("CREATED", "UPDATED")))
                .body("procedure.processingTime.amount", equalTo(List.of(5, 2)));
        ConsumerRecord<String, byte[]> record = CatalogueTopicReader.awaitRecord(bootstrapServers, Topics.CATALOG.name(),
                r -> "1.980032".equals(r.key()) && EventJson.read(r.value(), ProcedureSnapshot.class).version() == 2);
        assertThat(EventJson.read(record.value(), ProcedureSnapshot.class).processingTime().amount()).isEqualTo(2);
        assertThat(eventsFor(dataSource, List.of("1.980031"))).isEqualTo(1);
    }

    @Test
    void aCsvImportReadsVietnameseTextQuotedCommasAndEscapedSemicolonsAsTheSameDataAsJson() {
        String csv = "\uFEFF" + CSV_HEADER + "\r\n"
                + "1.980041,\"Hỗ trợ mai táng phí, trợ cấp\",bao-tro-xa-hoi,COMMUNE,WORKING_DAYS,5,,"
                + "COUNTER|20000;ONLINE|10000,Tờ khai|ORIGINAL|1,"
                + "\"Nộp hồ sơ tại Trung tâm Phục vụ hành chính công xã, nhận phiếu hẹn;Bước 2\\; trả kết quả\",,,"
                + "\"Nghị định 20/2021/NĐ-CP; Thông tư 02/2021/TT-BLĐTBXH\",Ủy ban nhân dân xã,PARTIAL,2025-07-01,\r\n"
                + "1.980042,Đăng ký giám hộ,tu-phap-ho-tich,COMMUNE,SAME_DAY,,,ANY|0|Miễn lệ phí,"
                + "\"Tờ khai đăng ký giám hộ|ORIGINAL|1|Mẫu tờ khai\\|TP;Văn bản cử người giám hộ|ORIGINAL_OR_COPY|1\","
                + ",Trích lục đăng ký giám hộ,,Luật Hộ tịch 2014,Ủy ban nhân dân xã,FULL,,\r\n";

        csv(asAdmin(), csv)
                .when().post(IMPORT)
                .then().statusCode(200)
                .body("created", equalTo(2))
                .body("results.line", equalTo(List.of(2, 3)));

        given().when().get("/api/v1/procedures/1.980041")
                .then().statusCode(200)
                .body("name", equalTo("Hỗ trợ mai táng phí, trợ cấp"))
                .body("steps", equalTo(List.of("Nộp hồ sơ tại Trung tâm Phục vụ hành chính công xã, nhận phiếu hẹn",
                        "Bước 2; trả kết quả")))
                .body("legalBasis", equalTo(List.of("Nghị định 20/2021/NĐ-CP", "Thông tư 02/2021/TT-BLĐTBXH")))
                .body("fees[1].text", equalTo("10.000 đồng (nộp trực tuyến)"));
        given().when().get("/api/v1/procedures/1.980042")
                .then().statusCode(200)
                .body("processingTime.unit", equalTo("SAME_DAY"))
                .body("processingTime.cutoffTime", startsWith("15:00"))
                .body("documents[0].template", equalTo("Mẫu tờ khai|TP"))
                .body("documents[1].form", equalTo("ORIGINAL_OR_COPY"));

        // the same procedure as JSON: nothing to change
        String sameAsJson = """
                [{"code": "1.980041", "name": "Hỗ trợ mai táng phí, trợ cấp", "fieldCode": "bao-tro-xa-hoi", "levels": ["COMMUNE"],
                  "processingTime": {"unit": "WORKING_DAYS", "amount": 5},
                  "fees": [{"channel": "COUNTER", "amount": 20000}, {"channel": "ONLINE", "amount": 10000}],
                  "documents": [{"name": "Tờ khai", "copies": 1, "form": "ORIGINAL"}],
                  "steps": ["Nộp hồ sơ tại Trung tâm Phục vụ hành chính công xã, nhận phiếu hẹn", "Bước 2; trả kết quả"],
                  "legalBasis": ["Nghị định 20/2021/NĐ-CP", "Thông tư 02/2021/TT-BLĐTBXH"],
                  "competentAgency": "Ủy ban nhân dân xã", "onlineServiceLevel": "PARTIAL", "effectiveDate": "2025-07-01"}]""";
        json(asAdmin(), sameAsJson).when().post(IMPORT)
                .then().statusCode(200).body("results.action", equalTo(List.of("UNCHANGED")));
    }

    @Test
    void csvRowsThatBreakRulesAreNamedByRowAndColumn() {
        String csv = CSV_HEADER + "\n"
                + "1.980051,Hỗ trợ,bao-tro-xa-hoi,COMMUNE,WORKING_DAYS,-3,,,,,,,,,PARTIAL,,\n"
                + "1.980052,Hỗ trợ,bao-tro-xa-hoi,DISTRICT,WORKING_DAYS,3,,COUNTER|20.000,,,,,,,PARTIAL,,\n";

        csv(asAdmin(), csv)
                .when().post(IMPORT)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("rows[1].processingTime.amount", "rows[2].levels[0]",
                        "rows[2].fees[0].amount")))
                .body("report.results.line", equalTo(List.of(2, 3)));
        given().when().get("/api/v1/procedures/1.980051").then().statusCode(404);
    }

    @Test
    void aFreeMarkTravelsThroughJsonAndCsvAndAFreeRowWithFeeLinesIsInvalid() {
        String free = row("1.980181", "Miễn phí (JSON)", 5).replace("\"fees\": [{\"channel\": \"COUNTER\", \"amount\": 20000},"
                + " {\"channel\": \"ONLINE\", \"amount\": 10000}]", "\"fees\": [], \"free\": true");
        String freeWithFees = row("1.980182", "Miễn phí mà có phí", 5).replace("\"fees\":", "\"free\": true, \"fees\":");
        json(asAdmin(), array(free, freeWithFees))
                .when().post(IMPORT)
                .then().statusCode(422)
                .body("errors.field", equalTo(List.of("rows[2].free")));
        json(asAdmin(), array(free))
                .when().post(IMPORT)
                .then().statusCode(200).body("results.action", equalTo(List.of("CREATED")));
        csv(asAdmin(), CSV_HEADER + ",free\n"
                + "1.980183,Miễn phí (CSV),bao-tro-xa-hoi,COMMUNE,WORKING_DAYS,5,,,Tờ khai|ORIGINAL|1,,,,"
                + "Nghị định 20/2021/NĐ-CP,Ủy ban nhân dân xã,PARTIAL,2025-07-01,,true\n")
                .when().post(IMPORT)
                .then().statusCode(200).body("results.action", equalTo(List.of("CREATED")));

        given().when().get("/api/v1/procedures/1.980181").then().statusCode(200).body("free", equalTo(true));
        given().when().get("/api/v1/procedures/1.980183").then().statusCode(200).body("free", equalTo(true))
                .body("fees", equalTo(List.of()));
    }

    @Test
    void theSameCodeTwiceNamesBothRows() {
        json(asAdmin(), array(row("1.980061", "Lần một", 5), row("1.980062", "Khác", 5), row("1.980061", "Lần hai", 5)))
                .when().post(IMPORT)
                .then().statusCode(422)
                .body("errors.field", equalTo(List.of("rows[1].code", "rows[3].code")))
                .body("errors[0].message", equalTo("is given in rows 1 and 3; an import gives each procedure once"))
                .body("report.results.action", equalTo(List.of("INVALID", "CREATED", "INVALID")));
        given().when().get("/api/v1/procedures/1.980062").then().statusCode(404);
    }

    @Test
    void unknownFieldsCodesAndValuesAreNamedRowByRow() {
        String body = array(
                row("1.980071", "Lĩnh vực lạ", 5).replace("bao-tro-xa-hoi", "linh-vuc-la"),
                row("1.980072", "Cấp huyện", 5).replace("[\"COMMUNE\"]", "[\"DISTRICT\"]"),
                row("1.980073", "Trường lạ", 5).replace("\"fees\"", "\"feez\""),
                row("1.99", "Mã sai", 5),
                "42",
                row("1.980076", "Số ngày là chữ", 5).replace("\"amount\": 5", "\"amount\": \"năm\""));

        json(asAdmin(), body)
                .when().post(IMPORT)
                .then().statusCode(422)
                .body("errors.field", equalTo(List.of("rows[1].fieldCode", "rows[2].levels[0]", "rows[3].feez", "rows[4].code",
                        "rows[5]", "rows[6].processingTime.amount")))
                .body("errors.message", hasItems("must be one of PROVINCE, COMMUNE", "is not a known field",
                        "must be a JSON object", "must be a whole number"))
                .body("errors[0].message", containsString("no field has the code linh-vuc-la"))
                .body("report.invalid", equalTo(6))
                .body("report.results[2].code", equalTo("1.980073"));
    }

    @Test
    void aWithdrawnProcedureInTheFileMakesItsRowInvalid() {
        json(asAdmin(), array(row("1.980081", "Sẽ bị bãi bỏ", 5))).when().post(IMPORT).then().statusCode(200);
        asAdmin().when().post("/api/v1/procedures/1.980081/withdraw").then().statusCode(200);

        json(asAdmin(), array(row("1.980081", "Sẽ bị bãi bỏ", 4)))
                .when().post(IMPORT)
                .then().statusCode(422)
                .body("errors.field", equalTo(List.of("rows[1].code")))
                .body("errors[0].message", startsWith("names a withdrawn procedure"));
        given().when().get("/api/v1/procedures/1.980081").then().body("version", equalTo(2)).body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void unreadableBodiesAreRefusedWith400NamingWhatIsWrong() {
        json(asAdmin(), "[{\"code\": \"1.980091\", ").when().post(IMPORT)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:motcua:problem:malformed-body"))
                .body("detail", containsString("line 1"));
        json(asAdmin(), row("1.980091", "Không phải mảng", 5)).when().post(IMPORT)
                .then().statusCode(400).body("errors[0].field", equalTo("body"))
                .body("errors[0].message", equalTo("must be a JSON array"));
        json(asAdmin(), "[]").when().post(IMPORT)
                .then().statusCode(400).body("type", equalTo("urn:motcua:problem:validation"))
                .body("errors[0].field", equalTo("body"));
        csv(asAdmin(), "").when().post(IMPORT)
                .then().statusCode(400).body("errors[0].field", equalTo("body"));
        csv(asAdmin(), CSV_HEADER.replace("fieldCode", "field") + ",district\n1.980091\n").when().post(IMPORT)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:motcua:problem:validation"))
                .body("errors.field", everyHeader())
                .body("errors.message", hasItems(
                        "names the unknown column \"field\"; the columns are " + String.join(", ", ProcedureImportCsv.COLUMNS),
                        "lacks the required column fieldCode"));
        csv(asAdmin(), CSV_HEADER + "\n1.980091,\"Dấu ngoặc không đóng,bao-tro-xa-hoi\n").when().post(IMPORT)
                .then().statusCode(400)
                .body("type", equalTo("urn:motcua:problem:malformed-body"))
                .body("detail", startsWith("The CSV is not well-formed at line 2"));
        json(asAdmin(), array(row("1.980091", "Chạy thử", 5))).queryParam("dryRun", "yes").when().post(IMPORT)
                .then().statusCode(400).body("errors[0].field", equalTo("dryRun"));
        asAdmin().contentType("text/plain").body("1.980091").when().post(IMPORT)
                .then().statusCode(415).contentType("application/problem+json");
        given().when().get("/api/v1/procedures/1.980091").then().statusCode(404);
    }

    @Test
    void moreThanFiveThousandRowsAreRefusedWith413NamingTheLimit() {
        // a body over the byte limit (10 MB) gets 413 before it is read: platform/http's OversizedBodyTest covers that
        String emptyRows = "[" + "{},".repeat(5000) + "{}]";
        json(asAdmin(), emptyRows).when().post(IMPORT)
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:motcua:problem:payload-too-large"))
                .body("errors[0].field", equalTo("rows"))
                .body("errors[0].message", equalTo("must be at most 5000 per import"));
    }

    @Test
    void importsNeedAProvinceAdmin() {
        String body = array(row("1.980101", "Không có quyền", 5));
        json(given(), body).when().post(IMPORT)
                .then().statusCode(401).contentType("application/problem+json");
        json(given().auth().oauth2(Tokens.officer("16906")), body).when().post(IMPORT)
                .then().statusCode(403).contentType("application/problem+json");
        json(given().auth().oauth2(Tokens.analyst()), body).when().post(IMPORT)
                .then().statusCode(403);
        given().when().get("/api/v1/procedures/1.980101").then().statusCode(404);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheSameReportAndChangesNothing() {
        String key = UUID.randomUUID().toString();
        String body = array(row("1.980111", "Hỗ trợ một lần", 5));
        String first = json(asAdmin(), body).header("Idempotency-Key", key)
                .when().post(IMPORT)
                .then().statusCode(200).body("results.action", equalTo(List.of("CREATED")))
                .extract().asString();

        String again = json(asAdmin(), body).header("Idempotency-Key", key)
                .when().post(IMPORT)
                .then().statusCode(200).header("Idempotency-Replayed", "true")
                .extract().asString();
        assertThat(again).isEqualTo(first);
        given().when().get("/api/v1/procedures/1.980111/versions").then().body("version", equalTo(List.of(1)));

        json(asAdmin(), array(row("1.980111", "Hỗ trợ một lần", 6))).header("Idempotency-Key", key)
                .when().post(IMPORT)
                .then().statusCode(422).body("type", equalTo("urn:motcua:problem:idempotency-key-reused"));
        given().when().get("/api/v1/procedures/1.980111").then().body("processingTime.amount", equalTo(5));
    }

    @Test
    void theOpenApiDocumentDescribesTheCsvColumns() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/procedures/import'.post.requestBody.content.keySet()", hasItems("application/json", "text/csv"))
                .body("paths.'/api/v1/procedures/import'.post.description", containsString("`processingTime.amount`"))
                .body("paths.'/api/v1/units/import'.post.responses.keySet()", hasItem("422"));
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyHeader() {
        return org.hamcrest.Matchers.everyItem(equalTo("header"));
    }
}
