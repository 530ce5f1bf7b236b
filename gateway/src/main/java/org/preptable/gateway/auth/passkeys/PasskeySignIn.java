package org.preptable.gateway.auth.passkeys;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.webauthn4j.Authenticator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.auth.Role;
import org.preptable.gateway.auth.SessionStore;
import org.preptable.gateway.auth.throttle.LoginThrottle;
import org.preptable.gateway.auth.invitations.Invitation;
import org.preptable.gateway.auth.invitations.InvitationService;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.users.User;
import org.preptable.gateway.users.UserRepository;
import org.preptable.gateway.users.UserRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registering from an invitation and signing in with a passkey; both end in a {@code preptable_session}. Each
 * verify first consumes its challenge (outside the transaction, so a failed attempt still burns it), lets
 * webauthn4j verify the answer, then writes everything in one transaction with its audit row.
 */
public final class PasskeySignIn {

    private static final Logger LOG = LoggerFactory.getLogger(PasskeySignIn.class);

    /** A signed-in user and the session cookie value that is theirs now. */
    public record SignedIn(User user, List<UUID> locationIds, String sessionToken, Instant expiresAt) {

        /** The same shape as {@code GET /auth/me}. */
        public Map<String, Object> view() {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("id", user.id().toString());
            view.put("email", user.email());
            view.put("role", user.role().opsName());
            view.put("status", user.status());
            view.put("location_ids", locationIds.stream().map(UUID::toString).sorted().toList());
            return view;
        }
    }

    /** What the registration page sends with the invitation token. */
    public record Registration(String token, String email, String firstName, String lastName, String passkeyName) {
    }

    private final Db db;
    private final Ceremonies ceremonies;
    private final Challenges challenges;
    private final PasskeyRepository passkeys;
    private final UserRepository users;
    private final InvitationService invitations;
    private final SessionStore sessions;
    private final Duration sessionLifetime;
    private final LoginThrottle throttle;

    PasskeySignIn(Db db, Ceremonies ceremonies, Challenges challenges, PasskeyRepository passkeys,
                  UserRepository users, InvitationService invitations, SessionStore sessions,
                  Duration sessionLifetime, LoginThrottle throttle) {
        this.db = db;
        this.ceremonies = ceremonies;
        this.challenges = challenges;
        this.passkeys = passkeys;
        this.users = users;
        this.invitations = invitations;
        this.sessions = sessions;
        this.sessionLifetime = sessionLifetime;
        this.throttle = throttle;
    }

    public Duration sessionLifetime() {
        return sessionLifetime;
    }

    /** Registration options for an open invitation, which fixes the email (unless first-run), role and locations. */
    public JsonObject registrationOptions(Registration input) {
        if (input.token() == null || input.token().isBlank()) {
            throw ApiError.badRequest("Field 'token' is required: the invitation's token");
        }
        Invitation invitation = invitations.open(input.token());
        String email;
        if (invitation.email() == null) {
            email = UserRules.email(input.email());
        } else {
            if (input.email() != null && !UserRules.email(input.email()).equals(invitation.email())) {
                throw ApiError.badRequest("This invitation is for " + invitation.email() + "; the email cannot change");
            }
            email = invitation.email();
        }
        String firstName = UserRules.name(input.firstName(), "First name");
        String lastName = UserRules.name(input.lastName(), "Last name");
        String name = PasskeyNames.of(input.passkeyName());
        if (users.findByEmail(db.pool(), email).isPresent()) {
            throw ApiError.conflict("A user with this email already exists");
        }
        UUID userId = UUID.randomUUID();
        JsonObject options = ceremonies.creationOptions(email, firstName + " " + lastName, userId);
        challenges.issue(db.pool(), options.getString("challenge"), Challenges.REGISTER, userId, invitation.id(),
                Map.of("email", email, "first_name", firstName, "last_name", lastName, "passkey_name", name));
        return options;
    }

