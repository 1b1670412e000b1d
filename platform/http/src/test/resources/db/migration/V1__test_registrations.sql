-- Side effects of the test resources (RegistrationTestResource): one row per executed request, so a
-- test can count how often an idempotent method really ran.
CREATE TABLE test_registration (
    id            bigserial   PRIMARY KEY,
    registered_by text        NOT NULL,
    applicant     text        NOT NULL,
    channel       text,
    created_at    timestamptz NOT NULL DEFAULT now()
);
