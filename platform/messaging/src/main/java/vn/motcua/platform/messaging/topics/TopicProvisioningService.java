package vn.motcua.platform.messaging.topics;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.messaging.MessagingConfig;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Creates the topics of the contract when the service starts, in the background and with retries:
 * a service must start, and take requests, even while Kafka is away.
 */
@ApplicationScoped
public class TopicProvisioningService {

    private static final Logger LOG = Logger.getLogger(TopicProvisioningService.class);

    @Inject
    MessagingConfig config;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    private volatile boolean done;
    private volatile boolean stopping;
    private Thread worker;

    void onStart(@Observes StartupEvent start) {
        if (!config.topics().create()) {
            done = true;
            return;
        }
        worker = new Thread(this::provisionUntilDone, "topic-provisioning");
        worker.setDaemon(true);
        worker.start();
    }

    void onStop(@Observes ShutdownEvent stop) {
        stopping = true;
        if (worker != null) {
            worker.interrupt();
        }
    }

    /** Whether the contract's topics are known to exist with their settings. */
    public boolean isDone() {
        return done;
    }

    private void provisionUntilDone() {
        Duration backoff = Duration.ofMillis(500);
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, service + "-topics",
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 10_000))) {
            TopicProvisioner provisioner = new TopicProvisioner(admin, config.topics().partitions(), config.topics().replicationFactor());
            while (!done && !stopping) {
                try {
                    List<String> created = provisioner.provision(Topics.all());
                    if (!created.isEmpty()) {
                        LOG.infof("Created Kafka topics %s", created);
                    }
                    done = true;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (Exception e) {
                    LOG.warnf("Kafka topics could not be checked yet (%s); retrying in %d ms",
                            e.getClass().getSimpleName(), backoff.toMillis());
                    try {
                        Thread.sleep(backoff.toMillis());
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : backoff.multipliedBy(2);
                }
            }
        }
    }
}
