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
     * Replaces the dossier's row by the event's snapshot unless a later one is stored. The dates of refusal,
     * withdrawal and rating, which the snapshot does not carry, come from the event's time and are kept once
     * set. The competent unit and due time in force at the end of the event's day are added to the row's
     * history when they changed (the last event of a day wins), so that reports count a past day with what
     * was in force then. So is the most documents stored as files (and scanned) when it rises, so that a file
     * stored after reception counts on its own day. Whether the result was stored as a file, and signed, is kept
     * as the first event showing the dossier resolved said it (the resolved event), so that nothing later changes
     * what the day of resolution counted. A change is announced to the live feed.
     */
    public void save(DossierLifecycleEvent dossier) {
        Date on = Date.valueOf(localDate(dossier.occurredAt()));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("""
                     INSERT INTO report_dossier AS d (dossier_id, code, sequence, procedure_code, field_code, receiving_unit_code,
                         competent_unit_code, channel, status, submitted_at, received_at, received_date, due_at, resolved_at,
                         resolved_date, timeliness, refused_date, withdrawn_date, rating, rated_date, documents_total,
                         documents_as_files, result_as_file, result_stored, result_signed, state_days, state_units,
                         state_due_ats, stored_days, stored_documents, scanned_documents, updated_at)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ARRAY[?::date],
                             ARRAY[?::text], ARRAY[?::timestamptz], ?, ?, ?, now())
                     ON CONFLICT (dossier_id) DO UPDATE SET
                         code = EXCLUDED.code, sequence = EXCLUDED.sequence, procedure_code = EXCLUDED.procedure_code,
                         field_code = EXCLUDED.field_code, receiving_unit_code = EXCLUDED.receiving_unit_code,
                         competent_unit_code = EXCLUDED.competent_unit_code, channel = EXCLUDED.channel, status = EXCLUDED.status,
                         submitted_at = EXCLUDED.submitted_at, received_at = EXCLUDED.received_at,
                         received_date = EXCLUDED.received_date, due_at = EXCLUDED.due_at, resolved_at = EXCLUDED.resolved_at,
                         resolved_date = EXCLUDED.resolved_date, timeliness = EXCLUDED.timeliness,
                         refused_date = coalesce(d.refused_date, EXCLUDED.refused_date),
                         withdrawn_date = coalesce(d.withdrawn_date, EXCLUDED.withdrawn_date),
                         rating = EXCLUDED.rating, rated_date = coalesce(d.rated_date, EXCLUDED.rated_date),
                         documents_total = EXCLUDED.documents_total,
                         documents_as_files = EXCLUDED.documents_as_files, result_as_file = EXCLUDED.result_as_file,
                         -- the stored result as the first event showing the dossier resolved said it
                         result_stored = CASE WHEN d.resolved_date IS NOT NULL AND EXCLUDED.resolved_date IS NOT NULL
                                              THEN d.result_stored ELSE EXCLUDED.result_stored END,
                         result_signed = CASE WHEN d.resolved_date IS NOT NULL AND EXCLUDED.resolved_date IS NOT NULL
                                              THEN d.result_signed ELSE EXCLUDED.result_signed END,
                         -- the history: the event's state added unless it is the one in force; the last entry
                         -- dropped first when it is of the event's day (the last event of a day wins)
                         (state_days, state_units, state_due_ats) = (
                             SELECT d.state_days[1:h.kept] || EXCLUDED.state_days[1:h.added],
                                    d.state_units[1:h.kept] || EXCLUDED.state_units[1:h.added],
                                    d.state_due_ats[1:h.kept] || EXCLUDED.state_due_ats[1:h.added]
                               FROM (SELECT CASE WHEN l.same THEN l.n WHEN d.state_days[l.n] >= EXCLUDED.state_days[1] THEN l.n - 1
                                                 ELSE l.n END AS kept,
                                            CASE WHEN l.same THEN 0 ELSE 1 END AS added
                                       FROM (SELECT cardinality(d.state_days) AS n,
                                                    (d.state_units[cardinality(d.state_units)], d.state_due_ats[cardinality(d.state_due_ats)])
                                                    IS NOT DISTINCT FROM (EXCLUDED.state_units[1], EXCLUDED.state_due_ats[1]) AS same) l) h),
                         -- the most documents stored and scanned: an entry added when either rises (the event's
                         -- own entry, if any, holds its counts); the last one replaced when it is of the event's day
                         (stored_days, stored_documents, scanned_documents) = (
                             SELECT CASE WHEN r.rose THEN d.stored_days[1:r.kept] || EXCLUDED.stored_days[1] ELSE d.stored_days END,
                                    CASE WHEN r.rose THEN d.stored_documents[1:r.kept] || r.stored ELSE d.stored_documents END,
                                    CASE WHEN r.rose THEN d.scanned_documents[1:r.kept] || r.scanned ELSE d.scanned_documents END
                               FROM (SELECT greatest(l.stored, EXCLUDED.stored_documents[1]) AS stored,
                                            greatest(l.scanned, EXCLUDED.scanned_documents[1]) AS scanned,
                                            (greatest(l.stored, EXCLUDED.stored_documents[1]),
                                             greatest(l.scanned, EXCLUDED.scanned_documents[1])) <> (l.stored, l.scanned) AS rose,
                                            CASE WHEN l.n > 0 AND d.stored_days[l.n] >= EXCLUDED.stored_days[1] THEN l.n - 1
                                                 ELSE l.n END AS kept
                                       FROM (SELECT cardinality(d.stored_days) AS n,
                                                    coalesce(d.stored_documents[cardinality(d.stored_documents)], 0) AS stored,
                                                    coalesce(d.scanned_documents[cardinality(d.scanned_documents)], 0) AS scanned) l) r),
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
            upsert.setDate(i++, date(dossier.receivedAt()));
            upsert.setTimestamp(i++, timestamp(dossier.dueAt()));
            upsert.setTimestamp(i++, timestamp(dossier.resolvedAt()));
            upsert.setDate(i++, date(dossier.resolvedAt()));
            upsert.setString(i++, dossier.timeliness() == null ? null : dossier.timeliness().name());
            upsert.setDate(i++, dossier.status() == DossierStatus.REFUSED ? on : null);
            upsert.setDate(i++, dossier.status() == DossierStatus.WITHDRAWN ? on : null);
            upsert.setObject(i++, dossier.rating(), Types.INTEGER);
            upsert.setDate(i++, dossier.rating() == null ? null : on);
            upsert.setObject(i++, dossier.documentsTotal(), Types.INTEGER);
            upsert.setObject(i++, dossier.documentsAsFiles(), Types.INTEGER);
            upsert.setObject(i++, dossier.resultAsFile(), Types.BOOLEAN);
            upsert.setObject(i++, dossier.resultStored(), Types.BOOLEAN);
            upsert.setObject(i++, dossier.resultSigned(), Types.BOOLEAN);
            upsert.setDate(i++, on);
            upsert.setString(i++, dossier.competentUnitCode());
            upsert.setTimestamp(i++, timestamp(dossier.dueAt()));
            // an event that knows of no stored file (older ones carry null) adds nothing to the history
            int stored = dossier.documentsStored() == null ? 0 : dossier.documentsStored();
            int scanned = dossier.documentsScanned() == null ? 0 : dossier.documentsScanned();
            boolean anyStored = stored > 0 || scanned > 0;
            upsert.setArray(i++, connection.createArrayOf("date", anyStored ? new Object[] {on} : new Object[0]));
            upsert.setArray(i++, connection.createArrayOf("integer", anyStored ? new Object[] {stored} : new Object[0]));
            upsert.setArray(i, connection.createArrayOf("integer", anyStored ? new Object[] {scanned} : new Object[0]));
            if (upsert.executeUpdate() > 0) {
                // the live feeds of every replica count this unit again once this transaction commits
                ReadModelChanges.announce(connection, dossier.competentUnitCode());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the dossier read model could not be written", e);
        }
    }

    /**
     * The dossiers open and past due at the end of the period, with the due time and competent unit in force
     * then, most overdue first (10,000 at most). The dossiers open then are read in three disjoint parts,
     * each served by an index: still open now, resolved after the period, withdrawn after it.
     */
    public List<OverdueDossier> overdue(ReportScope scope) {
        Date to = Date.valueOf(scope.to());
        String columns = "SELECT code, procedure_code, competent_unit_code, due_at, state_days, state_units, state_due_ats"
                + " FROM report_dossier d WHERE ";
        String filter = " AND received_date <= ?" + (scope.field() == null ? "" : " AND d.field_code = ?")
                + (scope.procedure() == null ? "" : " AND d.procedure_code = ?");
        List<Object> parameters = new ArrayList<>();
        for (List<Object> arm : List.of(List.<Object>of(), List.<Object>of(to, to), List.<Object>of(to))) {
            parameters.addAll(arm);
            parameters.add(to);
            if (scope.field() != null) {
                parameters.add(scope.field());
            }
            if (scope.procedure() != null) {
                parameters.add(scope.procedure());
            }
        }
        parameters.add(to);
        parameters.add(endOf(scope.to()));
        if (scope.unit() != null) {
            parameters.add(scope.unit());
        }
        List<OverdueDossier> rows = new ArrayList<>();
        ReportQueries.query(dataSource, """
                SELECT code, procedure_code, unit, due FROM (
                    SELECT d.code, d.procedure_code,
                           CASE WHEN cardinality(d.state_days) = 0 THEN d.competent_unit_code ELSE d.state_units[i.k] END AS unit,
                           CASE WHEN cardinality(d.state_days) = 0 THEN d.due_at ELSE d.state_due_ats[i.k] END AS due
                      FROM (%s) d
                     CROSS JOIN LATERAL (SELECT greatest(1, count(*))::int AS k FROM unnest(d.state_days) AS s(day)
                                          WHERE s.day <= ?) i) x
                 WHERE due < ?%s
                 ORDER BY due, code LIMIT 10000""".formatted(
                columns + "resolved_date IS NULL AND withdrawn_date IS NULL" + filter
                        + " UNION ALL " + columns + "resolved_date > ? AND (withdrawn_date IS NULL OR withdrawn_date > ?)" + filter
                        + " UNION ALL " + columns + "withdrawn_date > ? AND resolved_date IS NULL" + filter,
                scope.unit() == null ? "" : " AND unit = ?"),
                parameters, row -> rows.add(new OverdueDossier(row.getString("code"), row.getString("procedure_code"),
                        row.getString("unit"), row.getTimestamp("due").toInstant().atZone(ClockProducer.PROVINCE_ZONE)
                        .toOffsetDateTime())));
        return rows;
    }

    /** The instant a local date ends in the province: midnight of the next day. */
    private static Timestamp endOf(LocalDate day) {
        return Timestamp.from(day.plusDays(1).atStartOfDay(ClockProducer.PROVINCE_ZONE).toInstant());
    }

    /** The local date of an instant in the province (null stays null). */
    private static Date date(OffsetDateTime time) {
        return time == null ? null : Date.valueOf(localDate(time));
    }

    private static LocalDate localDate(OffsetDateTime time) {
        return time.atZoneSameInstant(ClockProducer.PROVINCE_ZONE).toLocalDate();
    }

    private static Timestamp timestamp(OffsetDateTime time) {
        return time == null ? null : Timestamp.from(time.toInstant());
    }
}
