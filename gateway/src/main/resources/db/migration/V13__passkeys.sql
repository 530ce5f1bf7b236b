-- Passkeys (WebAuthn credentials), invitations and the challenges of passkey ceremonies (issue 19, docs/auth.md).

-- One row per passkey. The public key is the COSE key as vertx-auth-webauthn4j encodes it (base64url CBOR);
-- credential_id is the authenticator's id in base64url, the {credID} of /auth/credentials/{credID}.
CREATE TABLE passkeys (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id       uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    credential_id text        NOT NULL UNIQUE,
    public_key    text        NOT NULL,
    sign_count    bigint      NOT NULL DEFAULT 0 CHECK (sign_count >= 0),
    aaguid        text,
    transports    text[]      NOT NULL DEFAULT '{}',
    name          text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    created_at    timestamptz NOT NULL DEFAULT now(),
    last_used_at  timestamptz
);
CREATE INDEX passkeys_user ON passkeys (user_id);

-- An invitation fixes who registers (email, role, locations) and is used once. Only a hash of its token is kept,
-- as for session cookies and kiosk tokens. email is null only for a first-run invitation: the first admin types
-- their own. location_ids is a plain array: a location deleted meanwhile is dropped at registration.
CREATE TABLE invitations (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    token_hash   bytea       NOT NULL UNIQUE,
    email        text,
    role         text        NOT NULL CHECK (role IN ('admin', 'manager', 'staff')),
    location_ids uuid[]      NOT NULL DEFAULT '{}',
    first_run    boolean     NOT NULL DEFAULT false,
    created_by   uuid REFERENCES users (id) ON DELETE SET NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    used_at      timestamptz,
    used_by      uuid REFERENCES users (id) ON DELETE SET NULL,
    revoked_at   timestamptz
);
CREATE INDEX invitations_recent ON invitations (created_at DESC);

-- A challenge is consumed (deleted) by the verify that uses it, so it works once, and only for its ceremony.
-- In the database rather than in memory because several gateways share one: options and verify may land on
-- different ones. user_id: the signed-in user (add) or the id the new user will get (register).
CREATE TABLE webauthn_challenges (
    challenge     text PRIMARY KEY,
    ceremony      text        NOT NULL CHECK (ceremony IN ('register', 'login', 'add')),
    user_id       uuid,
    invitation_id uuid REFERENCES invitations (id) ON DELETE CASCADE,
    details       jsonb       NOT NULL DEFAULT '{}',
    created_at    timestamptz NOT NULL DEFAULT now(),
    expires_at    timestamptz NOT NULL
);
CREATE INDEX webauthn_challenges_expiry ON webauthn_challenges (expires_at);
