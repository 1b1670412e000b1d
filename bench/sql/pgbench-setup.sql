-- The tables intake writes, copied into a schema of their own in the dossier database (same columns,
-- defaults, constraints, indexes and foreign keys), so that pgbench can run intake's transaction on the
-- same PostgreSQL without its rows being published by the outbox relay or seen by the services.
DROP SCHEMA IF EXISTS pgbench_intake CASCADE;
CREATE SCHEMA pgbench_intake;
CREATE TABLE pgbench_intake.http_idempotency_key (LIKE public.http_idempotency_key INCLUDING ALL);
CREATE TABLE pgbench_intake.dossier_code_counter (LIKE public.dossier_code_counter INCLUDING ALL);
CREATE TABLE pgbench_intake.dossier (LIKE public.dossier INCLUDING ALL);
CREATE TABLE pgbench_intake.dossier_applicant (LIKE public.dossier_applicant INCLUDING ALL,
    FOREIGN KEY (dossier_id) REFERENCES pgbench_intake.dossier (id));
CREATE TABLE pgbench_intake.dossier_document (LIKE public.dossier_document INCLUDING ALL,
    FOREIGN KEY (dossier_id) REFERENCES pgbench_intake.dossier (id));
CREATE TABLE pgbench_intake.dossier_pin (LIKE public.dossier_pin INCLUDING ALL,
    FOREIGN KEY (dossier_id) REFERENCES pgbench_intake.dossier (id));
CREATE TABLE pgbench_intake.dossier_history (LIKE public.dossier_history INCLUDING ALL,
    FOREIGN KEY (dossier_id) REFERENCES pgbench_intake.dossier (id));
CREATE TABLE pgbench_intake.messaging_outbox (LIKE public.messaging_outbox INCLUDING ALL);
