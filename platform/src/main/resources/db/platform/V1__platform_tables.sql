-- Tables every service's database carries for the platform, kept in their own schema so that a service's
-- own Flyway history starts on an empty schema and never sees them.

CREATE TABLE idempotency_keys (
    scope             TEXT        NOT NULL,
    route             TEXT        NOT NULL,
    idempotency_key   TEXT        NOT NULL,
    fingerprint       TEXT        NOT NULL,
    state             TEXT        NOT NULL CHECK (state IN ('IN_PROGRESS', 'COMPLETED')),
    claim_token       UUID        NOT NULL,
    locked_at         TIMESTAMPTZ NOT NULL,
    response_status   INTEGER,
    response_headers  JSONB,
    response_body     TEXT,
    created_at        TIMESTAMPTZ NOT NULL,
    expires_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (scope, route, idempotency_key)
);

CREATE INDEX idempotency_keys_expires_at ON idempotency_keys (expires_at);

CREATE TABLE outbox (
    seq              BIGSERIAL   PRIMARY KEY,
    id               UUID        NOT NULL UNIQUE,
    type             TEXT        NOT NULL,
    version          INTEGER     NOT NULL,
    aggregate_type   TEXT        NOT NULL,
    aggregate_id     TEXT        NOT NULL,
    occurred_at      TIMESTAMPTZ NOT NULL,
    request_id       TEXT,
    traceparent      TEXT,
    payload          JSONB       NOT NULL,
    attempts         INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ NOT NULL,
    last_error       TEXT,
    sent_at          TIMESTAMPTZ
);

-- The relay's claim query reads only unsent rows; the purge reads only sent ones.
CREATE INDEX outbox_unsent ON outbox (next_attempt_at, seq) WHERE sent_at IS NULL;
CREATE INDEX outbox_sent ON outbox (sent_at) WHERE sent_at IS NOT NULL;

CREATE TABLE inbox (
    consumer    TEXT        NOT NULL,
    event_id    TEXT        NOT NULL,
    event_type  TEXT        NOT NULL,
    handled_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (consumer, event_id)
);

CREATE INDEX inbox_handled_at ON inbox (handled_at);
