package vn.motcua.procedure.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.platform.testing.QrDecoding;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.Tokens;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** A procedure's QR code, which a citizen scans on a centre's board, leads to exactly its public page. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@TestProfile(CatalogTestSupport.class)
class ProcedureQrCodeTest {

    private static final String BIRTH_REGISTRATION_URL = "https://dichvucong.nghean.example/thu-tuc/1.001193";

    @Test
    void thePngDecodesToTheProcedurePublicUrl() {
        byte[] png = given().accept("image/png")
                .when().get("/api/v1/procedures/1.001193/qr")
                .then().statusCode(200).contentType("image/png")
                .extract().asByteArray();

        BufferedImage image = QrDecoding.image(png);
        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(image.getHeight()).isEqualTo(256);
        assertThat(QrDecoding.decodePng(png).getText()).isEqualTo(BIRTH_REGISTRATION_URL);
    }

    @Test
    void theSvgDecodesToTheProcedurePublicUrlAndTakesTheSizeAsItsWidthAndHeight() {
        String svg = given().accept("image/svg+xml").queryParam("size", 512)
                .when().get("/api/v1/procedures/1.001193/qr")
                .then().statusCode(200).contentType(startsWith("image/svg+xml"))
                .extract().asString();

        assertThat(svg).contains("width=\"512\" height=\"512\"");
        assertThat(QrDecoding.decodeSvg(svg).getText()).isEqualTo(BIRTH_REGISTRATION_URL);
    }

    @ParameterizedTest
    @ValueSource(ints = {64, 1024})
    void aPngTakesAnySizeWithinTheBounds(int size) {
        byte[] png = given().accept("image/png").queryParam("size", size)
                .when().get("/api/v1/procedures/2.000815/qr")
                .then().statusCode(200)
                .extract().asByteArray();
        assertThat(QrDecoding.image(png).getWidth()).isEqualTo(size);
        assertThat(QrDecoding.decodePng(png).getText()).isEqualTo("https://dichvucong.nghean.example/thu-tuc/2.000815");
    }

    @Test
    void anyTypeOrNoAcceptGivesPngAndTheClientsPreferenceIsFollowed() throws Exception {
        given().accept("*/*").when().get("/api/v1/procedures/1.001193/qr").then().statusCode(200).contentType("image/png");
        given().accept("image/*").when().get("/api/v1/procedures/1.001193/qr").then().statusCode(200).contentType("image/png");
        given().accept("image/png;q=0.4, image/svg+xml").when().get("/api/v1/procedures/1.001193/qr")
                .then().statusCode(200).contentType(startsWith("image/svg+xml"));
        given().accept("text/html, image/svg+xml;q=0.9, */*;q=0.1").when().get("/api/v1/procedures/1.001193/qr")
                .then().statusCode(200).contentType(startsWith("image/svg+xml"));

        // RestAssured always sends an Accept header; the JDK client sends none
        HttpResponse<byte[]> bare = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + RestAssured.port + "/api/v1/procedures/1.001193/qr")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(bare.request().headers().firstValue("Accept")).isEmpty();
        assertThat(bare.statusCode()).isEqualTo(200);
        assertThat(bare.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(QrDecoding.decodePng(bare.body()).getText()).isEqualTo(BIRTH_REGISTRATION_URL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"63", "1025", "0", "-5", "abc", "256.5"})
    void aSizeOutsideTheBoundsIsRefusedNamingTheParameter(String size) {
        given().accept("image/png").queryParam("size", size)
                .when().get("/api/v1/procedures/1.001193/qr")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:motcua:problem:validation"))
                .body("errors[0].field", equalTo("size"))
                .body("errors[0].message", equalTo("must be a whole number of pixels from 64 to 1024"));
    }

    @Test
    void anAcceptWithNeitherPngNorSvgIsNotAcceptable() {
        given().accept("text/plain")
                .when().get("/api/v1/procedures/1.001193/qr")
                .then().statusCode(406).contentType("application/problem+json")
                .body("type", equalTo("urn:motcua:problem:not-acceptable"))
                .body("status", equalTo(406));
    }

    @Test
    void anUnknownProcedureIsNotFound() {
        given().accept("image/png")
                .when().get("/api/v1/procedures/1.999999/qr")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:motcua:problem:not-found"))
                .body("detail", equalTo("No procedure 1.999999"));
    }

