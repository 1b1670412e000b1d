package vn.motcua.platform.messaging.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.platform.messaging.KafkaSettings;
import vn.motcua.platform.messaging.MessagingConfig;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs every {@link EventHandler} bean of the service as an idempotent consumer. */
@ApplicationScoped
public class ConsumerService {

    @Inject
    @Any
    Instance<EventHandler> handlers;

    @Inject
    InboxStore inbox;

    @Inject
    MessagingConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    Tracer tracer;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    private final List<ConsumerRunner> runners = new ArrayList<>();
    private Producer<String, byte[]> deadLetterProducer;

    void onStart(@Observes StartupEvent start) {
        if (!config.consumers().enabled() || handlers.isUnsatisfied()) {
            return;
        }
        for (EventHandler handler : handlers) {
            Map<Outcome, Counter> counters = new EnumMap<>(Outcome.class);
            for (Outcome outcome : Outcome.values()) {
                counters.put(outcome, Counter.builder("motcua.consumer.records")
                        .description("Records consumed, by what became of them")
                        .tag("consumer", handler.consumerName()).tag("outcome", outcome.name().toLowerCase())
                        .register(registry));
            }
            ConsumerRunner runner = new ConsumerRunner(pipeline(handler),
                    () -> new KafkaConsumer<>(KafkaSettings.consumer(bootstrapServers, handler.consumerName(),
                            service + "-" + handler.consumerName())),
                    config.consumers().maxBackoff(), outcome -> counters.get(outcome).increment());
            io.micrometer.core.instrument.Gauge.builder("motcua.consumer.lag", runner, ConsumerRunner::lag)
                    .description("Records the consumer has still to read on its partitions")
                    .tag("consumer", handler.consumerName()).register(registry);
            runners.add(runner);
            runner.start();
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        runners.forEach(ConsumerRunner::stop);
        runners.clear();
        if (deadLetterProducer != null) {
            deadLetterProducer.close();
        }
    }

    /** The handler with this consumer name, if the service has one. */
    public Optional<EventHandler> handler(String consumerName) {
        for (EventHandler handler : handlers) {
            if (handler.consumerName().equals(consumerName)) {
                return Optional.of(handler);
            }
        }
        return Optional.empty();
    }

    synchronized EventPipeline pipeline(EventHandler handler) {
        if (deadLetterProducer == null) {
            deadLetterProducer = new KafkaProducer<>(KafkaSettings.producer(bootstrapServers, service + "-dead-letters"));
        }
        return new EventPipeline(handler, inbox, new DeadLetters(deadLetterProducer), tracer);
    }

    String bootstrapServers() {
        return bootstrapServers;
    }
}
