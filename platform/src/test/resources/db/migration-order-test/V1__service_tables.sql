-- A service migration that relies on the platform's tables being there already.
CREATE TABLE farms (id TEXT PRIMARY KEY, name TEXT NOT NULL);
CREATE VIEW farm_events AS SELECT id FROM platform.outbox WHERE aggregate_type = 'farm';
