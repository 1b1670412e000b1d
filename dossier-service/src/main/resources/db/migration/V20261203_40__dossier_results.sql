-- The dossiers' electronic results (Issue #20): at most one result file a dossier, a PDF stored by an officer of
-- the competent unit while the dossier is processed and issued when it is resolved with resultAsFile. Apart from
-- dossier_file, whose rows are the documents' digitized copies (one per document position): a result is no
-- document of the applicant's, counts toward no digitization of documents, and carries what a document does not,
-- whether its PDF is digitally signed. The bytes are an object in the S3 bucket under the same kind of key.
CREATE TABLE dossier_result (
    dossier_id  uuid        PRIMARY KEY REFERENCES dossier (id),
    object_key  text        NOT NULL UNIQUE,
    file_name   text        NOT NULL,                       -- as the officer named it: may be personal data
    media_type  text        NOT NULL CHECK (media_type = 'application/pdf'),
    size_bytes  bigint      NOT NULL CHECK (size_bytes > 0),
    sha256      text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    signed      boolean     NOT NULL,                       -- a signature dictionary with contents: present, not verified
    stored_by   text        NOT NULL,                       -- the token subject
    stored_at   timestamptz NOT NULL
);
