package vn.motcua.dossier.lifecycle;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.application.OverdueWatch;
import vn.motcua.platform.events.CloudEventCodec;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.EventEnvelope;
import vn.motcua.platform.events.EventSchemas;
import vn.motcua.platform.messaging.topics.TopicProvisioningService;
import vn.motcua.platform.testing.RealInfrastructure;
import vn.motcua.platform.testing.SettableClock;
import vn.motcua.platform.testing.Tokens;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** The overdue watch: one overdue event per dossier, however often and by however many replicas it runs. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
class OverdueWatchTest {

    private static final String OFFICER = Tokens.officer("16906");

    @Inject
    OverdueWatch watch;

    @Inject
    SettableClock clock;

    @Inject
    Scheduler scheduler;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TopicProvisioningService topics;

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
    void runTwiceAndByTwoReplicasAtOnceTheWatchPublishesOneOverdueEventPerDossierAndNoneForOthers() throws Exception {
        // Monday 6 October 2025: five working days are due Monday 13 October, 17:00
        clock.set("2025-10-06T08:00:00+07:00");
        List<String> overdue = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            overdue.add(receive());
        }
        String paused = receive();
        act(paused, "request-supplement", "{\"missingDocuments\": [\"Giấy chứng sinh (bản chính)\"]}");
        overdue.add(paused);
        String resolved = receive();
        act(resolved, "resolve", "{\"outcome\": \"APPROVED\", \"resultAsFile\": false}");
        clock.set("2025-10-10T08:00:00+07:00");
        String notYetDue = receive();

        clock.set("2025-10-14T09:00:00+07:00");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        int reportedTogether = 0;
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int replica = 0; replica < 2; replica++) {
                Callable<Integer> run = () -> {
                    start.await();
                    // one dossier per transaction, so the two replicas take turns over the rows
                    return watch.runOnce(1);
                };
                runs.add(replicas.submit(run));
            }
            start.countDown();
            for (Future<Integer> run : runs) {
                reportedTogether += run.get();
            }
        } finally {
            replicas.shutdownNow();
        }
        assertThat(reportedTogether).isGreaterThanOrEqualTo(overdue.size());
        assertThat(watch.runOnce()).isZero();
        assertThat(watch.runOnce()).isZero();

        // later the dossier not due before is due; the others are not reported again
        clock.set("2025-10-20T09:00:00+07:00");
        assertThat(watch.runOnce()).isGreaterThanOrEqualTo(1);
        assertThat(watch.runOnce()).isZero();

        List<ConsumerRecord<String, byte[]>> log = LifecycleLog.everything(dataSource, bootstrapServers);
        for (String id : overdue) {
            List<ConsumerRecord<String, byte[]>> events = LifecycleLog.recordsOf(log, id).stream()
                    .filter(r -> "vn.motcua.dossier.overdue.v1".equals(CloudEventCodec.fromRecord(r).type())).toList();
            assertThat(events).as("overdue events of %s", id).hasSize(1);
            EventEnvelope envelope = CloudEventCodec.fromRecord(events.get(0));
            assertThat(EventSchemas.violations(envelope.type(), envelope.data())).isEmpty();
            DossierLifecycleEvent event = vn.motcua.platform.events.EventJson.read(envelope.data(), DossierLifecycleEvent.class);
            assertThat(event.occurredAt()).isEqualTo(OffsetDateTime.parse("2025-10-14T09:00:00+07:00"));
            assertThat(envelope.time().toInstant()).isEqualTo(Instant.parse("2025-10-14T02:00:00Z"));
            assertThat(event.dueAt()).isEqualTo(OffsetDateTime.parse("2025-10-13T17:00:00+07:00"));
        }
        assertThat(LifecycleLog.eventsOf(log, notYetDue)).extracting(DossierLifecycleEvent::type).containsExactly("received", "overdue");
        assertThat(LifecycleLog.eventsOf(log, notYetDue).get(1).occurredAt()).isEqualTo(OffsetDateTime.parse("2025-10-20T09:00:00+07:00"));
        assertThat(LifecycleLog.eventsOf(log, resolved)).extracting(DossierLifecycleEvent::type).containsExactly("received", "resolved");
        // the status does not change; the sequence does, as on every event
        assertThat(LifecycleLog.eventsOf(log, paused)).extracting(DossierLifecycleEvent::type)
                .containsExactly("received", "supplement-requested", "overdue");
        assertThat(LifecycleLog.eventsOf(log, paused).get(2).status().name()).isEqualTo("SUPPLEMENT_REQUESTED");
        assertThat(LifecycleLog.eventsOf(log, paused)).extracting(DossierLifecycleEvent::sequence).containsExactly(1L, 2L, 3L);
    }

    @Test
    void theOverdueStepIsInTheHistoryAsTheSystemsAndTheDossierTakesActionsAfterIt() {
        clock.set("2025-11-03T08:00:00+07:00");
        String id = receive();
        clock.set("2025-11-11T08:00:00+07:00");
        assertThat(watch.runOnce()).isGreaterThanOrEqualTo(1);

        given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers/" + id + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("receive", "overdue")))
                .body("[1].by", equalTo("system")).body("[1].role", equalTo("SYSTEM"))
                .body("[1].fromStatus", equalTo("RECEIVED")).body("[1].toStatus", equalTo("RECEIVED"));
        given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers/" + id).then().statusCode(200)
                .body("status", equalTo("RECEIVED")).body("overdue", equalTo(true));
        act(id, "resolve", "{\"outcome\": \"APPROVED\", \"resultAsFile\": false}");
        given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers/" + id).then().body("timeliness", equalTo("LATE"));
    }

    @Test
    void theWatchIsScheduledButItsBackgroundRunsAreOffInTests() {
        assertThat(scheduler.getScheduledJob("overdue-watch")).isNotNull();
        clock.set("2025-12-01T08:00:00+07:00");
        String id = receive();
        clock.set("2025-12-15T08:00:00+07:00");
        // nothing reports it until a test runs the watch
        given().auth().oauth2(OFFICER).when().get("/api/v1/dossiers/" + id + "/history").then().body("size()", equalTo(1));
    }

    private static String receive() {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(DossierLifecycleApiTest.intake("1.004884", "COUNTER"))
                .when().post("/api/v1/dossiers").then().statusCode(201).extract().path("id");
    }

    private static void act(String id, String action, String body) {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/dossiers/" + id + "/actions/" + action).then().statusCode(200);
    }
}
