-- A service table for the outbox tests, and a view over the platform's outbox that only works when the
-- platform's migrations ran first.
CREATE TABLE test_products (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE test_seen_events (
    -- the order in which the consumer handled events
    seen     BIGSERIAL PRIMARY KEY,
    event_id TEXT NOT NULL,
    type     TEXT NOT NULL,
    name     TEXT NOT NULL
);

CREATE VIEW test_unsent_events AS SELECT id, type FROM platform.outbox WHERE sent_at IS NULL;
