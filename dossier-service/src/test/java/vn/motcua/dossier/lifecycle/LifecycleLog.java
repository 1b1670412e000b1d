package vn.motcua.dossier.lifecycle;

import io.agroal.api.AgroalDataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.EventJson;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.messaging.KafkaSettings;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * The lifecycle topic as a test reads it to prove what was published and what was not: first the
 * service's outbox is drained (every event written so far is on the topic), then the topic is read from
 * its beginning to its end, so "exactly one" and "nothing new" are checked against everything there is.
 */
final class LifecycleLog {

    private LifecycleLog() {
    }

    /** Every lifecycle record once the outbox has nothing left to send. */
    static List<ConsumerRecord<String, byte[]>> everything(AgroalDataSource dataSource, String bootstrapServers) {
        await().atMost(Duration.ofSeconds(30)).until(() -> unsent(dataSource) == 0);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                KafkaSettings.consumer(bootstrapServers, "lifecycle-log-" + UUID.randomUUID(), "lifecycle-log"))) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo partition : consumer.partitionsFor(Topics.LIFECYCLE.name())) {
                partitions.add(new TopicPartition(partition.topic(), partition.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
            });
        }
        return records;
    }

    /** The events of one dossier, in sequence order. */
    static List<DossierLifecycleEvent> eventsOf(List<ConsumerRecord<String, byte[]>> records, String dossierId) {
        return recordsOf(records, dossierId).stream().map(r -> EventJson.read(r.value(), DossierLifecycleEvent.class))
                .sorted(java.util.Comparator.comparingLong(DossierLifecycleEvent::sequence)).toList();
    }

    static List<ConsumerRecord<String, byte[]>> recordsOf(List<ConsumerRecord<String, byte[]>> records, String dossierId) {
        return records.stream().filter(r -> dossierId.equals(r.key())).toList();
    }

    private static long unsent(AgroalDataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM messaging_outbox WHERE sent_at IS NULL")) {
            result.next();
            return result.getLong(1);
        }
    }
}
