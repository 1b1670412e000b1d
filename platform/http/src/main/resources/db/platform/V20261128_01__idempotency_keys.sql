-- Idempotency-Key records (DESIGN.md, "REST conventions"): the first response to a POST, replayed
-- for a retry with the same key and body. Written in the same transaction as the change it answers.
CREATE TABLE http_idempotency_key (
    caller           text        NOT NULL,
    idempotency_key  text        NOT NULL,
    request_method   text        NOT NULL,
    request_path     text        NOT NULL,
    request_hash     text        NOT NULL,
    response_status  integer     NOT NULL,
    response_type    text,
    response_headers jsonb       NOT NULL DEFAULT '{}'::jsonb,
    response_body    text,
    created_at       timestamptz NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);

CREATE INDEX http_idempotency_key_created_at ON http_idempotency_key (created_at);
