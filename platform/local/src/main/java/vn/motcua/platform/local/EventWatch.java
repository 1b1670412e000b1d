package vn.motcua.platform.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code ./motcua events}: prints the platform's events as a dashboard receives them, one line each
 * (time, CloudEvents type, subject, and the dossier's status and units), until Ctrl-C. It reads as a
 * consumer group of its own, so it takes nothing from the services' consumers.
 */
final class EventWatch {

    static final List<String> TOPICS = List.of("motcua.dossier.lifecycle.v1", "motcua.procedure.catalog.v1", "motcua.reference.units.v1");

    private final PlatformSettings settings;
    private final PrintStream out;
    private final ObjectMapper json = new ObjectMapper();

    EventWatch(PlatformSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /**
     * Follows the topics, with {@code fromBeginning} everything they keep first, until Ctrl-C ends the
     * JVM: the group is this run's own and commits nothing, so nothing needs closing.
     */
    void follow(boolean fromBeginning) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + settings.kafkaPort(),
                ConsumerConfig.GROUP_ID_CONFIG, "motcua-events-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(TOPICS);
            // "from now" starts when the partitions are assigned: say so only then, or events in between seem lost
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> out.println(line(record)));
            }
            out.println("Following " + String.join(", ", TOPICS) + " on 127.0.0.1:" + settings.kafkaPort()
                    + (fromBeginning ? " from the beginning" : " from now") + "; Ctrl-C to stop.");
            while (true) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    out.println(line(record));
                }
            }
        }
    }

    private String line(ConsumerRecord<String, byte[]> record) {
        StringBuilder line = new StringBuilder()
                .append(header(record, "ce_time")).append("  ")
                .append(header(record, "ce_type")).append("  ")
                .append(header(record, "ce_subject"));
        try {
            JsonNode payload = json.readTree(record.value());
            if (payload.has("status")) {
                line.append("  ").append(payload.path("status").asText())
                        .append("  competent ").append(payload.path("competentUnitCode").asText())
                        .append("  procedure ").append(payload.path("procedureCode").asText());
            }
        } catch (IOException | RuntimeException e) {
            line.append("  (payload is not JSON)");
        }
        return line.toString();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "-" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
