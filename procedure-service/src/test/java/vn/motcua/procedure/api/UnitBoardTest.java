package vn.motcua.procedure.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.testing.QrDecoding;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.Tokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToIgnoringCase;

/**
 * A centre's public board lists exactly the active procedures of its unit's level, grouped by field in
 * Vietnamese order, as JSON for portals and as a printable page for the wall.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@TestProfile(CatalogTestSupport.class)
class UnitBoardTest {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String SCRIPT_NAME = "Trợ giúp <script>alert('x')</script> & \"thử nghiệm\"";

    /** The sample's commune-level procedures, by field, in the order a board shows them. */
    private static final Map<String, List<String>> SAMPLE_COMMUNE_BOARD = new LinkedHashMap<>();

    static {
        SAMPLE_COMMUNE_BOARD.put("bao-tro-xa-hoi", List.of("1.001776"));
        // "Cấp bản sao" before "Chứng thực" (â before h)
        SAMPLE_COMMUNE_BOARD.put("chung-thuc", List.of("2.000908", "2.000815", "2.000884"));
        // "Cấp" before "Đăng"; "kết hôn" before "khai sinh" (e before h), "khai sinh" before "khai tử", then "lại", "nhận"
        SAMPLE_COMMUNE_BOARD.put("tu-phap-ho-tich", List.of("2.000635", "1.000894", "1.001193", "1.000656", "1.004884", "1.001022"));
    }

    @Test
    void aCommuneBoardListsExactlyTheActiveCommuneProceduresGroupedByFieldInVietnameseOrder() {
        JsonPath board = boardJson("16906");

        assertThat(board.getString("unit.code")).isEqualTo("16906");
        assertThat(board.getString("unit.name")).isEqualTo("Xã Lượng Minh");
        assertThat(board.getString("unit.kind")).isEqualTo("COMMUNE");
        assertThat(board.getString("level")).isEqualTo("COMMUNE");
        assertThat(board.getString("centreName")).isEqualTo("Trung tâm Phục vụ hành chính công xã Lượng Minh");
        assertThat(board.getString("generatedAt")).endsWith("+07:00");

        Map<String, List<String>> codesByField = codesByField(board);
        // exactly what the catalogue holds as ACTIVE at COMMUNE level now, each under its own field (other tests
        // of this suite add procedures of their own, so the catalogue is the reference, not a fixed list)
        assertThat(asSets(codesByField)).isEqualTo(activeCatalogue("COMMUNE"));
        assertThat(board.getInt("procedureCount")).isEqualTo(codesByField.values().stream().mapToInt(List::size).sum());
        assertThat(codesByField).doesNotContainKey("dat-dai");
        assertThat(codesByField.values()).noneMatch(codes -> codes.contains("1.004227.H40"));

        // the sample's procedures, in the order of the board: fields by name, then procedures by name
        Map<String, List<String>> sampleOnBoard = new LinkedHashMap<>();
        Set<String> sampleCodes = new TreeSet<>();
        SAMPLE_COMMUNE_BOARD.values().forEach(sampleCodes::addAll);
        codesByField.forEach((field, codes) -> {
            List<String> sample = codes.stream().filter(sampleCodes::contains).toList();
            if (!sample.isEmpty()) {
                sampleOnBoard.put(field, sample);
            }
        });
        assertThat(sampleOnBoard).containsExactlyEntriesOf(SAMPLE_COMMUNE_BOARD);
        assertThat(board.getList("fields.fieldName", String.class)).isSortedAccordingTo(vietnamese());
        for (List<String> names : board.<List<String>>getList("fields.procedures.name")) {
            assertThat(names).isSortedAccordingTo(vietnamese());
        }
    }

    @Test
    void eachProcedureShowsItsProcessingTimeFeesOnlineLevelAndQrCode() {
        JsonPath board = boardJson("16906");

        Map<String, Object> birth = procedure(board, "1.001193");
        assertThat(birth).containsEntry("name", "Đăng ký khai sinh")
                .containsEntry("processingTime", "Trong ngày (nhận sau 15:00 trả trong ngày làm việc tiếp theo)")
                .containsEntry("fees", List.of("Miễn phí: Miễn lệ phí khi đăng ký đúng hạn"))
                .containsEntry("onlineServiceLevel", "FULL")
                .containsEntry("publicUrl", "https://dichvucong.nghean.example/thu-tuc/1.001193")
                .containsEntry("qrCodeUrl", "/api/v1/procedures/1.001193/qr");
        assertThat(procedure(board, "1.004884")).containsEntry("processingTime", "5 ngày làm việc")
                .containsEntry("fees", List.of("5.000 đồng (nộp trực tiếp)", "2.500 đồng (nộp trực tuyến)"));
        // a procedure marked free by law says so
        assertThat(procedure(board, "1.001776")).containsEntry("fees", List.of("Miễn phí"));

        byte[] png = given().accept("image/png").when().get((String) birth.get("qrCodeUrl"))
                .then().statusCode(200).extract().asByteArray();
        assertThat(QrDecoding.decodePng(png).getText()).isEqualTo(birth.get("publicUrl"));
    }

    @Test
    void theProvinceBoardListsOnlyProvinceLevelProcedures() {
        JsonPath board = boardJson("40");

        assertThat(board.getString("level")).isEqualTo("PROVINCE");
        assertThat(board.getString("centreName")).isEqualTo("Trung tâm Phục vụ hành chính công tỉnh Nghệ An");
        assertThat(codesByField(board)).containsExactlyEntriesOf(Map.of("dat-dai", List.of("1.004227.H40")));
        assertThat(asSets(codesByField(board))).isEqualTo(activeCatalogue("PROVINCE"));
    }

    @Test
    void aWardHandlesCommuneLevelProceduresToo() {
        JsonPath board = boardJson("16690");
        assertThat(board.getString("level")).isEqualTo("COMMUNE");
        assertThat(board.getString("centreName")).isEqualTo("Trung tâm Phục vụ hành chính công phường Trường Vinh");
        assertThat(asSets(codesByField(board))).isEqualTo(activeCatalogue("COMMUNE"));
    }

    @Test
    void aProcedureWithdrawnLeavesTheBoard() {
        create("1.997101", "Hỗ trợ tiền điện thử nghiệm bảng");
        assertThat(codesByField(boardJson("16906")).get("bao-tro-xa-hoi")).contains("1.997101");

        given().auth().oauth2(Tokens.provinceAdmin())
                .when().post("/api/v1/procedures/1.997101/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        Map<String, List<String>> after = codesByField(boardJson("16906"));
        assertThat(after.values()).noneMatch(codes -> codes.contains("1.997101"));
        assertThat(after.get("bao-tro-xa-hoi")).contains("1.001776");
        assertThat(boardHtml("16906")).doesNotContain("1.997101");
    }

    @Test
    void thePrintablePageIsUtf8HtmlForA4WithTheCentreTheProceduresAndTheirQrCodes() {
        JsonPath board = boardJson("16906");
        io.restassured.response.Response response = given().accept("text/html")
                .when().get("/api/v1/units/16906/board");
        response.then().statusCode(200).header("Content-Type", equalToIgnoringCase("text/html;charset=UTF-8"));
        String html = new String(response.asByteArray(), StandardCharsets.UTF_8);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"vi\">", "<meta charset=\"utf-8\">",
                "@page { size: A4", "break-inside: avoid");
        assertThat(html).contains("<div class=\"centre\">Trung tâm Phục vụ hành chính công xã Lượng Minh</div>",
                "<h1>Danh mục thủ tục hành chính</h1>",
                "<h2>I. " + board.getString("fields[0].fieldName") + " (" + board.getList("fields[0].procedures").size()
                        + " thủ tục)</h2>",
                "Tư pháp - Hộ tịch (", "Đăng ký khai sinh", "Đăng ký nhận cha, mẹ, con", "Chứng thực chữ ký trong các giấy tờ, văn bản",
                "<b>Thời hạn giải quyết:</b> Trong ngày (nhận sau 15:00 trả trong ngày làm việc tiếp theo)",
                "<b>Phí, lệ phí:</b> 5.000 đồng (nộp trực tiếp); 2.500 đồng (nộp trực tuyến)",
                "Dịch vụ công trực tuyến toàn trình");
        // UTF-8 read as Latin-1 would turn "ư" into "Æ°" and "ệ" into "á»\u0087"
        assertThat(html).doesNotContain("Æ°", "á»", "\uFFFD");
        assertThat(html).containsPattern("Cập nhật ngày \\d{2}/\\d{2}/\\d{4} lúc \\d{2}:\\d{2}");

        int procedures = board.getInt("procedureCount");
        assertThat(count(html, "<svg ")).isEqualTo(procedures);
        assertThat(count(html, "<article class=\"card\">")).isEqualTo(procedures);
        Matcher firstQr = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(html);
        assertThat(firstQr.find()).isTrue();
        assertThat(QrDecoding.decodeSvg(firstQr.group()).getText()).isEqualTo(board.getString("fields[0].procedures[0].publicUrl"));
    }

    @Test
    void aNameWithMarkupIsPrintedAsTextNeverAsMarkup() {
        String body = ProcedurePublicationTest.body("1.997102", SCRIPT_NAME.replace("\"", "\\\""), 4);
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/procedures")
                .then().statusCode(201).body("name", equalTo(SCRIPT_NAME));

        assertThat(procedure(boardJson("16906"), "1.997102")).containsEntry("name", SCRIPT_NAME);
        String html = boardHtml("16906");
        assertThat(html).contains("Trợ giúp &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;thử nghiệm&quot;");
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script");
    }

    @Test
    void aBrowserGetsThePageAndAnythingElseGetsJson() throws Exception {
        given().accept(BROWSER_ACCEPT).when().get("/api/v1/units/16906/board")
                .then().statusCode(200).header("Content-Type", equalToIgnoringCase("text/html;charset=UTF-8"));
        given().accept("*/*").when().get("/api/v1/units/16906/board")
                .then().statusCode(200).contentType(ContentType.JSON).body("unit.code", equalTo("16906"));
        given().accept("application/json").when().get("/api/v1/units/16906/board")
                .then().statusCode(200).contentType(ContentType.JSON)
                .header("Cache-Control", equalTo("public, max-age=300"));

        HttpResponse<String> bare = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + RestAssured.port + "/api/v1/units/16906/board")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(bare.request().headers().firstValue("Accept")).isEmpty();
        assertThat(bare.statusCode()).isEqualTo(200);
        assertThat(bare.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(JsonPath.from(bare.body()).getString("centreName")).isEqualTo("Trung tâm Phục vụ hành chính công xã Lượng Minh");
    }

    @Test
    void anUnsupportedAcceptIsNotAcceptable() {
        given().accept("image/png")
                .when().get("/api/v1/units/16906/board")
                .then().statusCode(406).contentType("application/problem+json")
                .body("type", equalTo("urn:motcua:problem:not-acceptable"));
    }

    @Test
    void anUnknownUnitIsNotFoundAsJsonAndAsAPage() {
        given().accept("application/json")
                .when().get("/api/v1/units/00000/board")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:motcua:problem:not-found"))
                .body("detail", equalTo("No unit 00000"))
                .body("instance", endsWith("/api/v1/units/00000/board"));
        given().accept("text/html")
                .when().get("/api/v1/units/00000/board")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static JsonPath boardJson(String unit) {
        return given().accept("application/json")
                .when().get("/api/v1/units/" + unit + "/board")
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
    }

    private static String boardHtml(String unit) {
        byte[] page = given().accept("text/html")
                .when().get("/api/v1/units/" + unit + "/board")
                .then().statusCode(200)
                .extract().asByteArray();
        return new String(page, StandardCharsets.UTF_8);
    }

    /** The board's procedure codes by field code, both in the board's order. */
    private static Map<String, List<String>> codesByField(JsonPath board) {
        Map<String, List<String>> codes = new LinkedHashMap<>();
        List<String> fields = board.getList("fields.fieldCode", String.class);
        for (int i = 0; i < fields.size(); i++) {
            assertThat(codes).as("each field appears once").doesNotContainKey(fields.get(i));
            codes.put(fields.get(i), board.getList("fields[" + i + "].procedures.code", String.class));
        }
        return codes;
    }

    private static Map<String, Set<String>> asSets(Map<String, List<String>> codesByField) {
        Map<String, Set<String>> sets = new TreeMap<>();
        codesByField.forEach((field, codes) -> {
            assertThat(codes).as("a procedure appears once").doesNotHaveDuplicates();
            sets.put(field, new TreeSet<>(codes));
        });
        return sets;
    }

    /** The ACTIVE procedures of a level as the catalogue search lists them, by field code. */
    private static Map<String, Set<String>> activeCatalogue(String level) {
        JsonPath page = given().queryParam("level", level).queryParam("size", 200)
                .when().get("/api/v1/procedures")
                .then().statusCode(200)
                .extract().jsonPath();
        assertThat(page.getInt("total")).isLessThanOrEqualTo(200);
        Map<String, Set<String>> byField = new TreeMap<>();
        List<String> codes = page.getList("items.code", String.class);
        List<String> fields = page.getList("items.fieldCode", String.class);
        for (int i = 0; i < codes.size(); i++) {
            byField.computeIfAbsent(fields.get(i), field -> new TreeSet<>()).add(codes.get(i));
        }
        return byField;
    }

    private static Map<String, Object> procedure(JsonPath board, String code) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (List<Map<String, Object>> procedures : board.<List<Map<String, Object>>>getList("fields.procedures")) {
            all.addAll(procedures);
        }
        return all.stream().filter(procedure -> code.equals(procedure.get("code"))).findFirst()
                .orElseThrow(() -> new AssertionError(code + " is not on the board"));
    }

    private static Collator vietnamese() {
        return Collator.getInstance(Locale.forLanguageTag("vi"));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static void create(String code, String name) {
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(ProcedurePublicationTest.body(code, name, 5))
                .when().post("/api/v1/procedures")
                .then().statusCode(201);
    }
}
