-- dossier-service's own copies of procedure-service's reference data, kept from the compacted
-- catalogue and unit topics: intake checks against them, never by calling procedure-service.
CREATE TABLE procedure_replica (
    code               text        PRIMARY KEY,
    version            bigint      NOT NULL,
    status             text        NOT NULL,
    name               text        NOT NULL,
    field_code         text        NOT NULL,
    field_name         text        NOT NULL,
    levels             text        NOT NULL,
    processing_unit    text        NOT NULL,
    processing_amount  integer,
    cutoff_time        text,
    documents          jsonb       NOT NULL,
    online_level       text        NOT NULL,
    updated_at         timestamptz NOT NULL
);

CREATE TABLE unit_replica (
    code        text        PRIMARY KEY,
    version     bigint      NOT NULL,
    name        text        NOT NULL,
    kind        text        NOT NULL,
    agency_code text        NOT NULL,
    status      text        NOT NULL,
    updated_at  timestamptz NOT NULL
);
