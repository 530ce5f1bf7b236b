-- Expo's recall list (GET /locations/{id}/orders/cleared, docs/kds-clear-recall-screens.md): the last cleared orders
-- of a location, newest first. Without this index the list reads and sorts every order the location ever had
-- (a year is a few hundred thousand rows); with it, the 20 newest are read straight off the index. The predicate and
-- the sort key are written exactly as OrderActionRepository.cleared queries them.
CREATE INDEX grill_orders_cleared
    ON grill_orders (location_id, (coalesce(handed_off_at, state_changed_at)) DESC, id DESC)
    WHERE (prep_state = 'fulfilled' OR (handed_off_at IS NOT NULL AND prep_state <> 'voided'));
