package vn.motcua.procedure.api;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import vn.motcua.platform.messaging.KafkaSettings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** Reads a topic from the beginning, as another service would, until the record a test waits for arrives. */
final class CatalogueTopicReader {

    private CatalogueTopicReader() {
    }

    static ConsumerRecord<String, byte[]> awaitRecord(String bootstrapServers, String topic,
                                                      Predicate<ConsumerRecord<String, byte[]>> wanted) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                KafkaSettings.consumer(bootstrapServers, "catalogue-test-" + UUID.randomUUID(), "catalogue-test"))) {
            consumer.subscribe(Set.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().anyMatch(wanted);
            });
        }
        return seen.stream().filter(wanted).reduce((first, second) -> second).orElseThrow();
    }
}
