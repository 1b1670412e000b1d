-- The audit of reads (Decree 13/2023/NĐ-CP, Issue #19): every request by an official that returned a
-- dossier's personal data or files leaves one row: who (token subject), with which roles and unit, when,
-- what they read, and the dossiers it showed. A province admin reads them; a purge keeps them for the
-- configured retention (two years by default).
CREATE TABLE read_audit (
    id          bigserial   PRIMARY KEY,
    read_at     timestamptz NOT NULL,
    subject     text        NOT NULL,
    roles       text        NOT NULL,
    unit_code   text,
    what        text        NOT NULL,
    dossier_ids uuid[]      NOT NULL
);
CREATE INDEX read_audit_at ON read_audit (read_at);
CREATE INDEX read_audit_subject ON read_audit (subject, read_at);
CREATE INDEX read_audit_dossiers ON read_audit USING gin (dossier_ids);
