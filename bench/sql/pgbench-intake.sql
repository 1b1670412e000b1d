-- One counter intake's transaction as dossier-service runs it (DossierService.intake, DossierChanges,
-- ReceiptPins, IdempotencyStore, OutboxWriter), statement for statement, with rows of the same size:
-- the Idempotency-Key claim, the unit's daily code counter, the dossier, its applicant, three documents
-- (the generator's average), the PIN hash, the history entry, the outbox event and the stored answer.
-- The reads intake also makes (replicas of the procedure and units, the answer's details) are not here:
-- this is what the database alone can do of intake's writes. Run by bench/run with -M prepared.
\set unit random(1, 130)
\set citizen random(100000000, 999999999)
BEGIN;
SELECT gen_random_uuid() AS id, gen_random_uuid() AS request_key, gen_random_uuid() AS event_id, now() AS at \gset
INSERT INTO pgbench_intake.http_idempotency_key
    (caller, idempotency_key, request_method, request_path, request_hash, response_status, created_at)
VALUES ('bench-officer-' || :unit, CAST(:request_key AS text), 'POST', '/api/v1/dossiers', md5(CAST(:request_key AS text)), 0, :at)
ON CONFLICT (caller, idempotency_key) DO NOTHING;
INSERT INTO pgbench_intake.dossier_code_counter AS counter (unit_code, day, last_value)
VALUES (CAST(:unit AS text), current_date, 1)
ON CONFLICT (unit_code, day) DO UPDATE SET last_value = counter.last_value + 1
RETURNING last_value \gset
INSERT INTO pgbench_intake.dossier (id, code, procedure_code, field_code, processing_unit, processing_amount, cutoff_time,
    receiving_unit_code, competent_unit_code, channel, owner_subject, status, submitted_at, received_at, clock_started_at,
    due_at, paused_working_seconds, paused_since, resolved_at, outcome, result_as_file, timeliness, new_appointment_at,
    reason_code, missing_documents, overdue_notified, rating, documents_total, documents_as_files, sequence, revision,
    created_at, updated_at)
VALUES (:id, '000.17.' || :unit || '.H40-' || to_char(current_date, 'YYMMDD') || '-' || lpad(CAST(:last_value AS text), 4, '0'),
    '1.004884', 'tu-phap-ho-tich', 'WORKING_DAYS', 3, NULL, CAST(:unit AS text), CAST(:unit AS text), 'COUNTER', NULL,
    'RECEIVED', :at, :at, :at, CAST(:at AS timestamptz) + interval '3 days', 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
    '[]'::jsonb, false, NULL, 3, 1, 1, 1, :at, :at);
INSERT INTO pgbench_intake.dossier_applicant (dossier_id, full_name, citizen_id, phone, address, email)
VALUES (:id, 'Lô Văn Minh', '040' || :citizen, '0912345678', 'Bản Xốp Mạt, đơn vị ' || :unit, NULL);
INSERT INTO pgbench_intake.dossier_document (dossier_id, position, name, received_as, file_name, size_bytes, sha256)
VALUES (:id, 0, 'Tờ khai', 'PAPER', NULL, NULL, NULL);
INSERT INTO pgbench_intake.dossier_document (dossier_id, position, name, received_as, file_name, size_bytes, sha256)
VALUES (:id, 1, 'Giấy chứng sinh', 'FILE', 'giay-chung-sinh.pdf', 182044, md5(CAST(:id AS text)) || md5(CAST(:event_id AS text)));
INSERT INTO pgbench_intake.dossier_document (dossier_id, position, name, received_as, file_name, size_bytes, sha256)
VALUES (:id, 2, 'Căn cước công dân (bản sao)', 'PAPER', NULL, NULL, NULL);
INSERT INTO pgbench_intake.dossier_pin (dossier_id, algorithm, iterations, salt, hash, issued_at)
VALUES (:id, 'PBKDF2WithHmacSHA256', 100000, decode(md5(CAST(:event_id AS text)), 'hex'),
    decode(md5(CAST(:id AS text)) || md5(CAST(:request_key AS text)), 'hex'), :at);
INSERT INTO pgbench_intake.dossier_history (dossier_id, sequence, action, from_status, to_status, occurred_at, actor_subject,
    actor_role, reason, reason_code, details)
VALUES (:id, 1, 'receive', NULL, 'RECEIVED', :at, 'bench-officer-' || :unit, 'RECEIVING_OFFICER', NULL, NULL,
    CAST('{"missingDocuments":[],"outcome":"","newAppointmentAt":""}' AS jsonb));
INSERT INTO pgbench_intake.messaging_outbox (topic, message_key, event_id, event_source, event_type, subject, occurred_at,
    payload, traceparent)
VALUES ('motcua.dossier.lifecycle.v1', CAST(:id AS text), :event_id, '/motcua/dossier-service', 'vn.motcua.dossier.received.v1',
    '000.17.' || :unit || '.H40', :at, convert_to(repeat('{"k":"v"}', 110), 'UTF8'), NULL);
UPDATE pgbench_intake.http_idempotency_key
   SET response_status = 201, response_type = 'application/json', response_headers = '{"Location":["/api/v1/dossiers/x"]}'::jsonb,
       response_body = repeat('{"field":"value"}', 150)
 WHERE caller = 'bench-officer-' || :unit AND idempotency_key = CAST(:request_key AS text);
COMMIT;
