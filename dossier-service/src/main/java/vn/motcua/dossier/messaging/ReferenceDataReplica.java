package vn.motcua.dossier.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import vn.motcua.platform.events.EventJson;
import vn.motcua.platform.events.ProcedureSnapshot;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.events.UnitSnapshot;
import vn.motcua.platform.messaging.consumer.EventHandler;
import vn.motcua.platform.messaging.consumer.ReceivedEvent;
import vn.motcua.dossier.persistence.ProcedureReplicaEntity;
import vn.motcua.dossier.persistence.UnitReplicaEntity;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Keeps dossier-service's copies of the catalogue and the units from procedure-service's compacted
 * topics. The platform's consumer skips duplicates and versions older than the one applied, so each
 * snapshot here simply replaces the copy.
 */
@ApplicationScoped
public class ReferenceDataReplica implements EventHandler {

    @Override
    public String consumerName() {
        return "dossier-reference-data";
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.CATALOG.name(), Topics.UNITS.name());
    }

    @Override
    public void handle(ReceivedEvent event) {
        if (ProcedureSnapshot.TYPE.equals(event.type())) {
            apply(event.payloadAs(ProcedureSnapshot.class));
        } else if (UnitSnapshot.TYPE.equals(event.type())) {
            apply(event.payloadAs(UnitSnapshot.class));
        }
    }

    private static void apply(ProcedureSnapshot snapshot) {
        ProcedureReplicaEntity replica = ProcedureReplicaEntity.findById(snapshot.code());
        if (replica == null) {
            replica = new ProcedureReplicaEntity();
            replica.code = snapshot.code();
        }
        replica.version = snapshot.version();
        replica.status = snapshot.status();
        replica.name = snapshot.name();
        replica.fieldCode = snapshot.fieldCode();
        replica.fieldName = snapshot.fieldName();
        replica.levels = String.join(",", snapshot.levels());
        replica.processingUnit = snapshot.processingTime().unit();
        replica.processingAmount = snapshot.processingTime().amount();
        replica.cutoffTime = snapshot.processingTime().cutoffTime();
        replica.documents = new String(EventJson.write(snapshot.documents()), StandardCharsets.UTF_8);
        replica.onlineLevel = snapshot.onlineServiceLevel();
        replica.updatedAt = snapshot.updatedAt().toInstant();
        replica.persist();
    }

    private static void apply(UnitSnapshot snapshot) {
        UnitReplicaEntity replica = UnitReplicaEntity.findById(snapshot.code());
        if (replica == null) {
            replica = new UnitReplicaEntity();
            replica.code = snapshot.code();
        }
        replica.version = snapshot.version();
        replica.name = snapshot.name();
        replica.kind = snapshot.kind();
        replica.agencyCode = snapshot.agencyCode();
        replica.status = snapshot.status();
        replica.updatedAt = snapshot.updatedAt().toInstant();
        replica.persist();
    }
}
