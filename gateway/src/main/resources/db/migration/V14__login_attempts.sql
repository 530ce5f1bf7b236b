-- Login protection (docs/login-protection.md): sign-in attempts counted per account (the email as typed, lowercased)
-- and per client address, shared by every gateway on this database. One row per (scope, key); LoginThrottle reads it
-- FOR UPDATE, so an attempt is reserved before its password is checked and parallel guesses cannot slip past the
-- limit. A row is of no use after forget_after (its window and any lock are over) and is deleted then.
CREATE TABLE login_attempts (
    scope          text        NOT NULL CHECK (scope IN ('account', 'address')),
    key            text        NOT NULL CHECK (length(key) BETWEEN 1 AND 320),
    failures       integer     NOT NULL DEFAULT 0 CHECK (failures >= 0),
    window_started timestamptz NOT NULL,
    locked_until   timestamptz,
    forget_after   timestamptz NOT NULL,
    PRIMARY KEY (scope, key)
);

CREATE INDEX login_attempts_forget ON login_attempts (forget_after);
