package org.preptable.gateway.kds.kiosk;

import io.vertx.sqlclient.SqlConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.auth.RandomTokens;
import org.preptable.gateway.auth.Role;
import org.preptable.gateway.auth.SessionStore;
import org.preptable.gateway.auth.cache.AuthPropagation;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.kds.kiosk.KioskRepository.LocationRef;
import org.preptable.gateway.kds.screens.Screen;
import org.preptable.gateway.kds.screens.ScreenRepository;
import org.preptable.gateway.kds.screens.ScreenService;
import org.preptable.gateway.ops.locations.Location;
import org.preptable.gateway.ops.locations.LocationRepository;
import org.preptable.gateway.users.User;
import org.preptable.gateway.users.UserRepository;
import org.preptable.gateway.users.UserService;

/**
 * Kiosk tokens (DESIGN.md §2, item 3). Each location has one long-lived token, shown once when rotated and stored
 * as its SHA-256, and one kiosk account ({@code users.role = 'kiosk'}) that its sessions belong to and that its
 * audit rows name. The account is found by its email, which is derived from the location id, and is created on the
 * location's first rotation.
 */
public final class KioskService {

    public static final String ENTITY = "locations";
    public static final String ROTATE = "kiosk_token_rotate";
    static final String TOKEN_PREFIX = "ptk_";
    private static final Pattern TOKEN_SHAPE = Pattern.compile(TOKEN_PREFIX + "[A-Za-z0-9_-]{43}");
    private static final String INVALID = "Invalid kiosk token";
    private static final int MAX_NAME = 50;

    /** A token as shown once to the admin who rotated it. */
    public record IssuedToken(UUID locationId, String token) {

        public Map<String, Object> view() {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("location_id", locationId.toString());
            view.put("token", token);
            view.put("qr_svg", KioskQr.svg(token));
            return view;
        }
    }

    private final Db db;
    private final KioskRepository kiosks;
    private final UserRepository users;
    private final LocationRepository locations;
    private final SessionStore sessions;
    private final ScreenRepository screens;
    private final Duration sessionLifetime;
    private final AuthPropagation propagation;

    public KioskService(Db db, KioskRepository kiosks, UserRepository users, LocationRepository locations,
                        SessionStore sessions, ScreenRepository screens, Duration sessionLifetime,
                        AuthPropagation propagation) {
        this.propagation = propagation;
        this.db = db;
        this.kiosks = kiosks;
        this.users = users;
        this.locations = locations;
        this.sessions = sessions;
        this.screens = screens;
        this.sessionLifetime = sessionLifetime;
    }

    /** How long a kiosk session lasts from sign-in or refresh: one shift by default. */
    public Duration sessionLifetime() {
        return sessionLifetime;
    }

    /** The kiosk account's email: fixed by the location id, so rotation and sign-in find the same account. */
    public static String kioskEmail(UUID locationId) {
        return "kiosk-" + locationId + "@kiosk.preptable.local";
    }

    /** Issues the location's new token; the old one and every session opened with it end with this commit. */
    public IssuedToken rotate(UUID locationId, AuditActor actor) {
        IssuedToken issued = db.tx(tx -> {
            LocationRef location = kiosks.lockLocation(tx, locationId)
                    .orElseThrow(() -> ApiError.notFound("Location with ID " + locationId + " was not found."));
            return rotate(tx, location, actor);
        });
        propagation.awaitEveryGateway(); // the old sessions end on every gateway before the new token is shown
        return issued;
    }

    /** Fleet-wide rotation: every location, all or nothing, in location name order. */
    public List<IssuedToken> rotateAll(AuditActor actor) {
        List<IssuedToken> issued = db.tx(tx -> kiosks.lockAllLocations(tx).stream()
                .map(location -> rotate(tx, location, actor)).toList());
        propagation.awaitEveryGateway();
        return issued;
    }

    /**
     * Exchanges a token for a kiosk session. A live kiosk session of the same location that the request already
     * carries ({@code currentCookie}) is extended instead of opening another, so a kiosk that re-posts its token
     * every shift keeps one session row. An unknown token, a rotated one and one whose account is gone all answer
     * the same 401. {@code rawScreen}, when given, names the screen the kiosk is: found or created at the location,
     * stored on the session (a refresh without one clears it) and answered with its settings.
     */
    public KioskSignIn signIn(String rawToken, String rawScreen, String currentCookie, AuditActor requestActor) {
        if (rawToken == null || rawToken.isBlank()) {
            throw ApiError.badRequest("token is required");
        }
        String screen = rawScreen == null ? null : Screen.name(rawScreen, "screen");
        String token = rawToken.trim();
        Optional<KioskSignIn> signedIn = TOKEN_SHAPE.matcher(token).matches()
                ? db.tx(tx -> signIn(tx, token, screen, currentCookie, requestActor))
                : Optional.empty();
        return signedIn.orElseThrow(() -> {
            db.tx(tx -> {
                AuditLog.record(tx, requestActor, AuditEvent.of("login_failed", UserService.ENTITY, null,
                        Map.of("method", "kiosk")));
                return null;
            });
            return ApiError.unauthorized(INVALID);
        });
    }

