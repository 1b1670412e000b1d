package vn.motcua.platform.http.problem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.testing.RealInfrastructure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A body over the configured limit (64K in this module's tests) is refused before it is read. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class OversizedBodyTest {

    @Test
    void aBodyOverTheLimitGets413ProblemJson() {
        String big = "{\"name\": \"" + "x".repeat(70 * 1024) + "\"}";
        given().contentType(ContentType.JSON).body(big)
                .when().post("/test-probe/echo")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motcua:problem:payload-too-large"))
                .body("detail", containsString("64"));
    }
}
