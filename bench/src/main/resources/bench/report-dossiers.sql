-- Bulk-generated dossiers for the reports-at-scale measurement (docs/benchmarks.md): rows :from to :to
-- of a deterministic series, straight into reporting-service's read model. Run with the per-row trigger
-- off (session_replication_role = replica), then SELECT report_recount() rebuilds the aggregates at once.
-- ~130 communes, 100 procedures in 15 fields, three years of received dates (working hours), most
-- resolved early or on time, a few % late, open or withdrawn. No personal data: there is none here anyway.
-- Since Issue #18 each row carries the history the as-of figures read: one dossier in ten had its due time
-- moved two days after reception (a pause and resume: the first due time stands before that day), and a
-- rating has the day it was given (the day after resolution). Its files (Issue #19) are stored by reception:
-- scanned at the counter, or uploaded for an online dossier.
INSERT INTO report_dossier (dossier_id, code, sequence, procedure_code, field_code, receiving_unit_code,
    competent_unit_code, channel, status, submitted_at, received_at, received_date, due_at, resolved_at,
    resolved_date, timeliness, refused_date, withdrawn_date, rating, rated_date, documents_total, documents_as_files,
    result_as_file, state_days, state_units, state_due_ats, stored_days, stored_documents, scanned_documents, updated_at)
SELECT md5('bench-dossier-' || g)::uuid,
       'BENCH-' || g,
       CASE WHEN kind = 'OPEN' THEN 1 ELSE 3 END,
       'BENCH.' || lpad(procedure_no::text, 3, '0'),
       'bench-field-' || lpad((procedure_no % 15)::text, 2, '0'),
       receiving,
       competent,
       channel,
       CASE kind WHEN 'OPEN' THEN 'IN_PROGRESS' WHEN 'WITHDRAWN' THEN 'WITHDRAWN' ELSE 'RESOLVED' END,
       CASE WHEN channel = 'ONLINE' THEN received_at - interval '3 hours' ELSE received_at END,
       received_at,
       (received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
       due_at,
       resolved_at,
       (resolved_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
       CASE kind WHEN 'EARLY' THEN 'EARLY' WHEN 'ON_TIME' THEN 'ON_TIME' WHEN 'LATE' THEN 'LATE' END,
       NULL,
       CASE WHEN kind = 'WITHDRAWN' THEN (received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 1 END,
       CASE WHEN resolved_at IS NOT NULL AND channel = 'ONLINE' AND g % 3 = 0 THEN 3 + (g % 3)::int END,
       CASE WHEN resolved_at IS NOT NULL AND channel = 'ONLINE' AND g % 3 = 0
            THEN (resolved_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 1 END,
       documents,
       (g % (documents + 1))::int,
       CASE WHEN resolved_at IS NOT NULL THEN g % 2 = 0 END,
       CASE WHEN g % 10 = 1 THEN ARRAY[(received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
                                       (received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 2]
            ELSE ARRAY[(received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date] END,
       CASE WHEN g % 10 = 1 THEN ARRAY[competent, competent] ELSE ARRAY[competent] END,
       CASE WHEN g % 10 = 1 THEN ARRAY[due_at - interval '1 day', due_at] ELSE ARRAY[due_at] END,
       ARRAY[(received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date],
       ARRAY[(g % (documents + 1))::int],
       ARRAY[CASE WHEN channel = 'ONLINE' THEN 0 ELSE (g % (documents + 1))::int END],
       now()
FROM (
    SELECT g, procedure_no, receiving, CASE WHEN g % 20 = 0 THEN competent_other ELSE receiving END AS competent,
           channel, kind, documents, received_at, due_at,
           CASE kind
               WHEN 'EARLY' THEN received_at + (due_at - received_at) * 0.5
               WHEN 'ON_TIME' THEN due_at - interval '30 minutes'
               WHEN 'LATE' THEN due_at + (1 + g % 6) * interval '1 day'
           END AS resolved_at
    FROM (
        SELECT g,
               (g * 7919) % 100 AS procedure_no,
               units[1 + (g * 104729) % cardinality(units)] AS receiving,
               units[1 + (g * 15485863) % cardinality(units)] AS competent_other,
               CASE WHEN g % 10 < 3 THEN 'ONLINE' WHEN g % 50 = 0 THEN 'POST' ELSE 'COUNTER' END AS channel,
               CASE WHEN (g * 9973) % 1000 < 20 THEN 'OPEN'
                    WHEN (g * 9973) % 1000 < 40 THEN 'WITHDRAWN'
                    WHEN (g * 9973) % 1000 < 90 THEN 'LATE'
                    WHEN (g * 9973) % 1000 < 550 THEN 'EARLY'
                    ELSE 'ON_TIME' END AS kind,
               1 + (g % 5)::int AS documents,
               received_at,
               received_at + (3 + g % 8) * interval '1 day' + interval '2 hours' AS due_at
        FROM (
            SELECT g, units,
                   -- three years back from the start of this month, in working hours (07:30-16:30 local)
                   (date_trunc('month', now() AT TIME ZONE 'Asia/Ho_Chi_Minh') - interval '1095 days'
                        + ((g * 48271) % 1095) * interval '1 day'
                        + interval '7 hours 30 minutes' + ((g * 16807) % 32400) * interval '1 second')
                       AT TIME ZONE 'Asia/Ho_Chi_Minh' AS received_at
            FROM generate_series(CAST(? AS bigint), CAST(? AS bigint)) AS g,
                 (SELECT CAST(? AS text[]) AS units) AS u
        ) AS timed
    ) AS shaped
) AS rows;
