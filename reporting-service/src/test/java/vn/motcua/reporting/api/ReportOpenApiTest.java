package vn.motcua.reporting.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.testing.RealInfrastructure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document describes each report's JSON body with a schema of its own. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class ReportOpenApiTest {

    /** Each report, and a property only its body has. */
    private static final Map<String, String> REPORTS = new LinkedHashMap<>();

    static {
        REPORTS.put("summary", "formulas");
        REPORTS.put("by-unit", "rows");
        REPORTS.put("by-field", "rows");
        REPORTS.put("by-procedure", "rows");
        REPORTS.put("timeseries", "granularity");
        REPORTS.put("overdue", "rows");
        REPORTS.put("index-766", "criteria");
    }

    @Test
    void everyReportHasAResponseSchemaOfItsOwn() {
        JsonPath openApi = given().accept(ContentType.JSON).when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        Map<String, String> schemas = new LinkedHashMap<>();
        REPORTS.forEach((report, property) -> {
            String operation = "paths.'/api/v1/reports/" + report + "'.get";
            String reference = openApi.getString(operation + ".responses.'200'.content.'application/json'.schema.'$ref'");
            assertThat(reference).as("the JSON schema of %s", report).startsWith("#/components/schemas/");
            String schema = reference.substring("#/components/schemas/".length());
            Map<String, Object> properties = openApi.getMap("components.schemas." + schema + ".properties");
            assertThat(properties).as("the properties of %s", schema).containsKeys("report", "scope", property);
            assertThat(openApi.getList(operation + ".parameters.name")).as("the parameters of %s", report)
                    .contains("from", "to", "unit", "field", "procedure", "format");
            schemas.put(report, schema);
        });
        assertThat(schemas.values()).doesNotHaveDuplicates();
        assertThat(openApi.getList("paths.'/api/v1/reports/timeseries'.get.parameters.name")).contains("granularity");
        assertThat(openApi.getString("components.schemas." + schemas.get("by-unit") + ".properties.rows.items.'$ref'"))
                .endsWith("UnitRow");
        assertThat(openApi.getMap("paths.'/api/v1/reports/{report}'.get.responses")).containsKey("404");
    }

    @Test
    void aNameThatIsNoReportIsANotFoundProblemNamingTheReports() {
        given().auth().oauth2(vn.motcua.platform.testing.Tokens.analyst())
                .queryParam("from", "2025-07-01").queryParam("to", "2025-07-31")
                .when().get("/api/v1/reports/made-up")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString(String.join(", ", List.copyOf(REPORTS.keySet()))));
    }
}
