-- Every gateway remembers its callers (user row, locations, cookie session) instead of reading them on every request
-- (issue 23). These tables and triggers are how each gateway learns, in commit order, that one of those changed, and
-- how the writer of such a change learns that every gateway has forgotten the old answer (auth/cache/*).

-- A counter bumped by every change to who may do what; its value names the change in NOTIFY and in the gateways'
-- acknowledgements. One row: changes serialize on it, and versions commit in the order they are numbered.
CREATE TABLE auth_epoch (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    version   bigint  NOT NULL DEFAULT 0
);
INSERT INTO auth_epoch DEFAULT VALUES;

-- The gateways running on this database: each renews its lease every few seconds and records the newest change it
-- has applied to its cache. A writer waits for every leased gateway to reach its change before answering.
CREATE TABLE gateway_nodes (
    id           uuid        PRIMARY KEY,
    started_at   timestamptz NOT NULL DEFAULT now(),
    lease_until  timestamptz NOT NULL,
    auth_version bigint      NOT NULL
);

-- TG_ARGV[0] names the column holding the user's id in the changed table.
CREATE FUNCTION auth_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed_user text;
    new_version  bigint;
BEGIN
    changed_user := CASE TG_OP WHEN 'INSERT' THEN to_jsonb(NEW) ELSE to_jsonb(OLD) END ->> TG_ARGV[0];
    UPDATE auth_epoch SET version = version + 1 RETURNING version INTO new_version;
    PERFORM pg_notify('preptable_auth', new_version || ':' || changed_user);
    RETURN NULL;
END $$;

CREATE TRIGGER users_auth_update AFTER UPDATE ON users FOR EACH ROW
    WHEN (OLD.role IS DISTINCT FROM NEW.role OR OLD.status IS DISTINCT FROM NEW.status
          OR OLD.email IS DISTINCT FROM NEW.email)
    EXECUTE FUNCTION auth_changed('id');
CREATE TRIGGER users_auth_delete AFTER DELETE ON users FOR EACH ROW EXECUTE FUNCTION auth_changed('id');
CREATE TRIGGER user_locations_auth AFTER INSERT OR UPDATE OR DELETE ON user_locations FOR EACH ROW
    EXECUTE FUNCTION auth_changed('user_id');
-- last_seen_at moves once a minute per session and changes nothing about access: it does not count
CREATE TRIGGER sessions_auth_update AFTER UPDATE ON sessions FOR EACH ROW
    WHEN (OLD.revoked_at IS DISTINCT FROM NEW.revoked_at OR OLD.expires_at IS DISTINCT FROM NEW.expires_at
          OR OLD.user_id IS DISTINCT FROM NEW.user_id OR OLD.token_hash IS DISTINCT FROM NEW.token_hash)
    EXECUTE FUNCTION auth_changed('user_id');
CREATE TRIGGER sessions_auth_delete AFTER DELETE ON sessions FOR EACH ROW EXECUTE FUNCTION auth_changed('user_id');
