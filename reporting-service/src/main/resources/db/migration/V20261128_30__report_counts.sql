-- Pre-aggregated counts, so that every report reads a few thousand rows at most whatever the number of
-- dossiers (docs/reports.md, "How reports stay fast"). A trigger keeps them in step with report_dossier in
-- the same transaction; report_recount() computes them again from report_dossier in one pass.

-- the local date a dossier falls due (the province is at UTC+7 all year)
ALTER TABLE report_dossier
    ADD COLUMN due_date date GENERATED ALWAYS AS ((due_at AT TIME ZONE INTERVAL '+07:00')::date) STORED;

-- What happened on which local day, counted at six grains: the province (''), a unit ('u'), a field ('f'),
-- a procedure ('p', with its field), a unit's field ('uf') and a unit's procedure ('up'); a dimension a grain
-- does not have is ''. Each day's counts are also summed into its month (kind 'M', period = the 1st), so a
-- long period reads months and only its first and last days.
CREATE TABLE report_counts (
    grain                text   NOT NULL,
    unit_code            text   NOT NULL,
    field_code           text   NOT NULL,
    procedure_code       text   NOT NULL,
    kind                 "char" NOT NULL CHECK (kind IN ('D', 'M')),
    period               date   NOT NULL,
    received_counter     bigint NOT NULL DEFAULT 0,   -- clocks started, by channel
    received_online      bigint NOT NULL DEFAULT 0,
    received_post        bigint NOT NULL DEFAULT 0,
    received_for_others  bigint NOT NULL DEFAULT 0,   -- under the receiving unit, when another unit is competent
    documents_total      bigint NOT NULL DEFAULT 0,   -- of the dossiers received that day
    documents_as_files   bigint NOT NULL DEFAULT 0,
    early                bigint NOT NULL DEFAULT 0,   -- resolved that day, by timeliness
    on_time              bigint NOT NULL DEFAULT 0,
    late                 bigint NOT NULL DEFAULT 0,
    resolved_with_result bigint NOT NULL DEFAULT 0,
    results_as_files     bigint NOT NULL DEFAULT 0,
    ratings              bigint NOT NULL DEFAULT 0,   -- ratings of the dossiers resolved that day
    rating_sum           bigint NOT NULL DEFAULT 0,
    refused              bigint NOT NULL DEFAULT 0,
    withdrawn            bigint NOT NULL DEFAULT 0,
    closed               bigint NOT NULL DEFAULT 0,   -- received dossiers resolved or withdrawn that day
    dated_received       bigint NOT NULL DEFAULT 0,   -- received that day with a due date
    dated_closed         bigint NOT NULL DEFAULT 0,   -- closed that day, having a due date
    due                  bigint NOT NULL DEFAULT 0,   -- received dossiers falling due that day
    settled              bigint NOT NULL DEFAULT 0,   -- due and closed, on the later of the two days
    -- a unit's rows, or the province's, field's or procedure's (unit ''), for a range of days or months
    PRIMARY KEY (grain, unit_code, kind, period, field_code, procedure_code)
) WITH (fillfactor = 70);  -- room on each page, so that the counters are updated in place (HOT)

-- reports grouped by unit: every unit's rows for a range of days or months, for all of them, one field or one procedure
CREATE INDEX report_counts_units ON report_counts (kind, period) WHERE grain = 'u';
CREATE INDEX report_counts_field_units ON report_counts (field_code, kind, period) WHERE grain = 'uf';
CREATE INDEX report_counts_procedure_units ON report_counts (procedure_code, kind, period) WHERE grain = 'up';

