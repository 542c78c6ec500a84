-- FRESH10: 10 % off orders of at least Rs 200, once per customer.
INSERT INTO coupon (code, kind, amount, max_discount, min_order, valid_from, valid_to, per_customer_limit)
VALUES ('FRESH10', 'PERCENT', 1000, NULL, 20000, TIMESTAMPTZ '2026-01-01 00:00:00+05:30', NULL, 1)
ON CONFLICT (code) DO NOTHING;
