package org.preptable.gateway.users;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.cache.AuthPropagation;
import org.preptable.gateway.auth.PasswordHasher;
import org.preptable.gateway.auth.Role;
import org.preptable.gateway.auth.throttle.LoginThrottle;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;

/**
 * User rules shared by both dialects: registration, profile, role, email, password and deletion. Every change
 * runs in one transaction with its audit row. Password hashing runs on a worker thread, never on the event loop.
 */
public final class UserService {

    public static final String ENTITY = "users";

    private final Vertx vertx;
    private final Db db;
    private final UserRepository users;
    private final LoginThrottle throttle;
    private final Set<Role> passkeyOnlyRoles;
    private final AuthPropagation propagation;

    public UserService(Vertx vertx, Db db, UserRepository users, LoginThrottle throttle, Set<Role> passkeyOnlyRoles,
                       AuthPropagation propagation) {
        this.vertx = vertx;
        this.db = db;
        this.users = users;
        this.throttle = throttle;
        this.passkeyOnlyRoles = Set.copyOf(passkeyOnlyRoles);
        this.propagation = propagation;
    }

    public record Registration(String firstName, String lastName, String email, String password) {
    }

    /** Creates an account with the given role; self-registration passes {@link Role#CUSTOMER}. */
    public User register(Registration input, Role role, AuditActor actor) {
        String firstName = UserRules.name(input.firstName(), "First name");
        String lastName = UserRules.name(input.lastName(), "Last name");
        String password = UserRules.password(input.password());
        String email = UserRules.email(input.email());
        if (users.findByEmail(db.pool(), email).isPresent()) {
            throw ApiError.conflict("A user with this email already exists");
        }
        String hash = hashOffLoop(password);
        return db.tx(tx -> {
            User created = users.insert(tx, firstName, lastName, email, hash, role);
            AuditLog.record(tx, actor.userId() == null ? withUser(actor, created) : actor,
                    AuditEvent.create(ENTITY, created.id(), created.auditView()));
            return created;
        });
    }

    /**
     * The user with this email and password, or a 401 that does not say which of the two was wrong. The attempt is
     * held to login protection first (429 while the account or the address is locked, slowed past the threshold).
     * A right password for a role that must use a passkey ({@code PREPTABLE_PASSKEY_ONLY_ROLES}) is a 403 saying so;
     * it is told only after the password was checked, so the answer does not reveal an account's role to a guesser.
     */
    public User login(String email, String password, AuditActor actor) {
        LoginThrottle.Attempt attempt = throttle.begin(email, actor.ip());
        User user = users.findByEmail(db.pool(), email.trim()).filter(u -> "active".equals(u.status())).orElse(null);
        String hash = user == null ? null : user.passwordHash();
        boolean matches = vertx.executeBlocking(() -> PasswordHasher.matches(password, hash)).await();
        if (user == null || !matches || user.role() == Role.KIOSK) {
            db.tx(tx -> {
                AuditLog.record(tx, actor, AuditEvent.of("login_failed", ENTITY,
                        user == null ? null : user.id(), Map.of("email", email.trim().toLowerCase())));
                attempt.failed(tx, actor);
                return null;
            });
            throw ApiError.unauthorized("Invalid email or password");
        }
        if (passkeyOnlyRoles.contains(user.role())) {
            db.tx(tx -> {
                AuditLog.record(tx, withUser(actor, user), AuditEvent.of("login_failed", ENTITY, user.id(),
                        Map.of("email", user.email(), "reason", "passkey_only")));
                attempt.succeeded(tx);
                return null;
            });
            throw ApiError.forbidden("Password login is turned off for " + user.role().opsName() + " accounts on"
                    + " this install; sign in with a passkey");
        }
        db.tx(tx -> {
            AuditLog.record(tx, withUser(actor, user), AuditEvent.of("login", ENTITY, user.id(),
                    Map.of("method", "password")));
            attempt.succeeded(tx);
            return null;
        });
        return user;
    }

