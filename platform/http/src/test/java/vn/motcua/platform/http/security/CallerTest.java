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
        given().auth().oauth2(Tokens.officer("16906"))
                .when().get("/api/test/callers/officer-desk")
                .then().statusCode(200)
                .body("subject", equalTo("officer-16906"))
                .body("roles", equalTo(List.of("officer")))
                .body("unitCode", equalTo("16906"))
                .body("actsFor16906", equalTo(true))
                .body("seesWholeProvince", equalTo(false));
    }

    @Test
    void letsAnOfficerOfTheUnitThrough() {
        given().auth().oauth2(Tokens.officer("16906"))
                .when().get("/api/test/callers/units/16906/queue")
                .then().statusCode(200)
                .body(equalTo("queue of 16906"));
    }

    @Test
    void refusesAnOfficerOfAnotherUnitWith403NamingTheUnit() {
        given().auth().oauth2(Tokens.officer("16912"))
                .when().get("/api/test/callers/units/16906/queue")
                .then().statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:forbidden"))
                .body("detail", equalTo("Only an officer of unit 16906 may do this."))
                .body("instance", equalTo("/api/test/callers/units/16906/queue"));
    }

    @Test
    void refusesAProvinceAdminAUnitsOfficerWork() {
        given().auth().oauth2(Tokens.provinceAdmin())
                .when().get("/api/test/callers/units/16906/queue")
                .then().statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:motcua:problem:forbidden"));
    }

    @Test
    void refusesACitizenWhoseTokenCarriesAUnitClaim() {
        given().auth().oauth2(Tokens.mint("citizen-with-unit", List.of("citizen"), Optional.of("16906")))
                .when().get("/api/test/callers/units/16906/queue")
                .then().statusCode(403)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void refusesAnOfficerWhoseTokenNamesNoUnit() {
        given().auth().oauth2(Tokens.mint("officer-without-unit", List.of("officer"), Optional.empty()))
                .when().get("/api/test/callers/units/16906/queue")
                .then().statusCode(403)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void letsAnOfficerOfEitherTheReceivingOrTheCompetentUnitThrough() {
        String path = "/api/test/callers/dossiers/received-by/16906/handled-by/16813";
        given().auth().oauth2(Tokens.officer("16906")).when().get(path).then().statusCode(200);
        given().auth().oauth2(Tokens.officer("16813")).when().get(path).then().statusCode(200);
        given().auth().oauth2(Tokens.officer("16912")).when().get(path)
                .then().statusCode(403)
                .body("detail", equalTo("Only an officer of unit 16906 or 16813 may do this."));
    }

    @Test
    void letsProvinceAdminsAndAnalystsSeeTheWholeProvinceButNotOfficersOrCitizens() {
        given().auth().oauth2(Tokens.provinceAdmin()).when().get("/api/test/callers/whoever")
                .then().statusCode(200).body("seesWholeProvince", equalTo(true)).body("actsFor16906", equalTo(false));
        given().auth().oauth2(Tokens.analyst()).when().get("/api/test/callers/whoever")
                .then().statusCode(200).body("seesWholeProvince", equalTo(true));
        given().auth().oauth2(Tokens.officer("16906")).when().get("/api/test/callers/whoever")
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
