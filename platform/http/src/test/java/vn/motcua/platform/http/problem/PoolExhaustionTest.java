package vn.motcua.platform.http.problem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.testing.RealInfrastructure;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** When every database connection is taken for longer than the acquisition timeout, callers get 503 and Retry-After, not 500. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@TestProfile(PoolExhaustionTest.OneConnection.class)
class PoolExhaustionTest {

    /** A pool of two connections (Flyway needs two at start) that gives up after half a second. */
    public static class OneConnection implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "2", "quarkus.datasource.jdbc.min-size", "0",
                    "quarkus.datasource.jdbc.initial-size", "0", "quarkus.datasource.jdbc.acquisition-timeout", "PT0.5S");
        }
    }

    @Test
    void aCallThatFindsNoFreeConnectionGets503WithRetryAfterAndTheNextOneIsServed() throws Exception {
        PoolTestResource.release = new CountDownLatch(1);
        PoolTestResource.holding = new CountDownLatch(2);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() ->
                given().when().post("/api/test/pool/hold").then().extract().statusCode());
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() ->
                given().when().post("/api/test/pool/hold").then().extract().statusCode());
        assertThat(PoolTestResource.holding.await(30, TimeUnit.SECONDS)).isTrue();

        given().when().get("/api/test/pool/query")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("type", equalTo("urn:motcua:problem:service-unavailable"));

        PoolTestResource.release.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(200);
        assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(200);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().when().get("/api/test/pool/query").then().statusCode(200).body("answer", equalTo(1)));
    }
}
