-- The live feed's tickets and event ids, the rebuild's jobs, and two indexes the live counters use.

-- A one-minute ticket that lets a browser's EventSource open the live feed without an Authorization
-- header. Only a SHA-256 hash of the ticket is kept, so the table cannot be used to open a stream.
-- Kept in the database, not in memory, so that any replica accepts a ticket another one issued.
CREATE TABLE report_stream_ticket (
    ticket_hash bytea       PRIMARY KEY,
    subject     text        NOT NULL,
    unit_code   text,                      -- the unit the ticket is bound to; null: the whole province
    expires_at  timestamptz NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX report_stream_ticket_expires ON report_stream_ticket (expires_at);

-- The ids of the live feed's events: one number per event sent, increasing across replicas and restarts.
CREATE SEQUENCE report_stream_event_id;

-- Rebuilds of the read models from the topics, newest last; one runs at a time (an advisory lock).
CREATE TABLE report_rebuild (
    run             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id              uuid        NOT NULL UNIQUE,
    state           text        NOT NULL,  -- RUNNING, SWAPPING, DONE, FAILED
    requested_by    text        NOT NULL,
    started_at      timestamptz NOT NULL,
    finished_at     timestamptz,
    records_read    bigint      NOT NULL DEFAULT 0,
    records_applied bigint      NOT NULL DEFAULT 0,
    records_skipped bigint      NOT NULL DEFAULT 0,
    partitions      text        NOT NULL DEFAULT '[]',  -- JSON: [{topic, partition, start, position, end}]
    swap_attempts   integer     NOT NULL DEFAULT 0,
    error           text
);

-- Today's refusals and withdrawals, for the live counters (the other dates are indexed already).
CREATE INDEX report_dossier_refused ON report_dossier (refused_date) WHERE refused_date IS NOT NULL;
CREATE INDEX report_dossier_withdrawn ON report_dossier (withdrawn_date) WHERE withdrawn_date IS NOT NULL;
