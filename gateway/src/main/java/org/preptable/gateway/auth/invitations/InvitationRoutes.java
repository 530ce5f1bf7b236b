package org.preptable.gateway.auth.invitations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.auth.Role;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Bodies;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;

/** {@code GET /auth/invitations/{token}} (public: the token is the credential) and the admin's {@code /admin/invitations}. */
public final class InvitationRoutes {

    record InvitationInput(@JsonProperty("email") String email, @JsonProperty("role") String role,
                           @JsonProperty("location_ids") List<String> locationIds,
                           @JsonProperty("expires_in_hours") Integer expiresInHours) {
    }

    private static final Pattern TOKEN = Pattern.compile("^[A-Za-z0-9_-]{1,100}$");

    private final InvitationService invitations;
    private final Gates gates;

    public InvitationRoutes(InvitationService invitations, Gates gates) {
        this.invitations = invitations;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.get("/auth/invitations/:token").handler(this::open);
        api.post("/admin/invitations").handler(gates.ops(Role.ADMIN)).handler(this::create);
        api.get("/admin/invitations").handler(gates.ops(Role.ADMIN)).handler(this::list);
        api.delete("/admin/invitations/:invitationId").handler(gates.ops(Role.ADMIN)).handler(this::revoke);
    }

    private void open(RoutingContext ctx) {
        String token = ctx.pathParam("token");
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw ApiError.badRequest("An invitation token is base64url, at most 100 characters");
        }
        Responses.ok(ctx, invitations.open(token).publicView());
    }

    private void create(RoutingContext ctx) {
        InvitationInput body = Bodies.read(ctx, InvitationInput.class);
        Role role = Role.parse(body.role()).orElseThrow(() -> ApiError.badRequest(
                "Field 'role' must be admin, manager or staff; got: " + body.role()));
        if (body.expiresInHours() != null && (body.expiresInHours() < 1 || body.expiresInHours() > 720)) {
            throw ApiError.badRequest("Field 'expires_in_hours' must be from 1 to 720");
        }
        if (body.locationIds() != null && body.locationIds().size() > 200) {
            throw ApiError.badRequest("Field 'location_ids' holds at most 200 locations");
        }
        List<UUID> locations = new ArrayList<>();
        for (String raw : body.locationIds() == null ? List.<String>of() : body.locationIds()) {
            // Params.parseUuid, not UUID.fromString, which takes "1-1-1-1-1" for a UUID.
            locations.add(Params.parseUuid(raw).orElseThrow(() ->
                    ApiError.badRequest("location_ids must hold location UUIDs, got: " + raw)));
        }
        var created = invitations.create(new InvitationService.Input(body.email(), role, locations,
                body.expiresInHours()), AuditActor.of(ctx));
        Map<String, Object> view = new LinkedHashMap<>(created.invitation().adminView());
        view.put("token", created.token());
        view.put("url", created.url());
        ctx.response().putHeader("Cache-Control", "no-store");
        Responses.created(ctx, view);
    }

    private void list(RoutingContext ctx) {
        Responses.ok(ctx, Map.of("invitations", invitations.list().stream().map(Invitation::adminView).toList()));
    }

    private void revoke(RoutingContext ctx) {
        invitations.revoke(Params.uuid(ctx, "invitationId"), AuditActor.of(ctx));
        Responses.noContent(ctx);
    }
}
