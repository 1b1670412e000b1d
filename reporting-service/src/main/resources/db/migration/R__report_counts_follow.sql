-- report_counts_follow(): the trigger function that applies a change of report_dossier to the counts.
-- What the old row counted is taken off, what the new row counts is added, at every grain and in days,
-- months and years; rows whose changes cancel out are not touched, and an update that changes no counted
-- column (most events change only the status, such as started or returned) does not even call it (the
-- trigger report_dossier_counts_change). Rows are written in key order so that two replicas consuming
-- different partitions never deadlock. Unqualified table names on purpose: a rebuild runs this on its
-- copies with its own schema as the search path.
-- Repeatable migration: Flyway runs it after all versioned ones, on a fresh database and again whenever
-- this file changes, so this file holds the function's current text and is the only place to change it
-- (RepeatableFunctionsTest fails when a versioned migration defines it). The earlier texts in
-- V20261128_30 and V20261128_40 stay as they were applied. The trigger's condition (the columns that count)
-- is in the latest versioned migration that changed them, V20261203_30.
-- A trigger function keeps its signature (RETURNS trigger, no parameters); dropping it would drop the
-- triggers report_dossier_counts and report_dossier_counts_change with it.

CREATE OR REPLACE FUNCTION report_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_counts AS c (grain, unit_code, field_code, procedure_code, kind, period,
        received_counter, received_online, received_post, received_for_others, documents_total,
        early, on_time, late, ratings, rating_sum, refused, withdrawn,
        withdrawn_received, open_change, dated_change, overdue_change, documents_digitized, documents_scanned,
        results_stored, results_signed)
    SELECT s.* FROM (
        SELECT g.grain,
               CASE WHEN g.grain IN ('u', 'uf', 'up') THEN x.unit_code ELSE '' END AS unit_code,
               CASE WHEN g.grain IN ('f', 'p', 'uf', 'up') THEN x.field_code ELSE '' END AS field_code,
               CASE WHEN g.grain IN ('p', 'up') THEN x.procedure_code ELSE '' END AS procedure_code,
               l.kind, l.period,
               sum(x.sign * x.received_counter) AS received_counter, sum(x.sign * x.received_online) AS received_online,
               sum(x.sign * x.received_post) AS received_post, sum(x.sign * x.received_for_others) AS received_for_others,
               sum(x.sign * x.documents_total) AS documents_total,
               sum(x.sign * x.early) AS early, sum(x.sign * x.on_time) AS on_time, sum(x.sign * x.late) AS late,
               sum(x.sign * x.ratings) AS ratings,
               sum(x.sign * x.rating_sum) AS rating_sum, sum(x.sign * x.refused) AS refused,
               sum(x.sign * x.withdrawn) AS withdrawn, sum(x.sign * x.withdrawn_received) AS withdrawn_received,
               sum(x.sign * x.open_change) AS open_change, sum(x.sign * x.dated_change) AS dated_change,
               sum(x.sign * x.overdue_change) AS overdue_change,
               sum(x.sign * x.documents_digitized) AS documents_digitized,
               sum(x.sign * x.documents_scanned) AS documents_scanned,
               sum(x.sign * x.results_stored) AS results_stored, sum(x.sign * x.results_signed) AS results_signed
          FROM (SELECT -1 AS sign, o.* FROM ${flyway:defaultSchema}.report_dossier_days(
                        OLD.competent_unit_code, OLD.due_at, OLD.receiving_unit_code, OLD.field_code, OLD.procedure_code,
                        OLD.channel, OLD.received_date, OLD.resolved_date, OLD.timeliness, OLD.refused_date,
                        OLD.withdrawn_date, OLD.rating, OLD.rated_date, OLD.documents_total, OLD.state_days,
                        OLD.state_units, OLD.state_due_ats, OLD.stored_days, OLD.stored_documents, OLD.scanned_documents,
                        OLD.result_stored, OLD.result_signed) o
                UNION ALL
                SELECT 1, n.* FROM ${flyway:defaultSchema}.report_dossier_days(
                        NEW.competent_unit_code, NEW.due_at, NEW.receiving_unit_code, NEW.field_code, NEW.procedure_code,
                        NEW.channel, NEW.received_date, NEW.resolved_date, NEW.timeliness, NEW.refused_date,
                        NEW.withdrawn_date, NEW.rating, NEW.rated_date, NEW.documents_total, NEW.state_days,
                        NEW.state_units, NEW.state_due_ats, NEW.stored_days, NEW.stored_documents, NEW.scanned_documents,
                        NEW.result_stored, NEW.result_signed) n) x
         CROSS JOIN (VALUES (''), ('u'), ('f'), ('p'), ('uf'), ('up')) AS g(grain)
         CROSS JOIN LATERAL (VALUES ('D'::"char", x.day), ('M'::"char", date_trunc('month', x.day)::date),
                                    ('Y'::"char", date_trunc('year', x.day)::date)) AS l(kind, period)
         GROUP BY 1, 2, 3, 4, 5, 6) s
     WHERE (s.received_counter, s.received_online, s.received_post, s.received_for_others, s.documents_total,
            s.early, s.on_time, s.late, s.ratings, s.rating_sum, s.refused, s.withdrawn, s.withdrawn_received,
            s.open_change, s.dated_change, s.overdue_change, s.documents_digitized, s.documents_scanned,
            s.results_stored, s.results_signed)
           IS DISTINCT FROM (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
     ORDER BY 1, 2, 5, 6, 3, 4
    ON CONFLICT (grain, unit_code, kind, period, field_code, procedure_code) DO UPDATE SET
        received_counter = c.received_counter + EXCLUDED.received_counter,
        received_online = c.received_online + EXCLUDED.received_online,
        received_post = c.received_post + EXCLUDED.received_post,
        received_for_others = c.received_for_others + EXCLUDED.received_for_others,
        documents_total = c.documents_total + EXCLUDED.documents_total,
        early = c.early + EXCLUDED.early, on_time = c.on_time + EXCLUDED.on_time, late = c.late + EXCLUDED.late,
        ratings = c.ratings + EXCLUDED.ratings, rating_sum = c.rating_sum + EXCLUDED.rating_sum,
        refused = c.refused + EXCLUDED.refused, withdrawn = c.withdrawn + EXCLUDED.withdrawn,
        withdrawn_received = c.withdrawn_received + EXCLUDED.withdrawn_received,
        open_change = c.open_change + EXCLUDED.open_change, dated_change = c.dated_change + EXCLUDED.dated_change,
        overdue_change = c.overdue_change + EXCLUDED.overdue_change,
        documents_digitized = c.documents_digitized + EXCLUDED.documents_digitized,
        documents_scanned = c.documents_scanned + EXCLUDED.documents_scanned,
        results_stored = c.results_stored + EXCLUDED.results_stored,
        results_signed = c.results_signed + EXCLUDED.results_signed;
    RETURN NULL;
END
$$;
