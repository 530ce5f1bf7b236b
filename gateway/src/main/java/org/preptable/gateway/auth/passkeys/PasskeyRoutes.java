package org.preptable.gateway.auth.passkeys;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.regex.Pattern;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.auth.Gates;
import org.preptable.gateway.auth.Role;
import org.preptable.gateway.auth.SessionStore;
import org.preptable.gateway.http.ApiError;
import org.preptable.gateway.http.Bodies;
import org.preptable.gateway.http.Responses;

/**
 * Seed 002's passkey routes: the register and login ceremonies (public; both verifies set the session cookie) and
 * the signed-in user's passkeys under {@code /auth/credentials}. Kiosks sign in with kiosk tokens, not passkeys.
 */
public final class PasskeyRoutes {

    record RegisterStart(@JsonProperty("token") String token, @JsonProperty("email") String email,
                         @JsonProperty("first_name") String firstName, @JsonProperty("last_name") String lastName,
                         @JsonProperty("passkey_name") String passkeyName) {
    }

    record LoginStart(@JsonProperty("email") String email) {
    }

    record Name(@JsonProperty("name") String name) {
    }

    private static final Pattern CREDENTIAL_ID = Pattern.compile("^[A-Za-z0-9_-]{1," + CredentialJson.ID_MAX + "}$");
    private static final Role[] PEOPLE = {Role.ADMIN, Role.MANAGER, Role.STAFF, Role.CUSTOMER};

    private final PasskeySignIn signIn;
    private final PasskeyAccount account;
    private final Gates gates;
    private final boolean secureCookies;

    public PasskeyRoutes(PasskeySignIn signIn, PasskeyAccount account, Gates gates, boolean secureCookies) {
        this.signIn = signIn;
        this.account = account;
        this.gates = gates;
        this.secureCookies = secureCookies;
    }

    public void mount(Router api) {
        api.post("/auth/register/options").handler(this::registerOptions);
        api.post("/auth/register/verify").handler(this::register);
        api.post("/auth/login/options").handler(this::loginOptions);
        api.post("/auth/login/verify").handler(this::login);
        api.get("/auth/credentials").handler(gates.ops(PEOPLE)).handler(this::list);
        api.post("/auth/credentials/options").handler(gates.ops(PEOPLE)).handler(this::addOptions);
        api.post("/auth/credentials/verify").handler(gates.ops(PEOPLE)).handler(this::add);
        api.patch("/auth/credentials/:credId").handler(gates.ops(PEOPLE)).handler(this::rename);
        api.delete("/auth/credentials/:credId").handler(gates.ops(PEOPLE)).handler(this::remove);
    }

    private void registerOptions(RoutingContext ctx) {
        RegisterStart body = Bodies.read(ctx, RegisterStart.class);
        noStore(ctx);
        options(ctx, signIn.registrationOptions(new PasskeySignIn.Registration(body.token(), body.email(),
                body.firstName(), body.lastName(), body.passkeyName())));
    }

    private void register(RoutingContext ctx) {
        var signedIn = signIn.register(Bodies.read(ctx, CredentialJson.class), AuditActor.anonymous(ctx, null));
        setCookie(ctx, signedIn);
        Responses.created(ctx, signedIn.view());
    }

    private void loginOptions(RoutingContext ctx) {
        LoginStart body = Bodies.read(ctx, LoginStart.class);
        noStore(ctx);
        options(ctx, signIn.loginOptions(body.email()));
    }

    private void login(RoutingContext ctx) {
        var signedIn = signIn.login(Bodies.read(ctx, CredentialJson.class), AuditActor.anonymous(ctx, null));
        setCookie(ctx, signedIn);
        Responses.ok(ctx, signedIn.view());
    }

    private void list(RoutingContext ctx) {
        Responses.ok(ctx, Map.of("credentials", account.list(caller(ctx)).stream().map(Passkey::view).toList()));
    }

    private void addOptions(RoutingContext ctx) {
        Name body = Bodies.read(ctx, Name.class);
        noStore(ctx);
        options(ctx, account.addOptions(caller(ctx), body.name()));
    }

    private void add(RoutingContext ctx) {
        Passkey added = account.add(caller(ctx), Bodies.read(ctx, CredentialJson.class), AuditActor.of(ctx));
        Responses.created(ctx, added.view());
    }

    private void rename(RoutingContext ctx) {
        String credentialId = credentialId(ctx);
        Name body = Bodies.read(ctx, Name.class);
        Responses.ok(ctx, account.rename(caller(ctx), credentialId, body.name(), AuditActor.of(ctx)).view());
    }

    private void remove(RoutingContext ctx) {
        account.remove(caller(ctx), credentialId(ctx), AuditActor.of(ctx));
        Responses.noContent(ctx);
    }

    private void setCookie(RoutingContext ctx, PasskeySignIn.SignedIn signedIn) {
        ctx.response().putHeader("Set-Cookie",
                SessionStore.setCookie(signedIn.sessionToken(), signIn.sessionLifetime(), secureCookies));
        noStore(ctx);
    }

    /** Ceremony options as plain JSON: Vert.x's JsonObject is not a bean the response mapper knows. */
    private static void options(RoutingContext ctx, io.vertx.core.json.JsonObject options) {
        try {
            Responses.ok(ctx, org.preptable.model.Json.MAPPER.readTree(options.encode()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("options encoded by Vert.x are JSON", e);
        }
    }

    private static String credentialId(RoutingContext ctx) {
        String raw = ctx.pathParam("credId");
        if (raw == null || !CREDENTIAL_ID.matcher(raw).matches()) {
            throw ApiError.badRequest("A passkey's ID is the base64url credential ID from GET /auth/credentials");
        }
        return raw;
    }

    private static CurrentUser caller(RoutingContext ctx) {
        return CurrentUser.of(ctx).orElseThrow();
    }

    /** Challenges and session answers are for this client only; no cache between may keep them. */
    private static void noStore(RoutingContext ctx) {
        ctx.response().putHeader("Cache-Control", "no-store");
    }
}
