package org.preptable.gateway.kitchen.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preptable.gateway.kitchen.notifications.NotificationFixture.approve;
import static org.preptable.gateway.kitchen.notifications.NotificationFixture.reject;
import static org.preptable.gateway.kitchen.notifications.NotificationFixture.suggest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.kitchen.dishes.KitchenFixture;
import org.preptable.gateway.testing.AuditTrail;

/** The stored side: a user who was offline reads their notifications, pages, marks them read; chefs' counts. */
class NotificationInboxTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 2);
    private static KitchenFixture kitchen;

    @BeforeAll
    static void start() {
        kitchen = new KitchenFixture(Instant.parse("2026-06-02T08:00:00Z"));
    }

    @AfterAll
    static void stop() {
        kitchen.close();
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }

    @Test
    void aCookReadsTheirOwnNewestFirstPagesAndMarksThemRead() {
        long hot = kitchen.station("Hot Kitchen");
        List<Long> suggestions = new ArrayList<>();
        for (String name : List.of("Frikadeller", "Biksemad", "Stjerneskud")) {
            suggestions.add(suggest(kitchen.lineCook, hot, name, TODAY));
        }
        approve(kitchen.headChef, suggestions.get(0));
        reject(kitchen.sousChef, suggestions.get(1), "Vi har den allerede");
        approve(kitchen.sousChef, suggestions.get(2));

        JsonNode all = kitchen.lineCook.get("/notifications").json();
        assertThat(all).hasSize(3);
        assertThat(all.get(0).get("entityId").asLong()).as("newest first").isEqualTo(suggestions.get(2));
        assertThat(all.get(1).get("notificationType").asText()).isEqualTo("SUGGESTION_REJECTED");
        assertThat(all.get(1).get("message").asText()).endsWith(": Vi har den allerede");
        assertThat(ids(all)).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(kitchen.otherCook.get("/notifications").json()).as("only one's own").isEmpty();

        JsonNode firstPage = kitchen.lineCook.get("/notifications?limit=2").json();
        JsonNode secondPage = kitchen.lineCook.get("/notifications?limit=2&before="
                + firstPage.get(1).get("id").asLong()).json();
        assertThat(ids(firstPage)).containsExactlyElementsOf(ids(all).subList(0, 2));
        assertThat(ids(secondPage)).containsExactly(ids(all).get(2));

        long target = all.get(1).get("id").asLong();
        long mark = AuditTrail.mark(kitchen.gateway);
        var read = kitchen.lineCook.patch("/notifications/" + target + "/read", null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("read").asBoolean()).isTrue();
        assertThat(AuditTrail.since(kitchen.gateway, mark)).containsExactly("update notifications " + target);
        assertThat(kitchen.lineCook.patch("/notifications/" + target + "/read", null).status())
                .as("again: unchanged").isEqualTo(200);
        assertThat(AuditTrail.since(kitchen.gateway, mark)).hasSize(1);
        assertThat(ids(kitchen.lineCook.get("/notifications?unread=true").json()))
                .containsExactly(ids(all).get(0), ids(all).get(2));

        assertThat(kitchen.otherCook.patch("/notifications/" + target + "/read", null).assertError(404))
                .isEqualTo("Notification with ID " + target + " was not found.");

        var allRead = kitchen.lineCook.patch("/notifications/read-all", null);
        assertThat(allRead.json().get("updated").asInt()).isEqualTo(2);
        assertThat(kitchen.lineCook.get("/notifications?unread=true").json()).isEmpty();
        assertThat(kitchen.lineCook.patch("/notifications/read-all", null).json().get("updated").asInt()).isZero();
    }

    @Test
    void chefsGetTheKitchensNewsAsUnreadRowsOfTheirOwnButNotTheCounts() {
        long id = suggest(kitchen.otherCook, kitchen.station("Pastry"), "Lagkage", TODAY);
        for (var chef : List.of(kitchen.headChef, kitchen.sousChef)) {
            JsonNode unread = chef.get("/notifications?unread=true&limit=200").json();
            assertThat(unread.findValuesAsText("notificationType")).doesNotContain("PENDING_COUNT_UPDATED");
            assertThat(unread).anySatisfy(n -> {
                assertThat(n.get("notificationType").asText()).isEqualTo("NEW_DISH_SUGGESTION");
                assertThat(n.get("entityId").asLong()).isEqualTo(id);
                assertThat(n.get("message").asText()).contains("Lagkage");
            });
        }
        JsonNode sousNews = kitchen.sousChef.get("/notifications?unread=true&limit=1").json().get(0);
        kitchen.sousChef.patch("/notifications/" + sousNews.get("id").asLong() + "/read", null);
        assertThat(kitchen.headChef.get("/notifications?unread=true&limit=1").json().get(0).get("id").asLong())
                .as("one chef reading it leaves the other's unread")
                .isNotEqualTo(sousNews.get("id").asLong());
        assertThat(kitchen.headChef.get("/notifications?unread=true&limit=1").json().get(0).get("entityId").asLong())
                .isEqualTo(id);
    }

    @Test
    void theSnapshotCountsWhatWaitsForTheChefs() {
        long before = kitchen.gateway.sql().count("SELECT count(*) FROM dish_suggestions WHERE status = 'PENDING'");
        long id = suggest(kitchen.lineCook, kitchen.station("Cold Kitchen"), "Hønsesalat", TODAY);
        JsonNode snapshot = kitchen.sousChef.get("/notifications/snapshot").json();
        assertThat(snapshot.get("pendingDishSuggestions").asLong()).isEqualTo(before + 1);
        assertThat(snapshot.get("pendingIngredientRequests").asInt()).isZero();
        assertThat(snapshot.get("totalPending").asLong()).isEqualTo(before + 1);
        assertThat(kitchen.lineCook.get("/notifications/snapshot").assertError(403))
                .isEqualTo("Insufficient role. Required: [HEAD_CHEF, SOUS_CHEF]");
        assertThat(kitchen.api.get("/notifications").assertError(401)).isNotBlank();

        assertThat(kitchen.lineCook.delete("/dish-suggestions/" + id).status()).isEqualTo(204);
        assertThat(kitchen.gateway.sql().text("SELECT string_agg(DISTINCT count::text, ',') FROM notifications"
                + " WHERE type = 'PENDING_COUNT_UPDATED' AND user_id = ?", kitchen.gordon.id()))
                .as("a withdrawn pending suggestion updates the count, and each count replaces the last")
                .isEqualTo(Long.toString(before));
    }
}