    private Optional<KioskSignIn> signIn(SqlConnection tx, String token, String screenName, String currentCookie,
                                         AuditActor requestActor) {
        Optional<UUID> locationId = kiosks.locationOfToken(tx, SessionStore.hash(token));
        if (locationId.isEmpty()) {
            return Optional.empty();
        }
        Location location = locations.find(tx, locationId.get()).orElseThrow();
        Optional<User> account = users.findByEmail(tx, kioskEmail(location.id()))
                .filter(user -> user.role() == Role.KIOSK && "active".equals(user.status()));
        if (account.isEmpty()) {
            return Optional.empty();
        }
        User kiosk = account.get();
        AuditActor actor = new AuditActor(kiosk.id(), kiosk.email(), requestActor.ip(), requestActor.userAgent(),
                requestActor.route());

        Optional<SessionStore.Session> current = currentCookie == null || currentCookie.isBlank() ? Optional.empty()
                : sessions.findActive(tx, currentCookie)
                        .filter(session -> session.userId().equals(kiosk.id()) && "kiosk".equals(session.kind()));
        Optional<Instant> extended = current.flatMap(session -> sessions.extend(tx, session.id(), sessionLifetime));
        String sessionToken;
        Instant expiresAt;
        UUID sessionId;
        if (extended.isPresent()) {
            sessionToken = currentCookie;
            expiresAt = extended.get();
            sessionId = current.get().id();
        } else {
            SessionStore.NewSession opened = sessions.create(tx, kiosk.id(), "kiosk", sessionLifetime,
                    requestActor.ip(), requestActor.userAgent());
            sessionToken = opened.token();
            expiresAt = opened.expiresAt();
            sessionId = opened.id();
        }
        Screen screen = screenName == null ? null : screen(tx, location.id(), screenName, actor);
        if (screen != null || extended.isPresent()) {
            screens.attach(tx, sessionId, screen == null ? null : screen.id());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("method", "kiosk");
        details.put("location_id", location.id().toString());
        details.put("session_id", sessionId.toString());
        details.put("refreshed", extended.isPresent());
        details.put("screen", screenName);
        AuditLog.record(tx, actor, AuditEvent.of("login", UserService.ENTITY, kiosk.id(), details));
        return Optional.of(new KioskSignIn(sessionToken, expiresAt, extended.isPresent(), location,
                kiosks.stations(tx), screen));
    }

    /** The location's screen of that name, marked seen; its first sign-in creates it (audited, as the kiosk). */
    private Screen screen(SqlConnection tx, UUID locationId, String name, AuditActor actor) {
        ScreenRepository.Written written = screens.signIn(tx, locationId, name);
        if (written.created()) {
            AuditLog.record(tx, actor, AuditEvent.create(ScreenService.ENTITY, written.screen().id(),
                    written.screen().fields()));
        }
        return written.screen();
    }

    private IssuedToken rotate(SqlConnection tx, LocationRef location, AuditActor actor) {
        User kiosk = kioskAccount(tx, location, actor);
        String token = newToken();
        kiosks.saveToken(tx, location.id(), SessionStore.hash(token), actor.email());
        int revoked = kiosks.revokeSessions(tx, kiosk.id());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kiosk_user_id", kiosk.id().toString());
        details.put("sessions_revoked", revoked);
        AuditLog.record(tx, actor, AuditEvent.of(ROTATE, ENTITY, location.id(), details));
        return new IssuedToken(location.id(), token);
    }

    /**
     * The location's kiosk account, created on first rotation and pinned to exactly its own location: an admin
     * who widened its scope through {@code /admin/users/{id}/locations} is undone here, since a stolen kiosk token
     * must never see another campus.
     */
    private User kioskAccount(SqlConnection tx, LocationRef location, AuditActor actor) {
        String email = kioskEmail(location.id());
        Optional<User> existing = users.findByEmail(tx, email);
        List<UUID> scope = List.of(location.id());
        if (existing.isEmpty()) {
            User created = users.insert(tx, "Kiosk", trimmed(location.name()), email, null, Role.KIOSK);
            users.replaceLocations(tx, created.id(), scope);
            Map<String, Object> row = created.auditView();
            row.put("location_ids", List.of(location.id().toString()));
            AuditLog.record(tx, actor, AuditEvent.create(UserService.ENTITY, created.id(), row));
            return created;
        }
        User kiosk = existing.get();
        if (kiosk.role() != Role.KIOSK) {
            throw ApiError.conflict("The kiosk account email " + email + " belongs to a " + kiosk.role().opsName()
                    + " account; change or delete that account first");
        }
        List<UUID> before = users.locationIds(tx, kiosk.id());
        if (!before.equals(scope)) {
            users.replaceLocations(tx, kiosk.id(), scope);
            AuditLog.record(tx, actor, AuditEvent.change("campus_assigned", "user_locations", kiosk.id(),
                    Map.of("location_ids", before.stream().map(UUID::toString).toList()),
                    Map.of("location_ids", List.of(location.id().toString()))));
        }
        return kiosk;
    }

    /** 32 random bytes; the prefix makes a leaked token recognizable to secret scanners and to people. */
    private static String newToken() {
        return TOKEN_PREFIX + RandomTokens.base64Url(32);
    }

    /** At most 50 characters, as people's names are, without splitting a surrogate pair. */
    private static String trimmed(String name) {
        String text = name.strip();
        if (text.codePointCount(0, text.length()) <= MAX_NAME) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_NAME)).strip();
    }
}
