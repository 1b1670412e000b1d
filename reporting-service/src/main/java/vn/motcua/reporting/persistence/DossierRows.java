package vn.motcua.reporting.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.platform.events.DossierLifecycleEvent;
import vn.motcua.platform.events.DossierStatus;
import vn.motcua.platform.http.time.ClockProducer;
import vn.motcua.reporting.domain.ReportScope;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The table {@code report_dossier}: one row per dossier (codes, dates, status, timeliness; never personal
 * data), written from the lifecycle events; its trigger keeps {@code report_counts} in step.
 */
@ApplicationScoped
public class DossierRows {

    /** An open dossier past its due time: codes and the due time only. */
    public record OverdueDossier(String code, String procedureCode, String competentUnitCode, OffsetDateTime dueAt) {
    }

    @Inject
    AgroalDataSource dataSource;

    /**
     * Replaces the dossier's row by the event's snapshot unless a later one is stored; the dates of refusal
     * and withdrawal, which the snapshot does not carry, come from the event's time and are kept once set.
     * A change is announced to the live feed.
     */
    public void save(DossierLifecycleEvent dossier) {
        LocalDate on = dossier.occurredAt().toLocalDate();
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

    /**
     * The dossiers open and past due at the end of the period, most overdue first (10,000 at most). Read in
     * three disjoint parts, each served by an index: still open now, resolved after the period, withdrawn
     * after it.
     */
    public List<OverdueDossier> overdue(ReportScope scope) {
        Date to = Date.valueOf(scope.to());
        Timestamp end = endOf(scope.to());
        String columns = "SELECT code, procedure_code, competent_unit_code, due_at FROM report_dossier d WHERE ";
        String filter = " AND received_date <= ? AND due_at < ?" + scopeFilter(scope);
        List<Object> parameters = new ArrayList<>();
        for (List<Object> arm : List.of(List.<Object>of(), List.<Object>of(to, to), List.<Object>of(to))) {
            parameters.addAll(arm);
            parameters.add(to);
            parameters.add(end);
            parameters.addAll(scopeParameters(scope));
        }
        List<OverdueDossier> rows = new ArrayList<>();
        ReportQueries.query(dataSource, columns + "resolved_date IS NULL AND withdrawn_date IS NULL" + filter
                + " UNION ALL " + columns + "resolved_date > ? AND (withdrawn_date IS NULL OR withdrawn_date > ?)" + filter
                + " UNION ALL " + columns + "withdrawn_date > ? AND resolved_date IS NULL" + filter
                + " ORDER BY due_at, code LIMIT 10000", parameters, row -> rows.add(new OverdueDossier(row.getString("code"),
                row.getString("procedure_code"), row.getString("competent_unit_code"),
                row.getTimestamp("due_at").toInstant().atZone(ClockProducer.PROVINCE_ZONE).toOffsetDateTime())));
        return rows;
    }

    private static String scopeFilter(ReportScope scope) {
        return (scope.unit() == null ? "" : " AND d.competent_unit_code = ?")
                + (scope.field() == null ? "" : " AND d.field_code = ?")
                + (scope.procedure() == null ? "" : " AND d.procedure_code = ?");
    }

    private static List<Object> scopeParameters(ReportScope scope) {
        List<Object> parameters = new ArrayList<>();
        if (scope.unit() != null) {
            parameters.add(scope.unit());
        }
        if (scope.field() != null) {
            parameters.add(scope.field());
        }
        if (scope.procedure() != null) {
            parameters.add(scope.procedure());
        }
        return parameters;
    }

    /** The instant a local date ends in the province: midnight of the next day. */
    private static Timestamp endOf(LocalDate day) {
        return Timestamp.from(day.plusDays(1).atStartOfDay(ClockProducer.PROVINCE_ZONE).toInstant());
    }

    private static Timestamp timestamp(OffsetDateTime time) {
        return time == null ? null : Timestamp.from(time.toInstant());
    }
}
