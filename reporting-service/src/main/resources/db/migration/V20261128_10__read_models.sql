-- reporting-service's read models, built only from events. One row per dossier (codes, dates, status,
-- timeliness; never personal data), and the names of units, fields and procedures for display.
CREATE TABLE report_dossier (
    dossier_id          uuid        PRIMARY KEY,
    code                text        NOT NULL,
    sequence            bigint      NOT NULL,
    procedure_code      text        NOT NULL,
    field_code          text        NOT NULL,
    receiving_unit_code text        NOT NULL,
    competent_unit_code text        NOT NULL,
    channel             text        NOT NULL,
    status              text        NOT NULL,
    submitted_at        timestamptz,
    received_at         timestamptz,
    received_date       date,                      -- local date the clock started
    due_at              timestamptz,
    resolved_at         timestamptz,
    resolved_date       date,
    timeliness          text,
    refused_date        date,
    withdrawn_date      date,
    rating              integer,
    documents_total     integer,
    documents_as_files  integer,
    result_as_file      boolean,
    updated_at          timestamptz NOT NULL
);

CREATE INDEX report_dossier_competent_received ON report_dossier (competent_unit_code, received_date);
CREATE INDEX report_dossier_received ON report_dossier (received_date);
CREATE INDEX report_dossier_resolved ON report_dossier (resolved_date);
CREATE INDEX report_dossier_receiving ON report_dossier (receiving_unit_code, received_date);
CREATE INDEX report_dossier_open_due ON report_dossier (due_at) WHERE resolved_date IS NULL AND withdrawn_date IS NULL;

CREATE TABLE report_unit (
    code    text   PRIMARY KEY,
    name    text   NOT NULL,
    kind    text   NOT NULL,
    version bigint NOT NULL
);

CREATE TABLE report_procedure (
    code       text   PRIMARY KEY,
    name       text   NOT NULL,
    field_code text   NOT NULL,
    field_name text   NOT NULL,
    version    bigint NOT NULL
);
