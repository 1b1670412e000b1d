package vn.motcua.platform.http.idempotency;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.http.problem.ProblemException;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.Tokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * {@code Idempotency-Key} (DESIGN.md, "REST conventions"): a retry with the same key and body returns
 * the first response and changes nothing; the same key with another body gets 422.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class IdempotencyKeyTest {

    private static final String PATH = "/api/test/registrations";
    private static final String CITIZEN = "citizen-an";

    @TestHTTPResource(PATH)
    URI registrations;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RegistrationFailures failures;

    @Test
    void replaysTheFirstResponseToARetryWithTheSameKeyAndBody() {
        String applicant = applicant();
        String key = UUID.randomUUID().toString();

        Response first = post(CITIZEN, key, body(applicant));
        first.then().statusCode(201)
                .header("Idempotency-Replayed", nullValue())
                .header("Location", containsString(PATH + "/"))
                .body("applicant", equalTo(applicant))
                .body("registeredBy", equalTo(CITIZEN));
        Response retry = post(CITIZEN, key, body(applicant));

        retry.then().statusCode(201).header("Idempotency-Replayed", "true");
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isNotNull().isEqualTo(first.header("ETag"));
        // the charset parameter means nothing to application/json (RFC 8259), so only the media type is compared
        assertThat(retry.contentType()).startsWith("application/json");
        assertThat(first.contentType()).startsWith("application/json");
        assertThat(sideEffects(applicant)).isEqualTo(1);
    }

    @Test
    void treatsTheSameBodyWithOtherWhitespaceAndFieldOrderAsTheSameRequest() {
        String applicant = applicant();
        String key = UUID.randomUUID().toString();
        Response first = post(CITIZEN, key, "{\"applicant\": \"" + applicant + "\", \"note\": \"counter 2\"}");
        Response retry = post(CITIZEN, key, "{ \"note\":\"counter 2\",\n  \"applicant\":\"" + applicant + "\" }");

        first.then().statusCode(201);
        retry.then().statusCode(201).header("Idempotency-Replayed", "true");
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(sideEffects(applicant)).isEqualTo(1);
    }

    @Test
    void refusesTheSameKeyWithAnotherBodyWith422AndChangesNothing() {
        String applicant = applicant();
        String other = applicant();
        String key = UUID.randomUUID().toString();
        Response first = post(CITIZEN, key, body(applicant));

        post(CITIZEN, key, body(other))
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motcua:problem:idempotency-key-reused"))
                .body("status", equalTo(422))
                .body("detail", containsString("POST " + PATH))
                .body("errors.field", equalTo(List.of("Idempotency-Key")))
                .body("instance", equalTo(PATH));

        assertThat(sideEffects(other)).isZero();
        assertThat(sideEffects(applicant)).isEqualTo(1);
        // the key still answers its first request
        Response retry = post(CITIZEN, key, body(applicant));
        retry.then().statusCode(201).header("Idempotency-Replayed", "true");
        assertThat(retry.asString()).isEqualTo(first.asString());
    }

    @Test
    void refusesTheSameKeyAndBodyWithAnotherQueryWith422() {
        String applicant = applicant();
        String key = UUID.randomUUID().toString();
        as(CITIZEN).header("Idempotency-Key", key).queryParam("channel", "COUNTER")
                .contentType(ContentType.JSON).body(body(applicant))
                .when().post(PATH).then().statusCode(201).body("channel", equalTo("COUNTER"));

        as(CITIZEN).header("Idempotency-Key", key).queryParam("channel", "ONLINE")
                .contentType(ContentType.JSON).body(body(applicant))
                .when().post(PATH)
                .then().statusCode(422)
                .body("type", equalTo("urn:motcua:problem:idempotency-key-reused"));
        assertThat(sideEffects(applicant)).isEqualTo(1);
    }

    @Test
    void executesEveryRequestSentWithoutAKey() {
        String applicant = applicant();
        int keysBefore = storedKeys(CITIZEN).size();
        Response first = post(CITIZEN, null, body(applicant));
        Response second = post(CITIZEN, null, body(applicant));

        first.then().statusCode(201).header("Idempotency-Replayed", nullValue());
        second.then().statusCode(201).header("Idempotency-Replayed", nullValue());
        assertThat(second.<Integer>path("id")).isNotEqualTo(first.<Integer>path("id"));
        assertThat(sideEffects(applicant)).isEqualTo(2);
        assertThat(storedKeys(CITIZEN)).hasSize(keysBefore);
    }

    @Test
    void refusesAKeyLongerThan255CharactersWith400AndExecutesNothing() {
        String applicant = applicant();
        post(CITIZEN, "k".repeat(300), body(applicant))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motcua:problem:validation"))
                .body("errors.field", equalTo(List.of("Idempotency-Key")))
                .body("errors[0].message", containsString("1 to 255 visible ASCII characters"));
        assertThat(sideEffects(applicant)).isZero();
    }

    @Test
    void refusesAKeyContainingASpaceWith400AndExecutesNothing() {
        String applicant = applicant();
        post(CITIZEN, "retry 1", body(applicant))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("Idempotency-Key")));
        assertThat(sideEffects(applicant)).isZero();
    }

    @Test
    void refusesAnEmptyKeyWith400AndExecutesNothing() {
        String applicant = applicant();
        post(CITIZEN, "", body(applicant))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("Idempotency-Key")));
        assertThat(sideEffects(applicant)).isZero();
    }

    @Test
    void acceptsAKeyOfExactly255VisibleCharacters() {
        String applicant = applicant();
        String key = (UUID.randomUUID() + "~!#$%&'*+-.^_`|").repeat(10).substring(0, 255);
        post(CITIZEN, key, body(applicant)).then().statusCode(201);
        post(CITIZEN, key, body(applicant)).then().statusCode(201).header("Idempotency-Replayed", "true");
        assertThat(sideEffects(applicant)).isEqualTo(1);
    }

    @Test
    void doesNotConsumeTheKeyOfARequestThatFailedAndRollsBackItsSideEffect() {
        String applicant = applicant();
        String key = UUID.randomUUID().toString();
        failures.failNextWith(ProblemException.conflict("The counter is closed for today."));

        post(CITIZEN, key, body(applicant))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motcua:problem:conflict"))
                .body("detail", equalTo("The counter is closed for today."));
        assertThat(sideEffects(applicant)).isZero();
        assertThat(storedKeys(CITIZEN)).doesNotContain(key);

        post(CITIZEN, key, body(applicant))
                .then().statusCode(201)
                .header("Idempotency-Replayed", nullValue());
        assertThat(sideEffects(applicant)).isEqualTo(1);
    }

    @Test
    void doesNotConsumeTheKeyOfARequestThatFailedWithACheckedException() {
        String applicant = applicant();
        String key = UUID.randomUUID().toString();
        failures.failNextWith(new IOException("the receipt printer is offline"));

        post(CITIZEN, key, body(applicant))
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motcua:problem:internal"));
        assertThat(sideEffects(applicant)).isZero();

        post(CITIZEN, key, body(applicant)).then().statusCode(201).header("Idempotency-Replayed", nullValue());
        assertThat(sideEffects(applicant)).isEqualTo(1);
    }

    @Test
    void answersAnInvalidBodyWith400WithoutConsumingTheKey() {
        String applicant = applicant();
        String key = UUID.randomUUID().toString();
        post(CITIZEN, key, "{\"applicant\": \" \"}")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motcua:problem:validation"))
                .body("errors.field", equalTo(List.of("applicant")));

        // the corrected request with the same key runs, instead of being refused as another body
        post(CITIZEN, key, body(applicant)).then().statusCode(201).header("Idempotency-Replayed", nullValue());
        assertThat(sideEffects(applicant)).isEqualTo(1);
    }

    @Test
    void letsTwoCallersUseTheSameKeyIndependently() {
        String applicant = applicant();
        String key = "retry-" + UUID.randomUUID();
        Response an = post("citizen-an", key, body(applicant));
        Response binh = post("citizen-binh", key, body(applicant));

        an.then().statusCode(201).body("registeredBy", equalTo("citizen-an"));
        binh.then().statusCode(201)
                .header("Idempotency-Replayed", nullValue())
                .body("registeredBy", equalTo("citizen-binh"));
        assertThat(binh.<Integer>path("id")).isNotEqualTo(an.<Integer>path("id"));
        assertThat(sideEffects(applicant)).isEqualTo(2);
        // and another caller's different body under that key is no conflict either
        post("citizen-chi", key, body(applicant())).then().statusCode(201);
    }

    @Test
    void keysTheStoredAnswerByTheTokensSubjectNotByAUserNameTwoAccountsShare() {
        String applicant = applicant();
        String key = "retry-" + UUID.randomUUID();
        String first = "sub-" + UUID.randomUUID();
        String second = "sub-" + UUID.randomUUID();
        Response firstAnswer = given().auth().oauth2(Tokens.citizenNamed(first, "tran.thi.binh"))
                .contentType(ContentType.JSON).header("Idempotency-Key", key).body(body(applicant))
                .when().post(PATH);
        Response secondAnswer = given().auth().oauth2(Tokens.citizenNamed(second, "tran.thi.binh"))
                .contentType(ContentType.JSON).header("Idempotency-Key", key).body(body(applicant))
                .when().post(PATH);

        firstAnswer.then().statusCode(201).body("registeredBy", equalTo(first));
        secondAnswer.then().statusCode(201)
                .header("Idempotency-Replayed", nullValue())
                .body("registeredBy", equalTo(second));
        assertThat(sideEffects(applicant)).isEqualTo(2);
        assertThat(storedKeys(first)).containsExactly(key);
        assertThat(storedKeys(second)).containsExactly(key);
        assertThat(storedKeys("tran.thi.binh")).isEmpty();
    }

    @Test
    void runsConcurrentRequestsWithOneKeyExactlyOnce() throws Exception {
        int requests = 8;
        String applicant = applicant();
        String key = UUID.randomUUID().toString();
        String token = Tokens.citizen(CITIZEN);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(registrations)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body(applicant)))
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch ready = new CountDownLatch(requests);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return client.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();

            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(201);
            assertThat(responses).extracting(HttpResponse::body).containsOnly(responses.get(0).body());
            assertThat(responses).extracting(r -> r.headers().firstValue("Location").orElse(null))
                    .containsOnly(responses.get(0).headers().firstValue("Location").orElseThrow());
            assertThat(responses).filteredOn(r -> r.headers().firstValue("Idempotency-Replayed").isPresent())
                    .hasSize(requests - 1);
            assertThat(sideEffects(applicant)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void replaysAMethodThatReturnsARestResponse() {
        String applicant = applicant();
        String key = UUID.randomUUID().toString();
        Response first = as(CITIZEN).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body(applicant))
                .when().post(PATH + "/typed");
        Response retry = as(CITIZEN).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body(applicant))
                .when().post(PATH + "/typed");

        first.then().statusCode(201).body("applicant", equalTo(applicant));
        retry.then().statusCode(201).header("Idempotency-Replayed", "true");
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(sideEffects(applicant)).isEqualTo(1);
    }

    @Test
    void refusesAnAnonymousCallerBeforeClaimingTheKey() {
        String key = UUID.randomUUID().toString();
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body(applicant()))
                .when().post(PATH)
                .then().statusCode(401)
                .contentType("application/problem+json");
        assertThat(storedKeys("anonymous")).doesNotContain(key);
    }

    private static RequestSpecification as(String citizen) {
        return given().auth().oauth2(Tokens.citizen(citizen));
    }

    private static Response post(String citizen, String key, String body) {
        RequestSpecification request = as(citizen).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post(PATH);
    }

    private static String applicant() {
        return "Trần Thị " + UUID.randomUUID();
    }

    private static String body(String applicant) {
        return "{\"applicant\": \"" + applicant + "\", \"note\": \"counter 2\"}";
    }

    private long sideEffects(String applicant) {
        return queryLong("SELECT count(*) FROM test_registration WHERE applicant = ?", applicant);
    }

    private List<String> storedKeys(String caller) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT idempotency_key FROM http_idempotency_key WHERE caller = ?")) {
            select.setString(1, caller);
            List<String> keys = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
            return keys;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long queryLong(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