    /** Verifies the new passkey, then creates the user and its first passkey, uses the invitation, signs in. */
    public SignedIn register(CredentialJson body, AuditActor request) {
        JsonObject answer = body.forRegistration();
        CredentialJson.ClientData data = body.clientData();
        Challenges.Issued issued = challenges.consume(db.pool(), data.challenge())
                .filter(found -> found.live() && found.ceremony().equals(Challenges.REGISTER)
                        && "webauthn.create".equals(data.type()))
                .orElseThrow(() -> ApiError.badRequest(
                        "This registration challenge is unknown, used, expired or for another ceremony; start again"));
        String email = issued.detail("email");
        Authenticator verified = verifyOr400(data.challenge(), answer, email);
        return db.tx(tx -> {
            Invitation invitation = invitations.lockPending(tx, issued.invitationId());
            if (users.findByEmail(tx, email).isPresent()) {
                throw ApiError.conflict("A user with this email already exists");
            }
            User user = users.insertPasskeyUser(tx, issued.userId(), issued.detail("first_name"),
                    issued.detail("last_name"), email, invitation.role());
            List<UUID> locations = new ArrayList<>(invitation.locationIds());
            locations.removeAll(users.unknownLocations(tx, locations)); // deleted since the invitation was made
            users.replaceLocations(tx, user.id(), locations);
            Passkey passkey = passkeys.insert(tx, user.id(), verified, body.transports(), issued.detail("passkey_name"));
            invitations.markUsed(tx, invitation.id(), user.id());
            SessionStore.NewSession session = sessions.create(tx, user.id(), "passkey", sessionLifetime,
                    request.ip(), request.userAgent());
            Map<String, Object> after = new LinkedHashMap<>(user.auditView());
            after.put("location_ids", locations.stream().map(UUID::toString).toList());
            after.put("invitation_id", invitation.id().toString());
            after.put("passkey", passkey.auditView());
            AuditLog.record(tx, as(request, user), new AuditEvent("register", "users", user.id().toString(), null,
                    after));
            return new SignedIn(user, locations, session.token(), session.expiresAt());
        });
    }

    /**
     * Login options. Passkeys are discoverable, so the email is optional; given, it narrows the browser's choice to
     * that account's passkeys (an unknown email gets the same answer as none, so it reveals nothing).
     */
    public JsonObject loginOptions(String email) {
        JsonObject options = ceremonies.requestOptions();
        if (email != null && !email.isBlank()) {
            String normalized = UserRules.email(email);
            var allowed = new io.vertx.core.json.JsonArray();
            users.findByEmail(db.pool(), normalized).ifPresent(user -> passkeys.listByUser(db.pool(), user.id())
                    .forEach(passkey -> allowed.add(new JsonObject().put("type", "public-key")
                            .put("id", passkey.credentialId())
                            .put("transports", new io.vertx.core.json.JsonArray(passkey.transports())))));
            if (!allowed.isEmpty()) {
                options.put("allowCredentials", allowed);
            }
        }
        challenges.issue(db.pool(), options.getString("challenge"), Challenges.LOGIN, null, null, Map.of());
        return options;
    }

