-- The citizen's access to a dossier without an account (issue 7): the lookup PIN handed over on the
-- receipt, the failed lookups that throttle guessing, and the rating. The PIN itself is stored nowhere.

-- Only a slow salted hash of each dossier's PIN; the iteration count is kept per row so that it can be
-- raised for new PINs without breaking old ones.
CREATE TABLE dossier_pin (
    dossier_id uuid        PRIMARY KEY REFERENCES dossier (id),
    algorithm  text        NOT NULL,
    iterations integer     NOT NULL CHECK (iterations > 0),
    salt       bytea       NOT NULL,
    hash       bytea       NOT NULL,
    issued_at  timestamptz NOT NULL
);

-- Failed public lookups and ratings (a wrong code or PIN), per dossier code as typed (whether or not a
-- dossier has it) and per client address (a SHA-256 digest, never the address). Shared by every replica;
-- rows older than the window are deleted.
CREATE TABLE public_lookup_failure (
    id        bigserial   PRIMARY KEY,
    scope     text        NOT NULL CHECK (scope IN ('CODE', 'CLIENT')),
    subject   text        NOT NULL,
    failed_at timestamptz NOT NULL
);
CREATE INDEX public_lookup_failure_recent ON public_lookup_failure (scope, subject, failed_at);
CREATE INDEX public_lookup_failure_age ON public_lookup_failure (failed_at);

-- The citizen's rating, once per dossier. The score is also on the dossier (and in its events); the
-- comment may name people, so it stays here and is never published.
CREATE TABLE dossier_rating (
    dossier_id uuid        PRIMARY KEY REFERENCES dossier (id),
    score      integer     NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment    text        CHECK (char_length(comment) <= 1000),
    rated_at   timestamptz NOT NULL
);
