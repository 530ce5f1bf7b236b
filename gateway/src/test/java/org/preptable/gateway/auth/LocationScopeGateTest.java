package org.preptable.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.ThreadingModel;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.ext.web.Router;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.http.ErrorHandler;
import org.preptable.gateway.http.RequestIds;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.gateway.testing.TestUser;

/**
 * The reusable gates on a route of the shape later features use ({@code /locations/:id/...}), served over real
 * HTTP with the gateway's own authenticator and database, before any location route exists.
 */
@ExtendWith({VertxExtension.class, GatewayExtension.class})
class LocationScopeGateTest {

    private static int PORT;

    @BeforeAll
    static void serveAGatedRoute(Vertx vertx, TestGateway gateway) throws java.io.IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            PORT = socket.getLocalPort();
        }
        Gates gates = gateway.gateway().services().gates();
        ErrorHandler errors = new ErrorHandler(ZoneId.systemDefault(), 1024);
        vertx.deployVerticle(new VerticleBase() {
            @Override
            public Future<?> start() {
                Router router = Router.router(vertx);
                router.route().handler(RequestIds::assign);
                router.post("/api/v1/locations/:id/things")
                        .handler(gates.ops(Role.ADMIN, Role.MANAGER, Role.STAFF))
                        .handler(gates.locationScope(ctx -> UUID.fromString(ctx.pathParam("id"))))
                        .handler(ctx -> ctx.response().setStatusCode(201).end("done"));
                router.route().failureHandler(errors::handle);
                return vertx.createHttpServer().requestHandler(router).listen(PORT, "127.0.0.1");
            }
        }, new DeploymentOptions().setThreadingModel(ThreadingModel.VIRTUAL_THREAD)).await();
    }

    @Test
    void authenticatedThenRoleThenScope(TestGateway gateway, ApiClient api) {
        UUID assigned = UUID.fromString(gateway.sql().text("INSERT INTO locations (name) VALUES ('A') RETURNING id"));
        UUID other = UUID.fromString(gateway.sql().text("INSERT INTO locations (name) VALUES ('B') RETURNING id"));
        TestUser manager = api.newUser("manager");
        TestUser staff = api.newUser("staff");
        TestUser customer = api.newUser("customer");
        api.as(api.admin()).put("/admin/users/" + manager.id() + "/locations",
                Map.of("location_ids", List.of(assigned.toString())));
        ApiClient gated = new ApiClientOn(PORT).client();

        assertThat(gated.post("/locations/" + assigned + "/things", "{}").assertError(401)).isNotBlank();
        assertThat(gated.as(customer).post("/locations/" + assigned + "/things", "{}").assertError(403))
                .isEqualTo("Insufficient role. Required: [admin, manager, staff]");
        assertThat(gated.as(manager).post("/locations/" + assigned + "/things", "{}").status()).isEqualTo(201);
        assertThat(gated.as(manager).post("/locations/" + other + "/things", "{}").assertError(403))
                .isEqualTo("You are not assigned to location " + other);
        assertThat(gated.as(staff).post("/locations/" + other + "/things", "{}").status()).isEqualTo(201);
        assertThat(gated.as(api.admin()).post("/locations/" + other + "/things", "{}").status()).isEqualTo(201);
    }

    /** A client for the test's own server, which shares the gateway's database and secret. */
    private record ApiClientOn(int port) {
        ApiClient client() {
            // unchecked: this server mounts a test-only route that the API contract does not describe
            return org.preptable.gateway.testing.TestClients.forBaseUrl("http://127.0.0.1:" + port).unchecked();
        }
    }
}
