package vn.motcua.procedure.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.Tokens;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.motcua.procedure.api.ImportRequestsSupport.asAdmin;
import static vn.motcua.procedure.api.ImportRequestsSupport.csv;

/** What an admin or a citizen types reaches the catalogue as the text it is: NFC, and '%' and '_' as characters. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@TestProfile(CatalogTestSupport.class)
class CatalogInputTest {

    @Inject
    DataSource dataSource;

    private static String nfd(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(text);
        return decomposed;
    }

    @Test
    void aNameTypedInNfdIsStoredInNfcAndFoundByItsNfcTwin() throws SQLException {
        String name = "Hỗ trợ người Ơ Đu đi học";
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(ProcedurePublicationTest.body("1.990201", nfd(name), 5).getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/procedures")
                .then().statusCode(201)
                .body("name", equalTo(name));

        assertThat(storedName("1.990201")).isEqualTo(name);
        given().queryParam("q", "Ơ Đu đi học")
                .when().get("/api/v1/procedures")
                .then().statusCode(200)
                .body("items.code", equalTo(List.of("1.990201")));
    }

    @Test
    void aCsvImportInNfdIsStoredInNfc() throws SQLException {
        String name = "Trợ cấp người Ơ Đu cao tuổi";
        String csv = ProcedureImportTest.CSV_HEADER + "\r\n"
                + "1.990202," + nfd(name) + ",bao-tro-xa-hoi,COMMUNE,WORKING_DAYS,5,,COUNTER|0,Tờ khai|ORIGINAL|1,,,,"
                + "Luật Người cao tuổi 2009,Ủy ban nhân dân xã,PARTIAL,2025-07-01,\r\n";
        csv(asAdmin(), csv)
                .when().post("/api/v1/procedures/import")
                .then().statusCode(200)
                .body("created", equalTo(1));

        assertThat(storedName("1.990202")).isEqualTo(name);
    }

    @Test
    void percentAndUnderscoreAreSearchedAsTheCharactersTheyAre() {
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(ProcedurePublicationTest.body("1.990203", "Miễn 50% học phí cho trẻ mồ côi", 5))
                .when().post("/api/v1/procedures")
                .then().statusCode(201);

        // before: '%' folded to nothing and the search listed the whole catalogue
        given().queryParam("q", "%")
                .when().get("/api/v1/procedures")
                .then().statusCode(200)
                .body("items.code", equalTo(List.of("1.990203")));
        given().queryParam("q", "50%")
                .when().get("/api/v1/procedures")
                .then().statusCode(200)
                .body("items.code", hasItem("1.990203"));
        given().queryParam("q", "_")
                .when().get("/api/v1/procedures")
                .then().statusCode(200)
                .body("total", equalTo(0));
        given().queryParam("q", "khai_sinh")
                .when().get("/api/v1/procedures")
                .then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void aProcedureBodyWithAnUnknownFieldIsRefusedNamingItAndNothingIsStored() throws SQLException {
        String misspelt = ProcedurePublicationTest.body("1.990204", "Hỗ trợ tiền điện", 5)
                .replace("\"competentAgency\"", "\"competentAgencey\"");
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON).body(misspelt)
                .when().post("/api/v1/procedures")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("competentAgencey"))
                .body("errors[0].message", equalTo("is not a known field"));

        assertThat(storedName("1.990204")).isNull();
    }

    private String storedName(String code) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT name FROM procedure WHERE code = ?")) {
            select.setString(1, code);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