    @Test
    void itIsCacheableForAnHourAndRevalidatedByItsETag() {
        Response first = given().accept("image/png").when().get("/api/v1/procedures/1.000894/qr");
        first.then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=3600"))
                .header("ETag", startsWith("\"1-png-256-"));
        assertThat(first.headers().getValues("Vary")).anyMatch(vary -> vary.contains("Accept"));
        String etag = first.header("ETag");

        Response unchanged = given().accept("image/png").header("If-None-Match", etag)
                .when().get("/api/v1/procedures/1.000894/qr");
        unchanged.then().statusCode(304).header("ETag", equalTo(etag)).header("Cache-Control", equalTo("public, max-age=3600"));
        assertThat(unchanged.asByteArray()).isEmpty();

        // each representation has its own tag, so a cache never answers one with the other
        String svgTag = given().accept("image/svg+xml").when().get("/api/v1/procedures/1.000894/qr").then().statusCode(200)
                .extract().header("ETag");
        String largerTag = given().accept("image/png").queryParam("size", 512).when().get("/api/v1/procedures/1.000894/qr")
                .then().statusCode(200).extract().header("ETag");
        assertThat(svgTag).startsWith("\"1-svg-256-").isNotEqualTo(etag);
        assertThat(largerTag).startsWith("\"1-png-512-");
        given().accept("image/svg+xml").header("If-None-Match", etag)
                .when().get("/api/v1/procedures/1.000894/qr").then().statusCode(200);
    }

    @Test
    void aNewVersionOfTheProcedureChangesTheETag() {
        create("1.997201", "Hỗ trợ chi phí điều trị thử nghiệm mã QR");
        String before = given().accept("image/png").when().get("/api/v1/procedures/1.997201/qr").then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(ProcedurePublicationTest.body("1.997201", "Hỗ trợ chi phí điều trị thử nghiệm mã QR", 7))
                .when().put("/api/v1/procedures/1.997201")
                .then().statusCode(200).body("version", equalTo(2));

        given().accept("image/png").header("If-None-Match", before)
                .when().get("/api/v1/procedures/1.997201/qr")
                .then().statusCode(200).header("ETag", startsWith("\"2-png-256-"));
    }

    @Test
    void aWithdrawnProcedureKeepsItsQrCodeBecausePrintedBoardsStillCarryIt() {
        create("1.997202", "Hỗ trợ thử nghiệm rút mã QR");
        given().auth().oauth2(Tokens.provinceAdmin())
                .when().post("/api/v1/procedures/1.997202/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        String svg = given().accept("image/svg+xml")
                .when().get("/api/v1/procedures/1.997202/qr")
                .then().statusCode(200)
                .extract().asString();
        assertThat(QrDecoding.decodeSvg(svg).getText()).isEqualTo("https://dichvucong.nghean.example/thu-tuc/1.997202");
    }

    @Test
    void theQrCodeUrlThatAProcedureAdvertisesServesItsCode() {
        String qrCodeUrl = given().when().get("/api/v1/procedures/1.001193").then().statusCode(200)
                .extract().path("qrCodeUrl");
        byte[] png = given().accept("image/png").when().get(qrCodeUrl).then().statusCode(200).extract().asByteArray();
        assertThat(qrCodeUrl).isEqualTo("/api/v1/procedures/1.001193/qr");
        assertThat(QrDecoding.decodePng(png).getText()).isEqualTo(BIRTH_REGISTRATION_URL);
    }

    @Test
    void theOpenApiDocumentDescribesEachRepresentation() {
        JsonPath openApi = given().accept("application/json").queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .extract().jsonPath();
        assertThat(openApi.getMap("paths.'/api/v1/procedures/{code}/qr'.get.responses.'200'.content"))
                .containsOnlyKeys("image/png", "image/svg+xml");
        assertThat(openApi.getMap("paths.'/api/v1/procedures/{code}/qr'.get.responses")).containsKeys("200", "304", "400", "404", "406");
        assertThat(openApi.getMap("paths.'/api/v1/units/{code}/board'.get.responses.'200'.content"))
                .containsOnlyKeys("application/json", "text/html");
        assertThat(openApi.getList("paths.'/api/v1/units/{code}/board'.get.tags", String.class)).containsExactly("Public boards");
    }

    private static void create(String code, String name) {
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(ProcedurePublicationTest.body(code, name, 5))
                .when().post("/api/v1/procedures")
                .then().statusCode(201);
    }
}
