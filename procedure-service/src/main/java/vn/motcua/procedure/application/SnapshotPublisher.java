package vn.motcua.procedure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.platform.events.ProcedureSnapshot;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.events.UnitSnapshot;
import vn.motcua.platform.messaging.outbox.OutboxWriter;
import vn.motcua.platform.http.time.ClockProducer;
import vn.motcua.procedure.domain.Level;
import vn.motcua.procedure.domain.ProcedureContent;
import vn.motcua.procedure.persistence.UnitEntity;

import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Writes the full current state of a procedure or unit to the outbox, in the transaction of the change:
 * the compacted catalogue and unit topics then always end with each one's latest version.
 */
@ApplicationScoped
public class SnapshotPublisher {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    OutboxWriter outbox;

    @Inject
    CatalogConfig config;

    public ProcedureSnapshot publish(ProcedureDetails procedure) {
        ProcedureSnapshot snapshot = snapshotOf(procedure);
        outbox.append(Topics.CATALOG, procedure.code(), UUID.randomUUID(), ProcedureSnapshot.TYPE, procedure.code(), snapshot);
        return snapshot;
    }

    public UnitSnapshot publish(UnitEntity unit) {
        UnitSnapshot snapshot = new UnitSnapshot(unit.code, unit.name, unit.kind.name(), config.provinceCode(), unit.agencyCode,
                unit.status, unit.version(), unit.updatedAt.atZone(ClockProducer.PROVINCE_ZONE).toOffsetDateTime());
        outbox.append(Topics.UNITS, unit.code, UUID.randomUUID(), UnitSnapshot.TYPE, unit.code, snapshot);
        return snapshot;
    }

    static ProcedureSnapshot snapshotOf(ProcedureDetails procedure) {
        ProcedureContent content = procedure.content();
        return new ProcedureSnapshot(
                procedure.code(),
                procedure.version(),
                procedure.status().name(),
                content.name(),
                content.fieldCode(),
                procedure.fieldName(),
                content.levels().stream().map(Level::name).toList(),
                new ProcedureSnapshot.ProcessingTime(content.processingTime().unit().name(), content.processingTime().amount(),
                        content.processingTime().cutoffTime() == null ? null : HOURS.format(content.processingTime().cutoffTime())),
                content.fees().stream().map(fee -> new ProcedureSnapshot.Fee(fee.channel().name(), fee.amount(), fee.description()))
                        .toList(),
                content.free(),
                content.documents().stream().map(document -> new ProcedureSnapshot.RequiredDocument(document.name(),
                        document.template(), document.copies(), document.form().name())).toList(),
                content.legalBasis(),
                content.competentAgency(),
                content.onlineServiceLevel().name(),
                content.effectiveDate(),
                content.announcingDecision(),
                procedure.updatedAt().atZone(ClockProducer.PROVINCE_ZONE).toOffsetDateTime());
    }
}