-- A dossier's counts, one row per local day on which something counted happened to it; the row of the
-- receiving unit carries received_for_others only. (GREATEST and LEAST skip NULLs, hence the CASEs.) Dates are clamped so that nothing closes or falls due
-- before it was received. This is the one definition of what the counts mean: the trigger and
-- report_recount() both use it.
CREATE FUNCTION report_dossier_days(
        competent_unit text, receiving_unit text, field text, procedure text, channel text,
        received_on date, due_on date, resolved_on date, timeliness text, refused_on date, withdrawn_on date,
        rating integer, documents integer, documents_as_file integer, result_as_file boolean)
    RETURNS TABLE (unit_code text, field_code text, procedure_code text, day date,
        received_counter int, received_online int, received_post int, received_for_others int,
        documents_total int, documents_as_files int, early int, on_time int, late int,
        resolved_with_result int, results_as_files int, ratings int, rating_sum int, refused int, withdrawn int,
        closed int, dated_received int, dated_closed int, due int, settled int)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT f.unit, field, procedure, f.day,
           (f.fact = 'received' AND channel = 'COUNTER')::int,
           (f.fact = 'received' AND channel = 'ONLINE')::int,
           (f.fact = 'received' AND channel = 'POST')::int,
           (f.fact = 'received for another unit')::int,
           CASE WHEN f.fact = 'received' THEN coalesce(documents, 0) ELSE 0 END,
           CASE WHEN f.fact = 'received' THEN coalesce(documents_as_file, 0) ELSE 0 END,
           (f.fact = 'resolved' AND timeliness = 'EARLY')::int,
           (f.fact = 'resolved' AND timeliness = 'ON_TIME')::int,
           (f.fact = 'resolved' AND timeliness = 'LATE')::int,
           (f.fact = 'resolved' AND result_as_file IS NOT NULL)::int,
           (f.fact = 'resolved' AND coalesce(result_as_file, false))::int,
           (f.fact = 'resolved' AND rating IS NOT NULL)::int,
           CASE WHEN f.fact = 'resolved' THEN coalesce(rating, 0) ELSE 0 END,
           (f.fact = 'refused')::int,
           (f.fact = 'withdrawn')::int,
           (f.fact = 'closed')::int,
           (f.fact = 'received' AND due_on IS NOT NULL)::int,
           (f.fact = 'closed' AND due_on IS NOT NULL)::int,
           (f.fact = 'due')::int,
           (f.fact = 'settled')::int
      FROM (SELECT CASE WHEN received_on IS NOT NULL AND coalesce(resolved_on, withdrawn_on) IS NOT NULL
                        THEN greatest(least(resolved_on, withdrawn_on), received_on) END AS closed_on,
                   CASE WHEN received_on IS NOT NULL AND due_on IS NOT NULL
                        THEN greatest(due_on, received_on) END AS falls_due_on) d,
           LATERAL (VALUES
               ('received', competent_unit, received_on),
               ('received for another unit', receiving_unit,
                    CASE WHEN receiving_unit <> competent_unit THEN received_on END),
               ('resolved', competent_unit, resolved_on),
               ('refused', competent_unit, refused_on),
               ('withdrawn', competent_unit, withdrawn_on),
               ('closed', competent_unit, d.closed_on),
               ('due', competent_unit, d.falls_due_on),
               ('settled', competent_unit, CASE WHEN d.closed_on IS NOT NULL AND d.falls_due_on IS NOT NULL
                    THEN greatest(d.falls_due_on, d.closed_on) END)
           ) AS f(fact, unit, day)
     WHERE f.day IS NOT NULL
$$;

-- Applies a change of report_dossier to the counts: what the old row counted is taken off, what the new
-- row counts is added, at every grain and in days and months; rows whose changes cancel out are not
-- touched, so most events (an assignment, a transfer) write nothing here. Rows are written in key order so
-- that two replicas consuming different partitions never deadlock. Unqualified table names on purpose: a
-- rebuild runs this on its copies with its own schema as the search path.
CREATE FUNCTION report_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
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
         CROSS JOIN LATERAL (VALUES ('D'::"char", x.day), ('M'::"char", date_trunc('month', x.day)::date)) AS l(kind, period)
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

CREATE TRIGGER report_dossier_counts AFTER INSERT OR DELETE ON report_dossier
    FOR EACH ROW EXECUTE FUNCTION report_counts_follow();

-- most events change only the status (assigned, transferred, returned...): they do not even call the function
CREATE TRIGGER report_dossier_counts_change AFTER UPDATE ON report_dossier
    FOR EACH ROW WHEN ((OLD.competent_unit_code, OLD.receiving_unit_code, OLD.field_code, OLD.procedure_code, OLD.channel,
                        OLD.received_date, OLD.due_at, OLD.resolved_date, OLD.timeliness, OLD.refused_date, OLD.withdrawn_date,
                        OLD.rating, OLD.documents_total, OLD.documents_as_files, OLD.result_as_file)
                       IS DISTINCT FROM
                       (NEW.competent_unit_code, NEW.receiving_unit_code, NEW.field_code, NEW.procedure_code, NEW.channel,
                        NEW.received_date, NEW.due_at, NEW.resolved_date, NEW.timeliness, NEW.refused_date, NEW.withdrawn_date,
                        NEW.rating, NEW.documents_total, NEW.documents_as_files, NEW.result_as_file))
    EXECUTE FUNCTION report_counts_follow();

-- Computes every count again from report_dossier, set-based: the dossiers' days are summed at the finest
-- grain first, then rolled up into the other grains and into months. For bulk loads (insert with the trigger
-- off, then call this) and for this migration. Returns the number of rows written.
CREATE FUNCTION report_recount() RETURNS bigint LANGUAGE plpgsql AS $$
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
    INSERT INTO report_counts (grain, unit_code, field_code, procedure_code, kind, period,
        received_counter, received_online, received_post, received_for_others, documents_total, documents_as_files,
        early, on_time, late, resolved_with_result, results_as_files, ratings, rating_sum, refused, withdrawn,
        closed, dated_received, dated_closed, due, settled)
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
     CROSS JOIN LATERAL (VALUES ('D'::"char", r.day), ('M'::"char", date_trunc('month', r.day)::date)) AS l(kind, period)
     GROUP BY 1, 2, 3, 4, 5, 6;
    GET DIAGNOSTICS written = ROW_COUNT;
    DROP TABLE report_recount_days;
    ANALYZE report_counts;
    RETURN written;
END
$$;

SELECT report_recount();
