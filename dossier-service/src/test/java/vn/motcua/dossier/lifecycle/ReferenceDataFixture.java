package vn.motcua.dossier.lifecycle;

import org.apache.kafka.clients.producer.KafkaProducer;
import vn.motcua.platform.events.CloudEventCodec;
import vn.motcua.platform.events.EventEnvelope;
import vn.motcua.platform.events.EventJson;
import vn.motcua.platform.events.ProcedureSnapshot;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.events.UnitSnapshot;
import vn.motcua.platform.messaging.KafkaSettings;
import vn.motcua.platform.messaging.topics.TopicProvisioningService;
import vn.motcua.dossier.persistence.ProcedureReplicaEntity;
import vn.motcua.dossier.persistence.UnitReplicaEntity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/** Publishes catalogue and unit snapshots as procedure-service does, and waits until dossier-service has them. */
final class ReferenceDataFixture {

    /** The test classes the sample was published for: each may run in an application with a database of its own. */
    private static final Set<Class<?>> PUBLISHED_FOR = ConcurrentHashMap.newKeySet();

    private ReferenceDataFixture() {
    }

    /** Waits until the topics exist, then publishes the sample and waits for it, once per test class. */
    static void publishOncePerClass(Class<?> testClass, TopicProvisioningService topics, String bootstrapServers) {
        await().atMost(Duration.ofSeconds(30)).until(topics::isDone);
        if (PUBLISHED_FOR.add(testClass)) {
            publishSampleAndAwait(bootstrapServers);
        }
    }

    static void publishSampleAndAwait(String bootstrapServers) {
        publishSample(bootstrapServers);
        await().atMost(Duration.ofSeconds(30)).until(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> ProcedureReplicaEntity.count() >= 4 && UnitReplicaEntity.count() >= 3));
    }

    /**
     * Publishes the sample without waiting for it: a test of the packaged service, which cannot read its tables,
     * waits for what it needs over HTTP.
     */
    static void publishSample(String bootstrapServers) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(KafkaSettings.producer(bootstrapServers, "fixture"))) {
            unit(producer, "16906", "Xã Lượng Minh", "COMMUNE", "000.16.906.H40", "ACTIVE");
            unit(producer, "16876", "Xã Tương Dương", "COMMUNE", "000.16.876.H40", "ACTIVE");
            unit(producer, "40", "Tỉnh Nghệ An", "PROVINCE", "000.00.00.H40", "ACTIVE");
            procedure(producer, "1.004884", "Đăng ký lại khai sinh", "WORKING_DAYS", 5, null, "ACTIVE", List.of("COMMUNE"), 1);
            procedure(producer, "1.001193", "Đăng ký khai sinh", "SAME_DAY", null, "15:00", "ACTIVE", List.of("COMMUNE"), 1);
            procedure(producer, "1.000001", "Thủ tục đã bãi bỏ", "WORKING_DAYS", 3, null, "WITHDRAWN", List.of("COMMUNE"), 2);
            procedure(producer, "1.004227.H40", "Đăng ký biến động đất đai", "WORKING_DAYS", 10, null, "ACTIVE", List.of("PROVINCE"), 1);
        }
    }

    private static void unit(KafkaProducer<String, byte[]> producer, String code, String name, String kind, String agency, String status) {
        UnitSnapshot snapshot = new UnitSnapshot(code, name, kind, "40", agency, status, 1,
                OffsetDateTime.parse("2025-06-30T08:00:00+07:00"));
        send(producer, Topics.UNITS.name(), code, UnitSnapshot.TYPE, EventJson.write(snapshot));
    }

    private static void procedure(KafkaProducer<String, byte[]> producer, String code, String name, String unit, Integer amount,
                                  String cutoff, String status, List<String> levels, long version) {
        ProcedureSnapshot snapshot = new ProcedureSnapshot(code, version, status, name, "tu-phap-ho-tich", "Tư pháp - Hộ tịch",
                levels, new ProcedureSnapshot.ProcessingTime(unit, amount, cutoff),
                List.of(new ProcedureSnapshot.Fee("ANY", BigDecimal.ZERO, null)), false,
                List.of(new ProcedureSnapshot.RequiredDocument("Tờ khai", null, 1, "ORIGINAL")),
                List.of("Luật Hộ tịch năm 2014"), "Ủy ban nhân dân xã", "FULL", LocalDate.parse("2025-07-01"), null,
                OffsetDateTime.parse("2025-06-30T08:00:00+07:00"));
        send(producer, Topics.CATALOG.name(), code, ProcedureSnapshot.TYPE, EventJson.write(snapshot));
    }

    private static void send(KafkaProducer<String, byte[]> producer, String topic, String key, String type, byte[] payload) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), "/motcua/procedure-service", type, key,
                OffsetDateTime.parse("2025-06-30T08:00:00+07:00"), payload, Optional.empty());
        try {
            producer.send(CloudEventCodec.toRecord(topic, key, envelope)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the fixture could not publish " + key, e);
        }
    }
}
