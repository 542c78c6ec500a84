-- The relay holds back an unsent row while an earlier unsent row of the same aggregate exists; this index
-- answers that check without reading the table.
CREATE INDEX outbox_unsent_by_aggregate ON outbox (aggregate_type, aggregate_id, seq) WHERE sent_at IS NULL;
