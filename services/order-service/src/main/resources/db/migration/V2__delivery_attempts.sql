-- The latest delivery attempt that failed (0: none). News from the delivery service about this attempt or an
-- earlier one arrives late and must not move the order again (e.g. a delayed pick-up after a failed attempt).
alter table customer_order add column failed_delivery_attempt integer not null default 0;
