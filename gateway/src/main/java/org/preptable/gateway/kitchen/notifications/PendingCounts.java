package org.preptable.gateway.kitchen.notifications;

import io.vertx.sqlclient.SqlClient;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What waits for a head or sous chef's decision, per category: the dashboard's badges
 * ({@code GET /notifications/snapshot}) and the count in PENDING_COUNT_UPDATED.
 *
 * <p>Each reviewable feature has its category's count query in {@link #QUERIES}: dish suggestions and ingredient
 * requests.
 */
public final class PendingCounts {

    /** Category → a statement answering one row with one bigint column. */
    static final Map<String, String> QUERIES = Map.of(
            Notifications.DISH_SUGGESTION, "SELECT count(*) FROM dish_suggestions WHERE status = 'PENDING'",
            Notifications.INGREDIENT_REQUEST, "SELECT count(*) FROM ingredient_requests WHERE status = 'PENDING'");

    private PendingCounts() {
    }

    /** The number of pending items of a category; 0 for a category no feature counts (yet). */
    static int count(SqlClient client, String category) {
        String query = QUERIES.get(category);
        if (query == null) {
            return 0;
        }
        return client.query(query).execute().await().iterator().next().getLong(0).intValue();
    }

    /** Every category's pending count, in one round trip per counted category. */
    static Map<String, Integer> all(SqlClient client) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String category : new String[] {Notifications.DISH_SUGGESTION, Notifications.INGREDIENT_REQUEST}) {
            counts.put(category, count(client, category));
        }
        return counts;
    }

    /** The human sentence a count notification carries. */
    static String describe(String category, int pending) {
        String what = Notifications.DISH_SUGGESTION.equals(category) ? "dish suggestion" : "ingredient request";
        return pending + " " + what + (pending == 1 ? " is" : "s are") + " waiting for review";
    }
}