    /** Finds a user by UUID or by number, the two ids DESIGN.md §2 lets every user route accept. */
    public User get(String ref) {
        return find(db.pool(), ref);
    }

    public Optional<User> findByEmail(String email) {
        return users.findByEmail(db.pool(), email.trim());
    }

    public boolean anyActiveAdmin() {
        return users.anyActiveAdmin(db.pool());
    }

    public List<User> listPeople() {
        return users.listPeople(db.pool());
    }

    /**
     * Replaces names and station ({@code PUT /users/{id}}); a null station means none. Checked in the reference's
     * order: station id, names, ownership, then the station's existence.
     */
    public User updateProfile(CurrentUser caller, String ref, String firstName, String lastName, Long stationId,
                              AuditActor actor) {
        if (stationId != null && stationId <= 0) {
            throw ApiError.badRequest("Invalid ID: must be provided and greater than 0");
        }
        String first = UserRules.name(firstName, "First name");
        String last = UserRules.name(lastName, "Last name");
        return db.tx(tx -> {
            User before = find(tx, ref);
            if (!caller.id().equals(before.id()) && !caller.is(Role.ADMIN)) {
                throw ApiError.forbidden("You can only update your own profile");
            }
            if (stationId != null) {
                requireStation(tx, stationId);
            }
            User after = users.updateProfile(tx, before.id(), first, last, stationId);
            AuditLog.record(tx, actor, AuditEvent.update(ENTITY, after.id(), before.auditView(), after.auditView()));
            return after;
        });
    }

    public User assignStation(String ref, long stationId, AuditActor actor) {
        return db.tx(tx -> {
            User before = find(tx, ref);
            requireStation(tx, stationId);
            User after = users.updateStation(tx, before.id(), stationId);
            AuditLog.record(tx, actor, AuditEvent.update(ENTITY, after.id(), before.auditView(), after.auditView()));
            return after;
        });
    }

    /** The people at a station; an unknown station is a 404, not an empty list. */
    public List<User> listAtStation(long stationId) {
        requireStation(db.pool(), stationId);
        return users.listPeopleAtStation(db.pool(), stationId);
    }

    /** Sets a role. Refuses to demote the last active admin (409), so the install always keeps one. */
    public User changeRole(String ref, Role role, AuditActor actor) {
        return propagated(db.tx(tx -> {
            User before = find(tx, ref);
            if (before.role() == Role.KIOSK || role == Role.KIOSK) {
                throw ApiError.badRequest("Kiosk accounts are managed through kiosk tokens, not role changes");
            }
            if (before.role() == Role.ADMIN && role != Role.ADMIN && "active".equals(before.status())
                    && users.lockActiveAdmins(tx) <= 1) {
                throw ApiError.conflict("Cannot change the role of the only active admin;"
                        + " make another user admin first");
            }
            User after = users.updateRole(tx, before.id(), role);
            AuditLog.record(tx, actor,
                    AuditEvent.change("role_change", ENTITY, after.id(), before.auditView(), after.auditView()));
            return after;
        }));
    }

    public User changeEmail(CurrentUser caller, String ref, String newEmail, AuditActor actor) {
        String email = UserRules.email(newEmail);
        return propagated(db.tx(tx -> {
            User before = find(tx, ref);
            requireSelfOrAdmin(caller, before);
            users.findByEmail(tx, email).filter(other -> !other.id().equals(before.id())).ifPresent(other -> {
                throw ApiError.conflict("A user with this email already exists");
            });
            User after = users.updateEmail(tx, before.id(), email);
            AuditLog.record(tx, actor, AuditEvent.update(ENTITY, after.id(), before.auditView(), after.auditView()));
            return after;
        }));
    }

