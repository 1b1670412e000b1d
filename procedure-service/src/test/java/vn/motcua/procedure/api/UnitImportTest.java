package vn.motcua.procedure.api;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.EventJson;
import vn.motcua.platform.events.EventSchemas;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.events.UnitSnapshot;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.Tokens;

import javax.sql.DataSource;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.motcua.procedure.api.ImportRequestsSupport.asAdmin;
import static vn.motcua.procedure.api.ImportRequestsSupport.csv;
import static vn.motcua.procedure.api.ImportRequestsSupport.eventsFor;
import static vn.motcua.procedure.api.ImportRequestsSupport.json;

/** A province admin loads the province's units from CSV or JSON: all rows or none, each change published. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@TestProfile(CatalogTestSupport.class)
class UnitImportTest {

    private static final String IMPORT = "/api/v1/units/import";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @Test
    void aCsvImportCreatesTheUnitsAndPublishesEach() {
        String csv = "\uFEFFcode,name,kind,agencyCode\r\n"
                + "98001,Xã Thử Nghiệm Một,COMMUNE,000.98.001.H40\r\n"
                + "98002,\"Phường Thử Nghiệm, Hai\",WARD,000.98.002.H40\r\n"
                + "98003,Đặc khu Thử Nghiệm,special_zone,000.98.003.H40\r\n";

        csv(asAdmin(), csv)
                .when().post(IMPORT)
                .then().statusCode(200).contentType("application/json")
                .body("rows", equalTo(3)).body("created", equalTo(3))
                .body("results.code", equalTo(List.of("98001", "98002", "98003")))
                .body("results.line", equalTo(List.of(2, 3, 4)));

        given().when().get("/api/v1/units/98002")
                .then().statusCode(200).body("name", equalTo("Phường Thử Nghiệm, Hai")).body("kind", equalTo("WARD"))
                .body("level", equalTo("COMMUNE")).body("version", equalTo(1));
        given().when().get("/api/v1/units/98003").then().body("kind", equalTo("SPECIAL_ZONE"));

        ConsumerRecord<String, byte[]> record = CatalogueTopicReader.awaitRecord(bootstrapServers, Topics.UNITS.name(),
                r -> "98002".equals(r.key()));
        assertThat(EventSchemas.violations(UnitSnapshot.TYPE, record.value())).isEmpty();
        assertThat(EventJson.read(record.value(), UnitSnapshot.class).name()).isEqualTo("Phường Thử Nghiệm, Hai");
    }

    @Test
    void aJsonImportWithABadKindOrCodeWritesNothingAndNamesTheRows() {
        String body = """
                [{"code": "98011", "name": "Xã Hợp Lệ", "kind": "COMMUNE", "agencyCode": "000.98.011.H40"},
                 {"code": "98012", "name": "Thôn Sai Loại", "kind": "VILLAGE", "agencyCode": "000.98.012.H40"},
                 {"code": "9801", "name": "Xã Mã Sai", "kind": "COMMUNE", "agencyCode": "000.98.013.H40"},
                 {"code": "98014", "name": "Tỉnh Năm Số", "kind": "PROVINCE", "agencyCode": "000.98.014.H40"}]""";

        json(asAdmin(), body)
                .when().post(IMPORT)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:motcua:problem:unprocessable"))
                .body("detail", startsWith("3 rows are not valid, so nothing was imported"))
                .body("errors.field", equalTo(List.of("rows[2].kind", "rows[3].code", "rows[4].kind")))
                .body("errors[0].message", equalTo("must be one of PROVINCE, COMMUNE, WARD, SPECIAL_ZONE"))
                .body("errors[2].message", equalTo("PROVINCE needs a 2-digit code"))
                .body("report.results.action", equalTo(List.of("CREATED", "INVALID", "INVALID", "INVALID")));

        given().when().get("/api/v1/units/98011").then().statusCode(404);
        assertThat(eventsFor(dataSource, List.of("98011", "98012", "98014"))).isZero();
    }

    @Test
    void anAgencyCodeHeldByAnotherUnitOrGivenToTwoRowsIsRefused() {
        String csv = "code,name,kind,agencyCode\n"
                + "98021,Xã Trùng Lượng Minh,COMMUNE,000.16.906.H40\n"
                + "98022,Xã Trùng Một,COMMUNE,000.98.022.H40\n"
                + "98023,Xã Trùng Hai,COMMUNE,000.98.022.H40\n"
                + "98022,Xã Trùng Mã,COMMUNE,000.98.024.H40\n";

        csv(asAdmin(), csv)
                .when().post(IMPORT)
                .then().statusCode(422)
                .body("errors.field", equalTo(List.of("rows[1].agencyCode", "rows[2].code", "rows[3].agencyCode", "rows[4].code")))
                .body("errors.message", equalTo(List.of(
                        "is the agency code of unit 16906 already; each unit has its own",
                        "is given in rows 2 and 4; an import gives each unit once",
                        "is given to rows 2 and 3; each unit has its own",
                        "is given in rows 2 and 4; an import gives each unit once")));
        given().when().get("/api/v1/units/98023").then().statusCode(404);
    }

    @Test
    void reImportingChangesOnlyWhatDiffers() {
        csv(asAdmin(), "code,name,kind,agencyCode\n98061,Xã Đổi Tên,COMMUNE,000.98.061.H40\n")
                .when().post(IMPORT).then().statusCode(200).body("created", equalTo(1));
        // a sample unit exactly as it is, and the new one renamed
        String csv = "code,name,kind,agencyCode\n"
                + "16906,Xã Lượng Minh,COMMUNE,000.16.906.H40\n"
                + "98061,Xã Đổi Tên Mới,COMMUNE,000.98.061.H40\n";

        csv(asAdmin(), csv).queryParam("dryRun", "true")
                .when().post(IMPORT)
                .then().statusCode(200).body("dryRun", equalTo(true))
                .body("results.action", equalTo(List.of("UNCHANGED", "UPDATED")));
        given().when().get("/api/v1/units/98061").then().body("version", equalTo(1)).body("name", equalTo("Xã Đổi Tên"));

        csv(asAdmin(), csv)
                .when().post(IMPORT)
                .then().statusCode(200).body("dryRun", equalTo(false))
                .body("unchanged", equalTo(1)).body("updated", equalTo(1));
        given().when().get("/api/v1/units/98061").then().body("version", equalTo(2)).body("name", equalTo("Xã Đổi Tên Mới"));
        given().when().get("/api/v1/units/16906").then().body("version", equalTo(1));
        assertThat(eventsFor(dataSource, List.of("98061"))).isEqualTo(2);
        assertThat(eventsFor(dataSource, List.of("16906"))).isEqualTo(1);
    }

    @Test
    void aCsvWithoutARequiredColumnOrWithAnUnknownOneIsRefusedNamingIt() {
        csv(asAdmin(), "code,name,kind,district\n98031,Xã A,COMMUNE,Tương Dương\n")
                .when().post(IMPORT)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("header", "header")))
                .body("errors.message", equalTo(List.of(
                        "names the unknown column \"district\"; the columns are code, name, kind, agencyCode",
                        "lacks the required column agencyCode")));
        given().when().get("/api/v1/units/98031").then().statusCode(404);
    }

    @Test
    void importsNeedAProvinceAdmin() {
        String body = "[{\"code\": \"98041\", \"name\": \"Xã A\", \"kind\": \"COMMUNE\", \"agencyCode\": \"000.98.041.H40\"}]";
        json(given(), body).when().post(IMPORT).then().statusCode(401).contentType("application/problem+json");
        json(given().auth().oauth2(Tokens.officer("16906")), body).when().post(IMPORT)
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/units/98041").then().statusCode(404);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheSameReport() {
        String key = UUID.randomUUID().toString();
        String body = "[{\"code\": \"98051\", \"name\": \"Xã Một Lần\", \"kind\": \"COMMUNE\", \"agencyCode\": \"000.98.051.H40\"}]";
        String first = json(asAdmin(), body).header("Idempotency-Key", key).when().post(IMPORT)
                .then().statusCode(200).body("results.action", equalTo(List.of("CREATED"))).extract().asString();
        String again = json(asAdmin(), body).header("Idempotency-Key", key).when().post(IMPORT)
                .then().statusCode(200).header("Idempotency-Replayed", "true").extract().asString();
        assertThat(again).isEqualTo(first);
        given().when().get("/api/v1/units/98051").then().body("version", equalTo(1));
    }
}
