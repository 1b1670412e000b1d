package vn.motcua.platform.http.security;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.Tokens;

import java.util.List;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Roles and units from the JWT (DESIGN.md, "Security"), as {@link Caller} reads them. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class CallerTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void refusesACitizenAtAnOfficerEndpointWith403ProblemJson() {
        given().auth().oauth2(Tokens.citizen("citizen-an"))
                .when().get("/api/test/callers/officer-desk")
                .then().statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:forbidden"))
                .body("status", equalTo(403))
                .body("instance", equalTo("/api/test/callers/officer-desk"));
    }

    @Test
    void refusesAnAnonymousCallerAtAnOfficerEndpointWith401ProblemJson() {
        given().when().get("/api/test/callers/officer-desk")
                .then().statusCode(401)
                .contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:motcua:problem:unauthenticated"));
    }

    @Test
    void tellsAnOfficerEndpointTheOfficersSubjectRoleAndUnit() {
        given().auth().oauth2(Tokens.officer("17185"))
                .when().get("/api/test/callers/officer-desk")
                .then().statusCode(200)
                .body("subject", equalTo("officer-17185"))
                .body("roles", equalTo(List.of("officer")))
                .body("unitCode", equalTo("17185"))
                .body("actsFor17185", equalTo(true))
                .body("seesWholeProvince", equalTo(false));
    }

    @Test
    void letsAnOfficerOfTheUnitThrough() {
        given().auth().oauth2(Tokens.officer("17185"))
                .when().get("/api/test/callers/units/17185/queue")
                .then().statusCode(200)
                .body(equalTo("queue of 17185"));
    }

    @Test
    void refusesAnOfficerOfAnotherUnitWith403NamingTheUnit() {
        given().auth().oauth2(Tokens.officer("17186"))
                .when().get("/api/test/callers/units/17185/queue")
                .then().statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:forbidden"))
                .body("detail", equalTo("Only an officer of unit 17185 may do this."))
                .body("instance", equalTo("/api/test/callers/units/17185/queue"));
    }

    @Test
    void refusesAProvinceAdminAUnitsOfficerWork() {
        given().auth().oauth2(Tokens.provinceAdmin())
                .when().get("/api/test/callers/units/17185/queue")
                .then().statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:forbidden"));
    }

    @Test
    void refusesACitizenWhoseTokenCarriesAUnitClaim() {
        given().auth().oauth2(Tokens.mint("citizen-with-unit", List.of("citizen"), Optional.of("17185")))
                .when().get("/api/test/callers/units/17185/queue")
                .then().statusCode(403)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void refusesAnOfficerWhoseTokenNamesNoUnit() {
        given().auth().oauth2(Tokens.mint("officer-without-unit", List.of("officer"), Optional.empty()))
                .when().get("/api/test/callers/units/17185/queue")
                .then().statusCode(403)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void letsAnOfficerOfEitherTheReceivingOrTheCompetentUnitThrough() {
        String path = "/api/test/callers/dossiers/received-by/17185/handled-by/17200";
        given().auth().oauth2(Tokens.officer("17185")).when().get(path).then().statusCode(200);
        given().auth().oauth2(Tokens.officer("17200")).when().get(path).then().statusCode(200);
        given().auth().oauth2(Tokens.officer("17186")).when().get(path)
                .then().statusCode(403)
                .body("detail", equalTo("Only an officer of unit 17185 or 17200 may do this."));
    }

    @Test
    void letsProvinceAdminsAndAnalystsSeeTheWholeProvinceButNotOfficersOrCitizens() {
        given().auth().oauth2(Tokens.provinceAdmin()).when().get("/api/test/callers/whoever")
                .then().statusCode(200).body("seesWholeProvince", equalTo(true)).body("actsFor17185", equalTo(false));
        given().auth().oauth2(Tokens.analyst()).when().get("/api/test/callers/whoever")
                .then().statusCode(200).body("seesWholeProvince", equalTo(true));
        given().auth().oauth2(Tokens.officer("17185")).when().get("/api/test/callers/whoever")
                .then().statusCode(200).body("seesWholeProvince", equalTo(false));
        given().auth().oauth2(Tokens.citizen("citizen-an")).when().get("/api/test/callers/whoever")
                .then().statusCode(200).body("seesWholeProvince", equalTo(false));
    }

    @Test
    void tellsACitizenAtApiV1MeThatTheyHaveNoUnit() {
        given().auth().oauth2(Tokens.citizen("citizen-an"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .contentType("application/json")
                .body("subject", equalTo("citizen-an"))
                .body("roles", equalTo(List.of("citizen")))
                .body("unitCode", nullValue());
    }

    @Test
    void listsEveryRoleOfATokenWithSeveralAtApiV1Me() {
        given().auth().oauth2(Tokens.mint("ops-lan", List.of("province_admin", "analyst"), Optional.empty()))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", equalTo(List.of("analyst", "province_admin")))
                .body("unitCode", nullValue());
    }
}
