package vn.motcua.platform.messaging.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import vn.motcua.platform.events.Topics;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends a record that cannot be consumed to its topic's dead-letter topic: the original key, value and
 * headers, plus {@code dlq_reason}, {@code dlq_consumer} and where it came from.
 */
public final class DeadLetters {

    public static final String SOURCE_TOPIC_HEADER = "dlq_source_topic";
    public static final String SOURCE_PARTITION_HEADER = "dlq_source_partition";
    public static final String SOURCE_OFFSET_HEADER = "dlq_source_offset";

    private final Producer<String, byte[]> producer;

    public DeadLetters(Producer<String, byte[]> producer) {
        this.producer = producer;
    }

    /** Sends and waits for Kafka's acknowledgement, so the offset may be committed after it. */
    public void send(ConsumerRecord<String, byte[]> record, String sourceTopic, String consumer, String reason) {
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(Topics.dlqName(sourceTopic), record.key(), record.value());
        for (Header header : record.headers()) {
            if (!header.key().startsWith("dlq_")) {
                letter.headers().add(header);
            }
        }
        letter.headers().add(Topics.DLQ_REASON_HEADER, utf8(reason));
        letter.headers().add(Topics.DLQ_CONSUMER_HEADER, utf8(consumer));
        letter.headers().add(SOURCE_TOPIC_HEADER, utf8(sourceTopic));
        letter.headers().add(SOURCE_PARTITION_HEADER, utf8(Integer.toString(record.partition())));
        letter.headers().add(SOURCE_OFFSET_HEADER, utf8(Long.toString(record.offset())));
        try {
            producer.send(letter).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending to the dead-letter topic", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the dead-letter topic did not acknowledge the record", e);
        }
    }

    /** A header's text, if the record has it. */
    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
