package vn.motcua.platform.http.problem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.testing.RealInfrastructure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Every error an API answers is RFC 9457 application/problem+json that names what was wrong. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ProblemJsonTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Pattern INCIDENT = Pattern.compile("incident ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

    private static final String VALID_INTAKE = """
            {"applicant": {"fullName": "Lê Thị B", "phone": "0912345678"},
             "channel": "COUNTER",
             "documents": [{"name": "Tờ khai", "pages": 1}, {"name": "CCCD", "pages": 2}],
             "tags": ["khai-sinh"],
             "appointment": "2025-07-03"}""";

    @Test
    void acceptsAValidNestedBody() {
        given().contentType(ContentType.JSON).body(VALID_INTAKE)
                .when().post("/api/test/problems/intakes")
                .then().statusCode(200)
                .body("applicant.phone", equalTo("0912345678"))
                .body("documents[1].name", equalTo("CCCD"));
    }

    @Test
    void namesEachBrokenRuleOfANestedBodyByItsJsonPath() {
        String body = """
                {"applicant": {"fullName": "Lê Thị B", "phone": "12345"},
                 "channel": "ONLINE",
                 "documents": [{"name": "Tờ khai", "pages": 1}, {"name": " ", "pages": 2}],
                 "tags": ["a", "b", ""]}""";
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/test/problems/intakes")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:validation"))
                .body("title", equalTo("The request is not valid"))
                .body("status", equalTo(400))
                .body("detail", equalTo("3 fields are not valid"))
                .body("instance", equalTo("/api/test/problems/intakes"))
                .body("errors.field", equalTo(List.of("applicant.phone", "documents[1].name", "tags[2]")))
                .body("errors.find { it.field == 'applicant.phone' }.message", equalTo("must be 10 digits starting with 0"))
                .body("errors.find { it.field == 'documents[1].name' }.message", equalTo("must not be blank"));
    }

    @Test
    void namesAMissingNestedObjectAndAnEmptyList() {
        given().contentType(ContentType.JSON).body("{\"channel\": \"POST\", \"documents\": []}")
                .when().post("/api/test/problems/intakes")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", equalTo(List.of("applicant", "documents")));
    }

    @Test
    void answersAMissingBodyWith400Validation() {
        given().contentType(ContentType.JSON)
                .when().post("/api/test/problems/intakes")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:validation"))
                .body("errors.message", equalTo(List.of("must not be null")));
    }

    @Test
    void namesTheQueryParameterThatBrokeARule() {
        given().queryParam("size", 500)
                .when().get("/api/test/problems/dossiers")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:validation"))
                .body("detail", equalTo("size: must be less than or equal to 200"))
                .body("errors.field", equalTo(List.of("size")))
                .body("errors[0].message", equalTo("must be less than or equal to 200"));
        given().queryParam("size", 200).queryParam("page", 3)
                .when().get("/api/test/problems/dossiers")
                .then().statusCode(200)
                .body("size", equalTo(200));
    }

    @Test
    void saysWhereMalformedJsonBreaksByLineAndColumn() {
        String body = "{\"channel\": \"COUNTER\",\n  \"documents\": [] ,, }";
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/test/problems/intakes")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:malformed-body"))
                .body("title", equalTo("The request body cannot be read"))
                .body("detail", matchesPattern("The body is not well-formed JSON at line 2, column \\d+\\."))
                .body("errors", nullValue())
                .body("instance", equalTo("/api/test/problems/intakes"));
    }

    @Test
    void saysWhereMalformedJsonInsideANestedObjectBreaksByLineAndColumn() {
        String body = "{\"applicant\": {\"fullName\": \"Lê Thị B\",\n  \"phone\": }";
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/test/problems/intakes")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:malformed-body"))
                .body("title", equalTo("The request body cannot be read"))
                .body("detail", matchesPattern("The body is not well-formed JSON at line 2, column 12\\."))
                .body("errors", nullValue());
    }

    @Test
    void saysWhereATruncatedBodyEndsInsideAList() {
        String body = "{\"applicant\": {\"fullName\": \"Lê Thị B\"},\n \"documents\": [{\"name\": \"Tờ khai\", ";
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/test/problems/intakes")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:malformed-body"))
                .body("detail", matchesPattern("The body is not well-formed JSON at line 2, column \\d+\\."));
    }

    @Test
    void namesTheFieldWhoseNumberIsOutOfRange() {
        String body = VALID_INTAKE.replace("\"pages\": 2", "\"pages\": 99999999999");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/test/problems/intakes")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:malformed-body"))
                .body("errors.field", equalTo(List.of("documents[1].pages")));
    }

    @Test
    void namesTheFieldWhoseJsonTypeIsWrong() {
        String body = VALID_INTAKE.replace("\"pages\": 2", "\"pages\": \"hai\"");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/test/problems/intakes")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:malformed-body"))
                .body("errors.field", equalTo(List.of("documents[1].pages")))
                .body("errors[0].message", equalTo("must be a valid number"))
                .body("detail", equalTo("documents[1].pages must be a valid number."));
    }

    @Test
    void namesTheFieldWhereAnObjectWasExpected() {
        String body = VALID_INTAKE.replace("{\"fullName\": \"Lê Thị B\", \"phone\": \"0912345678\"}", "\"Lê Thị B\"");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/test/problems/intakes")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:malformed-body"))
                .body("errors.field", equalTo(List.of("applicant")))
                .body("errors[0].message", equalTo("must be a JSON object"));
    }

    @Test
    void listsTheAllowedValuesOfAnUnknownEnumValue() {
        String body = VALID_INTAKE.replace("\"COUNTER\"", "\"FAX\"");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/test/problems/intakes")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", equalTo(List.of("channel")))
                .body("errors[0].message", containsString("COUNTER, ONLINE, POST"))
                .body("detail", not(containsString("FAX\" not one of")));
    }

    @Test
    void saysADateMustBeIso8601() {
        String body = VALID_INTAKE.replace("\"2025-07-03\"", "\"03/07/2025\"");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/test/problems/intakes")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", equalTo(List.of("appointment")))
                .body("errors[0].message", equalTo("must be a valid LocalDate (ISO-8601)"));
    }

    @Test
    void passesTheHeadersOfAProblemExceptionThrough() {
        given().when().get("/api/test/problems/busy")
                .then().statusCode(429)
                .contentType(PROBLEM_JSON)
                .header("Retry-After", "30")
                .body("type", equalTo("urn:motcua:problem:too-many-requests"))
                .body("title", equalTo("Too many requests"))
                .body("status", equalTo(429))
                .body("detail", equalTo("Too many lookups from this address; wait a little."))
                .body("instance", equalTo("/api/test/problems/busy"))
                .body("errors", nullValue());
    }

    @Test
    void answersAProblemExceptionFoundAmongTheCausesWithThatProblem() {
        given().when().get("/api/test/problems/problem-in-a-cause")
                .then().statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:conflict"))
                .body("detail", equalTo("Dossier 000.00.17.H56-250701-0001 is already received."));
    }

    @Test
    void answersAnUnknownPathUnderApiWith404ProblemJson() {
        given().when().get("/api/v1/no-such-resource")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:not-found"))
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/no-such-resource"));
    }

    @Test
    void answersAnUnknownSubPathOfAKnownResourceWith404ProblemJson() {
        given().when().get("/api/test/problems/no-such-thing")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:not-found"))
                .body("detail", equalTo("Nothing is found at /api/test/problems/no-such-thing."));
    }

    @Test
    void answersAWrongMethodWith405AndTheAllowHeader() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/test/problems/dossiers")
                .then().statusCode(405)
                .contentType(PROBLEM_JSON)
                .header("Allow", equalTo("GET, HEAD, OPTIONS"))
                .body("type", equalTo("urn:motcua:problem:method-not-allowed"))
                .body("status", equalTo(405))
                .body("detail", equalTo("This resource does not accept that method; allowed: GET, HEAD, OPTIONS."));
    }

    @Test
    void listsTheMethodsOfATemplatedPathInTheAllowHeaderOf405() {
        given().when().delete("/api/test/problems/dossiers/42")
                .then().statusCode(405)
                .contentType(PROBLEM_JSON)
                .header("Allow", equalTo("GET, HEAD, OPTIONS, PUT"))
                .body("detail", allOf(containsString("PUT"), not(containsString("null"))));
    }

    @Test
    void answersABodyOfAnotherContentTypeWith415() {
        given().contentType(ContentType.TEXT).body("applicant=Lê Thị B")
                .when().post("/api/test/problems/intakes")
                .then().statusCode(415)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:unsupported-media-type"))
                .body("status", equalTo(415));
    }

    @Test
    void answersAnUnservableAcceptHeaderWith406() {
        given().accept("application/xml")
                .when().get("/api/test/problems/dossiers")
                .then().statusCode(406)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:not-acceptable"));
    }

    @Test
    void answersAnUnexpectedFailureWithAnIncidentIdAndNeitherItsMessageNorAStackTrace() {
        Response response;
        String log;
        try (CapturedLog captured = CapturedLog.open()) {
            response = given().when().get("/api/test/problems/crash");
            log = captured.text();
        }
        response.then().statusCode(500)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:internal"))
                .body("title", equalTo("Unexpected error"))
                .body("status", equalTo(500))
                .body("instance", equalTo("/api/test/problems/crash"));
        String body = response.asString();
        assertThat(body)
                .doesNotContain(ProblemTestResource.APPLICANT_NAME)
                .doesNotContain(ProblemTestResource.APPLICANT_ID_NUMBER)
                .doesNotContain("IllegalStateException")
                .doesNotContain("at vn.motcua")
                .doesNotContain("\tat ");
        Matcher incident = INCIDENT.matcher(response.path("detail").toString());
        assertThat(incident.find()).as("the detail quotes an incident id: %s", body).isTrue();

        // the log names the incident and the failure's type, but never its message
        assertThat(log)
                .contains(incident.group(1))
                .contains("java.lang.IllegalStateException")
                .doesNotContain(ProblemTestResource.APPLICANT_NAME)
                .doesNotContain(ProblemTestResource.APPLICANT_ID_NUMBER);
    }

    @Test
    void givesEachUnexpectedFailureItsOwnIncidentId() {
        String first = given().when().get("/api/test/problems/crash").then().statusCode(500).extract().path("detail");
        String second = given().when().get("/api/test/problems/crash").then().statusCode(500).extract().path("detail");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void answersAnOptimisticLockFailureWith409ConcurrentModification() {
        given().when().get("/api/test/problems/stale")
                .then().statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:concurrent-modification"))
                .body("title", equalTo("The resource was changed by someone else"))
                .body("status", equalTo(409))
                .body("detail", not(containsString(ProblemTestResource.APPLICANT_NAME)));
    }

    @Test
    void answersAnOptimisticLockFailureThatCausedAnotherFailureWith409() {
        given().when().get("/api/test/problems/stale-on-commit")
                .then().statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:concurrent-modification"));
    }

    @Test
    void answersAHibernateStaleObjectWith409() {
        given().when().get("/api/test/problems/stale-hibernate")
                .then().statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:concurrent-modification"));
    }

    @Test
    void answersAServerThatBreaksItsOwnResponseContractWith500NotAClientError() {
        given().when().get("/api/test/problems/broken-contract")
                .then().statusCode(500)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:internal"))
                .body("errors", nullValue());
    }

    @Test
    void answersProblemJsonEvenToAClientThatAcceptsOnlyJson() {
        given().accept(ContentType.JSON).queryParam("size", 0)
                .when().get("/api/test/problems/dossiers")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", equalTo(List.of("size")));
    }
}
