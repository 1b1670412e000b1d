package vn.motcua.platform.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import vn.motcua.platform.events.CloudEventCodec;
import vn.motcua.platform.events.EventEnvelope;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** Reads a topic from its beginning, as a dashboard would, until what a test waits for has arrived. */
final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    TopicReader(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(KafkaSettings.consumer(bootstrapServers, "reader-" + UUID.randomUUID(), "test-reader"));
        consumer.subscribe(Set.of(topic));
    }

    /** Polls until the records read so far satisfy the condition; returns them all. */
    List<ConsumerRecord<String, byte[]>> readUntil(Predicate<List<ConsumerRecord<String, byte[]>>> condition, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(50)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return condition.test(seen);
        });
        return List.copyOf(seen);
    }

    /** Polls for a while longer and returns everything read. */
    List<ConsumerRecord<String, byte[]>> readFor(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return List.copyOf(seen);
    }

    /** The event ids of the records that are events; the topic may also hold poison records other tests sent. */
    static List<UUID> ids(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().flatMap(record -> {
            try {
                return java.util.stream.Stream.of(CloudEventCodec.fromRecord(record).id());
            } catch (vn.motcua.platform.events.EventFormatException notAnEvent) {
                return java.util.stream.Stream.empty();
            }
        }).toList();
    }

    static List<EventEnvelope> envelopes(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(CloudEventCodec::fromRecord).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
