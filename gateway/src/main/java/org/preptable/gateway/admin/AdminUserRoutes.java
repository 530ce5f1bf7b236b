package org.preptable.gateway.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.auth.Role;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Bodies;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;
import org.preptable.gateway.users.User;
import org.preptable.gateway.users.UserService;

/** Seed 002's {@code /admin/users/**} (admin only), in the operations dialect. */
public final class AdminUserRoutes {

    record RoleChange(@JsonProperty("role") String role) {
    }

    record LocationSet(@JsonProperty("location_ids") List<String> locationIds) {
    }

    private final UserService users;
    private final Gates gates;

    public AdminUserRoutes(UserService users, Gates gates) {
        this.users = users;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.get("/admin/users").handler(gates.ops(Role.ADMIN)).handler(this::list);
        api.put("/admin/users/:id/role").handler(gates.ops(Role.ADMIN)).handler(this::changeRole);
        api.get("/admin/users/:id/locations").handler(gates.ops(Role.ADMIN)).handler(this::locations);
        api.put("/admin/users/:id/locations").handler(gates.ops(Role.ADMIN)).handler(this::replaceLocations);
    }

    private void list(RoutingContext ctx) {
        Responses.ok(ctx, users.listPeople().stream().map(User::opsView).toList());
    }

    private void changeRole(RoutingContext ctx) {
        RoleChange body = Bodies.read(ctx, RoleChange.class);
        Role role = Role.parse(body.role()).orElseThrow(() -> ApiError.badRequest(
                "Field 'role' must be one of admin, manager, staff, customer; got: " + body.role()));
        Responses.ok(ctx, users.changeRole(ctx.pathParam("id"), role, AuditActor.of(ctx)).opsView());
    }

    private void locations(RoutingContext ctx) {
        String ref = ctx.pathParam("id");
        Responses.ok(ctx, view(users.get(ref).id(), users.locations(ref)));
    }

    private void replaceLocations(RoutingContext ctx) {
        LocationSet body = Bodies.read(ctx, LocationSet.class);
        if (body.locationIds() == null) {
            throw ApiError.badRequest("Field 'location_ids' is required (an empty array removes every location)");
        }
        List<UUID> ids = new ArrayList<>();
        for (String raw : body.locationIds()) {
            // Params.parseUuid, not UUID.fromString, which takes "1-1-1-1-1" for a UUID.
            ids.add(Params.parseUuid(raw).orElseThrow(() ->
                    ApiError.badRequest("location_ids must hold location UUIDs, got: " + raw)));
        }
        String ref = ctx.pathParam("id");
        List<UUID> saved = users.replaceLocations(ref, ids, AuditActor.of(ctx));
        Responses.ok(ctx, view(users.get(ref).id(), saved));
    }

    private static Map<String, Object> view(UUID userId, List<UUID> locationIds) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("user_id", userId.toString());
        view.put("location_ids", locationIds.stream().map(UUID::toString).toList());
        return view;
    }
}
