package vn.motcua.platform.http.time;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.SettableClock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

/** Services read time from the injected Clock, which a test suite's SettableClock replaces. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ClockTest {

    @Inject
    SettableClock clock;

    @Inject
    Clock injected;

    @AfterEach
    void letTheClockRunAgain() {
        clock.reset();
    }

    @Test
    void replacesTheProductionClockWithTheTestSuitesClock() {
        assertThat(injected).isSameAs(clock);
        clock.set("2025-07-01T08:15:00+07:00");
        assertThat(injected.instant()).isEqualTo(Instant.parse("2025-07-01T01:15:00Z"));
    }

    @Test
    void showsTheTimeTheTestSetToAResource() {
        clock.set("2025-07-01T08:15:00+07:00");

        given().when().get("/api/test/clock")
                .then().statusCode(200)
                .body("instant", equalTo("2025-07-01T01:15:00Z"))
                .body("zone", equalTo("Asia/Ho_Chi_Minh"));
    }

    @Test
    void showsTheTimeAfterTheTestAdvancesIt() {
        clock.set("2025-12-31T23:30:00+07:00");
        clock.advance(Duration.ofHours(1));

        given().when().get("/api/test/clock")
                .then().statusCode(200)
                .body("instant", equalTo("2025-12-31T17:30:00Z"));
    }

    @Test
    void followsRealTimeAgainOnceReset() {
        clock.set("2020-01-01T00:00:00+07:00");
        clock.reset();

        String instant = given().when().get("/api/test/clock").then().statusCode(200).extract().path("instant");
        assertThat(Instant.parse(instant)).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
    }
}
