package vn.motcua.platform.http.health;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import vn.motcua.platform.http.time.ClockProducer;

/** Kafka as a wellness check ({@code /q/health/well}): visible to operators, not a readiness gate. */
@Wellness
@ApplicationScoped
public class KafkaHealthCheck implements HealthCheck {

    @Inject
    KafkaConnectivity kafka;

    @Override
    public HealthCheckResponse call() {
        KafkaConnectivity.Status status = kafka.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("kafka")
                .status(status.reachable())
                .withData("brokers", status.brokers())
                .withData("checkedAt", status.checkedAt().atZone(ClockProducer.PROVINCE_ZONE).toOffsetDateTime().toString());
        if (status.problem() != null) {
            response.withData("problem", status.problem());
        }
        return response.build();
    }
}
