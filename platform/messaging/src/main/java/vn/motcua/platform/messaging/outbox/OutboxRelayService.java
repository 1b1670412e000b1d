package vn.motcua.platform.messaging.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.platform.messaging.KafkaSettings;
import vn.motcua.platform.messaging.MessagingConfig;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** Runs this service's outbox relay for as long as the service runs. */
@ApplicationScoped
public class OutboxRelayService {

    @Inject
    MessagingConfig config;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private OutboxRelay relay;
    private final AtomicBoolean leader = new AtomicBoolean();

    void onStart(@Observes @Priority(200) StartupEvent start) {
        if (!config.relay().enabled()) {
            return;
        }
        MessagingConfig.Relay settings = config.relay();
        Counter published = Counter.builder("motcua.outbox.published").description("Events the relay published to Kafka")
                .register(registry);
        Counter failures = Counter.builder("motcua.outbox.publish.failures")
                .description("Attempts to publish that Kafka did not fully acknowledge").register(registry);
        Gauge.builder("motcua.outbox.relay.active", leader, active -> active.get() ? 1 : 0)
                .description("1 on the replica whose relay is the active one").register(registry);
        relay = new OutboxRelay(
                new RelaySettings(service, jdbcUrl, user.orElse(null), password.orElse(""), settings.batchSize(),
                        settings.pollInterval(), settings.standbyInterval(), settings.maxBackoff()),
                () -> new KafkaProducer<>(KafkaSettings.producer(bootstrapServers, service + "-outbox-relay")),
                new RelayListener() {
                    @Override
                    public void leadership(boolean now) {
                        leader.set(now);
                    }

                    @Override
                    public void published(int rows) {
                        published.increment(rows);
                    }

                    @Override
                    public void publishFailed(Exception cause) {
                        failures.increment();
                    }
                });
        relay.start();
    }

    void onStop(@Observes ShutdownEvent stop) {
        if (relay != null) {
            relay.stop();
        }
    }

    /** Whether this replica's relay is the active one. */
    public boolean isActive() {
        return relay != null && relay.isLeader();
    }
}
