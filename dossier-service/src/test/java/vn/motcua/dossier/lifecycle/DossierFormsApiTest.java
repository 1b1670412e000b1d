package vn.motcua.dossier.lifecycle;

import vn.motcua.platform.testing.QrDecoding;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.messaging.topics.TopicProvisioningService;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.SettableClock;
import vn.motcua.platform.testing.Tokens;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.motcua.dossier.lifecycle.CitizenAccess.APPLICANT_NAME;
import static vn.motcua.dossier.lifecycle.CitizenAccess.OFFICER;
import static vn.motcua.dossier.lifecycle.CitizenAccess.act;

/** The receipt with its PIN and QR code, and the other forms (Mẫu 02-04), as JSON and printable HTML. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class DossierFormsApiTest {

    private static final String LOOKUP_URL = "http://localhost:3000/tra-cuu?code=";

    @Inject
    SettableClock clock;

    @Inject
    TopicProvisioningService topics;

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

    @Test
    void theIntakeHandsOverThePinOnceAndTheReceiptReadLaterMasksIt() {
        clock.set("2025-07-07T08:00:00+07:00");
        CitizenAccess.Taken taken = CitizenAccess.counterIntake();
        assertThat(taken.pin()).matches("\\d{8}");
        Response answer = taken.answer();
        assertThat(answer.<String>path("receipt.pin")).isEqualTo(taken.pin());
        assertThat(answer.<Boolean>path("receipt.pinShown")).isTrue();
        assertThat(answer.<String>path("receipt.code")).isEqualTo(taken.code());
        assertThat(answer.<String>path("receipt.applicantName")).isEqualTo(APPLICANT_NAME);
        assertThat(answer.<String>path("receipt.dueDate")).isEqualTo("2025-07-14");
        assertThat(answer.<String>path("receiptHtml")).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ").contains(taken.pin());

        Response json = given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers/" + taken.id() + "/forms/receipt")
                .then().statusCode(200).contentType(ContentType.JSON).header("Cache-Control", containsString("no-store"))
                .body("form", equalTo("receipt"))
                .body("formNumber", equalTo("Mẫu 01"))
                .body("pin", equalTo("******"))
                .body("pinShown", equalTo(false))
                .body("applicantName", equalTo(APPLICANT_NAME))
                .body("procedure.name", equalTo("Đăng ký lại khai sinh"))
                .body("procedure.processingTime", equalTo("5 ngày làm việc"))
                .body("documents.name", equalTo(List.of("Tờ khai", "Giấy chứng sinh")))
                .body("issuingUnit.centreName", equalTo("Trung tâm Phục vụ hành chính công xã Lượng Minh"))
                .body("receivedAt", equalTo("2025-07-07T08:00:00+07:00"))
                .body("dueDate", equalTo("2025-07-14"))
                .extract().response();
        assertThat(json.asString()).doesNotContain(taken.pin());
        String html = receiptHtml(taken.id(), OFFICER);
        assertThat(html).contains("******").doesNotContain(taken.pin());
    }

    @Test
    void aRetriedIntakeAnswersWithoutThePinAndThePinIsStoredNowhereInClear() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = DossierLifecycleApiTest.intake("1.004884", "COUNTER");
        Response first = given().auth().oauth2(OFFICER).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/dossiers").then().statusCode(201).extract().response();
        String pin = first.path("pin");
        assertThat(pin).matches("\\d{8}");

        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/dossiers")
                .then().statusCode(201).header("Idempotency-Replayed", "true")
                .body("id", equalTo(first.path("id")))
                .body("pin", nullValue())
                .body("receipt", nullValue())
                .body(not(containsString(pin)));

        String id = first.path("id");
        assertThat(texts("SELECT response_body FROM http_idempotency_key WHERE idempotency_key = ?", key)).singleElement()
                .asString().contains(id).doesNotContain(pin);
        assertThat(texts("SELECT convert_from(payload, 'UTF8') FROM messaging_outbox WHERE message_key = ?", id))
                .isNotEmpty().allSatisfy(payload -> assertThat(payload).doesNotContain(pin));
        assertThat(texts("SELECT details::text || coalesce(reason, '') FROM dossier_history WHERE dossier_id = ?::uuid", id))
                .allSatisfy(row -> assertThat(row).doesNotContain(pin));
        assertThat(texts("SELECT iterations || ' ' || length(salt) || ' ' || length(hash) || ' ' || encode(hash, 'escape')"
                + " FROM dossier_pin WHERE dossier_id = ?::uuid", id)).singleElement().asString()
                .startsWith("100000 16 32 ").doesNotContain(pin);
    }

    @Test
    void theReceiptsQrCodeLeadsToTheLookupPageWithTheCodeAndNeverThePin() {
        CitizenAccess.Taken taken = CitizenAccess.counterIntake();
        String expected = LOOKUP_URL + taken.code();
        String fromIntake = QrDecoding.decodeSvg(taken.answer().<String>path("receipt.qrCodeSvg")).getText();
        assertThat(fromIntake).isEqualTo(expected).doesNotContain(taken.pin());
        assertThat(taken.answer().<String>path("receipt.lookupUrl")).isEqualTo(expected);

        String fromJson = QrDecoding.decodeSvg(given().auth().oauth2(OFFICER)
                .get("/api/v1/dossiers/" + taken.id() + "/forms/receipt").then().statusCode(200).extract().<String>path("qrCodeSvg")).getText();
        assertThat(fromJson).isEqualTo(expected);
        assertThat(QrDecoding.decodeFirstSvgIn(receiptHtml(taken.id(), OFFICER))).isEqualTo(expected);
        assertThat(QrDecoding.decodeFirstSvgIn(taken.answer().path("receiptHtml"))).isEqualTo(expected);
    }

    @Test
    void formsAsHtmlArePrintableA4PagesInVietnamese() {
        CitizenAccess.Taken taken = CitizenAccess.counterIntake();
        Response page = given().auth().oauth2(OFFICER).accept(ContentType.HTML)
                .when().get("/api/v1/dossiers/" + taken.id() + "/forms/receipt")
                .then().statusCode(200).header("Content-Type", equalTo("text/html;charset=UTF-8"))
                .header("Cache-Control", containsString("no-store")).header("Vary", containsString("Accept"))
                .extract().response();
        String html = new String(page.asByteArray(), StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"vi\">").contains("size: A4 portrait")
                .contains("Mẫu 01").contains("<h1>GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ</h1>")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc")
                .contains("ỦY BAN NHÂN DÂN<br>XÃ LƯỢNG MINH").contains("Trung tâm Phục vụ hành chính công xã Lượng Minh")
                .contains(APPLICANT_NAME).contains("Đăng ký lại khai sinh").contains("Giấy chứng sinh").contains("Tệp điện tử")
                .contains("Thời gian trả kết quả giải quyết hồ sơ").contains(taken.code());
        given().auth().oauth2(OFFICER).accept("image/png").when().get("/api/v1/dossiers/" + taken.id() + "/forms/receipt")
                .then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void theSupplementRequestAndTheApologyExistOnceTheyWereIssued() {
        clock.set("2025-07-08T09:00:00+07:00");
        CitizenAccess.Taken taken = CitizenAccess.counterIntake();
        String forms = "/api/v1/dossiers/" + taken.id() + "/forms/";
        for (String form : List.of("supplement-request", "apology", "refusal")) {
            given().auth().oauth2(OFFICER).when().get(forms + form)
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("detail", containsString(taken.code())).body("detail", containsString("has no " + form));
        }

        act(taken.id(), "start", null);
        clock.set("2025-07-09T10:00:00+07:00");
        act(taken.id(), "request-supplement", """
                {"reason": "Hồ sơ chưa đủ giấy tờ", "missingDocuments": ["Giấy chứng sinh (bản chính)", "Bản sao sổ hộ khẩu"]}""");
        given().auth().oauth2(OFFICER).when().get(forms + "supplement-request")
                .then().statusCode(200)
                .body("formNumber", equalTo("Mẫu 02"))
                .body("title", equalTo("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"))
                .body("missingDocuments", equalTo(List.of("Giấy chứng sinh (bản chính)", "Bản sao sổ hộ khẩu")))
                .body("reason", equalTo("Hồ sơ chưa đủ giấy tờ"))
                .body("issuedAt", equalTo("2025-07-09T10:00:00+07:00"));
        assertThat(html(forms + "supplement-request")).contains("<h1>PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ</h1>")
                .contains("<li>Giấy chứng sinh (bản chính)</li>").contains("<li>Bản sao sổ hộ khẩu</li>")
                .contains("ngày 09 tháng 7 năm 2025");

        act(taken.id(), "provide-supplement", null);
        clock.set("2025-07-15T16:00:00+07:00");
        act(taken.id(), "reschedule", """
                {"reason": "Cần xác minh thêm tại nơi đăng ký khai sinh trước đây", "newAppointmentAt": "2025-07-21T10:00:00+07:00"}""");
        given().auth().oauth2(OFFICER).when().get(forms + "apology")
                .then().statusCode(200)
                .body("formNumber", equalTo("Mẫu 04"))
                .body("title", equalTo("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"))
                .body("reason", equalTo("Cần xác minh thêm tại nơi đăng ký khai sinh trước đây"))
                .body("newAppointmentAt", equalTo("2025-07-21T10:00:00+07:00"))
                // issued on the due date (15 July), not a day before it: recorded, and flagged late
                .body("dueAt", equalTo("2025-07-15T17:00:00+07:00"))
                .body("late", equalTo(true));
        assertThat(html(forms + "apology")).contains("<h1>PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ</h1>")
                .contains("10 giờ 00 phút, ngày 21/07/2025").contains("xin lỗi Ông/Bà").contains("được lập muộn");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body("""
                        {"reason": "Hẹn sớm hơn", "newAppointmentAt": "2025-07-15T16:30:00+07:00"}""")
                .when().post("/api/v1/dossiers/" + taken.id() + "/actions/reschedule")
                .then().statusCode(400).body("errors[0].field", equalTo("newAppointmentAt"));
        // the supplement request stays what it was after the supplement was provided
        given().auth().oauth2(OFFICER).when().get(forms + "supplement-request").then().statusCode(200);
        given().auth().oauth2(OFFICER).when().get(forms + "refusal").then().statusCode(404);
    }

    @Test
    void aRefusedOnlineSubmissionHasARefusalWithItsReasonAndNoReceipt() {
        String citizen = Tokens.citizen("citizen-refused");
        CitizenAccess.Taken taken = CitizenAccess.intake(DossierLifecycleApiTest.intake("1.004884", null), citizen);
        assertThat(taken.pin()).matches("\\d{8}");
        assertThat(taken.answer().<Object>path("receipt")).isNull();
        String forms = "/api/v1/dossiers/" + taken.id() + "/forms/";
        given().auth().oauth2(citizen).when().get(forms + "receipt")
                .then().statusCode(404).body("detail", containsString("awaits acceptance"));

        act(taken.id(), "refuse", """
                {"reason": "Thủ tục không thuộc thẩm quyền <b>xã</b>", "reasonCode": "OUT_OF_SCOPE"}""");
        given().auth().oauth2(citizen).when().get(forms + "refusal")
                .then().statusCode(200)
                .body("formNumber", equalTo("Mẫu 03"))
                .body("title", equalTo("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"))
                .body("reason", equalTo("Thủ tục không thuộc thẩm quyền <b>xã</b>"))
                .body("reasonCode", equalTo("OUT_OF_SCOPE"));
        String html = given().auth().oauth2(citizen).accept(ContentType.HTML).when().get(forms + "refusal")
                .then().statusCode(200).extract().asString();
        // what people type is printed as text, never as markup
        assertThat(html).contains("<h1>PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ</h1>")
                .contains("Thủ tục không thuộc thẩm quyền &lt;b&gt;xã&lt;/b&gt;").doesNotContain("<b>xã</b>");
        given().auth().oauth2(citizen).when().get(forms + "receipt")
                .then().statusCode(404).body("detail", containsString("never received"));
    }

    @Test
    void anUnknownFormIs404ListingTheForms() {
        CitizenAccess.Taken taken = CitizenAccess.counterIntake();
        given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers/" + taken.id() + "/forms/certificate")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("receipt, supplement-request, refusal, apology"));
    }

    @Test
    void formsAreServedOnlyToThoseWhoMayReadTheDossier() {
        CitizenAccess.Taken taken = CitizenAccess.counterIntake();
        String receipt = "/api/v1/dossiers/" + taken.id() + "/forms/receipt";
        given().when().get(receipt).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.officer("16876")).when().get(receipt).then().statusCode(403);
        given().auth().oauth2(Tokens.citizen("a-stranger")).when().get(receipt).then().statusCode(403);
        given().auth().oauth2(Tokens.provinceAdmin()).when().get(receipt).then().statusCode(200);

        String owner = Tokens.citizen("citizen-owner-forms");
        CitizenAccess.Taken online = CitizenAccess.intake(DossierLifecycleApiTest.intake("1.004884", null), owner);
        Uploads.declaredFiles(owner, online.id());
        act(online.id(), "accept", null);
        given().auth().oauth2(owner).when().get("/api/v1/dossiers/" + online.id() + "/forms/receipt")
                .then().statusCode(200).body("pin", equalTo("******")).body(not(containsString(online.pin())));
    }

    private String receiptHtml(String id, String token) {
        return given().auth().oauth2(token).accept(ContentType.HTML).when().get("/api/v1/dossiers/" + id + "/forms/receipt")
                .then().statusCode(200).extract().asString();
    }

    private static String html(String path) {
        return given().auth().oauth2(OFFICER).accept(ContentType.HTML).when().get(path).then().statusCode(200).extract().asString();
    }

    private List<String> texts(String sql, String parameter) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }
}
