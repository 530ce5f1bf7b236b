-- Kiosk tokens (DESIGN.md §2, item 3): one long-lived token per location, exchanged at POST /signage/auth for a
-- cookie session of the location's kiosk account (users.role = 'kiosk', email kiosk-<location id>@kiosk.preptable.local).
-- Only the SHA-256 of the token is kept: it is shown once, on rotation, and a leaked database cannot be replayed.

CREATE TABLE kiosk_tokens (
    location_id      uuid PRIMARY KEY REFERENCES locations (id) ON DELETE CASCADE,
    token_hash       bytea       NOT NULL UNIQUE,
    -- when this token was issued: a rotation replaces the row's hash and this time together
    created_at       timestamptz NOT NULL DEFAULT now(),
    rotated_by_email text
);
