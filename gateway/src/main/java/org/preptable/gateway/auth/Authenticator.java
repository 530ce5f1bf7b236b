package org.preptable.gateway.auth;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.preptable.gateway.auth.cache.PrincipalCache;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;

/**
 * Establishes who is calling: a bearer JWT or a {@code preptable_session} cookie (DESIGN.md §2). The user row, its
 * location set and the cookie's session come from this gateway's {@link PrincipalCache} while it is provably current,
 * else from PostgreSQL; either way a deleted or disabled user, a changed role or a revoked session is out from the
 * very next request. Cookie-authenticated writes must also pass the Origin check, since a browser attaches cookies to
 * cross-site requests.
 */
public final class Authenticator {

    private static final String USER_BY_ID = """
            SELECT u.id, u.number, u.email, u.role, u.status,
                   array_remove(array_agg(ul.location_id), NULL) AS location_ids
            FROM users u LEFT JOIN user_locations ul ON ul.user_id = u.id
            WHERE u.id = $1
            GROUP BY u.id""";
    private static final long SEEN_EVERY_NANOS = Duration.ofMinutes(1).toNanos();
    private static final Set<HttpMethod> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final Db db;
    private final JwtTokens tokens;
    private final SessionStore sessions;
    private final PrincipalCache cache;
    private final Optional<String> publicOrigin;

    public Authenticator(Db db, JwtTokens tokens, SessionStore sessions, PrincipalCache cache,
                         Optional<String> publicOrigin) {
        this.db = db;
        this.tokens = tokens;
        this.sessions = sessions;
        this.cache = cache;
        this.publicOrigin = publicOrigin;
    }

    /** The caller of this request, authenticated once and then remembered; a 401 if there is none. */
    public CurrentUser authenticate(RoutingContext ctx) {
        Optional<CurrentUser> known = CurrentUser.of(ctx);
        if (known.isPresent()) {
            return known.get();
        }
        CurrentUser user = fromCredentials(ctx);
        user.attach(ctx);
        return user;
    }

    /**
     * The caller of a WebSocket or of a stream that a browser opens without headers: a bearer token taken from the
     * {@code Authorization} header or the {@code ?token=} query parameter. A 401 with the reason when it is not
     * valid or its user is gone or disabled.
     */
    public CurrentUser bearer(String token) {
        UUID userId = tokens.verify(token);
        return load(userId, null).orElseThrow(() ->
                ApiError.unauthorized("The token's user no longer exists or is disabled"));
    }

    /**
     * Lets a route take the token from {@code ?token=} when the request has no {@code Authorization} header
     * (EventSource cannot set headers). A session cookie still counts when there is neither.
     */
    public void acceptQueryToken(RoutingContext ctx) {
        String token = ctx.request().getParam("token");
        if (CurrentUser.of(ctx).isEmpty() && ctx.request().getHeader("Authorization") == null
                && token != null && !token.isBlank()) {
            bearer(token.trim()).attach(ctx);
        }
    }

    private CurrentUser fromCredentials(RoutingContext ctx) {
        String authorization = ctx.request().getHeader("Authorization");
        if (authorization != null) {
            if (!authorization.startsWith("Bearer ") || authorization.length() <= 7) {
                throw ApiError.unauthorized("Missing or malformed Authorization header");
            }
            UUID userId = tokens.verify(authorization.substring(7).trim());
            return load(userId, null).orElseThrow(() ->
                    ApiError.unauthorized("The token's user no longer exists or is disabled"));
        }
        Cookie cookie = ctx.request().getCookie(SessionStore.COOKIE);
        if (cookie != null && !cookie.getValue().isBlank()) {
            PrincipalCache.CachedSession session = activeSession(cookie.getValue())
                    .orElseThrow(() -> ApiError.unauthorized("Session expired or revoked; sign in again"));
            if (!SAFE_METHODS.contains(ctx.request().method())) {
                checkOrigin(ctx);
            }
            return load(session.userId(), session.id()).orElseThrow(() ->
                    ApiError.unauthorized("The session's user no longer exists or is disabled"));
        }
        throw ApiError.unauthorized("Missing or malformed Authorization header");
    }

    /** The live session a cookie opens; marked seen at most once a minute either way. */
    private Optional<PrincipalCache.CachedSession> activeSession(String token) {
        String key = HexFormat.of().formatHex(SessionStore.hash(token));
        Optional<PrincipalCache.CachedSession> cached = cache.session(key);
        if (cached.isPresent()) {
            PrincipalCache.CachedSession session = cached.get();
            long now = System.nanoTime();
            long mark = session.lastSeenMark().get();
            if (now - mark > SEEN_EVERY_NANOS && session.lastSeenMark().compareAndSet(mark, now)) {
                sessions.touch(db.pool(), session.id());
            }
            return cached;
        }
        long generation = cache.generation();
        return sessions.findActive(db.pool(), token).map(found -> {
            var session = new PrincipalCache.CachedSession(found.id(), found.userId(), found.expiresAt(),
                    new AtomicLong(System.nanoTime()));
            cache.putSession(generation, key, session);
            return session;
        });
    }

    private Optional<CurrentUser> load(UUID userId, UUID sessionId) {
        Optional<CurrentUser> cached = cache.user(userId);
        if (cached.isPresent()) {
            return sessionId == null ? cached : cached.map(user -> user.withSession(sessionId));
        }
        long generation = cache.generation();
        var rows = db.pool().preparedQuery(USER_BY_ID).execute(Tuple.of(userId)).await();
        if (rows.rowCount() == 0) {
            return Optional.empty();
        }
        Row row = rows.iterator().next();
        if (!"active".equals(row.getString("status"))) {
            return Optional.empty();
        }
        UUID[] locations = row.getArrayOfUUIDs("location_ids");
        Set<UUID> locationIds = locations == null ? Set.of() : Arrays.stream(locations).collect(Collectors.toSet());
        CurrentUser user = new CurrentUser(row.getUUID("id"), row.getLong("number"), row.getString("email"),
                Role.fromStored(row.getString("role")), Set.copyOf(locationIds), null);
        cache.putUser(generation, user);
        return Optional.of(sessionId == null ? user : user.withSession(sessionId));
    }

    /**
     * CSRF defence for cookie sessions: the request must come from the gateway's own origin
     * ({@code PREPTABLE_PUBLIC_URL}, else the request's scheme and Host).
     */
    private void checkOrigin(RoutingContext ctx) {
        String expected = publicOrigin.orElseGet(() -> requestOrigin(ctx));
        String origin = ctx.request().getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            String referer = ctx.request().getHeader("Referer");
            origin = referer == null ? null : originOf(referer);
        }
        if (origin == null) {
            throw ApiError.forbidden("Cookie-authenticated writes need an Origin header naming " + expected);
        }
        if (!origin.equalsIgnoreCase(expected)) {
            throw ApiError.forbidden("Cross-site request refused: Origin " + origin + " is not " + expected);
        }
    }

    /** The origin the request was addressed to; HTTP/2 carries it as {@code :authority}, HTTP/1.1 as Host. */
    private static String requestOrigin(RoutingContext ctx) {
        var authority = ctx.request().authority();
        if (authority == null) {
            return ctx.request().scheme() + "://unknown";
        }
        return ctx.request().scheme() + "://" + authority.host() + (authority.port() >= 0 ? ":" + authority.port() : "");
    }

    /** The scheme, host and port of a URL, as browsers write them in {@code Origin}; null if it has none. */
    public static String originOf(String url) {
        try {
            var uri = java.net.URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
