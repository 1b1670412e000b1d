package vn.motcua.reporting.messaging;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.events.Topics;
import vn.motcua.platform.messaging.consumer.EventHandler;
import vn.motcua.platform.messaging.consumer.ReceivedEvent;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * Keeps one row per dossier from the lifecycle events. Each event is a full snapshot, and the platform's
 * consumer drops duplicates and events older than the one applied, so a row is simply replaced; only the
 * dates of refusal and withdrawal, which the snapshot does not carry, come from the event's time and are
 * kept once set. A change is announced to the live feed.
 */
@ApplicationScoped
public class DossierReadModel implements EventHandler {

    @Inject
    AgroalDataSource dataSource;

    @Override
    public String consumerName() {
        return "reporting-dossiers";
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.LIFECYCLE.name());
    }

    @Override
    public void handle(ReceivedEvent event) {
        DossierLifecycleEvent dossier = event.payloadAs(DossierLifecycleEvent.class);
        java.time.LocalDate on = dossier.occurredAt().toLocalDate();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("""
                     INSERT INTO report_dossier AS d (dossier_id, code, sequence, procedure_code, field_code, receiving_unit_code,
                         competent_unit_code, channel, status, submitted_at, received_at, received_date, due_at, resolved_at,
                         resolved_date, timeliness, refused_date, withdrawn_date, rating, documents_total, documents_as_files,
                         result_as_file, updated_at)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
                     ON CONFLICT (dossier_id) DO UPDATE SET
                         code = EXCLUDED.code, sequence = EXCLUDED.sequence, procedure_code = EXCLUDED.procedure_code,
                         field_code = EXCLUDED.field_code, receiving_unit_code = EXCLUDED.receiving_unit_code,
                         competent_unit_code = EXCLUDED.competent_unit_code, channel = EXCLUDED.channel, status = EXCLUDED.status,
                         submitted_at = EXCLUDED.submitted_at, received_at = EXCLUDED.received_at,
                         received_date = EXCLUDED.received_date, due_at = EXCLUDED.due_at, resolved_at = EXCLUDED.resolved_at,
                         resolved_date = EXCLUDED.resolved_date, timeliness = EXCLUDED.timeliness,
                         refused_date = coalesce(d.refused_date, EXCLUDED.refused_date),
                         withdrawn_date = coalesce(d.withdrawn_date, EXCLUDED.withdrawn_date),
                         rating = EXCLUDED.rating, documents_total = EXCLUDED.documents_total,
                         documents_as_files = EXCLUDED.documents_as_files, result_as_file = EXCLUDED.result_as_file,
                         updated_at = now()
                     WHERE d.sequence < EXCLUDED.sequence""")) {
            int i = 1;
            upsert.setObject(i++, dossier.dossierId());
            upsert.setString(i++, dossier.dossierCode());
            upsert.setLong(i++, dossier.sequence());
            upsert.setString(i++, dossier.procedureCode());
            upsert.setString(i++, dossier.fieldCode());
            upsert.setString(i++, dossier.receivingUnitCode());
            upsert.setString(i++, dossier.competentUnitCode());
            upsert.setString(i++, dossier.channel().name());
            upsert.setString(i++, dossier.status().name());
            upsert.setTimestamp(i++, timestamp(dossier.submittedAt()));
            upsert.setTimestamp(i++, timestamp(dossier.receivedAt()));
            upsert.setDate(i++, dossier.receivedAt() == null ? null : Date.valueOf(dossier.receivedAt().toLocalDate()));
            upsert.setTimestamp(i++, timestamp(dossier.dueAt()));
            upsert.setTimestamp(i++, timestamp(dossier.resolvedAt()));
            upsert.setDate(i++, dossier.resolvedAt() == null ? null : Date.valueOf(dossier.resolvedAt().toLocalDate()));
            upsert.setString(i++, dossier.timeliness() == null ? null : dossier.timeliness().name());
            upsert.setDate(i++, dossier.status() == DossierStatus.REFUSED ? Date.valueOf(on) : null);
            upsert.setDate(i++, dossier.status() == DossierStatus.WITHDRAWN ? Date.valueOf(on) : null);
            if (dossier.rating() == null) {
                upsert.setNull(i++, Types.INTEGER);
            } else {
                upsert.setInt(i++, dossier.rating());
            }
            upsert.setObject(i++, dossier.documentsTotal(), Types.INTEGER);
            upsert.setObject(i++, dossier.documentsAsFiles(), Types.INTEGER);
            upsert.setObject(i, dossier.resultAsFile(), Types.BOOLEAN);
            if (upsert.executeUpdate() > 0) {
                // the live feeds of every replica count this unit again once this transaction commits
                ReadModelChanges.announce(connection, dossier.competentUnitCode());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the dossier read model could not be written", e);
        }
    }

    private static Timestamp timestamp(OffsetDateTime time) {
        return time == null ? null : Timestamp.from(time.toInstant());
    }
}
