package vn.motcua.reporting.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.testing.DocumentedMetrics;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.Tokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ReportMetricsTest {

    @Test
    void reportLatencyIsTimedPerReportAndFormatAndMadeUpNamesShareOneSeries() {
        given().auth().oauth2(Tokens.analyst()).queryParam("from", "2025-07-01").queryParam("to", "2025-07-31")
                .when().get("/api/v1/reports/summary").then().statusCode(200);
        given().auth().oauth2(Tokens.analyst()).queryParam("from", "2025-07-01").queryParam("to", "2025-07-31")
                .queryParam("format", "csv")
                .when().get("/api/v1/reports/by-unit").then().statusCode(200);
        given().auth().oauth2(Tokens.analyst()).queryParam("from", "2025-07-01").queryParam("to", "2025-07-31")
                .when().get("/api/v1/reports/made-up-x1").then().statusCode(404);

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .contains("motcua_report_seconds_count{format=\"json\",outcome=\"ok\",report=\"summary\"}")
                .contains("motcua_report_seconds_count{format=\"csv\",outcome=\"ok\",report=\"by-unit\"}")
                .contains("motcua_report_seconds_count{format=\"other\",outcome=\"client_error\",report=\"other\"}")
                .doesNotContain("made-up-x1");
        DocumentedMetrics.assertExposed("reporting-service");
    }
}
