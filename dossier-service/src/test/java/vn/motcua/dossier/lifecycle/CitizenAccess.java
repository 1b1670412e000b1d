package vn.motcua.dossier.lifecycle;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.messaging.KafkaSettings;
import vn.motcua.platform.testing.Tokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** What the receipt, lookup and rating tests do over and over: take in a dossier, act on it, look it up, read its events. */
final class CitizenAccess {

    static final String OFFICER = Tokens.officer("16906");
    static final String APPLICANT_NAME = "Lô Văn Minh";
    static final String CITIZEN_ID = "040203001234";
    static final String PHONE = "0912345678";
    static final String ADDRESS = "Bản Xốp Mạt";

    /** A dossier as its intake answered: what the officer hands the citizen. */
    record Taken(String id, String code, String pin, Response answer) {
    }

    private CitizenAccess() {
    }

    /** A dossier received at the counter of Lượng Minh for "Đăng ký lại khai sinh" (5 working days). */
    static Taken counterIntake() {
        return intake(DossierLifecycleApiTest.intake("1.004884", "COUNTER"), OFFICER);
    }

    static Taken intake(String body, String token) {
        Response answer = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/dossiers").then().statusCode(201).extract().response();
        return new Taken(answer.path("id"), answer.path("code"), answer.path("pin"), answer);
    }

    static void act(String id, String action, String body) {
        var request = given().auth().oauth2(OFFICER).contentType(ContentType.JSON);
        if (body != null) {
            request.body(body);
        }
        request.when().post("/api/v1/dossiers/" + id + "/actions/" + action).then().statusCode(200);
    }

    static Response lookup(String code, String pin) {
        return given().contentType(ContentType.JSON).body("{\"code\": \"" + code + "\", \"pin\": \"" + pin + "\"}")
                .when().post("/api/v1/public/lookup").then().extract().response();
    }

    static Response rate(String code, String pin, String score, String comment) {
        String body = "{\"code\": \"" + code + "\", \"pin\": \"" + pin + "\", \"score\": " + score
                + (comment == null ? "" : ", \"comment\": \"" + comment + "\"") + "}";
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/public/rating").then().extract().response();
    }

    /** Another PIN of the same length: the right one with its first digit changed. */
    static String wrong(String pin) {
        char first = pin.charAt(0) == '9' ? '0' : (char) (pin.charAt(0) + 1);
        return first + pin.substring(1);
    }

    /** The dossier's events on the lifecycle topic, waiting until there are {@code count}. */
    static List<ConsumerRecord<String, byte[]>> eventsOf(String bootstrapServers, String dossierId, int count) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                KafkaSettings.consumer(bootstrapServers, "citizen-access-" + UUID.randomUUID(), "citizen-access-test"))) {
            consumer.subscribe(Set.of(Topics.LIFECYCLE.name()));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (dossierId.equals(record.key())) {
                        seen.add(record);
                    }
                }
                return seen.size() >= count;
            });
        }
        return seen;
    }
}
