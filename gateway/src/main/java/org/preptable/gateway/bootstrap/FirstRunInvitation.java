package org.preptable.gateway.bootstrap;

import java.util.Optional;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.passkeys.PasskeyModule;
import org.preptable.gateway.users.UserService;
import org.preptable.model.WireTime;

/**
 * Seed 002's first-run bootstrap: while no admin exists, every start creates a one-time admin invitation and
 * prints its link, which opens passkey registration. In dev mode (the passkey origin is localhost) it does so on
 * every start, admin or not, so a developer on a demo database can always try the passkey flow. A new one replaces
 * the previous one still open, whose token was only ever printed.
 */
public final class FirstRunInvitation {

    private FirstRunInvitation() {
    }

    /** The notice to print, when an invitation was made. */
    public static Optional<String> ensure(PasskeyModule passkeys, UserService users) {
        boolean noAdmin = !users.anyActiveAdmin();
        boolean dev = passkeys.relyingParty().devMode();
        if (!noAdmin && !dev) {
            return Optional.empty();
        }
        var created = passkeys.invitations().firstRun(AuditActor.system("first-run invitation"));
        return Optional.of("Admin invitation (" + (noAdmin ? "no admin yet" : "dev mode")
                + "; single use, open until " + WireTime.rfc3339(created.invitation().expiresAt()) + "): "
                + created.url());
    }
}
