package vn.motcua.reporting.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.Tokens;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Streams are kept open with heartbeats, and closed after their lifetime so that dashboards prove who they are again. */
@QuarkusTest
@TestProfile(ShortTimings.class)
@WithTestResource(RealInfrastructure.class)
class LiveFeedKeepAliveTest {

    @Test
    void anIdleStreamGetsHeartbeatsAndIsClosedAfterItsLifetime() {
        String url = given().auth().oauth2(Tokens.analyst())
                .when().post("/api/v1/stream/tickets")
                .then().statusCode(200).extract().path("streamUrl");
        assertThat(url).startsWith(RestAssured.baseURI);
        try (SseClient stream = SseClient.open(url, null)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> stream.comments().size() >= 2);
            assertThat(stream.comments()).allMatch("keep-alive"::equals);
            assertThat(stream.ended()).isFalse();
            await().atMost(Duration.ofSeconds(15)).until(stream::ended);
            // the counters came first, and heartbeats are comments, never events
            assertThat(stream.events()).isNotEmpty().allMatch(event -> "counters".equals(event.name()));
        }
    }
}
