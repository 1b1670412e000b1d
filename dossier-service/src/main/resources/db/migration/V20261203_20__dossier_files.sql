-- The dossiers' files (Issue #19): each document of a dossier may have one stored file, its digitized
-- copy. The bytes are an object in the S3 bucket under a key that carries no personal data; what the
-- file is called, what its bytes are, how it came and who stored it are here.
CREATE TABLE dossier_file (
    dossier_id  uuid        NOT NULL,
    position    integer     NOT NULL,
    object_key  text        NOT NULL UNIQUE,
    file_name   text        NOT NULL,                       -- as the client named it: personal data
    media_type  text        NOT NULL,                       -- sniffed from the bytes
    size_bytes  bigint      NOT NULL CHECK (size_bytes > 0),
    sha256      text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    origin      text        NOT NULL CHECK (origin IN ('SCANNED_AT_COUNTER', 'UPLOADED')),
    stored_by   text        NOT NULL,                       -- the token subject
    stored_at   timestamptz NOT NULL,
    PRIMARY KEY (dossier_id, position),
    FOREIGN KEY (dossier_id, position) REFERENCES dossier_document (dossier_id, position)
);
