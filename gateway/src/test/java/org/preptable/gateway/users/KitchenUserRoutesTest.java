package org.preptable.gateway.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.TestUser;

@ExtendWith(GatewayExtension.class)
class KitchenUserRoutesTest {

    @Test
    void headChefListsPeopleSortedByFirstNameAndOthersAreRefused(ApiClient api) {
        TestUser headChef = api.admin();
        TestUser lineCook = api.newUser("LINE_COOK");

        var list = api.as(headChef).get("/users");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().size()).isGreaterThanOrEqualTo(2);
        var names = new java.util.ArrayList<String>();
        list.json().forEach(user -> names.add(user.get("firstName").asText().toLowerCase()));
        assertThat(names).isSorted();

        assertThat(api.as(lineCook).get("/users").assertError(403)).isEqualTo("Insufficient role. Required: [HEAD_CHEF]");
    }

    @Test
    void usersAreFoundByNumberOrUuid(ApiClient api) {
        TestUser headChef = api.admin();
        TestUser cook = api.newUser("staff");

        var byNumber = api.as(headChef).get("/users/" + cook.number());
        var byUuid = api.as(headChef).get("/users/" + cook.id());
        assertThat(byNumber.status()).isEqualTo(200);
        assertThat(byUuid.body()).isEqualTo(byNumber.body());
        assertThat(byNumber.json().get("userRole").asText()).isEqualTo("LINE_COOK");

        assertThat(api.as(headChef).get("/users/999999").assertError(404)).isEqualTo("User with ID 999999 was not found.");
        assertThat(api.as(headChef).get("/users/-1").assertError(400)).startsWith("Invalid ID");
        assertThat(api.as(headChef).get("/users/abc").assertError(400)).startsWith("Invalid ID");
        assertThat(api.as(cook).get("/users/" + headChef.number()).assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF]");
    }

    @Test
    void profileUpdatesAreOwnOrHeadChef(ApiClient api) {
        TestUser cook = api.newUser("LINE_COOK");
        TestUser other = api.newUser("LINE_COOK");

        var own = api.as(cook).put("/users/" + cook.number(),
                Map.of("firstName", "Claire-Updated", "lastName", "Smyth"));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("firstName").asText()).isEqualTo("Claire-Updated");

        assertThat(api.as(cook).put("/users/" + other.number(), Map.of("firstName", "Hack", "lastName", "Er"))
                .assertError(403)).isEqualTo("You can only update your own profile");
        assertThat(api.as(api.admin()).put("/users/" + other.number(), Map.of("firstName", "Renamed", "lastName", "Cook"))
                .status()).isEqualTo(200);
        assertThat(api.as(cook).put("/users/" + cook.number(), Map.of("firstName", "", "lastName", "Smyth"))
                .assertError(400)).isEqualTo("First name cannot be empty");
    }

    @Test
    void roleChangesAreForTheHeadChefAndAcceptBothSpellings(ApiClient api) {
        TestUser cook = api.newUser("LINE_COOK");
        TestUser sous = api.newUser("manager");

        var promoted = api.as(api.admin()).patch("/users/" + cook.number() + "/role", Map.of("userRole", "SOUS_CHEF"));
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.json().get("userRole").asText()).isEqualTo("SOUS_CHEF");
        var again = api.as(api.admin()).patch("/users/" + cook.id() + "/role", Map.of("userRole", "staff"));
        assertThat(again.json().get("userRole").asText()).isEqualTo("LINE_COOK");

        assertThat(api.as(sous).patch("/users/" + cook.number() + "/role", Map.of("userRole", "HEAD_CHEF"))
                .assertError(403)).isEqualTo("Insufficient role. Required: [HEAD_CHEF]");
        assertThat(api.as(api.admin()).patch("/users/" + cook.number() + "/role", Map.of("userRole", "KING"))
                .assertError(400)).isEqualTo("Invalid role: KING");
        assertThat(api.as(api.admin()).patch("/users/" + cook.number() + "/role", "{}").assertError(400))
                .isEqualTo("Role cannot be null");
    }

    @Test
    void roleChangeAppliesOnTheNextRequestWithTheSameToken(ApiClient api) {
        TestUser cook = api.newUser("LINE_COOK");
        assertThat(api.as(cook).get("/users").status()).isEqualTo(403);

        api.as(api.admin()).patch("/users/" + cook.number() + "/role", Map.of("userRole", "HEAD_CHEF"));

        assertThat(api.as(cook).get("/users").status()).isEqualTo(200);
    }

    @Test
    void emailChangesAreOwnOrHeadChefAndUnique(ApiClient api) {
        TestUser cook = api.newUser("LINE_COOK");
        TestUser other = api.newUser("LINE_COOK");
        String newEmail = "renamed-" + cook.number() + "@miseos.com";

        var changed = api.as(cook).patch("/users/" + cook.number() + "/email", Map.of("email", newEmail));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("email").asText()).isEqualTo(newEmail);

        assertThat(api.as(cook).patch("/users/" + other.number() + "/email", Map.of("email", "x" + newEmail))
                .assertError(403)).isEqualTo("You can only modify your own data or must be a Head Chef.");
        assertThat(api.as(other).patch("/users/" + other.number() + "/email", Map.of("email", newEmail.toUpperCase()))
                .assertError(409)).isEqualTo("A user with this email already exists");
        assertThat(api.as(cook).patch("/users/" + cook.number() + "/email", Map.of("email", "nope"))
                .assertError(400)).isEqualTo("Valid email is required");
    }

    @Test
    void passwordChangeNeedsTheCurrentPasswordAndThenWorksForLogin(ApiClient api) {
        TestUser cook = api.newUser("LINE_COOK");
        String path = "/users/" + cook.number() + "/password";

        assertThat(api.as(cook).patch(path, Map.of("currentPassword", "Wrong-Pass-9", "newPassword", "ValidNewPass123!"))
                .assertError(400)).isEqualTo("Current password is incorrect");
        assertThat(api.as(cook).patch(path, Map.of("currentPassword", cook.password(), "newPassword", "weak"))
                .assertError(400)).isEqualTo("Password must be at least 8 characters");
        assertThat(api.as(cook).patch(path, Map.of("currentPassword", cook.password(), "newPassword", "ValidNewPass123!"))
                .status()).isEqualTo(200);

        assertThat(api.post("/auth/login", Map.of("email", cook.email(), "password", cook.password())).status())
                .isEqualTo(401);
        String token = api.login(cook.email(), "ValidNewPass123!");
        assertThat(api.as(token).get("/users/me").json().get("email").asText()).isEqualTo(cook.email());
    }

    @Test
    void headChefResetsAnothersPasswordByConfirmingTheirOwn(ApiClient api) {
        TestUser cook = api.newUser("LINE_COOK");
        TestUser headChef = api.admin();

        var reset = api.as(headChef).patch("/users/" + cook.number() + "/password",
                Map.of("currentPassword", headChef.password(), "newPassword", "Reset-Pass-77"));

        assertThat(reset.status()).isEqualTo(200);
        assertThat(api.login(cook.email(), "Reset-Pass-77")).isNotBlank();
    }

    @Test
    void deletingUsersIsForTheHeadChefButNeverThemselves(ApiClient api) {
        TestUser headChef = api.admin();
        TestUser cook = api.newUser("LINE_COOK");

        assertThat(api.as(cook).delete("/users/not-a-number").assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF]");
        assertThat(api.as(headChef).delete("/users/" + headChef.number()).assertError(400))
                .isEqualTo("Cannot delete your own account");
        assertThat(api.as(headChef).delete("/users/" + cook.number()).status()).isEqualTo(204);
        assertThat(api.as(headChef).get("/users/" + cook.number()).status()).isEqualTo(404);
        assertThat(api.as(cook).get("/users/me").assertError(401)).contains("no longer exists");
        assertThat(api.as(headChef).delete("/users/" + cook.number()).assertError(404))
                .isEqualTo("User with ID " + cook.number() + " was not found.");
    }

    @Test
    void customersCanSeeThemselvesButNothingElse(ApiClient api) {
        TestUser customer = api.newUser("CUSTOMER");

        assertThat(api.as(customer).get("/users/me").json().get("userRole").asText()).isEqualTo("CUSTOMER");
        assertThat(api.as(customer).get("/users/" + customer.number()).status()).isEqualTo(403);
        assertThat(api.as(customer).put("/users/" + customer.number(), Map.of("firstName", "Al", "lastName", "Bo"))
                .status()).isEqualTo(403);
    }
}
