-- Kitchen display: what Saavor pushed (payload log), the orders projected from it, and the per-location event
-- log that kitchen screens stream and replay.

-- Every webhook body as received, verified or not, kept for the admin debug routes.
CREATE TABLE saavor_payloads (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    received_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    verified    boolean     NOT NULL,
    event_id    text,
    type        text,
    store_ref   text,
    outcome     text        NOT NULL,
    status      integer     NOT NULL,
    error       text,
    body        text        NOT NULL
);
CREATE INDEX saavor_payloads_recent ON saavor_payloads (received_at DESC);

-- Event ids already applied: a repeated delivery finds its id here and changes nothing.
CREATE TABLE saavor_events (
    event_id     text PRIMARY KEY,
    -- deferred: the payload row is written last, with the outcome of applying the event
    payload_id   uuid        NOT NULL REFERENCES saavor_payloads (id) DEFERRABLE INITIALLY DEFERRED,
    processed_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE TABLE grill_orders (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    location_id        uuid        NOT NULL REFERENCES locations (id),
    saavor_order_id    text        NOT NULL,
    number             text,
    channel            text,
    customer_name      text,
    placed_at          timestamptz,
    prep_state         text        NOT NULL
        CHECK (prep_state IN ('queued', 'preparing', 'ready', 'fulfilled', 'voided')),
    state_changed_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    -- the newest Saavor occurred_at applied, so an older event arriving late changes nothing
    saavor_occurred_at timestamptz NOT NULL,
    handed_off_at      timestamptz,
    created_at         timestamptz NOT NULL DEFAULT clock_timestamp(),
    updated_at         timestamptz NOT NULL DEFAULT clock_timestamp(),
    UNIQUE (location_id, saavor_order_id)
);
CREATE INDEX grill_orders_active ON grill_orders (location_id, placed_at)
    WHERE prep_state IN ('queued', 'preparing', 'ready');

CREATE TABLE grill_order_lines (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    order_id   uuid    NOT NULL REFERENCES grill_orders (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    line_ref   text,
    item_code  text,
    name       text    NOT NULL,
    quantity   integer NOT NULL CHECK (quantity > 0),
    modifiers  text[]  NOT NULL DEFAULT '{}',
    notes      text,
    -- the station the item code routed to when the line arrived; null goes to expo
    station_id bigint REFERENCES stations (id) ON DELETE SET NULL
);
CREATE INDEX grill_order_lines_order ON grill_order_lines (order_id, position);

-- What kitchen screens stream. Writers take a per-location advisory lock before inserting, so within a location
-- sequence numbers commit in order and a reconnecting screen can resume from the last one it saw.
CREATE TABLE location_events (
    seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    location_id uuid        NOT NULL REFERENCES locations (id) ON DELETE CASCADE,
    name        text        NOT NULL,
    data        text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX location_events_stream ON location_events (location_id, seq);
CREATE INDEX location_events_age ON location_events (created_at);

-- The highest sequence number purged per location: a screen resuming from below it must reload.
CREATE TABLE location_event_purges (
    location_id      uuid PRIMARY KEY REFERENCES locations (id) ON DELETE CASCADE,
    purged_below_seq bigint NOT NULL
);
