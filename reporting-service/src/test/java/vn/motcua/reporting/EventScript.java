package vn.motcua.reporting;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import vn.motcua.platform.events.Channel;
import vn.motcua.platform.events.CloudEventCodec;
import vn.motcua.platform.events.DossierEventType;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.events.EventEnvelope;
import vn.motcua.platform.events.EventJson;
import vn.motcua.platform.events.ProcedureSnapshot;
import vn.motcua.platform.events.Timeliness;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.events.UnitSnapshot;
import vn.motcua.platform.messaging.KafkaSettings;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Publishes scripted events to the real broker the service under test consumes, as the producing
 * services would (CloudEvents records keyed like theirs), and tells when the service consumed them all.
 */
public final class EventScript implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final String bootstrapServers;

    public EventScript(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.producer = new KafkaProducer<>(KafkaSettings.producer(bootstrapServers, "script-" + UUID.randomUUID()));
    }

    /** A dossier's snapshot after one change; fields the scripts do not vary take sample values. */
    public static DossierLifecycleEvent dossier(UUID id, String code, long sequence, DossierStatus status, String competent,
                                                String field, String procedure, OffsetDateTime occurredAt,
                                                OffsetDateTime receivedAt, OffsetDateTime dueAt, OffsetDateTime resolvedAt,
                                                Timeliness timeliness) {
        DossierEventType type = switch (status) {
            case SUBMITTED -> DossierEventType.SUBMITTED;
            case REFUSED -> DossierEventType.REFUSED;
            case WITHDRAWN -> DossierEventType.WITHDRAWN;
            case RESOLVED -> DossierEventType.RESOLVED;
            case IN_PROGRESS -> DossierEventType.STARTED;
            default -> DossierEventType.RECEIVED;
        };
        return new DossierLifecycleEvent(UUID.randomUUID(), id, code, sequence, type.eventName(), occurredAt, status,
                status.code(), procedure, field, competent, competent, receivedAt == null ? Channel.ONLINE : Channel.COUNTER,
                receivedAt == null ? occurredAt : receivedAt, receivedAt, dueAt, 0L, resolvedAt, timeliness, null, null, null, 2, 1,
                resolvedAt == null ? null : Boolean.TRUE);
    }

    public static OffsetDateTime at(String local) {
        return OffsetDateTime.parse(local + "+07:00");
    }

    public void publish(DossierLifecycleEvent event) {
        send(Topics.LIFECYCLE.name(), event.dossierId().toString(), event.cloudEventType(), event.dossierCode(),
                EventJson.write(event), event.eventId());
    }

    public void publish(UnitSnapshot unit) {
        send(Topics.UNITS.name(), unit.code(), UnitSnapshot.TYPE, unit.code(), EventJson.write(unit), UUID.randomUUID());
    }

    public void publish(ProcedureSnapshot procedure) {
        send(Topics.CATALOG.name(), procedure.code(), ProcedureSnapshot.TYPE, procedure.code(), EventJson.write(procedure),
                UUID.randomUUID());
    }

    public static UnitSnapshot unit(String code, String name, long version) {
        return new UnitSnapshot(code, name, "COMMUNE", "40", "000." + code + ".H40", "ACTIVE", version, at("2030-01-01T08:00:00"));
    }

    /** A procedure; a complete one is published with its documents, fee and legal basis (the 766 transparency rule). */
    public static ProcedureSnapshot procedure(String code, String name, String fieldCode, String fieldName, long version,
                                              boolean complete) {
        return new ProcedureSnapshot(code, version, "ACTIVE", name, fieldCode, fieldName, List.of("COMMUNE"),
                new ProcedureSnapshot.ProcessingTime("SAME_DAY", null, "15:00"),
                complete ? List.of(new ProcedureSnapshot.Fee("ANY", java.math.BigDecimal.ZERO, null)) : List.of(), false,
                complete ? List.of(new ProcedureSnapshot.RequiredDocument("Tờ khai", null, 1, "ORIGINAL")) : List.of(),
                complete ? List.of("Luật Hộ tịch 2014") : List.of(), null, "NONE", LocalDate.of(2025, 7, 1), null,
                at("2030-01-01T08:00:00"));
    }

    /** A procedure published with its documents and legal basis, and no fee line: marked free, or fees not entered. */
    public static ProcedureSnapshot procedureWithoutFees(String code, String fieldCode, boolean free) {
        ProcedureSnapshot complete = procedure(code, "Thủ tục " + code, fieldCode, fieldCode, 1, true);
        return new ProcedureSnapshot(code, 1, "ACTIVE", complete.name(), fieldCode, fieldCode, complete.levels(),
                complete.processingTime(), List.of(), free, complete.documents(), complete.legalBasis(), null, "NONE",
                complete.effectiveDate(), null, complete.updatedAt());
    }

    /** A record that is not an event at all: the consumers dead-letter it, the rebuild skips it. */
    public void publishPoison(String key) {
        try {
            producer.send(new ProducerRecord<>(Topics.LIFECYCLE.name(), key, "{not an event".getBytes(StandardCharsets.UTF_8)))
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether the service's consumers have committed every record now in the topics: they commit only
     * after their database transaction, so the read models then hold everything published so far.
     */
    public boolean consumedAll() {
        try (Admin admin = Admin.create(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            return caughtUp(admin, "reporting-dossiers", Set.of(Topics.LIFECYCLE.name()))
                    && caughtUp(admin, "reporting-reference-data", Set.of(Topics.UNITS.name(), Topics.CATALOG.name()));
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean caughtUp(Admin admin, String group, Set<String> topics) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).forEach((topic, description) ->
                description.partitions().forEach(partition -> latest.put(new TopicPartition(topic, partition.partition()),
                        OffsetSpec.latest())));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end : ends.entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            if ((done == null ? 0 : done.offset()) < end.getValue().offset()) {
                return false;
            }
        }
        return true;
    }

    private void send(String topic, String key, String type, String subject, byte[] payload, UUID id) {
        EventEnvelope envelope = new EventEnvelope(id, "/motcua/dossier-service", type, subject, at("2030-01-01T08:00:00"), payload,
                Optional.empty());
        try {
            producer.send(CloudEventCodec.toRecord(topic, key, envelope)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
