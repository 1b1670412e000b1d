-- report_dossier_days(): what a dossier counts on which local day, under which unit; the one definition of
-- what the counts mean (docs/reports.md, "How reports stay fast"): report_counts_follow() and
-- report_recount() both use it.
-- - Facts of a day (received, resolved by timeliness, refused, withdrawn, withdrawn after reception, rated)
--   count on their local day, under the competent unit in force at the end of that day; "received for
--   another unit" under the receiving unit, when another unit was competent at the end of the day received.
-- - Documents digitized (given a stored file) count only for a dossier received: those stored by the end of
--   the day of reception on that day (an online dossier's files are uploaded before it is accepted), each
--   later rise of the most documents stored on the day it happened, under the unit competent at the end of
--   that day; a replaced file raises nothing. Scans at the counter count the same way. The history is the
--   arrays stored_days, stored_documents, scanned_documents (the most stored and scanned as of the end of
--   each day on which either rose).
-- - Results stored count with the resolution, on its day and under the unit competent then: a dossier resolved
--   with its result stored as an electronic file (result_stored, as the resolved event said it; null, not known,
--   counts as not stored), and of them those signed (result_signed). Only a resolution with a timeliness counts,
--   as resolved dossiers do, so the stored results of a day never outnumber its resolved dossiers.
-- - What is open counts as intervals: for each state in force (a competent unit and a due time, from the
--   day it took effect to the day before the next one), the days on which the dossier was open in it (from
--   the day received until the day before it was resolved or withdrawn): +1 on the first such day, -1 on the
--   day after the last, in open_change, in dated_change when the state has a due time, and in
--   overdue_change from the later of the first day and the due date. So what was open, with a due time or
--   overdue as of the end of a day is the sum of every day up to it, and nothing that happens later changes
--   it. No date is clamped: a due date before reception simply makes the dossier overdue from reception on.
-- - The history is the arrays of report_dossier (state_days, state_units, state_due_ats; the first state also
--   stands for every day before it); an empty history means the row's competent unit and due time, always.
-- Repeatable migration: Flyway runs it after all versioned ones, on a fresh database and again whenever
-- this file changes, so this file holds the function's current text and is the only place to change it
-- (RepeatableFunctionsTest fails when a versioned migration defines it). The earlier texts in
-- V20261128_30 and V20261128_40 stay as they were applied.
-- CREATE OR REPLACE keeps the parameters and the result's columns: to change them, drop the function
-- first in this file (the two callers name it only when they run), as below for the texts before
-- V20261203_10 (a fresh database still has that one when this file runs), before V20261203_20 and before
-- V20261203_30.

DROP FUNCTION IF EXISTS report_dossier_days(text, text, text, text, text, date, date, date, text, date, date, integer,
    integer, integer, boolean);
DROP FUNCTION IF EXISTS report_dossier_days(text, timestamptz, text, text, text, text, date, date, text, date, date,
    integer, date, integer, integer, boolean, date[], text[], timestamptz[]);
DROP FUNCTION IF EXISTS report_dossier_days(text, timestamptz, text, text, text, text, date, date, text, date, date,
    integer, date, integer, date[], text[], timestamptz[], date[], integer[], integer[]);

CREATE OR REPLACE FUNCTION report_dossier_days(
        competent_unit text, current_due_at timestamptz, receiving_unit text, field text, procedure text, channel text,
        received_on date, resolved_on date, timeliness text, refused_on date, withdrawn_on date,
        rating integer, rated_on date, documents integer,
        history_days date[], history_units text[], history_due_ats timestamptz[],
        stored_days date[], stored_documents integer[], scanned_documents integer[],
        result_stored boolean, result_signed boolean)
    RETURNS TABLE (unit_code text, field_code text, procedure_code text, day date,
        received_counter int, received_online int, received_post int, received_for_others int,
        documents_total int, early int, on_time int, late int, ratings int, rating_sum int, refused int,
        withdrawn int, withdrawn_received int, open_change int, dated_change int, overdue_change int,
        documents_digitized int, documents_scanned int, results_stored int, results_signed int)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    WITH state AS (
        -- each state in force from the day it took effect (the first: from always) until the day before the next
        SELECT h.unit, h.due_at IS NOT NULL AS dated, (h.due_at AT TIME ZONE INTERVAL '+07:00')::date AS due_on,
               CASE WHEN h.n > 1 THEN h.day END AS since, lead(h.day) OVER (ORDER BY h.n) AS until
          FROM (SELECT * FROM unnest(history_days, history_units, history_due_ats) WITH ORDINALITY AS u(day, unit, due_at, n)
                UNION ALL
                SELECT NULL::date, competent_unit, current_due_at, 1 WHERE coalesce(cardinality(history_days), 0) = 0) h
    ),
    open_part AS (
        -- the days of each state on which the dossier was open: from first_day to the day before end_day (null: open
        -- still); overdue from the later of first_day and the due date
        SELECT s.unit, s.dated, o.first_day, o.end_day,
               CASE WHEN s.dated AND (o.end_day IS NULL OR greatest(o.first_day, s.due_on) < o.end_day)
                    THEN greatest(o.first_day, s.due_on) END AS overdue_from
          FROM state s
         CROSS JOIN LATERAL (SELECT greatest(received_on, s.since) AS first_day,
                                    least(resolved_on, withdrawn_on, s.until) AS end_day) o
         WHERE received_on IS NOT NULL AND (o.end_day IS NULL OR o.first_day < o.end_day)
    ),
    dated_fact AS (
        SELECT v.fact, v.day, s.unit
          FROM (VALUES ('received', received_on), ('resolved', resolved_on), ('refused', refused_on),
                       ('withdrawn', withdrawn_on),
                       ('withdrawn received', CASE WHEN received_on IS NOT NULL THEN withdrawn_on END),
                       ('rated', CASE WHEN rating IS NOT NULL THEN rated_on END)) AS v(fact, day)
          JOIN state s ON (s.since IS NULL OR s.since <= v.day) AND (s.until IS NULL OR v.day < s.until)
         WHERE v.day IS NOT NULL
    ),
    stored AS (
        -- each rise of the most documents stored (and scanned), on its day or, before reception, on the day received
        SELECT greatest(h.day, received_on) AS day,
               h.stored - coalesce(lag(h.stored) OVER (ORDER BY h.n), 0) AS stored,
               h.scanned - coalesce(lag(h.scanned) OVER (ORDER BY h.n), 0) AS scanned
          FROM unnest(stored_days, stored_documents, scanned_documents) WITH ORDINALITY AS h(day, stored, scanned, n)
         WHERE received_on IS NOT NULL
    ),
    fact AS (
        SELECT d.fact, d.unit, d.day, 1 AS change FROM dated_fact d
        UNION ALL
        SELECT 'received for another unit', receiving_unit, d.day, 1
          FROM dated_fact d WHERE d.fact = 'received' AND d.unit <> receiving_unit
        UNION ALL
        SELECT x.fact, o.unit, x.day, x.change
          FROM open_part o
         CROSS JOIN LATERAL (VALUES ('open', o.first_day, 1), ('open', o.end_day, -1),
                                    ('dated', CASE WHEN o.dated THEN o.first_day END, 1),
                                    ('dated', CASE WHEN o.dated THEN o.end_day END, -1),
                                    ('overdue', o.overdue_from, 1),
                                    ('overdue', CASE WHEN o.overdue_from IS NOT NULL THEN o.end_day END, -1)) AS x(fact, day, change)
        UNION ALL
        SELECT x.fact, s.unit, r.day, x.change
          FROM stored r
          JOIN state s ON (s.since IS NULL OR s.since <= r.day) AND (s.until IS NULL OR r.day < s.until)
         CROSS JOIN LATERAL (VALUES ('digitized', r.stored), ('scanned', r.scanned)) AS x(fact, change)
         WHERE x.change <> 0
    )
    SELECT f.unit, field, procedure, f.day,
           (f.fact = 'received' AND channel = 'COUNTER')::int,
           (f.fact = 'received' AND channel = 'ONLINE')::int,
           (f.fact = 'received' AND channel = 'POST')::int,
           (f.fact = 'received for another unit')::int,
           CASE WHEN f.fact = 'received' THEN coalesce(documents, 0) ELSE 0 END,
           (f.fact = 'resolved' AND timeliness = 'EARLY')::int,
           (f.fact = 'resolved' AND timeliness = 'ON_TIME')::int,
           (f.fact = 'resolved' AND timeliness = 'LATE')::int,
           (f.fact = 'rated')::int,
           CASE WHEN f.fact = 'rated' THEN rating ELSE 0 END,
           (f.fact = 'refused')::int,
           (f.fact = 'withdrawn')::int,
           (f.fact = 'withdrawn received')::int,
           CASE WHEN f.fact = 'open' THEN f.change ELSE 0 END,
           CASE WHEN f.fact = 'dated' THEN f.change ELSE 0 END,
           CASE WHEN f.fact = 'overdue' THEN f.change ELSE 0 END,
           CASE WHEN f.fact = 'digitized' THEN f.change ELSE 0 END,
           CASE WHEN f.fact = 'scanned' THEN f.change ELSE 0 END,
           (f.fact = 'resolved' AND timeliness IS NOT NULL AND coalesce(result_stored, false))::int,
           (f.fact = 'resolved' AND timeliness IS NOT NULL AND coalesce(result_stored, false)
               AND coalesce(result_signed, false))::int
      FROM fact f
     WHERE f.day IS NOT NULL
$$;
