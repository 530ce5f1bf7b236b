package org.preptable.gateway.auth.passkeys;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.time.Duration;
import org.preptable.gateway.GatewayConfig;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.auth.SessionStore;
import org.preptable.gateway.auth.throttle.LoginThrottle;
import org.preptable.gateway.auth.invitations.InvitationRepository;
import org.preptable.gateway.auth.invitations.InvitationRoutes;
import org.preptable.gateway.auth.invitations.InvitationService;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.users.UserRepository;

/** Wires passkeys and invitations (issue 19) and mounts their routes. */
public record PasskeyModule(RelyingParty relyingParty, PasskeySignIn signIn, PasskeyAccount account,
                            InvitationService invitations, boolean secureCookies) {

    /**
     * @param throttle login protection, which holds passkey logins to the client address's limit
     */
    public static PasskeyModule create(Vertx vertx, Db db, GatewayConfig config, int port, SessionStore sessions,
                                       LoginThrottle throttle) {
        RelyingParty rp = RelyingParty.from(config, port);
        GatewayConfig.Passkeys settings = config.passkeys();
        PasskeyRepository passkeys = new PasskeyRepository();
        UserRepository users = new UserRepository();
        Challenges challenges = new Challenges(settings.challengeSeconds());
        Ceremonies ceremonies = new Ceremonies(vertx, rp, db.pool(), passkeys, settings.challengeSeconds());
        InvitationService invitations = new InvitationService(db, new InvitationRepository(), users,
                settings.invitationHours(), rp::invitationUrl);
        PasskeySignIn signIn = new PasskeySignIn(db, ceremonies, challenges, passkeys, users, invitations, sessions,
                Duration.ofHours(settings.sessionHours()), throttle);
        return new PasskeyModule(rp, signIn, new PasskeyAccount(db, ceremonies, challenges, passkeys), invitations,
                config.secureCookies());
    }

    public void mount(Router api, Gates gates) {
        new PasskeyRoutes(signIn, account, gates, secureCookies).mount(api);
        new InvitationRoutes(invitations, gates).mount(api);
    }
}
