-- Kitchen-planning part 2, live notifications: every stored notification is also pushed (WebSocket, SSE) by any
-- gateway on the database. The table stays the one store (V8); a user's rows are their feed, the id the event id.

-- PENDING_COUNT_UPDATED carries the number of pending items of its category after the change (reference §4.10).
ALTER TABLE notifications ADD COLUMN count integer;

-- The hub's catch-up ("this user's rows after id n") and the newest-first list with keyset paging.
CREATE INDEX notifications_feed ON notifications (user_id, id);
-- The unread list and mark-all-read touch only unread rows.
CREATE INDEX notifications_unread ON notifications (user_id, id) WHERE read_at IS NULL;
DROP INDEX notifications_user;
