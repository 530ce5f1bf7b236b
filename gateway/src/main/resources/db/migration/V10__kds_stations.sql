-- Kitchen display, part 2: a prep state per (order, station), allergens and changes on order lines, rush, the
-- screens a location configures centrally, and every transition stored for speed of service (docs/kds-stations.md).

ALTER TABLE grill_orders
    ADD COLUMN priority      text NOT NULL DEFAULT 'normal' CHECK (priority IN ('normal', 'rush')),
    -- the last Saavor update that changed the lines, and the lines it took away ([{"name", "quantity"}])
    ADD COLUMN changed_at    timestamptz,
    ADD COLUMN removed_lines jsonb NOT NULL DEFAULT '[]';

ALTER TABLE grill_order_lines
    -- [{"id", "display_number", "name_da", "name_en"}] of the meal carrying the item code when the line arrived:
    -- stored with the order, so a later menu change never rewrites a past ticket
    ADD COLUMN allergens jsonb NOT NULL DEFAULT '[]',
    -- what Saavor's last update did to the line: added, modified, or nothing
    ADD COLUMN change    text CHECK (change IN ('added', 'modified'));

-- Each station with lines in an order has its own state; the order's prep_state is derived from these (or set by
-- expo for the whole order).
CREATE TABLE grill_order_stations (
    order_id         uuid        NOT NULL REFERENCES grill_orders (id) ON DELETE CASCADE,
    station_id       bigint      NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
    prep_state       text        NOT NULL CHECK (prep_state IN ('queued', 'preparing', 'ready')),
    state_changed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (order_id, station_id)
);

-- A kitchen screen of a location, known by the name its device file gives (kiosk.screen): which station it shows
-- (null: every station, i.e. expo) and when its tickets turn amber and red. Set centrally, so a kitchen changes a
-- screen without touching the Pi; null settings fall back to the device file.
CREATE TABLE kiosk_screens (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    location_id  uuid        NOT NULL REFERENCES locations (id) ON DELETE CASCADE,
    name         text        NOT NULL CHECK (name ~ '^[a-z0-9][a-z0-9_-]{0,39}$'),
    station_id   bigint REFERENCES stations (id) ON DELETE SET NULL,
    warn_seconds integer CHECK (warn_seconds BETWEEN 10 AND 86400),
    late_seconds integer CHECK (late_seconds BETWEEN 10 AND 86400),
    last_seen_at timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (location_id, name)
);

-- The screen a kiosk session signed in as, so its bumps say where they were made.
ALTER TABLE sessions ADD COLUMN screen_id uuid REFERENCES kiosk_screens (id) ON DELETE SET NULL;

-- Every prep transition, by station (null: the whole order, as expo moves it), with who and which screen made it.
-- to_state: queued, preparing, ready, cleared (handed off), recalled, fulfilled, voided.
CREATE TABLE prep_transitions (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    location_id         uuid        NOT NULL REFERENCES locations (id) ON DELETE CASCADE,
    order_id            uuid        NOT NULL REFERENCES grill_orders (id) ON DELETE CASCADE,
    station_id          bigint,
    from_state          text,
    to_state            text        NOT NULL,
    at                  timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor_id            uuid,
    screen_id           uuid REFERENCES kiosk_screens (id) ON DELETE SET NULL,
    allergens_confirmed boolean     NOT NULL DEFAULT false
);
CREATE INDEX prep_transitions_order ON prep_transitions (order_id, station_id, at);

-- Orders already on the screens when this arrives: each station with lines in them starts in the order's state.
INSERT INTO grill_order_stations (order_id, station_id, prep_state)
SELECT DISTINCT o.id, l.station_id, o.prep_state
FROM grill_orders o JOIN grill_order_lines l ON l.order_id = o.id
WHERE o.prep_state IN ('queued', 'preparing', 'ready') AND l.station_id IS NOT NULL;
