-- Issue 23, bounded memory: an order left on the screens longer than PREPTABLE_ORDER_EXPIRE_AFTER (12 h) is moved
-- to 'expired' by the gateway itself (docs/kds-order-expiry.md). It is off the screens like fulfilled and voided,
-- so the active index (V5) and every "active" predicate already leave it out; only the CHECK has to allow it.
ALTER TABLE grill_orders DROP CONSTRAINT grill_orders_prep_state_check;
ALTER TABLE grill_orders ADD CONSTRAINT grill_orders_prep_state_check
    CHECK (prep_state IN ('queued', 'preparing', 'ready', 'fulfilled', 'voided', 'expired'));

-- The expiry job looks for the oldest active orders of every location: by the age it goes by (placed_at, else
-- created_at), over the active rows only, so a kitchen with a million old fulfilled orders costs it nothing.
CREATE INDEX grill_orders_expiry ON grill_orders ((coalesce(placed_at, created_at)))
    WHERE prep_state IN ('queued', 'preparing', 'ready');
