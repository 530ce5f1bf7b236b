package org.preptable.gateway.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.auth.cache.AuthPropagation;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Bodies;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;
import org.preptable.model.WireTime;

/**
 * Seed 002's session management: {@code /auth/me}, {@code /auth/logout}, {@code /auth/sessions[/revoke]}, and the
 * admin console's {@code /admin/sessions[/{id}]} (everyone's sessions; issue 22).
 */
public final class SessionRoutes {

    record Revoke(@JsonProperty("id") String id) {
    }

    private final Db db;
    private final SessionStore sessions;
    private final Gates gates;
    private final AuthPropagation propagation;

    public SessionRoutes(Db db, SessionStore sessions, Gates gates, AuthPropagation propagation) {
        this.db = db;
        this.sessions = sessions;
        this.gates = gates;
        this.propagation = propagation;
    }

    public void mount(Router api) {
        api.get("/auth/me").handler(gates.authenticated()).handler(this::me);
        api.post("/auth/logout").handler(gates.authenticated()).handler(this::logout);
        api.get("/auth/sessions").handler(gates.authenticated()).handler(this::list);
        api.post("/auth/sessions/revoke").handler(gates.authenticated()).handler(this::revoke);
        api.get("/admin/sessions").handler(gates.ops(Role.ADMIN)).handler(this::listAll);
        api.delete("/admin/sessions/:sessionId").handler(gates.ops(Role.ADMIN)).handler(this::revokeAny);
    }

    private void me(RoutingContext ctx) {
        CurrentUser user = CurrentUser.of(ctx).orElseThrow();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", user.id().toString());
        view.put("email", user.email());
        view.put("role", user.role().opsName());
        view.put("status", "active");
        view.put("location_ids", user.locationIds().stream().map(UUID::toString).sorted().toList());
        Responses.ok(ctx, view);
    }

    /** Ends the cookie session this request came with; a bearer token simply expires, so there is nothing to end. */
    private void logout(RoutingContext ctx) {
        CurrentUser user = CurrentUser.of(ctx).orElseThrow();
        if (user.sessionId() != null) {
            revokeAudited(ctx, user, user.sessionId());
        }
        ctx.response().addCookie(Cookie.cookie(SessionStore.COOKIE, "").setPath("/").setMaxAge(0).setHttpOnly(true));
        Responses.noContent(ctx);
    }

    private void list(RoutingContext ctx) {
        CurrentUser user = CurrentUser.of(ctx).orElseThrow();
        var list = sessions.listActive(db.pool(), user.id()).stream()
                .map(session -> view(session, user)).toList();
        Responses.ok(ctx, Map.of("sessions", list));
    }

    /** {@code GET /admin/sessions}: everyone's live sessions, each with its owner. */
    private void listAll(RoutingContext ctx) {
        CurrentUser admin = CurrentUser.of(ctx).orElseThrow();
        var list = sessions.listAllActive(db.pool()).stream().map(owned -> {
            Map<String, Object> view = view(owned.session(), admin);
            Map<String, Object> owner = new LinkedHashMap<>();
            owner.put("id", owned.session().userId().toString());
            owner.put("email", owned.email());
            owner.put("first_name", owned.firstName());
            owner.put("last_name", owned.lastName());
            owner.put("role", Role.fromStored(owned.role()).opsName());
            view.put("user", owner);
            return view;
        }).toList();
        Responses.ok(ctx, Map.of("sessions", list));
    }

    /** {@code DELETE /admin/sessions/{id}}: ends anyone's live session at once (audited). */
    private void revokeAny(RoutingContext ctx) {
        UUID id = Params.uuid(ctx, "sessionId");
        boolean revoked = db.tx(tx -> sessions.revokeAny(tx, id).map(owner -> {
            AuditLog.record(tx, AuditActor.of(ctx), AuditEvent.of("session_revoke", "sessions", id,
                    Map.of("user_id", owner.toString())));
            return true;
        }).orElse(false));
        if (!revoked) {
            throw ApiError.notFound("Session with ID " + id + " was not found.");
        }
        propagation.awaitEveryGateway();
        Responses.noContent(ctx);
    }

    private static Map<String, Object> view(SessionStore.Session session, CurrentUser caller) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", session.id().toString());
        view.put("kind", session.kind());
        view.put("current", session.id().equals(caller.sessionId()));
        view.put("created_at", WireTime.rfc3339(session.createdAt()));
        view.put("last_seen_at", WireTime.rfc3339(session.lastSeenAt()));
        view.put("expires_at", WireTime.rfc3339(session.expiresAt()));
        view.put("ip", session.ip());
        view.put("user_agent", session.userAgent());
        return view;
    }

    private void revoke(RoutingContext ctx) {
        CurrentUser user = CurrentUser.of(ctx).orElseThrow();
        Revoke body = Bodies.read(ctx, Revoke.class);
        // Params.parseUuid, not UUID.fromString, which takes "1-1-1-1-1" for a UUID.
        UUID id = Params.parseUuid(body.id())
                .orElseThrow(() -> ApiError.badRequest("Field 'id' must be a session id (UUID)"));
        if (!revokeAudited(ctx, user, id)) {
            throw ApiError.notFound("Session with ID " + id + " was not found.");
        }
        Responses.noContent(ctx);
    }

    /** Ends the session; once this returns true, no gateway accepts its cookie any more. */
    private boolean revokeAudited(RoutingContext ctx, CurrentUser user, UUID sessionId) {
        boolean revoked = db.tx(tx -> {
            boolean ended = sessions.revoke(tx, user.id(), sessionId);
            if (ended) {
                AuditLog.record(tx, AuditActor.of(ctx), AuditEvent.of("session_revoke", "sessions", sessionId,
                        Map.of("user_id", user.id().toString())));
            }
            return ended;
        });
        if (revoked) {
            propagation.awaitEveryGateway();
        }
        return revoked;
    }
}
