package vn.motcua.procedure;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.testing.DocumentedMetrics;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.Tokens;

import static io.restassured.RestAssured.given;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ProcedureMetricsTest {

    @Test
    void exposesEveryMetricTheOperationsGuideListsForIt() {
        given().auth().oauth2(Tokens.provinceAdmin()).when().get("/api/v1/me").then().statusCode(200);

        DocumentedMetrics.assertExposed("procedure-service");
    }
}
