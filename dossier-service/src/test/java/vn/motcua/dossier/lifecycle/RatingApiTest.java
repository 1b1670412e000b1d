package vn.motcua.dossier.lifecycle;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.CloudEventCodec;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.EventEnvelope;
import vn.motcua.platform.events.EventJson;
import vn.motcua.platform.events.EventSchemas;
import vn.motcua.platform.messaging.topics.TopicProvisioningService;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.SettableClock;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.motcua.dossier.lifecycle.CitizenAccess.OFFICER;
import static vn.motcua.dossier.lifecycle.CitizenAccess.act;
import static vn.motcua.dossier.lifecycle.CitizenAccess.lookup;
import static vn.motcua.dossier.lifecycle.CitizenAccess.rate;
import static vn.motcua.dossier.lifecycle.CitizenAccess.wrong;

/** The citizen's rating: once, after the result is handed over, published as `rated` without the comment. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class RatingApiTest {

    private static final String COMMENT = "Chị Nguyễn Thị Hoa hướng dẫn rất tận tình";

    @Inject
    SettableClock clock;

    @Inject
    TopicProvisioningService topics;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void referenceData() {
        ReferenceDataFixture.publishOncePerClass(getClass(), topics, bootstrapServers);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aDossierIsRatedOnceAfterItsResultIsReturnedAndTheRatingIsPublishedWithoutTheComment() throws Exception {
        clock.set("2025-11-03T08:00:00+07:00");
        CitizenAccess.Taken taken = CitizenAccess.counterIntake();
        Response early = rate(taken.code(), taken.pin(), "5", null);
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.jsonPath().getString("detail")).contains("RETURNED");

        act(taken.id(), "start", null);
        act(taken.id(), "resolve", "{\"outcome\": \"APPROVED\", \"resultAsFile\": false}");
        assertThat(rate(taken.code(), taken.pin(), "5", null).statusCode()).isEqualTo(409);
        act(taken.id(), "return", null);
        assertThat(lookup(taken.code(), taken.pin()).jsonPath().getBoolean("ratingOpen")).isTrue();

        clock.set("2025-11-03T10:30:00+07:00");
        Response rated = rate(taken.code(), taken.pin(), "4", COMMENT);
        assertThat(rated.statusCode()).isEqualTo(200);
        assertThat(rated.jsonPath().getString("code")).isEqualTo(taken.code());
        assertThat(rated.jsonPath().getInt("score")).isEqualTo(4);
        assertThat(rated.jsonPath().getString("ratedAt")).isEqualTo("2025-11-03T10:30:00+07:00");

        Response again = rate(taken.code(), taken.pin(), "5", null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.jsonPath().getString("detail")).contains("rated already");

        Response found = lookup(taken.code(), taken.pin());
        assertThat(found.jsonPath().getInt("rating")).isEqualTo(4);
        assertThat(found.jsonPath().getBoolean("ratingOpen")).isFalse();
        assertThat(found.asString()).doesNotContain(COMMENT);
        given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers/" + taken.id())
                .then().statusCode(200).body("rating", equalTo(4)).body("status", equalTo("RETURNED"));
        given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers/" + taken.id() + "/history")
                .then().statusCode(200).body("action[-1]", equalTo("rate")).body("toStatus[-1]", equalTo("RETURNED"))
                .body("sequence[-1]", equalTo(5));

        List<ConsumerRecord<String, byte[]>> events = CitizenAccess.eventsOf(bootstrapServers, taken.id(), 5);
        ConsumerRecord<String, byte[]> last = events.get(events.size() - 1);
        EventEnvelope envelope = CloudEventCodec.fromRecord(last);
        assertThat(envelope.type()).isEqualTo("vn.motcua.dossier.rated.v1");
        assertThat(EventSchemas.violations(envelope.type(), envelope.data())).isEmpty();
        DossierLifecycleEvent event = EventJson.read(last.value(), DossierLifecycleEvent.class);
        assertThat(event.type()).isEqualTo("rated");
        assertThat(event.rating()).isEqualTo(4);
        assertThat(event.sequence()).isEqualTo(5L);
        assertThat(event.status().name()).isEqualTo("RETURNED");
        String payload = new String(last.value(), StandardCharsets.UTF_8);
        assertThat(payload).doesNotContain(COMMENT).doesNotContain("Hoa").doesNotContain(taken.pin())
                .doesNotContain(CitizenAccess.APPLICANT_NAME);

        assertThat(row("SELECT score || '|' || comment FROM dossier_rating WHERE dossier_id = ?::uuid", taken.id()))
                .isEqualTo("4|" + COMMENT);
    }

    @Test
    void theRatedEventCountsTheDossiersStoredFilesLikeEveryOtherEvent() {
        clock.set("2025-11-06T08:00:00+07:00");
        CitizenAccess.Taken taken = CitizenAccess.counterIntake();
        Uploads.put(OFFICER, taken.id(), 0, Uploads.pdf(2_000), "application/pdf", "to-khai.pdf").then().statusCode(200);
        act(taken.id(), "start", null);
        act(taken.id(), "resolve", "{\"outcome\": \"APPROVED\", \"resultAsFile\": false}");
        act(taken.id(), "return", null);

        assertThat(rate(taken.code(), taken.pin(), "5", null).statusCode()).isEqualTo(200);

        List<DossierLifecycleEvent> events = LifecycleLog.eventsOf(LifecycleLog.everything(dataSource, bootstrapServers), taken.id());
        DossierLifecycleEvent rated = events.get(events.size() - 1);
        assertThat(rated.type()).isEqualTo("rated");
        assertThat(rated.sequence()).isEqualTo(6L);
        assertThat(rated.documentsStored()).isEqualTo(1);
        assertThat(rated.documentsScanned()).isEqualTo(1);
    }

    @Test
    void aScoreOutsideOneToFiveOrATooLongCommentIs400NamingTheField() {
        clock.set("2025-11-04T08:00:00+07:00");
        CitizenAccess.Taken taken = CitizenAccess.counterIntake();
        for (String score : List.of("0", "6", "null")) {
            Response refused = rate(taken.code(), taken.pin(), score, null);
            assertThat(refused.statusCode()).as("score " + score).isEqualTo(400);
            assertThat(refused.jsonPath().getList("errors.field")).containsExactly("score");
        }
        Response tooLong = rate(taken.code(), taken.pin(), "5", "a".repeat(1001));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.jsonPath().getList("errors.field")).containsExactly("comment");
    }

    @Test
    void aWrongPinCannotRateAndGetsTheLookupsAnswer() {
        clock.set("2025-11-05T08:00:00+07:00");
        CitizenAccess.Taken taken = CitizenAccess.counterIntake();
        act(taken.id(), "start", null);
        Uploads.putResult(CitizenAccess.OFFICER, taken.id(), Uploads.resultPdf(), "ket-qua.pdf").then().statusCode(200);
        act(taken.id(), "resolve", "{\"outcome\": \"APPROVED\", \"resultAsFile\": true}");
        act(taken.id(), "return", null);

        Response byWrongPin = rate(taken.code(), wrong(taken.pin()), "1", null);
        Response byUnknownCode = rate(taken.code().substring(0, taken.code().length() - 4) + "9998", taken.pin(), "1", null);
        Response lookupByWrongPin = lookup(taken.code(), wrong(taken.pin()));
        assertThat(byWrongPin.statusCode()).isEqualTo(404);
        assertThat(withoutInstance(byWrongPin)).isEqualTo(withoutInstance(lookupByWrongPin)).isEqualTo(withoutInstance(byUnknownCode));
        assertThat(lookup(taken.code(), taken.pin()).jsonPath().getBoolean("ratingOpen")).isTrue();
    }

    private static Map<String, Object> withoutInstance(Response response) {
        Map<String, Object> problem = new HashMap<>(response.jsonPath().getMap(""));
        problem.remove("instance");
        return problem;
    }

    private String row(String sql, String parameter) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        }
    }
}
