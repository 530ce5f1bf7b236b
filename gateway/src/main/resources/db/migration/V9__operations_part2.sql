-- Operations, part 2: vendors and their prices, purchase orders, meals with their bill of materials and cost
-- history, tenant-global menus, and each location's dayparts and placements (docs/operations.md).
-- Money is integer cents; quantities are numeric(14,3) in the item's unit, as in the inventory tables.

CREATE TABLE vendors (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name         text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    contact_name text,
    email        text,
    phone        text,
    notes        text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX vendors_name_unique ON vendors (lower(name));

-- What a vendor sells an item for: one pack of pack_size item units for price_cents. No ON DELETE on item_id:
-- deleting an item a vendor sells is refused (409) rather than silently forgetting the price.
CREATE TABLE vendor_items (
    vendor_id   uuid          NOT NULL REFERENCES vendors (id) ON DELETE CASCADE,
    item_id     uuid          NOT NULL REFERENCES items (id),
    vendor_sku  text,
    price_cents bigint        NOT NULL CHECK (price_cents >= 0),
    pack_size   numeric(14,3) NOT NULL CHECK (pack_size > 0),
    preferred   boolean       NOT NULL DEFAULT false,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    updated_at  timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (vendor_id, item_id)
);
CREATE INDEX vendor_items_item ON vendor_items (item_id);
-- Exactly one preferred vendor per item, enforced by the database as well as by the service.
CREATE UNIQUE INDEX vendor_items_one_preferred ON vendor_items (item_id) WHERE preferred;

CREATE TABLE purchase_orders (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    -- what people say on the phone to the vendor: "PO 1042"
    number       bigint GENERATED ALWAYS AS IDENTITY (START WITH 1001) UNIQUE,
    location_id  uuid        NOT NULL REFERENCES locations (id),
    vendor_id    uuid        NOT NULL REFERENCES vendors (id),
    -- where the delivery goes; may be chosen when the order is received
    store_id     uuid REFERENCES stores (id),
    status       text        NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'submitted', 'received', 'cancelled')),
    notes        text,
    expected_on  date,
    submitted_at timestamptz,
    received_at  timestamptz,
    cancelled_at timestamptz,
    created_by   uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX purchase_orders_location ON purchase_orders (location_id, created_at DESC);
CREATE INDEX purchase_orders_vendor ON purchase_orders (vendor_id);

-- The pack size and price are copied from the vendor's price list when the line is written, so a later price
-- change does not rewrite an order already sent.
CREATE TABLE purchase_order_lines (
    po_id            uuid          NOT NULL REFERENCES purchase_orders (id) ON DELETE CASCADE,
    position         integer       NOT NULL,
    item_id          uuid          NOT NULL REFERENCES items (id),
    quantity         numeric(14,3) NOT NULL CHECK (quantity > 0),
    pack_size        numeric(14,3) NOT NULL CHECK (pack_size > 0),
    pack_price_cents bigint        NOT NULL CHECK (pack_price_cents >= 0),
    PRIMARY KEY (po_id, position),
    UNIQUE (po_id, item_id)
);
CREATE INDEX purchase_order_lines_item ON purchase_order_lines (item_id);

-- A meal's station is not stored here: it is the station its item_code routes to (station_item_codes), so the
-- meal and the kitchen-display routing cannot disagree (DESIGN.md §1).
CREATE TABLE meals (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name            text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    description     text,
    category        text,
    item_code       text UNIQUE CHECK (item_code ~ '^[A-Z0-9][A-Z0-9_-]{0,31}$'),
    -- the roll-up of the components' costs (docs/operations.md: rounding); maintained, never written by clients
    unit_cost_cents bigint      NOT NULL DEFAULT 0 CHECK (unit_cost_cents >= 0),
    -- false while a component has no cost yet (an item with no preferred vendor)
    cost_complete   boolean     NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX meals_name_unique ON meals (lower(name));

-- The bill of materials: each line is an item or another meal. No ON DELETE on either: a component in use cannot
-- be deleted (409 naming the meal).
CREATE TABLE meal_components (
    meal_id           uuid          NOT NULL REFERENCES meals (id) ON DELETE CASCADE,
    position          integer       NOT NULL,
    item_id           uuid REFERENCES items (id),
    component_meal_id uuid REFERENCES meals (id),
    quantity          numeric(14,3) NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (meal_id, position),
    CHECK ((item_id IS NULL) <> (component_meal_id IS NULL)),
    CHECK (component_meal_id IS DISTINCT FROM meal_id)
);
CREATE INDEX meal_components_item ON meal_components (item_id);
CREATE INDEX meal_components_meal ON meal_components (component_meal_id);

CREATE TABLE meal_allergens (
    meal_id     uuid   NOT NULL REFERENCES meals (id) ON DELETE CASCADE,
    allergen_id bigint NOT NULL REFERENCES allergens (id),
    PRIMARY KEY (meal_id, allergen_id)
);
CREATE INDEX meal_allergens_allergen ON meal_allergens (allergen_id);

-- Every change of a meal's cost, with what caused it: the cost-outlier check compares a meal with its own past.
CREATE TABLE meal_cost_history (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meal_id         uuid        NOT NULL REFERENCES meals (id) ON DELETE CASCADE,
    unit_cost_cents bigint      NOT NULL,
    cause           text        NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX meal_cost_history_meal ON meal_cost_history (meal_id, recorded_at);

-- A named schedule ("Fall lunch"), tenant-global; placements put it to work at a location.
CREATE TABLE menus (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name        text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    description text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX menus_name_unique ON menus (lower(name));

-- A daily window of service in the location's local time. end_time before start_time crosses midnight
-- (22:00-02:00); the service then belongs to the day it started on.
CREATE TABLE dayparts (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    location_id uuid        NOT NULL REFERENCES locations (id) ON DELETE CASCADE,
    name        text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    start_time  time        NOT NULL,
    end_time    time        NOT NULL CHECK (end_time <> start_time),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dayparts_location ON dayparts (location_id, start_time);
CREATE UNIQUE INDEX dayparts_name_per_location ON dayparts (location_id, lower(name));

-- A meal or an item of a menu, served at a daypart of a location on some weekdays (ISO: 1 = Monday) and/or on
-- some dates. price_cents is what the menu board shows; Saavor still owns the sale.
CREATE TABLE placements (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    location_id uuid        NOT NULL REFERENCES locations (id) ON DELETE CASCADE,
    menu_id     uuid        NOT NULL REFERENCES menus (id),
    daypart_id  uuid        NOT NULL REFERENCES dayparts (id),
    meal_id     uuid REFERENCES meals (id),
    item_id     uuid REFERENCES items (id),
    weekdays    smallint[]  NOT NULL DEFAULT '{}',
    dates       date[]      NOT NULL DEFAULT '{}',
    price_cents bigint CHECK (price_cents >= 0),
    available   boolean     NOT NULL DEFAULT true,
    position    integer     NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CHECK ((meal_id IS NULL) <> (item_id IS NULL)),
    CHECK (cardinality(weekdays) > 0 OR cardinality(dates) > 0),
    CHECK (weekdays <@ '{1,2,3,4,5,6,7}'::smallint[])
);
CREATE INDEX placements_location ON placements (location_id, daypart_id);
CREATE INDEX placements_menu ON placements (menu_id);
CREATE INDEX placements_meal ON placements (meal_id);
CREATE INDEX placements_item ON placements (item_id);
