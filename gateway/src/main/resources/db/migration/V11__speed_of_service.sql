-- Speed of service (docs/speed-of-service.md): GET /locations/{id}/speed reads the orders a location placed in a
-- window of days, and the prep transitions that followed them. Both indexes make that window's size, not the
-- location's history, what a report costs: a day at a year of history reads a day's rows (docs/performance.md).

-- Orders by the time they were placed, coalesce(placed_at, created_at): the very expression the report filters on.
CREATE INDEX grill_orders_placed ON grill_orders (location_id, (coalesce(placed_at, created_at)));

-- The transitions a report measures, by location and time, carrying what it reads (an index-only scan: the table is
-- append-only, so its visibility map stays current). prep_transitions_order (order_id, ...) stays for the per-order
-- reads of the kitchen screens.
CREATE INDEX prep_transitions_speed ON prep_transitions (location_id, at) INCLUDE (order_id, station_id, to_state)
    WHERE to_state IN ('preparing', 'ready', 'cleared');
