-- what the test handler applied, to count side effects
CREATE TABLE test_applied (
    event_id     uuid   PRIMARY KEY,
    message_key  text   NOT NULL,
    sequence     bigint NOT NULL,
    dossier_code text   NOT NULL,
    applied_at   timestamptz NOT NULL DEFAULT clock_timestamp()
);
-- a change made in the same transaction as an outbox write
CREATE TABLE test_change (
    id    bigserial PRIMARY KEY,
    label text NOT NULL
);
