package vn.motcua.platform.messaging;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.EventEnvelope;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.messaging.outbox.OutboxRelay;
import vn.motcua.platform.messaging.outbox.RelayListener;
import vn.motcua.platform.messaging.outbox.RelaySettings;
import vn.motcua.platform.testing.RealInfrastructure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two relays on one database, as two replicas of a service run them: one publishes, the other waits. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@TestProfile(RelayFailoverTest.WithoutTheServicesOwnRelay.class)
class RelayFailoverTest {

    /** The test runs its relays itself. */
    public static class WithoutTheServicesOwnRelay implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("motcua.messaging.relay.enabled", "false");
        }
    }

    @Inject
    OutboxFixture fixture;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Test
    void onlyOneRelayPublishesAndTheOtherTakesOverWhenItStopsSoEveryRowIsSentOnce() {
        OutboxRelay first = relay("first");
        OutboxRelay second = relay("second");
        try {
            first.start();
            second.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> first.isLeader() || second.isLeader());
            assertThat(first.isLeader() && second.isLeader()).isFalse();

            List<UUID> dossiers = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
            List<DossierLifecycleEvent> written = new ArrayList<>(writeRounds(dossiers, 1, 10));
            awaitPublished(written);

            OutboxRelay active = first.isLeader() ? first : second;
            OutboxRelay standby = active == first ? second : first;
            active.stop();
            await().atMost(Duration.ofSeconds(10)).until(standby::isLeader);

            written.addAll(writeRounds(dossiers, 11, 20));
            List<ConsumerRecord<String, byte[]>> published = awaitPublished(written);

            Map<UUID, Long> copies = TopicReader.ids(published).stream()
                    .filter(id -> written.stream().anyMatch(event -> event.eventId().equals(id)))
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(copies).hasSize(written.size());
            assertThat(copies.values()).containsOnly(1L);
            for (UUID dossier : dossiers) {
                List<Long> sequences = published.stream().filter(record -> dossier.toString().equals(record.key()))
                        .map(record -> vn.motcua.platform.events.EventJson.read(record.value(), DossierLifecycleEvent.class).sequence())
                        .toList();
                assertThat(sequences).isSorted().hasSize(20);
            }
        } finally {
            first.stop();
            second.stop();
        }
    }

    private List<DossierLifecycleEvent> writeRounds(List<UUID> dossiers, int fromSequence, int toSequence) {
        List<DossierLifecycleEvent> written = new ArrayList<>();
        for (int sequence = fromSequence; sequence <= toSequence; sequence++) {
            List<DossierLifecycleEvent> round = new ArrayList<>();
            for (UUID dossier : dossiers) {
                round.add(LifecycleEvents.received(dossier, "FAILOVER-" + sequence, sequence));
            }
            fixture.commit("round " + sequence, round).forEach(EventEnvelope::id);
            written.addAll(round);
        }
        return written;
    }

    private List<ConsumerRecord<String, byte[]>> awaitPublished(List<DossierLifecycleEvent> events) {
        List<UUID> ids = events.stream().map(DossierLifecycleEvent::eventId).toList();
        try (TopicReader reader = new TopicReader(bootstrapServers, Topics.LIFECYCLE.name())) {
            reader.readUntil(records -> TopicReader.ids(records).containsAll(ids), Duration.ofSeconds(30));
            // read a little longer: a second copy of a row would show up now
            return reader.readFor(Duration.ofSeconds(1));
        }
    }

    private OutboxRelay relay(String replica) {
        RelaySettings settings = new RelaySettings("messaging-test", jdbcUrl, user, password.orElse(""), 25,
                Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofSeconds(2));
        return new OutboxRelay(settings,
                () -> new KafkaProducer<>(KafkaSettings.producer(bootstrapServers, "relay-" + replica)), RelayListener.NONE);
    }
}