    /** Verifies a login; every way it can fail goes through {@link #loginFailed}, and answers the same 401. */
    public SignedIn login(CredentialJson body, AuditActor request) {
        JsonObject answer = body.forLogin();
        CredentialJson.ClientData data = body.clientData();
        // Counted once the answer is well-formed (a malformed one is a 400 that touches nothing), and held to the
        // client address's limit only: a passkey still works while password guesses have locked the account.
        LoginThrottle.Attempt attempt = throttle.begin(null, request.ip());
        Optional<Passkey> known = passkeys.findByCredential(db.pool(), body.credentialId());
        Optional<User> owner = known.flatMap(passkey -> users.findById(db.pool(), passkey.userId()));
        Optional<Challenges.Issued> issued = challenges.consume(db.pool(), data.challenge());
        if (issued.isEmpty() || !issued.get().live() || !issued.get().ceremony().equals(Challenges.LOGIN)
                || !"webauthn.get".equals(data.type())) {
            throw loginFailed(attempt, request, owner, body, "challenge unknown, used, expired or for another ceremony");
        }
        if (known.isEmpty() || owner.isEmpty()) {
            throw loginFailed(attempt, request, owner, body, "unknown passkey");
        }
        Passkey passkey = known.get();
        String handle = body.response().userHandle();
        if (handle != null && !handle.isEmpty()
                && !CredentialJson.unpadded(handle).equals(Ceremonies.userHandle(passkey.userId()))) {
            throw loginFailed(attempt, request, owner, body, "user handle does not match the passkey's account");
        }
        Authenticator verified;
        try {
            verified = ceremonies.verify(data.challenge(), answer, null);
        } catch (Ceremonies.Failed failed) {
            throw loginFailed(attempt, request, owner, body, failed.counterRegression
                    ? "signature counter did not advance (a cloned authenticator?)" : failed.getMessage());
        }
        Optional<SignedIn> signedIn = db.tx(tx -> {
            // a second login with the same counter may have won meanwhile: the conditional update decides
            if (passkeys.advance(tx, passkey.id(), verified.getCounter()).isEmpty()) {
                return Optional.<SignedIn>empty();
            }
            User user = users.findById(tx, passkey.userId()).filter(u -> "active".equals(u.status())
                    && u.role() != Role.KIOSK).orElse(null);
            if (user == null) {
                return Optional.<SignedIn>empty();
            }
            SessionStore.NewSession session = sessions.create(tx, user.id(), "passkey", sessionLifetime,
                    request.ip(), request.userAgent());
            AuditLog.record(tx, as(request, user), AuditEvent.of("login", "users", user.id(),
                    Map.of("method", "passkey", "credential_id", passkey.credentialId())));
            attempt.succeeded(tx);
            return Optional.of(new SignedIn(user, users.locationIds(tx, user.id()), session.token(),
                    session.expiresAt()));
        });
        if (signedIn.isEmpty()) {
            throw loginFailed(attempt, request, owner, body, "signature counter did not advance, or the account is disabled");
        }
        return signedIn.get();
    }

    /**
     * The one place a failed passkey login is handled: the audit row ({@code login_failed}) and the failure counted
     * by login protection in the same transaction, and a log line. Returns the 401 to throw, the same for every cause.
     */
    private ApiError loginFailed(LoginThrottle.Attempt attempt, AuditActor request, Optional<User> owner,
            CredentialJson body, String reason) {
        UUID userId = owner.map(User::id).orElse(null);
        String email = owner.map(User::email).orElse(null);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("method", "passkey");
        details.put("reason", reason);
        details.put("credential_id", body.credentialId());
        if (email != null) {
            details.put("email", email);
        }
        db.tx(tx -> {
            AuditActor actor = new AuditActor(null, email, request.ip(), request.userAgent(), request.route());
            AuditLog.record(tx, actor, AuditEvent.of("login_failed", "users", userId, details));
            attempt.failed(tx, actor);
            return null;
        });
        LOG.info("Passkey login refused ({}) for {} from {}", reason, email == null ? "an unknown passkey" : email,
                request.ip());
        return ApiError.unauthorized("Passkey sign-in failed; ask for new options and try again");
    }

    private Authenticator verifyOr400(String challenge, JsonObject answer, String email) {
        try {
            return ceremonies.verify(challenge, answer, email);
        } catch (Ceremonies.Failed failed) {
            throw ApiError.badRequest("The passkey could not be verified: " + failed.getMessage());
        }
    }

    static AuditActor as(AuditActor request, User user) {
        return new AuditActor(user.id(), user.email(), request.ip(), request.userAgent(), request.route());
    }
}
