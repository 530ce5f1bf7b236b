package org.preptable.gateway.auth.passkeys;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.webauthn4j.Authenticator;
import java.util.List;
import java.util.Map;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;

/**
 * The signed-in user's own passkeys: list, add (a registration ceremony bound to the account), rename and remove.
 * The last passkey cannot be removed (409): an account must always have a way in.
 */
public final class PasskeyAccount {

    public static final String ENTITY = "passkeys";

    private final Db db;
    private final Ceremonies ceremonies;
    private final Challenges challenges;
    private final PasskeyRepository passkeys;

    PasskeyAccount(Db db, Ceremonies ceremonies, Challenges challenges, PasskeyRepository passkeys) {
        this.db = db;
        this.ceremonies = ceremonies;
        this.challenges = challenges;
        this.passkeys = passkeys;
    }

    public List<Passkey> list(CurrentUser user) {
        return passkeys.listByUser(db.pool(), user.id());
    }

    /** Registration options for another passkey of this account; its existing ones are excluded. */
    public JsonObject addOptions(CurrentUser user, String rawName) {
        String name = PasskeyNames.of(rawName);
        JsonObject options = ceremonies.creationOptions(user.email(), user.email(), user.id());
        challenges.issue(db.pool(), options.getString("challenge"), Challenges.ADD, user.id(), null,
                Map.of("passkey_name", name));
        return options;
    }

    /** Verifies and stores the new passkey; the challenge must be an "add" one issued to this same account. */
    public Passkey add(CurrentUser user, CredentialJson body, AuditActor actor) {
        JsonObject answer = body.forRegistration();
        CredentialJson.ClientData data = body.clientData();
        Challenges.Issued issued = challenges.consume(db.pool(), data.challenge())
                .filter(found -> found.live() && found.ceremony().equals(Challenges.ADD)
                        && user.id().equals(found.userId()) && "webauthn.create".equals(data.type()))
                .orElseThrow(() -> ApiError.badRequest(
                        "This challenge is unknown, used, expired, for another ceremony or another account; start again"));
        Authenticator verified;
        try {
            verified = ceremonies.verify(data.challenge(), answer, user.email());
        } catch (Ceremonies.Failed failed) {
            throw ApiError.badRequest("The passkey could not be verified: " + failed.getMessage());
        }
        return db.tx(tx -> {
            Passkey added = passkeys.insert(tx, user.id(), verified, body.transports(), issued.detail("passkey_name"));
            AuditLog.record(tx, actor, new AuditEvent("passkey_added", ENTITY, added.id().toString(), null,
                    added.auditView()));
            return added;
        });
    }

    public Passkey rename(CurrentUser user, String credentialId, String rawName, AuditActor actor) {
        if (rawName == null) {
            throw ApiError.badRequest("Field 'name' is required");
        }
        String name = PasskeyNames.of(rawName);
        return db.tx(tx -> {
            Passkey before = own(passkeys.lockByUser(tx, user.id()), credentialId);
            Passkey after = passkeys.rename(tx, before.id(), name);
            if (!before.name().equals(after.name())) {
                AuditLog.record(tx, actor, AuditEvent.update(ENTITY, after.id(), before.auditView(),
                        after.auditView()));
            }
            return after;
        });
    }

    /** Removes one of the caller's passkeys; 409 for the last one. */
    public void remove(CurrentUser user, String credentialId, AuditActor actor) {
        db.tx(tx -> {
            List<Passkey> own = passkeys.lockByUser(tx, user.id());
            Passkey target = own(own, credentialId);
            if (own.size() == 1) {
                throw ApiError.conflict("This is the account's only passkey; add another before removing it");
            }
            passkeys.delete(tx, target.id());
            AuditLog.record(tx, actor, new AuditEvent("passkey_removed", ENTITY, target.id().toString(),
                    target.auditView(), null));
            return null;
        });
    }

    private static Passkey own(List<Passkey> own, String credentialId) {
        return own.stream().filter(passkey -> passkey.credentialId().equals(CredentialJson.unpadded(credentialId)))
                .findFirst().orElseThrow(() -> ApiError.notFound("You have no passkey with ID " + credentialId));
    }
}
