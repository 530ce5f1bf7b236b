-- Kitchen planning, part 2: ingredient requests (reference §4.8) and the shopping lists made of the approved ones
-- (§4.9). Numeric ids (kitchen-planning dialect); users are referenced by their UUID and shown by their number.
-- Lengths here are the validation limits, so text the API accepts always fits (the reference's 80-character
-- columns behind 100-character validation answered 500).

CREATE TABLE ingredient_requests (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name               text          NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 100),
    -- exact decimals (grams of a kilogram), so merged quantities add up without floating-point dust
    quantity           numeric(12, 3) NOT NULL CHECK (quantity > 0 AND quantity <= 100000),
    unit               text          NOT NULL CHECK (unit IN ('KG', 'G', 'L', 'ML', 'PCS', 'BUNCH', 'CAN', 'BOX',
                                                               'BAG', 'PACK', 'BOTTLE', 'SLICE', 'SIDES')),
    preferred_supplier text                   CHECK (length(btrim(preferred_supplier)) BETWEEN 2 AND 100),
    note               text                   CHECK (length(note) <= 255),
    status             text          NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    rejection_reason   text                   CHECK (length(btrim(rejection_reason)) BETWEEN 5 AND 255),
    request_type       text          NOT NULL CHECK (request_type IN ('DISH_SPECIFIC', 'GENERAL_STOCK')),
    delivery_date      date          NOT NULL,
    -- no ON DELETE: a dish someone ordered for is deactivated, not deleted (409)
    dish_id            bigint                 REFERENCES dishes (id),
    -- the station the ingredient is for: the dish's, or for general stock the requester's (null if they have none);
    -- the station filter and the view both use it (the reference filtered by one and showed the other)
    station_id         bigint                 REFERENCES stations (id),
    created_by         uuid          NOT NULL REFERENCES users (id),
    reviewed_by        uuid                   REFERENCES users (id),
    reviewed_at        timestamptz,
    created_at         timestamptz   NOT NULL DEFAULT now(),
    updated_at         timestamptz,
    CHECK ((request_type = 'DISH_SPECIFIC') = (dish_id IS NOT NULL))
);
CREATE INDEX ingredient_requests_delivery ON ingredient_requests (delivery_date, status);
CREATE INDEX ingredient_requests_creator ON ingredient_requests (created_by);
CREATE INDEX ingredient_requests_dish ON ingredient_requests (dish_id);
CREATE INDEX ingredient_requests_station ON ingredient_requests (station_id);

CREATE TABLE shopping_lists (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- one list per delivery date
    delivery_date date        NOT NULL UNIQUE,
    status        text        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'FINALIZED')),
    -- true when the optional AI normalizer named the items; false when the deterministic rules alone did
    normalized    boolean     NOT NULL DEFAULT false,
    created_by    uuid        NOT NULL REFERENCES users (id),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz,
    finalized_at  timestamptz
);

CREATE TABLE shopping_list_items (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    list_id         bigint         NOT NULL REFERENCES shopping_lists (id) ON DELETE CASCADE,
    ingredient_name text           NOT NULL CHECK (length(btrim(ingredient_name)) BETWEEN 2 AND 100),
    -- a sum of several requests may pass one request's limit
    quantity        numeric(15, 3) NOT NULL CHECK (quantity > 0),
    unit            text           NOT NULL CHECK (unit IN ('KG', 'G', 'L', 'ML', 'PCS', 'BUNCH', 'CAN', 'BOX',
                                                            'BAG', 'PACK', 'BOTTLE', 'SLICE', 'SIDES')),
    supplier        text                    CHECK (length(btrim(supplier)) BETWEEN 2 AND 100),
    notes           text,
    ordered         boolean        NOT NULL DEFAULT false,
    ordered_at      timestamptz,
    created_at      timestamptz    NOT NULL DEFAULT now(),
    updated_at      timestamptz
);
CREATE INDEX shopping_list_items_list ON shopping_list_items (list_id);
