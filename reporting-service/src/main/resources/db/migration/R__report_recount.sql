-- report_recount(): computes every count again from report_dossier, set-based: the dossiers' days are
-- summed at the finest grain first, then rolled up into the other grains, into months and into years.
-- For bulk loads (insert with the trigger off, then call this), and at the end of this file: a change of
-- what the counts mean (this function, report_dossier_days(), the columns of report_counts) must come with
-- a change of this file, so that every database counts again once the new texts are in place (Flyway runs
-- the repeatable migrations in the order of their names, this one last). Returns the number of rows written.
-- Repeatable migration: Flyway runs it after all versioned ones, on a fresh database and again whenever
-- this file changes, so this file holds the function's current text and is the only place to change it
-- (RepeatableFunctionsTest fails when a versioned migration defines it). The earlier texts in
-- V20261128_30 and V20261128_40 stay as they were applied.
-- CREATE OR REPLACE keeps the result type (bigint): to change it, drop the function first in this file.

CREATE OR REPLACE FUNCTION report_recount() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    written bigint;
BEGIN
    TRUNCATE report_counts;
    CREATE TEMPORARY TABLE report_recount_days ON COMMIT DROP AS
        SELECT x.unit_code, x.field_code, x.procedure_code, x.day,
               sum(x.received_counter) AS received_counter, sum(x.received_online) AS received_online,
               sum(x.received_post) AS received_post, sum(x.received_for_others) AS received_for_others,
               sum(x.documents_total) AS documents_total,
               sum(x.early) AS early, sum(x.on_time) AS on_time, sum(x.late) AS late,
               sum(x.ratings) AS ratings, sum(x.rating_sum) AS rating_sum, sum(x.refused) AS refused,
               sum(x.withdrawn) AS withdrawn, sum(x.withdrawn_received) AS withdrawn_received,
               sum(x.open_change) AS open_change, sum(x.dated_change) AS dated_change,
               sum(x.overdue_change) AS overdue_change, sum(x.documents_digitized) AS documents_digitized,
               sum(x.documents_scanned) AS documents_scanned, sum(x.results_stored) AS results_stored,
               sum(x.results_signed) AS results_signed
          FROM report_dossier d
         CROSS JOIN LATERAL ${flyway:defaultSchema}.report_dossier_days(
                d.competent_unit_code, d.due_at, d.receiving_unit_code, d.field_code, d.procedure_code, d.channel,
                d.received_date, d.resolved_date, d.timeliness, d.refused_date, d.withdrawn_date, d.rating, d.rated_date,
                d.documents_total, d.state_days, d.state_units, d.state_due_ats, d.stored_days, d.stored_documents,
                d.scanned_documents, d.result_stored, d.result_signed) x
         GROUP BY 1, 2, 3, 4;
    -- summed first (hashed), then written in the order reports read them: the rows of one grain and kind
    -- and neighbouring periods end up on the same pages (sorting before summing would sort every day row)
    WITH counted AS MATERIALIZED (
    SELECT g.grain,
           CASE WHEN g.grain IN ('u', 'uf', 'up') THEN r.unit_code ELSE '' END,
           CASE WHEN g.grain IN ('f', 'p', 'uf', 'up') THEN r.field_code ELSE '' END,
           CASE WHEN g.grain IN ('p', 'up') THEN r.procedure_code ELSE '' END,
           l.kind, l.period,
           sum(r.received_counter), sum(r.received_online), sum(r.received_post), sum(r.received_for_others),
           sum(r.documents_total), sum(r.early), sum(r.on_time), sum(r.late), sum(r.ratings), sum(r.rating_sum),
           sum(r.refused), sum(r.withdrawn), sum(r.withdrawn_received), sum(r.open_change), sum(r.dated_change),
           sum(r.overdue_change), sum(r.documents_digitized), sum(r.documents_scanned), sum(r.results_stored),
           sum(r.results_signed)
      FROM report_recount_days r
     CROSS JOIN (VALUES (''), ('u'), ('f'), ('p'), ('uf'), ('up')) AS g(grain)
     CROSS JOIN LATERAL (VALUES ('D'::"char", r.day), ('M'::"char", date_trunc('month', r.day)::date),
                                ('Y'::"char", date_trunc('year', r.day)::date)) AS l(kind, period)
     GROUP BY 1, 2, 3, 4, 5, 6)
    INSERT INTO report_counts (grain, unit_code, field_code, procedure_code, kind, period,
        received_counter, received_online, received_post, received_for_others, documents_total,
        early, on_time, late, ratings, rating_sum, refused, withdrawn,
        withdrawn_received, open_change, dated_change, overdue_change, documents_digitized, documents_scanned,
        results_stored, results_signed)
    SELECT * FROM counted ORDER BY 1, 5, 6, 2, 3, 4;
    GET DIAGNOSTICS written = ROW_COUNT;
    DROP TABLE report_recount_days;
    ANALYZE report_counts;
    RETURN written;
END
$$;

-- counted again with the texts of V20261203_30 (documents digitized: stored files, on the day of reception or
-- of a later rise; results stored as electronic files, and signed, on the day of resolution; no declared files)
SELECT report_recount();
