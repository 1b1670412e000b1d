-- The transactional outbox (DESIGN.md, "Events"): an event is written here in the same transaction
-- as the change it describes, then published by the service's single active relay in id order.
CREATE TABLE messaging_outbox (
    id           bigserial   PRIMARY KEY,
    topic        text        NOT NULL,
    message_key  text        NOT NULL,
    event_id     uuid        NOT NULL UNIQUE,
    event_source text        NOT NULL,
    event_type   text        NOT NULL,
    subject      text,
    occurred_at  timestamptz NOT NULL,
    payload      bytea       NOT NULL,
    traceparent  text,
    created_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    sent_at      timestamptz
);

-- what the relay reads: the unsent rows, in order
CREATE INDEX messaging_outbox_unsent ON messaging_outbox (id) WHERE sent_at IS NULL;
-- what the janitor deletes: rows sent long ago
CREATE INDEX messaging_outbox_sent_at ON messaging_outbox (sent_at) WHERE sent_at IS NOT NULL;

-- Idempotent consumers: the events each consumer has handled, recorded in the same transaction as
-- the handler's changes, so a redelivered event changes nothing.
CREATE TABLE messaging_inbox (
    consumer    text        NOT NULL,
    event_id    uuid        NOT NULL,
    received_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (consumer, event_id)
);
CREATE INDEX messaging_inbox_received_at ON messaging_inbox (received_at);

-- The highest sequence (or version) each consumer has applied per key: an older one never
-- overwrites a newer state.
CREATE TABLE messaging_key_sequence (
    consumer      text   NOT NULL,
    topic         text   NOT NULL,
    message_key   text   NOT NULL,
    last_sequence bigint NOT NULL,
    PRIMARY KEY (consumer, topic, message_key)
);
