-- The working calendar (docs/calendar.md): the years a province admin (or the seed) has stored, with
-- their holidays and make-up working days. A year that is not stored is proposed by the service from
-- the law and the lunar calendar; nothing is stored for it until someone PUTs it.
CREATE TABLE calendar_year (
    year       integer     PRIMARY KEY CHECK (year BETWEEN 1900 AND 2100),
    -- optimistic locking: the ETag of GET /api/v1/calendar/{year}, advanced by every write
    version    bigint      NOT NULL CHECK (version >= 1),
    updated_at timestamptz NOT NULL,
    updated_by text        NOT NULL
);

-- A date is a holiday or a make-up working day, never both: the date is the key.
CREATE TABLE calendar_day (
    day        date    PRIMARY KEY,
    year       integer NOT NULL REFERENCES calendar_year (year),
    kind       text    NOT NULL CHECK (kind IN ('HOLIDAY', 'MAKE_UP_WORKING_DAY')),
    name       text    NOT NULL CHECK (btrim(name) <> ''),
    confidence text    NOT NULL CHECK (confidence IN ('CERTAIN', 'HIGH', 'MEDIUM', 'LOW')),
    CHECK (EXTRACT(YEAR FROM day) = year)
);
CREATE INDEX calendar_day_year ON calendar_day (year);

-- Every write of a year's calendar, in the same transaction as the write: who, when, and the year's
-- holidays and make-up days before (null when the year was not stored) and after, as JSON.
CREATE TABLE calendar_audit (
    id              bigserial   PRIMARY KEY,
    year            integer     NOT NULL,
    version         bigint      NOT NULL,
    action          text        NOT NULL CHECK (action IN ('SEEDED', 'CREATED', 'UPDATED')),
    changed_at      timestamptz NOT NULL,
    changed_by      text        NOT NULL,
    before_calendar jsonb,
    after_calendar  jsonb       NOT NULL
);
CREATE INDEX calendar_audit_year ON calendar_audit (year, id);
