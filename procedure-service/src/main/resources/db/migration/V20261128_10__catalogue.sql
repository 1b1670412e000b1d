-- procedure-service: fields, administrative units and the procedure catalogue with its history.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE field (
    code       text        PRIMARY KEY,
    name       text        NOT NULL,
    revision   bigint      NOT NULL,            -- optimistic lock; the published version is revision + 1
    updated_at timestamptz NOT NULL,
    updated_by text        NOT NULL
);

CREATE TABLE unit (
    code        text        PRIMARY KEY,
    name        text        NOT NULL,
    kind        text        NOT NULL,
    agency_code text        NOT NULL UNIQUE,
    status      text        NOT NULL,
    revision    bigint      NOT NULL,           -- optimistic lock; the published version is revision + 1
    updated_at  timestamptz NOT NULL,
    updated_by  text        NOT NULL
);

CREATE TABLE procedure (
    code        text        PRIMARY KEY,
    name        text        NOT NULL,
    field_code  text        NOT NULL REFERENCES field (code),
    levels      text        NOT NULL,            -- e.g. 'COMMUNE' or 'PROVINCE,COMMUNE'
    status      text        NOT NULL,
    content     jsonb       NOT NULL,            -- everything a citizen reads: documents, fees, time, basis...
    search_text text        NOT NULL,            -- name and code folded: lower case, no diacritics, đ -> d
    revision    bigint      NOT NULL,            -- optimistic lock; the published version is revision + 1
    updated_at  timestamptz NOT NULL,
    updated_by  text        NOT NULL
);

-- Vietnamese search: substring and similarity on the folded text stay fast with a national catalogue
CREATE INDEX procedure_search_trgm ON procedure USING gin (search_text gin_trgm_ops);
CREATE INDEX procedure_field_status ON procedure (field_code, status);
CREATE INDEX procedure_code_prefix ON procedure (code text_pattern_ops);

-- every version a procedure had, as published
CREATE TABLE procedure_version (
    code       text        NOT NULL,
    version    bigint      NOT NULL,
    status     text        NOT NULL,
    change     text        NOT NULL,            -- CREATED, UPDATED, WITHDRAWN
    snapshot   jsonb       NOT NULL,
    changed_at timestamptz NOT NULL,
    changed_by text        NOT NULL,
    PRIMARY KEY (code, version)
);
