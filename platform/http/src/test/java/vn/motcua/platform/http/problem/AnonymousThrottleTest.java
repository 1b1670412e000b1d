package vn.motcua.platform.http.problem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.Tokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Anonymous callers are throttled per address; callers with a token and the /q endpoints are not. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@TestProfile(AnonymousThrottleTest.TightLimits.class)
class AnonymousThrottleTest {

    /** Five requests in a burst, then one a minute. */
    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("motcua.throttle.burst", "5", "motcua.throttle.per-minute", "1", "motcua.throttle.with-token-factor", "2");
        }
    }

    @Test
    void anAnonymousClientOverItsBurstGets429WithRetryAfterWhileTokenHoldersAndHealthGoOn() {
        for (int i = 0; i < 5; i++) {
            given().when().get("/api/v1/me").then().statusCode(401);
        }
        given().when().get("/api/v1/me")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:motcua:problem:too-many-requests"));

        given().auth().oauth2(Tokens.officer("16906")).when().get("/api/v1/me").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);

        // a made-up token does not lift the limit: calls with a token, valid or not, share a bucket twice as large
        int answered = 0;
        int refused = 0;
        for (int i = 0; i < 12; i++) {
            int status = given().header("Authorization", "Bearer made-up").when().get("/api/v1/me")
                    .then().extract().statusCode();
            if (status == 429) {
                refused++;
            } else {
                answered++;
            }
        }
        org.assertj.core.api.Assertions.assertThat(answered).isLessThanOrEqualTo(10);
        org.assertj.core.api.Assertions.assertThat(refused).isGreaterThanOrEqualTo(2);
    }
}
