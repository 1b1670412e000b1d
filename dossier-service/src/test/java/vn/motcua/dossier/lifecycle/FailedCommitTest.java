package vn.motcua.dossier.lifecycle;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.messaging.topics.TopicProvisioningService;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.Tokens;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An intake whose commit fails: the use case owns its transaction, so the failure reaches the metrics
 * (counted as an error, not as accepted) and takes the Idempotency-Key back with the dossier, so a
 * retry with the same key runs anew. PostgreSQL fails the commit through a deferred constraint trigger
 * that refuses one applicant's name, and only at commit time.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class FailedCommitTest {

    private static final String OFFICER = Tokens.officer("16906");
    private static final String DOOMED_NAME = "Hà Thị Không Lưu";
    private static final Pattern SAMPLE = Pattern.compile("(?m)^motcua_dossier_intake_seconds_count\\{channel=\"counter\",outcome=\"(\\w+)\"} (\\S+)$");

    @Inject
    TopicProvisioningService topics;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void theCommitOfOneApplicantsDossierWillFail() throws SQLException {
        ReferenceDataFixture.publishOncePerClass(getClass(), topics, bootstrapServers);
        execute("""
                CREATE OR REPLACE FUNCTION test_refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'refused at commit by the test';
                END $$""");
        execute("DROP TRIGGER IF EXISTS test_refuse_at_commit ON dossier_applicant");
        execute("CREATE CONSTRAINT TRIGGER test_refuse_at_commit AFTER INSERT ON dossier_applicant"
                + " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.full_name = '" + DOOMED_NAME + "')"
                + " EXECUTE FUNCTION test_refuse_at_commit()");
    }

    @AfterEach
    void commitsSucceedAgain() throws SQLException {
        execute("DROP TRIGGER IF EXISTS test_refuse_at_commit ON dossier_applicant");
    }

    @Test
    void aFailedCommitIsCountedAsAnErrorAndDoesNotConsumeTheIdempotencyKey() throws SQLException {
        double acceptedBefore = intakes("accepted");
        double errorsBefore = intakes("error");
        long dossiersBefore = dossierCount();
        String key = UUID.randomUUID().toString();

        Response failed = intake(key);

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.contentType()).startsWith("application/problem+json");
        assertThat(intakes("error")).isEqualTo(errorsBefore + 1);
        assertThat(intakes("accepted")).isEqualTo(acceptedBefore);
        assertThat(dossierCount()).isEqualTo(dossiersBefore);

        commitsSucceedAgain();
        Response retried = intake(key);
        assertThat(retried.statusCode()).isEqualTo(201);
        assertThat(retried.header("Idempotency-Replayed")).isNull();
        assertThat(intakes("accepted")).isEqualTo(acceptedBefore + 1);

        Response replayed = intake(key);
        assertThat(replayed.statusCode()).isEqualTo(201);
        assertThat(replayed.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(replayed.jsonPath().getString("id")).isEqualTo(retried.jsonPath().getString("id"));
        assertThat(dossierCount()).isEqualTo(dossiersBefore + 1);
    }

    private static Response intake(String key) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).header("Idempotency-Key", key).body("""
                        {"procedureCode": "1.004884", "receivingUnitCode": "16906", "channel": "COUNTER",
                         "applicant": {"fullName": "%s", "citizenId": "040203001235", "phone": "0912345678",
                                       "address": "Bản Xốp Mạt, xã Lượng Minh, Nghệ An"},
                         "documents": [{"name": "Tờ khai", "receivedAs": "PAPER"}]}""".formatted(DOOMED_NAME))
                .when().post("/api/v1/dossiers").thenReturn();
    }

    /** How many counter intakes the metrics counted with this outcome (0 before the first). */
    private static double intakes(String outcome) {
        Matcher samples = SAMPLE.matcher(given().when().get("/q/metrics").then().statusCode(200).extract().asString());
        while (samples.find()) {
            if (samples.group(1).equals(outcome)) {
                return Double.parseDouble(samples.group(2));
            }
        }
        return 0;
    }

    private long dossierCount() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM dossier")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
