-- report_dossier_days(): a dossier's counts, one row per local day on which something counted happened
-- to it; the row of the receiving unit carries received_for_others only. (GREATEST and LEAST skip NULLs,
-- hence the CASEs.) Dates are clamped so that nothing closes or falls due before it was received. This is
-- the one definition of what the counts mean: report_counts_follow() and report_recount() both use it.
-- Repeatable migration: Flyway runs it after all versioned ones, on a fresh database and again whenever
-- this file changes, so this file holds the function's current text and is the only place to change it
-- (RepeatableFunctionsTest fails when a versioned migration defines it). The earlier texts in
-- V20261128_30 and V20261128_40 stay as they were applied.
-- CREATE OR REPLACE keeps the parameters and the result's columns: to change them, drop the function
-- first in this file (the two callers name it only when they run).

CREATE OR REPLACE FUNCTION report_dossier_days(
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
