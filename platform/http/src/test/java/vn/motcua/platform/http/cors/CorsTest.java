package vn.motcua.platform.http.cors;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.Tokens;

import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** CORS for the commune portals' configured origins only (shared microprofile-config.properties). */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class CorsTest {

    private static final String PATH = "/api/test/registrations";

    @Test
    void allowsAPreflightFromAConfiguredPortalOrigin() {
        Response preflight = preflight("http://localhost:3000");

        preflight.then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000");
        assertThat(list(preflight.header("Access-Control-Allow-Methods"))).contains("post");
        assertThat(list(preflight.header("Access-Control-Allow-Headers")))
                .contains("idempotency-key", "authorization");
        assertThat(preflight.header("Access-Control-Max-Age")).isEqualTo("86400");
    }

    @Test
    void allowsTheSecondConfiguredOriginToo() {
        preflight("http://localhost:5173").then()
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
    }

    @Test
    void doesNotAllowAnOriginThatIsNotConfigured() {
        Response preflight = preflight("https://evil.example");

        assertThat(preflight.header("Access-Control-Allow-Origin")).isNotEqualTo("https://evil.example")
                .isNotEqualTo("*");
        Response get = given().header("Origin", "https://evil.example").auth().oauth2(Tokens.citizen("citizen-an"))
                .when().get("/api/v1/me");
        assertThat(get.header("Access-Control-Allow-Origin")).isNotEqualTo("https://evil.example")
                .isNotEqualTo("*");
    }

    @Test
    void exposesTheHeadersAPortalNeedsToReadOnAnActualRequest() {
        Response response = given().header("Origin", "http://localhost:3000").auth().oauth2(Tokens.citizen("citizen-an"))
                .when().get("/api/v1/me");

        response.then().statusCode(200).header("Access-Control-Allow-Origin", equalTo("http://localhost:3000"));
        assertThat(list(response.header("Access-Control-Expose-Headers")))
                .contains("etag", "location", "retry-after", "idempotency-replayed");
    }

    private static Response preflight(String origin) {
        return given().header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Idempotency-Key,Authorization")
                .when().options(PATH);
    }

    private static List<String> list(String header) {
        assertThat(header).as("CORS header").isNotNull();
        return Arrays.stream(header.split(",")).map(String::trim).map(String::toLowerCase).toList();
    }
}
