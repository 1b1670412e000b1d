package vn.motcua.procedure.api;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.motcua.platform.testing.Tokens;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static io.restassured.RestAssured.given;

/** What the import tests share: requests as a province admin, and a look at the outbox. */
final class ImportRequestsSupport {

    private ImportRequestsSupport() {
    }

    static RequestSpecification asAdmin() {
        return given().auth().oauth2(Tokens.provinceAdmin());
    }

    static RequestSpecification json(RequestSpecification request, String body) {
        return request.contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes as written, with no charset appended to the Content-Type (RestAssured would add ISO-8859-1). */
    static RequestSpecification csv(RequestSpecification request, String body) {
        return request.config(RestAssured.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("text/csv").body(body.getBytes(StandardCharsets.UTF_8));
    }

    /** How many events the service has written for these keys: what it will publish, or has. */
    static long eventsFor(DataSource dataSource, List<String> keys) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT count(*) FROM messaging_outbox WHERE message_key = ANY (?)")) {
            count.setArray(1, connection.createArrayOf("text", keys.toArray()));
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
