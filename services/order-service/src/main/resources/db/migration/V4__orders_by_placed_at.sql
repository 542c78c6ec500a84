-- Reports read orders by when they were placed (a day, a week, in India time) from the replicas: without this index
-- every date-range report would scan every order.
create index customer_order_placed_at_idx on customer_order (placed_at);
