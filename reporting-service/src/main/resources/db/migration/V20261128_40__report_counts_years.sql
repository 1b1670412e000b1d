-- Year rows in report_counts (kind 'Y', period = 1 January), beside the day and month rows, so that a
-- report over years of history reads one row per year instead of twelve (docs/reports.md, "How reports
-- stay fast"). The trigger and report_recount() now count every day into its year too; the year rows of
-- what is already counted are summed from its month rows, which hold exactly the same counts, so no
-- dossier is read again. The rebuild's copies are created LIKE report_counts and call these functions,
-- so they follow.

ALTER TABLE report_counts DROP CONSTRAINT report_counts_kind_check;
ALTER TABLE report_counts ADD CONSTRAINT report_counts_kind_check CHECK (kind IN ('D', 'M', 'Y'));

-- as in V20261128_30, with the year of every day
CREATE OR REPLACE FUNCTION report_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_counts AS c (grain, unit_code, field_code, procedure_code, kind, period,
        received_counter, received_online, received_post, received_for_others, documents_total, documents_as_files,
        early, on_time, late, resolved_with_result, results_as_files, ratings, rating_sum, refused, withdrawn,
        closed, dated_received, dated_closed, due, settled)
    SELECT s.* FROM (
        SELECT g.grain,
               CASE WHEN g.grain IN ('u', 'uf', 'up') THEN x.unit_code ELSE '' END AS unit_code,
               CASE WHEN g.grain IN ('f', 'p', 'uf', 'up') THEN x.field_code ELSE '' END AS field_code,
               CASE WHEN g.grain IN ('p', 'up') THEN x.procedure_code ELSE '' END AS procedure_code,
               l.kind, l.period,
               sum(x.sign * x.received_counter) AS received_counter, sum(x.sign * x.received_online) AS received_online,
               sum(x.sign * x.received_post) AS received_post, sum(x.sign * x.received_for_others) AS received_for_others,
               sum(x.sign * x.documents_total) AS documents_total, sum(x.sign * x.documents_as_files) AS documents_as_files,
               sum(x.sign * x.early) AS early, sum(x.sign * x.on_time) AS on_time, sum(x.sign * x.late) AS late,
               sum(x.sign * x.resolved_with_result) AS resolved_with_result,
               sum(x.sign * x.results_as_files) AS results_as_files, sum(x.sign * x.ratings) AS ratings,
               sum(x.sign * x.rating_sum) AS rating_sum, sum(x.sign * x.refused) AS refused,
               sum(x.sign * x.withdrawn) AS withdrawn, sum(x.sign * x.closed) AS closed,
               sum(x.sign * x.dated_received) AS dated_received, sum(x.sign * x.dated_closed) AS dated_closed,
               sum(x.sign * x.due) AS due, sum(x.sign * x.settled) AS settled
          FROM (SELECT -1 AS sign, o.* FROM ${flyway:defaultSchema}.report_dossier_days(
                        OLD.competent_unit_code, OLD.receiving_unit_code, OLD.field_code, OLD.procedure_code, OLD.channel,
                        OLD.received_date, OLD.due_date, OLD.resolved_date, OLD.timeliness, OLD.refused_date,
                        OLD.withdrawn_date, OLD.rating, OLD.documents_total, OLD.documents_as_files, OLD.result_as_file) o
                UNION ALL
                SELECT 1, n.* FROM ${flyway:defaultSchema}.report_dossier_days(
                        NEW.competent_unit_code, NEW.receiving_unit_code, NEW.field_code, NEW.procedure_code, NEW.channel,
                        NEW.received_date, NEW.due_date, NEW.resolved_date, NEW.timeliness, NEW.refused_date,
                        NEW.withdrawn_date, NEW.rating, NEW.documents_total, NEW.documents_as_files, NEW.result_as_file) n) x
         CROSS JOIN (VALUES (''), ('u'), ('f'), ('p'), ('uf'), ('up')) AS g(grain)
         CROSS JOIN LATERAL (VALUES ('D'::"char", x.day), ('M'::"char", date_trunc('month', x.day)::date),
                                    ('Y'::"char", date_trunc('year', x.day)::date)) AS l(kind, period)
         GROUP BY 1, 2, 3, 4, 5, 6) s
     WHERE (s.received_counter, s.received_online, s.received_post, s.received_for_others, s.documents_total,
            s.documents_as_files, s.early, s.on_time, s.late, s.resolved_with_result, s.results_as_files, s.ratings,
            s.rating_sum, s.refused, s.withdrawn, s.closed, s.dated_received, s.dated_closed, s.due, s.settled)
           IS DISTINCT FROM (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
     ORDER BY 1, 2, 5, 6, 3, 4
    ON CONFLICT (grain, unit_code, kind, period, field_code, procedure_code) DO UPDATE SET
        received_counter = c.received_counter + EXCLUDED.received_counter,
        received_online = c.received_online + EXCLUDED.received_online,
        received_post = c.received_post + EXCLUDED.received_post,
        received_for_others = c.received_for_others + EXCLUDED.received_for_others,
        documents_total = c.documents_total + EXCLUDED.documents_total,
        documents_as_files = c.documents_as_files + EXCLUDED.documents_as_files,
        early = c.early + EXCLUDED.early, on_time = c.on_time + EXCLUDED.on_time, late = c.late + EXCLUDED.late,
        resolved_with_result = c.resolved_with_result + EXCLUDED.resolved_with_result,
        results_as_files = c.results_as_files + EXCLUDED.results_as_files,
        ratings = c.ratings + EXCLUDED.ratings, rating_sum = c.rating_sum + EXCLUDED.rating_sum,
        refused = c.refused + EXCLUDED.refused, withdrawn = c.withdrawn + EXCLUDED.withdrawn,
        closed = c.closed + EXCLUDED.closed, dated_received = c.dated_received + EXCLUDED.dated_received,
        dated_closed = c.dated_closed + EXCLUDED.dated_closed, due = c.due + EXCLUDED.due,
        settled = c.settled + EXCLUDED.settled;
    RETURN NULL;
END
$$;

-- as in V20261128_30, with the year of every day
CREATE OR REPLACE FUNCTION report_recount() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    written bigint;
BEGIN
    TRUNCATE report_counts;
    CREATE TEMPORARY TABLE report_recount_days ON COMMIT DROP AS
        SELECT x.unit_code, x.field_code, x.procedure_code, x.day,
               sum(x.received_counter) AS received_counter, sum(x.received_online) AS received_online,
               sum(x.received_post) AS received_post, sum(x.received_for_others) AS received_for_others,
               sum(x.documents_total) AS documents_total, sum(x.documents_as_files) AS documents_as_files,
               sum(x.early) AS early, sum(x.on_time) AS on_time, sum(x.late) AS late,
               sum(x.resolved_with_result) AS resolved_with_result, sum(x.results_as_files) AS results_as_files,
               sum(x.ratings) AS ratings, sum(x.rating_sum) AS rating_sum, sum(x.refused) AS refused,
               sum(x.withdrawn) AS withdrawn, sum(x.closed) AS closed, sum(x.dated_received) AS dated_received,
               sum(x.dated_closed) AS dated_closed, sum(x.due) AS due, sum(x.settled) AS settled
          FROM report_dossier d
         CROSS JOIN LATERAL ${flyway:defaultSchema}.report_dossier_days(
                d.competent_unit_code, d.receiving_unit_code, d.field_code, d.procedure_code, d.channel, d.received_date,
                d.due_date, d.resolved_date, d.timeliness, d.refused_date, d.withdrawn_date, d.rating, d.documents_total,
                d.documents_as_files, d.result_as_file) x
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
           sum(r.documents_total), sum(r.documents_as_files), sum(r.early), sum(r.on_time), sum(r.late),
           sum(r.resolved_with_result), sum(r.results_as_files), sum(r.ratings), sum(r.rating_sum), sum(r.refused),
           sum(r.withdrawn), sum(r.closed), sum(r.dated_received), sum(r.dated_closed), sum(r.due), sum(r.settled)
      FROM report_recount_days r
     CROSS JOIN (VALUES (''), ('u'), ('f'), ('p'), ('uf'), ('up')) AS g(grain)
     CROSS JOIN LATERAL (VALUES ('D'::"char", r.day), ('M'::"char", date_trunc('month', r.day)::date),
                                ('Y'::"char", date_trunc('year', r.day)::date)) AS l(kind, period)
     GROUP BY 1, 2, 3, 4, 5, 6)
    INSERT INTO report_counts (grain, unit_code, field_code, procedure_code, kind, period,
        received_counter, received_online, received_post, received_for_others, documents_total, documents_as_files,
        early, on_time, late, resolved_with_result, results_as_files, ratings, rating_sum, refused, withdrawn,
        closed, dated_received, dated_closed, due, settled)
    SELECT * FROM counted ORDER BY 1, 5, 6, 2, 3, 4;
    GET DIAGNOSTICS written = ROW_COUNT;
    DROP TABLE report_recount_days;
    ANALYZE report_counts;
    RETURN written;
END
$$;

INSERT INTO report_counts (grain, unit_code, field_code, procedure_code, kind, period,
    received_counter, received_online, received_post, received_for_others, documents_total, documents_as_files,
    early, on_time, late, resolved_with_result, results_as_files, ratings, rating_sum, refused, withdrawn,
    closed, dated_received, dated_closed, due, settled)
SELECT grain, unit_code, field_code, procedure_code, 'Y', date_trunc('year', period)::date,
       sum(received_counter), sum(received_online), sum(received_post), sum(received_for_others),
       sum(documents_total), sum(documents_as_files), sum(early), sum(on_time), sum(late),
       sum(resolved_with_result), sum(results_as_files), sum(ratings), sum(rating_sum), sum(refused),
       sum(withdrawn), sum(closed), sum(dated_received), sum(dated_closed), sum(due), sum(settled)
  FROM report_counts
 WHERE kind = 'M'
 GROUP BY grain, unit_code, field_code, procedure_code, date_trunc('year', period)
 ORDER BY 1, 6, 2, 3, 4;

ANALYZE report_counts;
