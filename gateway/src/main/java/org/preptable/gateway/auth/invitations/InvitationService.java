package org.preptable.gateway.auth.invitations;

import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.auth.RandomTokens;
import org.preptable.gateway.auth.Role;
import org.preptable.gateway.auth.SessionStore;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.users.UserRepository;
import org.preptable.gateway.users.UserRules;

/**
 * Invitations: an admin names who may register (email, role, locations) and hands out a one-time link. Each
 * change commits with its audit row. The first-run invitation is the same thing, created by the gateway itself.
 */
public final class InvitationService {

    public static final String ENTITY = "invitations";

    /** A new invitation and its token, which exists only in this answer and the link. */
    public record Created(Invitation invitation, String token, String url) {
    }

    public record Input(String email, Role role, List<UUID> locationIds, Integer expiresInHours) {
    }

    private final Db db;
    private final InvitationRepository invitations;
    private final UserRepository users;
    private final int defaultHours;
    private final java.util.function.Function<String, String> urlOf;

    /** {@code urlOf} turns a token into the link to print or hand out (docs/auth.md). */
    public InvitationService(Db db, InvitationRepository invitations, UserRepository users, int defaultHours,
                             java.util.function.Function<String, String> urlOf) {
        this.db = db;
        this.invitations = invitations;
        this.users = users;
        this.defaultHours = defaultHours;
        this.urlOf = urlOf;
    }

    public Created create(Input input, AuditActor actor) {
        if (input.role() != Role.ADMIN && input.role() != Role.MANAGER && input.role() != Role.STAFF) {
            throw ApiError.badRequest("Field 'role' must be admin, manager or staff (kiosks sign in with kiosk tokens)");
        }
        String email = UserRules.email(input.email());
        List<UUID> locations = input.locationIds().stream().distinct().toList();
        int hours = input.expiresInHours() == null ? defaultHours : input.expiresInHours();
        return db.tx(tx -> {
            if (users.findByEmail(tx, email).isPresent()) {
                throw ApiError.conflict("A user with this email already exists");
            }
            List<UUID> unknown = users.unknownLocations(tx, locations);
            if (!unknown.isEmpty()) {
                throw ApiError.notFound("Location with ID " + unknown.getFirst() + " was not found.");
            }
            return insert(tx, email, input.role(), locations, false, actor, hours);
        });
    }

    public List<Invitation> list() {
        return invitations.list(db.pool());
    }

    /** Revokes a pending (or expired) invitation; 409 once it has been used, nothing to do when already revoked. */
    public void revoke(UUID id, AuditActor actor) {
        db.tx(tx -> {
            Invitation before = invitations.lock(tx, id)
                    .orElseThrow(() -> ApiError.notFound("Invitation with ID " + id + " was not found."));
            if ("used".equals(before.state())) {
                throw ApiError.conflict("This invitation was already used; remove the user's access instead");
            }
            if (!"revoked".equals(before.state())) {
                Invitation after = invitations.revoke(tx, id);
                AuditLog.record(tx, actor, AuditEvent.change("invitation_revoked", ENTITY, id, before.auditView(),
                        after.auditView()));
            }
            return null;
        });
    }

    /** What the registration page shows: 404 for a token never issued, 410 once used, revoked or expired. */
    public Invitation open(String token) {
        Invitation invitation = invitations.findByToken(db.pool(), SessionStore.hash(token))
                .orElseThrow(() -> ApiError.notFound("This invitation link is not known; ask an admin for a new one"));
        return requirePending(invitation);
    }

    /** The pending invitation, locked for the registering transaction; 410 when it stopped being open meanwhile. */
    public Invitation lockPending(SqlClient tx, UUID id) {
        return requirePending(invitations.lock(tx, id)
                .orElseThrow(() -> gone("This invitation no longer exists; ask an admin for a new one")));
    }

    public void markUsed(SqlClient tx, UUID id, UUID userId) {
        invitations.markUsed(tx, id, userId);
    }

    /**
     * The first-run admin invitation (docs/auth.md): replaces any earlier one still open, whose token can no longer
     * be shown, so at most one works at a time. Its email is left for the first admin to give.
     */
    public Created firstRun(AuditActor actor) {
        return db.tx(tx -> {
            for (Invitation replaced : invitations.revokeOpenFirstRun(tx)) {
                AuditLog.record(tx, actor, AuditEvent.of("invitation_revoked", ENTITY, replaced.id(),
                        Map.of("reason", "replaced by a new first-run invitation")));
            }
            return insert(tx, null, Role.ADMIN, List.of(), true, actor, defaultHours);
        });
    }

    private Created insert(io.vertx.sqlclient.SqlConnection tx, String email, Role role, List<UUID> locations, boolean firstRun,
                           AuditActor actor, int hours) {
        String token = RandomTokens.base64Url(32);
        Invitation created = invitations.insert(tx, SessionStore.hash(token), email, role, locations, firstRun,
                actor.userId(), hours);
        AuditLog.record(tx, actor, new AuditEvent("invitation_created", ENTITY, created.id().toString(), null,
                created.auditView()));
        return new Created(created, token, urlOf.apply(token));
    }

    private static Invitation requirePending(Invitation invitation) {
        if (!invitation.pending()) {
            throw gone("This invitation was " + invitation.state() + "; ask an admin for a new one");
        }
        return invitation;
    }

    private static ApiError gone(String message) {
        return new ApiError(410, message);
    }

    /** Whether a first-run invitation is open now (for tests and the start-up notice). */
    public Optional<Invitation> openFirstRun() {
        return list().stream().filter(i -> i.firstRun() && i.pending()).findFirst();
    }
}
