-- Dossiers: the public state the lifecycle rules work on, the applicant (personal data, kept apart and
-- never published), the documents received, the history of every transition, and the daily counters
-- that number dossier codes per receiving unit.
CREATE TABLE dossier (
    id                     uuid        PRIMARY KEY,
    code                   text        NOT NULL UNIQUE,
    procedure_code         text        NOT NULL,
    field_code             text        NOT NULL,
    processing_unit        text        NOT NULL,
    processing_amount      integer,
    cutoff_time            text,
    receiving_unit_code    text        NOT NULL,
    competent_unit_code    text        NOT NULL,
    channel                text        NOT NULL,
    owner_subject          text,
    status                 text        NOT NULL,
    submitted_at           timestamptz,
    received_at            timestamptz,
    clock_started_at       timestamptz,
    due_at                 timestamptz,
    paused_working_seconds bigint      NOT NULL DEFAULT 0,
    paused_since           timestamptz,
    resolved_at            timestamptz,
    outcome                text,
    result_as_file         boolean,
    timeliness             text,
    new_appointment_at     timestamptz,
    reason_code            text,
    missing_documents      jsonb       NOT NULL DEFAULT '[]'::jsonb,
    overdue_notified       boolean     NOT NULL DEFAULT false,
    rating                 integer,
    documents_total        integer     NOT NULL,
    documents_as_files     integer     NOT NULL,
    sequence               bigint      NOT NULL,
    revision               bigint      NOT NULL,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL
);

-- worklists: an officer sees the dossiers whose receiving or competent unit is theirs, by due time
CREATE INDEX dossier_receiving_worklist ON dossier (receiving_unit_code, due_at NULLS LAST, code);
CREATE INDEX dossier_competent_worklist ON dossier (competent_unit_code, due_at NULLS LAST, code);
CREATE INDEX dossier_owner ON dossier (owner_subject, created_at) WHERE owner_subject IS NOT NULL;
-- the overdue watch: open dossiers not yet reported overdue, by due time
CREATE INDEX dossier_overdue_watch ON dossier (due_at)
    WHERE NOT overdue_notified AND status IN ('RECEIVED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED', 'AWAITING_PAYMENT', 'SUSPENDED');

CREATE TABLE dossier_applicant (
    dossier_id uuid PRIMARY KEY REFERENCES dossier (id),
    full_name  text NOT NULL,
    citizen_id text NOT NULL,
    phone      text NOT NULL,
    address    text NOT NULL,
    email      text
);

CREATE TABLE dossier_document (
    dossier_id  uuid    NOT NULL REFERENCES dossier (id),
    position    integer NOT NULL,
    name        text    NOT NULL,
    received_as text    NOT NULL,
    file_name   text,
    size_bytes  bigint,
    sha256      text,
    PRIMARY KEY (dossier_id, position)
);

CREATE TABLE dossier_history (
    id            bigserial   PRIMARY KEY,
    dossier_id    uuid        NOT NULL REFERENCES dossier (id),
    sequence      bigint      NOT NULL,
    action        text        NOT NULL,
    from_status   text,
    to_status     text        NOT NULL,
    occurred_at   timestamptz NOT NULL,
    actor_subject text        NOT NULL,
    actor_role    text        NOT NULL,
    reason        text,
    reason_code   text,
    details       jsonb       NOT NULL DEFAULT '{}'::jsonb,
    UNIQUE (dossier_id, sequence)
);

CREATE TABLE dossier_code_counter (
    unit_code  text    NOT NULL,
    day        date    NOT NULL,
    last_value integer NOT NULL,
    PRIMARY KEY (unit_code, day)
);
