package vn.motcua.procedure.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.testing.RealInfrastructure;

import java.text.Normalizer;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Vietnamese search that citizens and officers can rely on. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@TestProfile(CatalogTestSupport.class)
class CatalogSearchTest {

    @ParameterizedTest
    @ValueSource(strings = {"dang ky khai sinh", "ĐĂNG KÝ KHAI SINH", "Đăng ký khai sinh", "khai sinh", "KHAI SINH", "dăng ky khai sinh"})
    void findsBirthRegistrationWhateverTheCaseAndDiacritics(String query) {
        given().queryParam("q", query)
                .when().get("/api/v1/procedures")
                .then().statusCode(200)
                .body("items[0].code", equalTo("1.001193"))
                .body("items[0].name", equalTo("Đăng ký khai sinh"));
    }

    @Test
    void findsItFromDecomposedUnicodeInputToo() {
        String decomposed = Normalizer.normalize("Đăng ký khai sinh", Normalizer.Form.NFD);
        given().queryParam("q", decomposed)
                .when().get("/api/v1/procedures")
                .then().statusCode(200)
                .body("items[0].code", equalTo("1.001193"));
    }

    @Test
    void rankTheBestMatchFirst() {
        // every word is in "Đăng ký khai sinh" and "Đăng ký lại khai sinh": the exact phrase wins
        given().queryParam("q", "đăng ký khai sinh")
                .when().get("/api/v1/procedures")
                .then().statusCode(200)
                .body("items.code", equalTo(List.of("1.001193", "1.004884")));
        given().queryParam("q", "khai sinh")
                .when().get("/api/v1/procedures")
                .then().statusCode(200)
                .body("items.code", equalTo(List.of("1.001193", "1.004884")));
    }

    @Test
    void findsByCodePrefix() {
        given().queryParam("q", "2.000")
                .when().get("/api/v1/procedures")
                .then().statusCode(200)
                .body("items.code", equalTo(List.of("2.000635", "2.000815", "2.000884", "2.000908")));
    }

    @Test
    void filtersByFieldAndLevel() {
        given().queryParam("field", "chung-thuc")
                .when().get("/api/v1/procedures")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.fieldName", everyItem(equalTo("Chứng thực")));
        given().queryParam("level", "PROVINCE")
                .when().get("/api/v1/procedures")
                .then().statusCode(200)
                .body("items.code", equalTo(List.of("1.004227.H40")));
    }

    @Test
    void pagesThroughTheCatalogue() {
        given().queryParam("size", 4).queryParam("page", 1)
                .when().get("/api/v1/procedures")
                .then().statusCode(200)
                .body("page", equalTo(1)).body("size", equalTo(4)).body("total", greaterThanOrEqualTo(11))
                .body("items.size()", equalTo(4));
    }

    @Test
    void refusesAPageLargerThanTwoHundredAndAnUnknownLevelNamingTheParameter() {
        given().queryParam("size", 500)
                .when().get("/api/v1/procedures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
        given().queryParam("level", "DISTRICT")
                .when().get("/api/v1/procedures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("level"))
                .body("errors[0].message", equalTo("must be one of PROVINCE, COMMUNE"));
    }

    @Test
    void aSearchThatMatchesNothingIsAnEmptyPage() {
        given().queryParam("q", "xyzzy")
                .when().get("/api/v1/procedures")
                .then().statusCode(200)
                .body("total", equalTo(0)).body("items", equalTo(List.of()));
        given().queryParam("q", "khai sinh")
                .when().get("/api/v1/procedures")
                .then().body("items.code", not(hasItem("2.000815")));
    }
}
