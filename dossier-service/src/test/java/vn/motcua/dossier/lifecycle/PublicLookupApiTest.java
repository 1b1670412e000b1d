package vn.motcua.dossier.lifecycle;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
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

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.lifecycle.CitizenAccess.ADDRESS;
import static vn.motcua.dossier.lifecycle.CitizenAccess.APPLICANT_NAME;
import static vn.motcua.dossier.lifecycle.CitizenAccess.CITIZEN_ID;
import static vn.motcua.dossier.lifecycle.CitizenAccess.PHONE;
import static vn.motcua.dossier.lifecycle.CitizenAccess.act;
import static vn.motcua.dossier.lifecycle.CitizenAccess.lookup;
import static vn.motcua.dossier.lifecycle.CitizenAccess.wrong;

/**
 * The citizen's lookup with code and PIN: what it shows, that a wrong code and a wrong PIN cannot be told
 * apart, and the throttle on failures. All test calls come from one address, so each test runs at its own
 * time, more than a failure window away from the others.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class PublicLookupApiTest {


    @Inject
    SettableClock clock;

    @Inject
    TopicProvisioningService topics;

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
    void theRightCodeAndPinShowWhereTheDossierStandsWhatIsMissingAndNoPersonalData() {
        clock.set("2025-10-06T08:00:00+07:00");
        CitizenAccess.Taken taken = CitizenAccess.counterIntake();
        act(taken.id(), "start", null);
        act(taken.id(), "request-supplement", "{\"missingDocuments\": [\"Giấy chứng sinh (bản chính)\"]}");

        Response found = lookup(taken.code(), taken.pin());
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.header("Cache-Control")).contains("no-store");
        JsonPath body = found.jsonPath();
        assertThat(body.getString("code")).isEqualTo(taken.code());
        assertThat(body.getString("status")).isEqualTo("SUPPLEMENT_REQUESTED");
        assertThat(body.getInt("statusCode")).isEqualTo(5);
        assertThat(body.getString("statusText")).isEqualTo("Chờ bổ sung, hoàn thiện hồ sơ");
        assertThat(body.getString("procedureCode")).isEqualTo("1.004884");
        assertThat(body.getString("procedureName")).isEqualTo("Đăng ký lại khai sinh");
        assertThat(body.getString("receivingUnitName")).isEqualTo("Xã Lượng Minh");
        assertThat(body.getString("receivedAt")).isEqualTo("2025-10-06T08:00:00+07:00");
        assertThat(body.getString("dueDate")).isEqualTo("2025-10-13");
        assertThat(body.getList("missingDocuments")).containsExactly("Giấy chứng sinh (bản chính)");
        assertThat(body.getBoolean("ratingOpen")).isFalse();
        String text = found.asString();
        assertThat(text).doesNotContain(APPLICANT_NAME).doesNotContain(CITIZEN_ID).doesNotContain(PHONE).doesNotContain(ADDRESS)
                .doesNotContain("applicant").doesNotContain("fullName").doesNotContain("Giấy chứng sinh\",\"receivedAs")
                .doesNotContain(taken.pin()).doesNotContain(taken.id());

        // a code typed in lower case is the same code
        assertThat(lookup(taken.code().toLowerCase(Locale.ROOT), taken.pin()).statusCode()).isEqualTo(200);
        act(taken.id(), "provide-supplement", null);
        assertThat(lookup(taken.code(), taken.pin()).jsonPath().getList("missingDocuments")).isEmpty();
    }

    @Test
    void aWrongPinAndAnUnknownCodeGetTheSameAnswer() {
        clock.set("2025-10-07T08:00:00+07:00");
        CitizenAccess.Taken taken = CitizenAccess.counterIntake();
        String unknownCode = taken.code().substring(0, taken.code().length() - 4) + "9999";

        Response wrongPin = lookup(taken.code(), wrong(taken.pin()));
        Response unknown = lookup(unknownCode, taken.pin());
        assertThat(wrongPin.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(wrongPin.contentType()).isEqualTo("application/problem+json");
        assertThat(unknown.contentType()).isEqualTo(wrongPin.contentType());
        Map<String, Object> wrongPinProblem = withoutInstance(wrongPin);
        assertThat(withoutInstance(unknown)).isEqualTo(wrongPinProblem);
        assertThat(wrongPinProblem).containsEntry("type", "urn:motcua:problem:not-found");
        assertThat(wrongPin.asString()).doesNotContain(taken.code()).doesNotContain(taken.pin());
        assertThat(unknown.headers().asList().stream().map(h -> h.getName().toLowerCase(Locale.ROOT)).sorted().toList())
                .isEqualTo(wrongPin.headers().asList().stream().map(h -> h.getName().toLowerCase(Locale.ROOT)).sorted().toList());
    }

    @Test
    void anUnknownCodeCostsTheSameHashingWorkAsAWrongPin() {
        clock.set("2025-10-14T08:00:00+07:00");
        CitizenAccess.Taken taken = CitizenAccess.counterIntake();
        lookup(taken.code(), taken.pin());
        long wrongPin = Long.MAX_VALUE;
        long unknownCode = Long.MAX_VALUE;
        // the quickest of a few tries: a pause of the machine can only make a try slower
        for (int i = 0; i < 3; i++) {
            wrongPin = Math.min(wrongPin, lookup(taken.code(), wrong(taken.pin())).timeIn(TimeUnit.MILLISECONDS));
            unknownCode = Math.min(unknownCode, lookup("000.16.906.H40-251014-" + (7000 + i), taken.pin())
                    .timeIn(TimeUnit.MILLISECONDS));
        }
        assertThat(wrongPin).isGreaterThanOrEqualTo(5);
        assertThat(unknownCode).isGreaterThanOrEqualTo(wrongPin / 2);
    }

    @Test
    void afterFiveFailuresForOneCodeEvenTheRightPinWaitsUntilTheWindowPasses() {
        clock.set("2025-10-08T08:00:00+07:00");
        CitizenAccess.Taken taken = CitizenAccess.counterIntake();
        for (int i = 0; i < 5; i++) {
            assertThat(lookup(taken.code(), wrong(taken.pin())).statusCode()).isEqualTo(404);
            clock.advance(Duration.ofMinutes(1));
        }
        Response throttled = lookup(taken.code(), taken.pin());
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.contentType()).isEqualTo("application/problem+json");
        // the first failure leaves the 15-minute window 10 minutes from now
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(595L, 600L);
        assertThat(throttled.jsonPath().getString("detail")).contains("this dossier code");

        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(lookup(taken.code(), taken.pin()).statusCode()).isEqualTo(200);
    }

    @Test
    void aCodeNoDossierHasIsThrottledJustLikeARealOne() {
        clock.set("2025-10-09T08:00:00+07:00");
        String unknownCode = "000.16.906.H40-251009-9999";
        for (int i = 0; i < 5; i++) {
            assertThat(lookup(unknownCode, "12345678").statusCode()).isEqualTo(404);
        }
        Response throttled = lookup(unknownCode, "12345678");
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isEqualTo("900");
    }

    @Test
    void failuresFromOneAddressAcrossManyCodesAreThrottled() {
        clock.set("2025-10-10T08:00:00+07:00");
        CitizenAccess.Taken taken = CitizenAccess.counterIntake();
        for (int i = 0; i < 20; i++) {
            assertThat(lookup(String.format("000.16.906.H40-251010-%04d", 5000 + i), "12345678").statusCode()).isEqualTo(404);
        }
        Response throttled = lookup(taken.code(), taken.pin());
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isEqualTo("900");
        assertThat(throttled.jsonPath().getString("detail")).contains("from your address");

        clock.advance(Duration.ofMinutes(15));
        assertThat(lookup(taken.code(), taken.pin()).statusCode()).isEqualTo(200);
    }

    @Test
    void aMalformedLookupNamesTheFieldAndNeverEchoesThePin() {
        clock.set("2025-10-13T08:00:00+07:00");
        Response noPin = given().contentType(ContentType.JSON).body("{\"code\": \"000.16.906.H40-251013-0001\"}")
                .when().post("/api/v1/public/lookup").then().extract().response();
        assertThat(noPin.statusCode()).isEqualTo(400);
        assertThat(noPin.jsonPath().getList("errors.field")).containsExactly("pin");
        Response letters = lookup("", "12ab5678x");
        assertThat(letters.statusCode()).isEqualTo(400);
        assertThat(letters.jsonPath().getList("errors.field")).containsExactlyInAnyOrder("code", "pin");
        assertThat(letters.asString()).doesNotContain("12ab5678x");
        // no failure was counted: the address may still make its twenty attempts
        for (int i = 0; i < 20; i++) {
            assertThat(lookup(String.format("000.16.906.H40-251013-%04d", 6000 + i), "12345678").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void noTokenIsNeededButAnInvalidOneIsRefused() {
        clock.set("2025-10-15T08:00:00+07:00");
        CitizenAccess.Taken taken = CitizenAccess.counterIntake();
        given().header("Authorization", "Bearer made-up").contentType(ContentType.JSON)
                .body("{\"code\": \"" + taken.code() + "\", \"pin\": \"" + taken.pin() + "\"}")
                .when().post("/api/v1/public/lookup")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.citizen("someone")).contentType(ContentType.JSON)
                .body("{\"code\": \"" + taken.code() + "\", \"pin\": \"" + taken.pin() + "\"}")
                .when().post("/api/v1/public/lookup")
                .then().statusCode(200);
    }

    private static Map<String, Object> withoutInstance(Response response) {
        Map<String, Object> problem = new HashMap<>(response.jsonPath().getMap(""));
        problem.remove("instance");
        return problem;
    }
}
