-- Kitchen stations (kitchen-planning dialect: numeric ids). A station is also a kitchen-display route: it lists
-- the POS item codes it prepares, and an order line goes to the station of its item code (DESIGN.md §1).

CREATE TABLE stations (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text        NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 100),
    description text        NOT NULL CHECK (length(btrim(description)) BETWEEN 5 AND 200),
    created_at  timestamptz NOT NULL DEFAULT now(),
    -- null until the first update: the reference shows "updatedAt": null for a station never edited
    updated_at  timestamptz
);
-- Whole names, any case: "Hot" and "Hot Kitchen" may coexist, "hot kitchen" and "Hot Kitchen" may not.
CREATE UNIQUE INDEX stations_name_unique ON stations (lower(name));

-- The code is the key, so a code routes to at most one station.
CREATE TABLE station_item_codes (
    item_code  text   PRIMARY KEY CHECK (item_code ~ '^[A-Z0-9][A-Z0-9_-]{0,31}$'),
    station_id bigint NOT NULL REFERENCES stations (id) ON DELETE CASCADE
);
CREATE INDEX station_item_codes_station ON station_item_codes (station_id);

-- No ON DELETE action: deleting a station people work at is refused (409), never silently unassigns them.
ALTER TABLE users ADD COLUMN station_id bigint REFERENCES stations (id);
CREATE INDEX users_station ON users (station_id);
