package vn.motcua.platform.http.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Watches whether the Kafka cluster answers. It is reported as a wellness check and a gauge, never
 * as readiness: intake must go on while Kafka is away, because the outbox keeps the events.
 */
@ApplicationScoped
public class KafkaConnectivity {

    /** The last probe's outcome. */
    public record Status(boolean reachable, int brokers, Instant checkedAt, String problem) {
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    MeterRegistry registry;

    @Inject
    Clock clock;

    private final AtomicReference<Status> status = new AtomicReference<>();
    private volatile Admin admin;

    void onStart(@Observes StartupEvent start) {
        status.set(new Status(false, 0, clock.instant(), "not checked yet"));
        Gauge.builder("motcua.kafka.reachable", this, connectivity -> connectivity.status().reachable() ? 1 : 0)
                .description("1 when the Kafka cluster answered the last probe, 0 otherwise")
                .register(registry);
    }

    void onStop(@Observes ShutdownEvent stop) {
        Admin current = admin;
        if (current != null) {
            current.close(java.time.Duration.ofSeconds(2));
        }
    }

    public Status status() {
        return status.get();
    }

    @Scheduled(every = "${motcua.kafka.probe-every:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void probe() {
        try {
            int brokers = admin().describeCluster(new DescribeClusterOptions().timeoutMs(3000))
                    .nodes().get(4, TimeUnit.SECONDS).size();
            status.set(new Status(brokers > 0, brokers, clock.instant(), brokers > 0 ? null : "no broker in the cluster"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            status.set(new Status(false, 0, clock.instant(), "no answer from " + bootstrapServers + " (" + e.getClass().getSimpleName() + ")"));
        }
    }

    private Admin admin() {
        Admin current = admin;
        if (current == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = Admin.create(Map.of(
                            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                            AdminClientConfig.CLIENT_ID_CONFIG, "motcua-health",
                            AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 10_000,
                            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000,
                            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4_000));
                }
                current = admin;
            }
        }
        return current;
    }
}
