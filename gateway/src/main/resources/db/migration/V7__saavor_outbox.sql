-- Hand-offs to Saavor ("order prepared"), written in the same transaction as the hand-off itself and delivered
-- by a worker that retries with backoff until Saavor accepts, so none is lost to a crash or a Saavor outage.
CREATE TABLE saavor_outbox (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    order_id        uuid REFERENCES grill_orders (id),
    body            text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    delivered_at    timestamptz,
    last_error      text
);
-- one hand-off per order: a repeated "prepared" enqueues nothing
CREATE UNIQUE INDEX saavor_outbox_one_per_order ON saavor_outbox (order_id) WHERE order_id IS NOT NULL;
CREATE INDEX saavor_outbox_due ON saavor_outbox (next_attempt_at) WHERE delivered_at IS NULL;
