-- Operations inventory: stores inside locations, the tenant-global item catalog, par levels per location,
-- stock levels per store and item, and the append-only ledger that every level change writes.
-- Quantities are numeric (never float); money is integer cents.

CREATE TABLE stores (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    location_id uuid        NOT NULL REFERENCES locations (id),
    name        text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX stores_name_per_location ON stores (location_id, lower(name));

CREATE TABLE items (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    sku             text        NOT NULL,
    name            text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    unit            text        NOT NULL CHECK (length(btrim(unit)) BETWEEN 1 AND 16),
    category        text,
    -- cache of the preferred vendor's price, maintained by purchasing; null until a vendor is preferred
    unit_cost_cents bigint CHECK (unit_cost_cents >= 0),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX items_sku_unique ON items (upper(sku));

-- Par level and reorder threshold are per location, with no default: an item without a row here is not
-- watched at that location.
CREATE TABLE item_par_levels (
    item_id           uuid          NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    location_id       uuid          NOT NULL REFERENCES locations (id) ON DELETE CASCADE,
    par_level         numeric(14,3) NOT NULL CHECK (par_level >= 0),
    reorder_threshold numeric(14,3) NOT NULL CHECK (reorder_threshold >= 0),
    updated_at        timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (item_id, location_id)
);
CREATE INDEX item_par_levels_location ON item_par_levels (location_id);

CREATE TABLE store_items (
    store_id   uuid          NOT NULL REFERENCES stores (id),
    item_id    uuid          NOT NULL REFERENCES items (id),
    quantity   numeric(14,3) NOT NULL,
    updated_at timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (store_id, item_id)
);
CREATE INDEX store_items_item ON store_items (item_id);

CREATE TABLE stock_movements (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    seq            bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    store_id       uuid          NOT NULL REFERENCES stores (id),
    item_id        uuid          NOT NULL REFERENCES items (id),
    -- zero for a count that matched the level: the count itself is worth keeping
    delta          numeric(14,3) NOT NULL,
    quantity_after numeric(14,3) NOT NULL,
    reason         text          NOT NULL CHECK (reason IN ('receive', 'adjust', 'waste', 'count_correction')),
    waste_reason   text CHECK (waste_reason IN ('spoiled', 'over_prep', 'contamination', 'expired', 'other')),
    note           text,
    actor_id       uuid,
    actor_email    text,
    created_at     timestamptz   NOT NULL DEFAULT clock_timestamp(),
    CHECK ((reason = 'waste') = (waste_reason IS NOT NULL))
);
CREATE INDEX stock_movements_store_time ON stock_movements (store_id, created_at);
CREATE INDEX stock_movements_item ON stock_movements (item_id);
