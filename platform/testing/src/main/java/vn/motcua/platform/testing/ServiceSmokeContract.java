package vn.motcua.platform.testing;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * What every MotCua service must do from its first day, run by each service's {@code @QuarkusTest}
 * subclass against its real database and broker: ready when its database is, documented, and
 * answering identity, authorization and bad input the way the platform agreed.
 */
public abstract class ServiceSmokeContract {

    /** The service's name as it appears in its OpenAPI title, such as {@code dossier-service}. */
    protected abstract String serviceName();

    @Test
    void isReadyWhenItsDatabaseAnswers() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void doesNotMakeKafkaAReadinessCondition() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.name", everyItem(not(equalTo("kafka"))));
    }

    @Test
    void reportsKafkaAsAWellnessCheckOnceTheBrokerAnswers() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().when().get("/q/health/well")
                        .then().statusCode(200)
                        .body("checks.find { it.name == 'kafka' }.status", equalTo("UP")));
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("motcua_kafka_reachable 1.0"));
    }

    @Test
    void servesItsOpenApiDocumentWithTheIdentityEndpoint() {
        given().accept(ContentType.JSON).when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("info.title", containsString(serviceName()))
                .body("paths.'/api/v1/me'.get", notNullValue());
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200);
    }

    @Test
    void refusesAnonymousCallersWithProblemJson() {
        given().when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("urn:motcua:problem:unauthenticated"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/v1/me"));
    }

    @Test
    void refusesTokensSignedByAnUnknownKeyOrExpired() {
        given().auth().oauth2(Tokens.signedByStranger("mallory", List.of("province_admin")))
                .when().get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.expired("late", List.of("officer")))
                .when().get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void tellsAnOfficerWhoTheTokenSaysTheyAre() {
        given().auth().oauth2(Tokens.officer("16906"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("subject", equalTo("officer-16906"))
                .body("roles", equalTo(List.of("officer")))
                .body("unitCode", equalTo("16906"));
    }

    @Test
    void namesTheCallerByTheTokensSubjectNotByTheirUserName() {
        given().auth().oauth2(Tokens.citizenNamed("9f1c2a7e-citizen", "nguyen.van.an"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("subject", equalTo("9f1c2a7e-citizen"));
    }

    @Test
    void refusesATokenThatNamesNoSubject() {
        given().auth().oauth2(Tokens.withoutSubject("nguyen.van.an", List.of("citizen")))
                .when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motcua:problem:unauthenticated"));
    }

    @Test
    void tellsAProvinceAdminThatTheyHaveNoUnit() {
        given().auth().oauth2(Tokens.provinceAdmin())
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", equalTo(List.of("province_admin")))
                .body("unitCode", nullValue());
    }

    @Test
    void forbidsARoleTheEndpointRefuses() {
        given().auth().oauth2(Tokens.officer("16906"))
                .when().get("/test-probe/province-admin-only")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motcua:problem:forbidden"));
        given().auth().oauth2(Tokens.provinceAdmin())
                .when().get("/test-probe/province-admin-only")
                .then().statusCode(200);
    }

    @Test
    void answersAMalformedBodyWithProblemJson() {
        given().contentType(ContentType.JSON).body("{\"name\": \"Lượng Minh\", ")
                .when().post("/test-probe/echo")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motcua:problem:malformed-body"))
                .body("detail", containsString("not well-formed JSON"));
    }

    @Test
    void namesTheFieldThatBrokeARule() {
        given().contentType(ContentType.JSON).body("{\"name\": \" \", \"copies\": 0}")
                .when().post("/test-probe/echo")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:motcua:problem:validation"))
                .body("errors.field", equalTo(List.of("copies", "name")));
    }
}
