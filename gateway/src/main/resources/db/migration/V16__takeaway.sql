-- Takeaway (reference §4.12): a dish offered for one day with a number of portions and a price, and customers'
-- orders of those portions, paid at pick-up. Money is integer cents. The portions left are one column that only a
-- conditional UPDATE lowers, so concurrent orders can never sell more than was offered.

CREATE TABLE takeaway_offers (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- no ON DELETE: a dish with offers is deactivated, not deleted
    dish_id            bigint      NOT NULL REFERENCES dishes (id),
    -- the kitchen's day the offer is for (the reference's createdAt date)
    offer_date         date        NOT NULL,
    offered_portions   integer     NOT NULL CHECK (offered_portions BETWEEN 1 AND 1000),
    available_portions integer     NOT NULL CHECK (available_portions >= 0
                                                   AND available_portions <= offered_portions),
    price_cents        bigint      NOT NULL CHECK (price_cents BETWEEN 1 AND 10000000),
    -- the chef's switch; "sold out" is available_portions = 0, never stored
    enabled            boolean     NOT NULL DEFAULT true,
    created_by         uuid        NOT NULL REFERENCES users (id),
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz,
    -- one offer per dish and day, also under concurrent creates
    UNIQUE (dish_id, offer_date)
);
CREATE INDEX takeaway_offers_date ON takeaway_offers (offer_date);

CREATE TABLE takeaway_orders (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  uuid        NOT NULL REFERENCES users (id),
    status       text        NOT NULL DEFAULT 'RESERVED' CHECK (status IN ('RESERVED', 'PAID', 'CANCELLED')),
    -- the kitchen's day of ordered_at, stored so filters and the summary need no time-zone arithmetic
    order_date   date        NOT NULL,
    ordered_at   timestamptz NOT NULL,
    paid_at      timestamptz,
    cancelled_at timestamptz
);
CREATE INDEX takeaway_orders_customer ON takeaway_orders (customer_id, ordered_at DESC);
CREATE INDEX takeaway_orders_date ON takeaway_orders (order_date);

CREATE TABLE takeaway_order_lines (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id         bigint  NOT NULL REFERENCES takeaway_orders (id) ON DELETE CASCADE,
    -- no ON DELETE: an offer that sold something is kept (409 on delete)
    offer_id         bigint  NOT NULL REFERENCES takeaway_offers (id),
    quantity         integer NOT NULL CHECK (quantity BETWEEN 1 AND 50),
    -- the offer's price when ordered; the line total is quantity × this, whatever the offer costs later
    unit_price_cents bigint  NOT NULL CHECK (unit_price_cents > 0),
    UNIQUE (order_id, offer_id)
);
CREATE INDEX takeaway_order_lines_offer ON takeaway_order_lines (offer_id);
