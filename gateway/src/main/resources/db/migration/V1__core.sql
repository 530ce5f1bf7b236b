-- Core identity, scope and audit tables. Operations-dialect ids are UUIDs; kitchen-planning ids are the
-- numeric `number` columns (DESIGN.md §2: one user table, each dialect shows its own id).

CREATE TABLE settings (
    key        text PRIMARY KEY,
    value      text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE locations (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name               text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    timezone           text        NOT NULL DEFAULT 'UTC',
    saavor_store_ref   text UNIQUE,
    ready_hold_seconds integer     NOT NULL DEFAULT 300 CHECK (ready_hold_seconds BETWEEN 0 AND 86400),
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX locations_name_unique ON locations (lower(name));

CREATE TABLE users (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    number        bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    first_name    text        NOT NULL,
    last_name     text        NOT NULL,
    email         text        NOT NULL,
    -- null for accounts that cannot log in with a password (kiosk service accounts, passkey-only users)
    password_hash text,
    role          text        NOT NULL CHECK (role IN ('admin', 'manager', 'staff', 'kiosk', 'customer')),
    status        text        NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_unique ON users (lower(email));

CREATE TABLE user_locations (
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    location_id uuid NOT NULL REFERENCES locations (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, location_id)
);
CREATE INDEX user_locations_location ON user_locations (location_id);

-- Cookie sessions (passkey and kiosk logins). Only a hash of the cookie value is stored.
CREATE TABLE sessions (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash   bytea       NOT NULL UNIQUE,
    kind         text        NOT NULL CHECK (kind IN ('passkey', 'kiosk', 'password')),
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz,
    ip           text,
    user_agent   text
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Append-only history of every mutation. Actor email is copied so renames and deletions keep history readable.
CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor_id    uuid,
    actor_email text,
    action      text        NOT NULL,
    entity      text        NOT NULL,
    entity_id   text,
    before      jsonb,
    after       jsonb,
    ip          text,
    user_agent  text,
    route       text
);
CREATE INDEX audit_log_recent ON audit_log (id DESC);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_actor ON audit_log (lower(actor_email));