    /**
     * Changes a password. The caller confirms with their own current password: a user changing theirs, or a head
     * chef resetting someone else's, so a stolen token alone cannot take over accounts.
     */
    public User changePassword(CurrentUser caller, String ref, String currentPassword, String newPassword,
                               AuditActor actor) {
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw ApiError.badRequest("Current password cannot be empty");
        }
        if (newPassword == null || newPassword.isEmpty()) {
            throw ApiError.badRequest("New password cannot be empty");
        }
        UserRules.password(newPassword);
        User target = find(db.pool(), ref);
        requireSelfOrAdmin(caller, target);
        User self = users.findById(db.pool(), caller.id()).orElseThrow();
        boolean confirmed = vertx.executeBlocking(() -> PasswordHasher.matches(currentPassword, self.passwordHash()))
                .await();
        if (!confirmed) {
            throw ApiError.badRequest("Current password is incorrect");
        }
        String hash = hashOffLoop(newPassword);
        return db.tx(tx -> {
            User after = users.updatePasswordHash(tx, target.id(), hash);
            AuditLog.record(tx, actor, AuditEvent.of("password_change", ENTITY, after.id(),
                    Map.of("email", after.email())));
            return after;
        });
    }

    public void delete(CurrentUser caller, String ref, AuditActor actor) {
        db.tx(tx -> {
            User before = find(tx, ref);
            if (before.id().equals(caller.id())) {
                throw ApiError.badRequest("Cannot delete your own account");
            }
            if (before.role() == Role.ADMIN && users.lockActiveAdmins(tx) <= 1) {
                throw ApiError.conflict("Cannot delete the only active admin");
            }
            users.delete(tx, before.id());
            AuditLog.record(tx, actor, AuditEvent.delete(ENTITY, before.id(), before.auditView()));
            return null;
        });
        propagation.awaitEveryGateway();
    }

    public List<UUID> locations(String ref) {
        return users.locationIds(db.pool(), find(db.pool(), ref).id());
    }

    /** Replaces the user's location set; the new scope applies from the user's next request. */
    public List<UUID> replaceLocations(String ref, List<UUID> locationIds, AuditActor actor) {
        List<UUID> wanted = locationIds.stream().distinct().sorted().toList();
        return propagated(db.tx(tx -> {
            User user = find(tx, ref);
            List<UUID> unknown = users.unknownLocations(tx, wanted);
            if (!unknown.isEmpty()) {
                throw ApiError.notFound("Location with ID " + unknown.get(0) + " was not found.");
            }
            List<UUID> before = users.locationIds(tx, user.id());
            users.replaceLocations(tx, user.id(), wanted);
            AuditLog.record(tx, actor, AuditEvent.change("campus_assigned", "user_locations", user.id(),
                    Map.of("location_ids", before.stream().map(UUID::toString).toList()),
                    Map.of("location_ids", wanted.stream().map(UUID::toString).toList())));
            return wanted;
        }));
    }

    /** Answers only once every gateway has forgotten what the committed change made stale (auth/cache). */
    private <T> T propagated(T committed) {
        propagation.awaitEveryGateway();
        return committed;
    }

    private User find(SqlClient client, String ref) {
        return UserRefs.parse(ref).find(users, client)
                .orElseThrow(() -> ApiError.notFound("User with ID " + ref + " was not found."));
    }

    private void requireStation(SqlClient client, long stationId) {
        if (!users.stationExists(client, stationId)) {
            throw ApiError.notFound("Station with ID " + stationId + " was not found.");
        }
    }

    private static void requireSelfOrAdmin(CurrentUser caller, User target) {
        if (!caller.id().equals(target.id()) && !caller.is(Role.ADMIN)) {
            throw ApiError.forbidden("You can only modify your own data or must be a Head Chef.");
        }
    }

    private String hashOffLoop(String password) {
        return vertx.executeBlocking(() -> PasswordHasher.hash(password)).await();
    }

    private static AuditActor withUser(AuditActor actor, User user) {
        return new AuditActor(user.id(), user.email(), actor.ip(), actor.userAgent(), actor.route());
    }
}
