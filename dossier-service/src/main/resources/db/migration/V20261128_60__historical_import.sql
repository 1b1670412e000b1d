-- The historical import: which dossiers came from a legacy system, who imported them when, and a
-- fingerprint (SHA-256) of the row each came from, so that importing the same row again changes
-- nothing and another row under the same code is refused instead of rewriting a dossier's history.
CREATE TABLE dossier_import (
    dossier_id  uuid        PRIMARY KEY REFERENCES dossier (id),
    fingerprint text        NOT NULL,
    imported_at timestamptz NOT NULL,
    imported_by text        NOT NULL
);
