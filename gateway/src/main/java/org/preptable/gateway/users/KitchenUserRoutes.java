package org.preptable.gateway.users;

import static org.preptable.gateway.auth.Role.ADMIN;
import static org.preptable.gateway.auth.Role.CUSTOMER;
import static org.preptable.gateway.auth.Role.MANAGER;
import static org.preptable.gateway.auth.Role.STAFF;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.auth.Role;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Bodies;
import org.preptable.gateway.http.Params;
import org.preptable.gateway.http.Responses;

/** {@code /users/**} in the kitchen-planning dialect (reference §4.2): numeric ids, camelCase, HEAD_CHEF names. */
public final class KitchenUserRoutes {

    record ProfileUpdate(String firstName, String lastName, Long stationId) {
    }

    record RoleUpdate(String userRole) {
    }

    record EmailUpdate(String email) {
    }

    record PasswordUpdate(String currentPassword, String newPassword) {
    }

    private final UserService service;
    private final Gates gates;

    public KitchenUserRoutes(UserService service, Gates gates) {
        this.service = service;
        this.gates = gates;
    }

    public void mount(Router api) {
        api.get("/users").handler(gates.kitchen(ADMIN)).handler(this::list);
        api.get("/users/me").handler(gates.kitchen(ADMIN, MANAGER, STAFF, CUSTOMER)).handler(this::me);
        api.get("/users/:id").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::get);
        api.put("/users/:id").handler(gates.kitchen(Gates.KITCHEN_STAFF)).handler(this::updateProfile);
        api.patch("/users/:id/station/:stationId").handler(gates.kitchen(ADMIN, MANAGER)).handler(this::assignStation);
        api.patch("/users/:id/role").handler(gates.kitchen(ADMIN)).handler(this::changeRole);
        api.patch("/users/:id/email").handler(gates.kitchen(Gates.KITCHEN_STAFF)).handler(this::changeEmail);
        api.patch("/users/:id/password").handler(gates.kitchen(Gates.KITCHEN_STAFF)).handler(this::changePassword);
        api.delete("/users/:id").handler(gates.kitchen(ADMIN)).handler(this::delete);
    }

    private void list(RoutingContext ctx) {
        Responses.ok(ctx, service.listPeople().stream().map(User::kitchenView).toList());
    }

    private void me(RoutingContext ctx) {
        CurrentUser caller = CurrentUser.of(ctx).orElseThrow();
        Responses.ok(ctx, service.get(caller.id().toString()).kitchenView());
    }

    private void get(RoutingContext ctx) {
        Responses.ok(ctx, service.get(ctx.pathParam("id")).kitchenView());
    }

    private void updateProfile(RoutingContext ctx) {
        ProfileUpdate body = Bodies.read(ctx, ProfileUpdate.class);
        User updated = service.updateProfile(caller(ctx), ctx.pathParam("id"), body.firstName(), body.lastName(),
                body.stationId(), AuditActor.of(ctx));
        Responses.ok(ctx, updated.kitchenView());
    }

    private void assignStation(RoutingContext ctx) {
        long stationId = Params.positiveId(ctx, "stationId");
        Responses.ok(ctx, service.assignStation(ctx.pathParam("id"), stationId, AuditActor.of(ctx)).kitchenView());
    }

    private void changeRole(RoutingContext ctx) {
        RoleUpdate body = Bodies.read(ctx, RoleUpdate.class);
        if (body.userRole() == null) {
            throw ApiError.badRequest("Role cannot be null");
        }
        Role role = Role.parse(body.userRole())
                .orElseThrow(() -> ApiError.badRequest("Invalid role: " + body.userRole()));
        Responses.ok(ctx, service.changeRole(ctx.pathParam("id"), role, AuditActor.of(ctx)).kitchenView());
    }

    private void changeEmail(RoutingContext ctx) {
        EmailUpdate body = Bodies.read(ctx, EmailUpdate.class);
        if (body.email() == null || !body.email().contains("@")) {
            throw ApiError.badRequest("Valid email is required");
        }
        Responses.ok(ctx, service.changeEmail(caller(ctx), ctx.pathParam("id"), body.email(), AuditActor.of(ctx))
                .kitchenView());
    }

    private void changePassword(RoutingContext ctx) {
        PasswordUpdate body = Bodies.read(ctx, PasswordUpdate.class);
        Responses.ok(ctx, service.changePassword(caller(ctx), ctx.pathParam("id"), body.currentPassword(),
                body.newPassword(), AuditActor.of(ctx)).kitchenView());
    }

    private void delete(RoutingContext ctx) {
        service.delete(caller(ctx), ctx.pathParam("id"), AuditActor.of(ctx));
        Responses.noContent(ctx);
    }

    private static CurrentUser caller(RoutingContext ctx) {
        return CurrentUser.of(ctx).orElseThrow();
    }
}
