package vn.motcua.reporting.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.events.Timeliness;
import vn.motcua.platform.messaging.topics.TopicProvisioningService;
import vn.motcua.reporting.EventScript;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.SettableClock;
import vn.motcua.platform.testing.Tokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.motcua.reporting.EventScript.at;
import static vn.motcua.reporting.EventScript.dossier;

/**
 * The live feed: tickets for bearer-token holders, scoped like reports, and a stream of counters that
 * follows the events. Each test sets the clock to a day of its own, so other tests' dossiers never count.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class LiveFeedTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String FIELD = "tu-phap-ho-tich";
    private static final String PROCEDURE = "1.001193";

    @Inject
    SettableClock clock;

    @Inject
    TopicProvisioningService topics;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void topicsExist() {
        await().atMost(Duration.ofSeconds(30)).until(topics::isDone);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aTicketNeedsTheBearerTokenOfARoleThatSeesReports() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/stream/tickets")
                .then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(Tokens.citizen("citizen-7")).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/stream/tickets")
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void anOfficersTicketIsForTheirOwnUnitOnly() {
        clock.set("2031-03-10T09:00:00+07:00");
        String url = given().auth().oauth2(Tokens.officer("16906"))
                .when().post("/api/v1/stream/tickets")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("unit", equalTo("16906"))
                .body("expiresAt", equalTo("2031-03-10T09:01:00+07:00"))
                .body("streamUrl", containsString("/api/v1/stream?ticket="))
                .body("streamUrl", endsWith("&unit=16906"))
                .extract().path("streamUrl");
        assertThat(url.substring(url.indexOf("ticket=") + 7, url.indexOf('&'))).hasSizeGreaterThanOrEqualTo(43);

        given().auth().oauth2(Tokens.officer("16906")).contentType(ContentType.JSON).body("{\"unit\": \"16876\"}")
                .when().post("/api/v1/stream/tickets")
                .then().statusCode(403).contentType(PROBLEM).body("detail", containsString("16906"));

        // a ticket bound to a unit opens no other unit's stream
        String ticket = ticket(Tokens.officer("16906"), null);
        given().queryParam("ticket", ticket).queryParam("unit", "16876").accept("text/event-stream")
                .when().get("/api/v1/stream")
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void anAnalystsTicketIsForTheProvinceOrTheUnitNamed() throws Exception {
        given().auth().oauth2(Tokens.analyst())
                .when().post("/api/v1/stream/tickets")
                .then().statusCode(200).body("unit", nullValue());
        given().auth().oauth2(Tokens.provinceAdmin()).contentType(ContentType.JSON).body("{\"unit\": \"16906\"}")
                .when().post("/api/v1/stream/tickets")
                .then().statusCode(200).body("unit", equalTo("16906"));
        // a dashboard's fetch() without a body sends no Content-Type at all
        HttpResponse<String> bare = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/stream/tickets"))
                .header("Authorization", "Bearer " + Tokens.analyst()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bare.request().headers().firstValue("Content-Type")).isEmpty();
        assertThat(bare.statusCode()).isEqualTo(200);
        assertThat(bare.body()).contains("\"unit\":null");
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body("{\"unit\": ")
                .when().post("/api/v1/stream/tickets")
                .then().statusCode(400).contentType(PROBLEM).body("type", equalTo("urn:motcua:problem:malformed-body"));
        given().auth().oauth2(Tokens.analyst()).contentType(ContentType.JSON).body("{\"unit\": \"Lượng Minh\"}")
                .when().post("/api/v1/stream/tickets")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("unit"));
    }

    @Test
    void aMissingUnknownOrExpiredTicketGets401() {
        given().accept("text/event-stream").when().get("/api/v1/stream")
                .then().statusCode(401).contentType(PROBLEM).body("type", equalTo("urn:motcua:problem:unauthenticated"));
        given().queryParam("ticket", "not-a-ticket").accept("text/event-stream").when().get("/api/v1/stream")
                .then().statusCode(401).contentType(PROBLEM);

        clock.set("2031-03-11T09:00:00+07:00");
        String ticket = ticket(Tokens.analyst(), null);
        clock.advance(Duration.ofSeconds(59));
        try (SseClient stream = SseClient.open(streamUrl(ticket, null), null)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !stream.events().isEmpty());
        }
        clock.advance(Duration.ofSeconds(1));
        // EventSource reconnects with the same URL and Last-Event-ID: after a minute that is refused
        given().queryParam("ticket", ticket).header("Last-Event-ID", "1").accept("text/event-stream")
                .when().get("/api/v1/stream")
                .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", "Bearer")
                .body("detail", containsString("POST /api/v1/stream/tickets"));
    }

    @Test
    void theLiveFeedDeliversAnUpdateAfterAnEvent() {
        clock.set("2031-03-12T09:00:00+07:00");
        String unit = "17935";
        try (SseClient stream = SseClient.open(streamUrl(ticket(Tokens.officer(unit), null), null), null);
             EventScript script = new EventScript(bootstrapServers)) {
            assertThat(stream.response().headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/event-stream"));
            // the current counters at once, before any change
            await().atMost(Duration.ofSeconds(10)).until(() -> !stream.events().isEmpty());
            SseClient.Event first = stream.events().get(0);
            assertThat(first.name()).isEqualTo("counters");
            assertThat(first.json().path("unit").asText()).isEqualTo(unit);
            assertThat(first.json().path("date").asText()).isEqualTo("2031-03-12");
            assertThat(first.json().path("asOf").asText()).isEqualTo("2031-03-12T09:00:00+07:00");
            assertThat(first.counter("received")).isZero();

            UUID id = UUID.randomUUID();
            script.publish(dossier(id, "LIVE-1", 1, DossierStatus.RECEIVED, unit, FIELD, PROCEDURE, at("2031-03-12T08:30:00"),
                    at("2031-03-12T08:30:00"), at("2031-03-12T17:00:00"), null, null));
            await().atMost(Duration.ofSeconds(30)).until(() -> stream.last().counter("received") == 1);
            assertThat(stream.last().counter("inProgressNotYetDue")).isEqualTo(1);
            assertThat(stream.last().counter("inProgressOverdue")).isZero();

            script.publish(dossier(id, "LIVE-1", 2, DossierStatus.RESOLVED, unit, FIELD, PROCEDURE, at("2031-03-12T08:50:00"),
                    at("2031-03-12T08:30:00"), at("2031-03-12T17:00:00"), at("2031-03-12T08:50:00"), Timeliness.ON_TIME));
            await().atMost(Duration.ofSeconds(30)).until(() -> stream.last().counter("resolvedOnTime") == 1);
            assertThat(stream.last().counter("received")).isEqualTo(1);
            assertThat(stream.last().counter("resolved")).isEqualTo(1);
            assertThat(stream.last().counter("inProgress")).isZero();
            // ids only grow
            assertThat(stream.events()).extracting(event -> Long.parseLong(event.id())).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void theProvinceStreamCountsTheDossiersOfEveryUnit() {
        clock.set("2031-03-13T09:00:00+07:00");
        try (SseClient stream = SseClient.open(streamUrl(ticket(Tokens.analyst(), null), null), null);
             EventScript script = new EventScript(bootstrapServers)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !stream.events().isEmpty());
            assertThat(stream.events().get(0).json().path("unit").isNull()).isTrue();
            // the province's roles may narrow a province ticket to one unit, but only to a unit
            String ticket = ticket(Tokens.analyst(), null);
            try (SseClient oneUnit = SseClient.open(streamUrl(ticket, "17944"), null)) {
                await().atMost(Duration.ofSeconds(10)).until(() -> !oneUnit.events().isEmpty());
                assertThat(oneUnit.events().get(0).json().path("unit").asText()).isEqualTo("17944");
            }
            given().queryParam("ticket", ticket).queryParam("unit", "all").accept("text/event-stream")
                    .when().get("/api/v1/stream")
                    .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("unit"));
            long before = stream.last().counter("received");
            for (String unit : new String[] {"17944", "17950"}) {
                script.publish(dossier(UUID.randomUUID(), "LIVE-P-" + unit, 1, DossierStatus.RECEIVED, unit, FIELD, PROCEDURE,
                        at("2031-03-13T08:00:00"), at("2031-03-13T08:00:00"), at("2031-03-13T08:30:00"), null, null));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> stream.last().counter("received") == before + 2);
            // due at 08:30, and it is 09:00
            assertThat(stream.last().counter("inProgressOverdue")).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aReconnectionWithLastEventIdGetsTheCurrentStateAtOnce() {
        clock.set("2031-03-14T09:00:00+07:00");
        String unit = "17971";
        String url = streamUrl(ticket(Tokens.officer(unit), null), unit);
        String lastId;
        try (SseClient stream = SseClient.open(url, null)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !stream.events().isEmpty());
            lastId = stream.last().id();
            assertThat(stream.last().counter("received")).isZero();
        }
        // a change while the dashboard is away
        try (EventScript script = new EventScript(bootstrapServers)) {
            script.publish(dossier(UUID.randomUUID(), "LIVE-R", 1, DossierStatus.RECEIVED, unit, FIELD, PROCEDURE,
                    at("2031-03-14T08:45:00"), at("2031-03-14T08:45:00"), at("2031-03-14T17:00:00"), null, null));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM report_dossier WHERE code = 'LIVE-R'") == 1);

        // EventSource reconnects to the same URL, within the ticket's minute, saying what it saw last
        try (SseClient stream = SseClient.open(url, lastId)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> !stream.events().isEmpty());
            SseClient.Event first = stream.events().get(0);
            assertThat(Long.parseLong(first.id())).isGreaterThan(Long.parseLong(lastId));
            assertThat(first.counter("received")).isEqualTo(1);
        }
    }

    private static String ticket(String token, String unit) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(unit == null ? "{}" : "{\"unit\": \"" + unit + "\"}")
                .when().post("/api/v1/stream/tickets")
                .then().statusCode(200).extract().path("ticket");
    }

    private static String streamUrl(String ticket, String unit) {
        return base() + "/api/v1/stream?ticket=" + ticket
                + (unit == null ? "" : "&unit=" + unit);
    }

    private static String base() {
        return io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port;
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement query = connection.prepareStatement(sql);
                 ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }
}
