package org.preptable.gateway.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.auth.JwtTokens;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestGateway;

@ExtendWith(GatewayExtension.class)
class RegisterAndLoginTest {

    private static Map<String, Object> registration(String email) {
        return Map.of("firstName", "Jamie", "lastName", "Oliver", "email", email, "password", "Password123!");
    }

    @Test
    void registerCreatesACustomerAndLoginReturnsTokenEmailAndRole(ApiClient api) {
        ApiResponse registered = api.post("/auth/register", registration("Jamie@Oliver.com"));

        assertThat(registered.status()).isEqualTo(201);
        var user = registered.json();
        assertThat(user.get("id").isNumber()).isTrue();
        assertThat(user.get("email").asText()).isEqualTo("jamie@oliver.com");
        assertThat(user.get("userRole").asText()).isEqualTo("CUSTOMER");
        assertThat(user.get("createdAt").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");

        ApiResponse login = api.post("/auth/login", Map.of("email", " JAMIE@oliver.com ", "password", "Password123!"));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("token").asText()).contains(".");
        assertThat(login.json().get("email").asText()).isEqualTo("jamie@oliver.com");
        assertThat(login.json().get("role").asText()).isEqualTo("CUSTOMER");

        ApiResponse me = api.as(login.json().get("token").asText()).get("/users/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("firstName").asText()).isEqualTo("Jamie");
    }

    @Test
    void duplicateEmailIsAConflictWhateverItsCase(ApiClient api) {
        assertThat(api.post("/auth/register", registration("dup@kitchen.com")).status()).isEqualTo(201);

        assertThat(api.post("/auth/register", registration("DUP@Kitchen.com")).assertError(409))
                .isEqualToIgnoringCase("A user with this email already exists");
    }

    @Test
    void invalidRegistrationsAre400WithTheEnvelope(ApiClient api) {
        assertThat(api.post("/auth/register", registration("jamieoliver.com")).assertError(400))
                .isEqualTo("Invalid email format");
        var weak = Map.of("firstName", "Jamie", "lastName", "Oliver", "email", "weak@kitchen.com", "password", "short");
        assertThat(api.post("/auth/register", weak).assertError(400)).isEqualTo("Password must be at least 8 characters");
        var noUpper = Map.of("firstName", "Jamie", "lastName", "Oliver", "email", "weak@kitchen.com",
                "password", "password123");
        assertThat(api.post("/auth/register", noUpper).assertError(400)).contains("uppercase");
        var shortName = Map.of("firstName", "J", "lastName", "Oliver", "email", "j@kitchen.com",
                "password", "Password123");
        assertThat(api.post("/auth/register", shortName).assertError(400))
                .isEqualTo("First name must be at least 2 characters");
    }

    @Test
    void malformedOrMistypedBodiesAre400NamingTheProblem(ApiClient api) {
        assertThat(api.post("/auth/login", "{\"email\":\"a@b.dk\",}").assertError(400)).startsWith("Malformed JSON");
        assertThat(api.post("/auth/login", "{}").assertError(400)).isEqualTo("Email cannot be blank");
        assertThat(api.post("/auth/login", "").assertError(400)).isEqualTo("Request body is required");
        assertThat(api.post("/auth/login", "[1,2]").assertError(400)).isEqualTo("Request body must be a JSON object");
        // A number is not quietly read as text: the first mistyped field is named.
        assertThat(api.post("/auth/login", "{\"email\": 42, \"password\": {}}").assertError(400))
                .isEqualTo("Field 'email' must be a string");
        assertThat(api.post("/auth/login", "{\"email\": \"a@b.dk\", \"password\": {}}").assertError(400))
                .isEqualTo("Field 'password' must be a string");
        assertThat(api.post("/auth/login", Map.of("email", "a@b.dk", "password", "x", "id", 1)).assertError(400))
                .isEqualTo("Unknown field 'id'");
    }

    @Test
    void wrongPasswordAndUnknownEmailGiveTheSame401(ApiClient api) {
        api.post("/auth/register", registration("known@kitchen.com"));

        String wrongPassword = api.post("/auth/login", Map.of("email", "known@kitchen.com", "password", "Nope12345"))
                .assertError(401);
        String unknownEmail = api.post("/auth/login", Map.of("email", "nobody@kitchen.com", "password", "Nope12345"))
                .assertError(401);
        assertThat(wrongPassword).isEqualTo(unknownEmail).isEqualTo("Invalid email or password");
    }

    @Test
    void missingMalformedTamperedAndExpiredTokensAre401(TestGateway gateway, ApiClient api) {
        String token = api.admin().token();

        assertThat(api.get("/users/me").assertError(401)).isEqualToIgnoringCase("Missing or malformed Authorization header");
        assertThat(api.withHeader("Authorization", "Basic Z29yZG9uOkhhc2gx").get("/users/me").assertError(401))
                .isEqualToIgnoringCase("Missing or malformed Authorization header");
        assertThat(api.as("not-a-real-jwt-token").get("/users/me").assertError(401))
                .isEqualTo("Token could not be verified");

        String[] parts = token.split("\\.");
        var encoder = java.util.Base64.getUrlEncoder().withoutPadding();
        var claims = new JsonObject(new String(java.util.Base64.getUrlDecoder().decode(parts[1])));
        String otherClaims = encoder.encodeToString(claims.put("uid", java.util.UUID.randomUUID().toString())
                .encode().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String tamperedPayload = parts[0] + "." + otherClaims + "." + parts[2];
        assertThat(api.as(tamperedPayload).get("/users/me").assertError(401)).isEqualTo("Token signature invalid");
        String foreignKey = new JwtTokens(io.vertx.core.Vertx.vertx(), "another-secret-another-secret-another-secret")
                .issue(api.admin().id(), 1, TestGateway.ADMIN_EMAIL, org.preptable.gateway.auth.Role.ADMIN);
        assertThat(api.as(foreignKey).get("/users/me").assertError(401)).isEqualTo("Token signature invalid");

        JwtTokens sameKey = gateway.gateway().services().tokens();
        long past = System.currentTimeMillis() / 1000 - 3600;
        String expired = sameKey.sign(new JsonObject().put("sub", TestGateway.ADMIN_EMAIL).put("iss", JwtTokens.ISSUER)
                .put("uid", api.admin().id().toString()).put("iat", past - 1800).put("exp", past));
        assertThat(api.as(expired).get("/users/me").assertError(401)).isEqualTo("Token has expired");

        String unsigned = "eyJhbGciOiJub25lIn0." + parts[1] + ".";
        assertThat(api.as(unsigned).get("/users/me").status()).isEqualTo(401);

        assertThat(api.as(token).get("/users/me").status()).isEqualTo(200);
    }

    @Test
    void tokensLastThirtyMinutes(ApiClient api) throws Exception {
        String payload = api.admin().token().split("\\.")[1];
        var claims = new JsonObject(new String(java.util.Base64.getUrlDecoder().decode(payload)));
        assertThat(claims.getLong("exp") - claims.getLong("iat")).isEqualTo(30 * 60);
        assertThat(claims.getString("iss")).isEqualTo("preptable");
        assertThat(claims.getString("role")).isEqualTo("HEAD_CHEF");
    }
}
