package vn.motcua.platform.messaging.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.http.idempotency.IdempotentUseCase;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a consumer's dead letters through its pipeline again, once the cause is fixed. It reads each
 * dead-letter topic of the consumer's topics from where the previous replay stopped up to its end as
 * the replay begins; letters that fail again are dead-lettered again (with the new reason), so a later
 * replay sees them once more.
 */
@ApplicationScoped
public class DeadLetterReplayer {

    private static final Duration LIMIT = Duration.ofMinutes(5);

    @Inject
    ConsumerService consumers;

    @IdempotentUseCase
    public synchronized ReplayReport replay(EventHandler handler) {
        EventPipeline pipeline = consumers.pipeline(handler);
        String group = handler.consumerName() + ".dlq-replay";
        ReplayReport report = ReplayReport.empty(handler.consumerName());
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(
                vn.motcua.platform.messaging.KafkaSettings.consumer(consumers.bootstrapServers(), group, group))) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : handler.topics()) {
                List<PartitionInfo> infos = kafka.partitionsFor(Topics.dlqName(topic), Duration.ofSeconds(30));
                if (infos != null) {
                    infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
                }
            }
            if (partitions.isEmpty()) {
                return report;
            }
            kafka.assign(partitions);
            Map<TopicPartition, Long> end = kafka.endOffsets(partitions, Duration.ofSeconds(30));
            Map<TopicPartition, OffsetAndMetadata> committed = kafka.committed(new java.util.HashSet<>(partitions), Duration.ofSeconds(30));
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata from = committed.get(partition);
                if (from == null) {
                    kafka.seekToBeginning(List.of(partition));
                } else {
                    kafka.seek(partition, from.offset());
                }
            }
            Instant deadline = Instant.now().plus(LIMIT);
            while (!reachedEnd(kafka, end) && Instant.now().isBefore(deadline)) {
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                for (ConsumerRecord<String, byte[]> letter : kafka.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(letter.topic(), letter.partition());
                    if (letter.offset() >= end.get(partition)) {
                        continue;
                    }
                    if (handler.consumerName().equals(DeadLetters.header(letter, Topics.DLQ_CONSUMER_HEADER))) {
                        String source = DeadLetters.header(letter, DeadLetters.SOURCE_TOPIC_HEADER);
                        report = report.with(pipeline.process(letter, source != null ? source
                                : letter.topic().substring(0, letter.topic().length() - ".dlq".length())));
                    }
                    done.put(partition, new OffsetAndMetadata(letter.offset() + 1));
                }
                if (!done.isEmpty()) {
                    kafka.commitSync(done);
                }
            }
        }
        return report;
    }

    private static boolean reachedEnd(KafkaConsumer<String, byte[]> kafka, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            if (kafka.position(partition.getKey()) < partition.getValue()) {
                return false;
            }
        }
        return true;
    }
}
