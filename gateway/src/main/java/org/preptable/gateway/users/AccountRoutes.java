package org.preptable.gateway.users;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.JwtTokens;
import org.preptable.gateway.auth.Role;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Bodies;
import org.preptable.gateway.http.Responses;

/** Password registration and login (seed 000, reference §4.1): the JWT half of DESIGN.md §2's auth. */
public final class AccountRoutes {

    record Credentials(String email, String password) {
    }

    private final UserService service;
    private final JwtTokens tokens;
    private final boolean selfRegistration;
    private final boolean passwordLogin;

    public AccountRoutes(UserService service, JwtTokens tokens, boolean selfRegistration, boolean passwordLogin) {
        this.service = service;
        this.tokens = tokens;
        this.selfRegistration = selfRegistration;
        this.passwordLogin = passwordLogin;
    }

    public void mount(Router api) {
        api.get("/auth/health").handler(ctx -> Responses.ok(ctx, Map.of("msg", "API is up and running")));
        api.post("/auth/register").handler(this::register);
        api.post("/auth/login").handler(this::login);
    }

    private void register(RoutingContext ctx) {
        if (!selfRegistration) {
            throw ApiError.forbidden("Self-registration is turned off; ask a head chef for an account");
        }
        UserService.Registration body = Bodies.read(ctx, UserService.Registration.class);
        User created = service.register(body, Role.CUSTOMER, AuditActor.anonymous(ctx, body.email()));
        Responses.created(ctx, created.kitchenView());
    }

    private void login(RoutingContext ctx) {
        if (!passwordLogin) {
            throw ApiError.forbidden("Password login is turned off on this install; sign in with a passkey");
        }
        Credentials body = Bodies.read(ctx, Credentials.class);
        if (body.email() == null || body.email().isBlank()) {
            throw ApiError.badRequest("Email cannot be blank");
        }
        if (body.password() == null || body.password().isBlank()) {
            throw ApiError.badRequest("Password cannot be blank");
        }
        User user = service.login(body.email(), body.password(), AuditActor.anonymous(ctx, body.email()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("token", tokens.issue(user.id(), user.number(), user.email(), user.role()));
        answer.put("email", user.email());
        answer.put("role", user.role().kitchenName());
        Responses.ok(ctx, answer);
    }
}
