package vn.motcua.platform.messaging.outbox;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import vn.motcua.platform.messaging.MessagingConfig;

/**
 * The outbox as a wellness check: DOWN when an event has waited longer than the alert age (Kafka away,
 * or no active relay). Not readiness: the service keeps taking requests, the outbox keeps the events.
 */
@Wellness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    @Inject
    OutboxMonitor monitor;

    @Inject
    OutboxRelayService relay;

    @Inject
    MessagingConfig config;

    @Override
    public HealthCheckResponse call() {
        OutboxMonitor.Backlog backlog = monitor.backlog();
        return HealthCheckResponse.named("outbox")
                .status(backlog.oldestAge().compareTo(config.relay().alertAge()) <= 0)
                .withData("backlog", backlog.rows())
                .withData("oldestAgeSeconds", backlog.oldestAge().toSeconds())
                .withData("activeRelayHere", relay.isActive())
                .build();
    }
}
