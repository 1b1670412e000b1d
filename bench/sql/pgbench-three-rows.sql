-- The narrowest reading of "what intake writes": the dossier row, its history row and its outbox row,
-- in one transaction. bench/run reports it beside the full transaction (pgbench-intake.sql) for reference.
BEGIN;
SELECT gen_random_uuid() AS id, gen_random_uuid() AS event_id, now() AS at \gset
INSERT INTO pgbench_intake.dossier (id, code, procedure_code, field_code, processing_unit, processing_amount,
    receiving_unit_code, competent_unit_code, channel, status, submitted_at, received_at, clock_started_at, due_at,
    documents_total, documents_as_files, sequence, revision, created_at, updated_at)
VALUES (:id, CAST(:id AS text), '1.004884', 'tu-phap-ho-tich', 'WORKING_DAYS', 3, '16906', '16906', 'COUNTER', 'RECEIVED',
    :at, :at, :at, CAST(:at AS timestamptz) + interval '3 days', 3, 1, 1, 1, :at, :at);
INSERT INTO pgbench_intake.dossier_history (dossier_id, sequence, action, from_status, to_status, occurred_at, actor_subject,
    actor_role, details)
VALUES (:id, 1, 'receive', NULL, 'RECEIVED', :at, 'bench-officer-16906', 'RECEIVING_OFFICER', '{}'::jsonb);
INSERT INTO pgbench_intake.messaging_outbox (topic, message_key, event_id, event_source, event_type, subject, occurred_at, payload)
VALUES ('motcua.dossier.lifecycle.v1', CAST(:id AS text), :event_id, '/motcua/dossier-service', 'vn.motcua.dossier.received.v1',
    'bench', :at, convert_to(repeat('{"k":"v"}', 110), 'UTF8'));
COMMIT;
