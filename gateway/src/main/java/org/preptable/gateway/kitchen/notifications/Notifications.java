package org.preptable.gateway.kitchen.notifications;

import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;

/**
 * The one way a notification is made: stored in the transaction of the decision it tells about (so none is lost and
 * none is sent for a decision that rolled back), and announced with {@code pg_notify}, which PostgreSQL delivers at
 * commit to every gateway on the database; each gateway's hub then pushes it to that user's open WebSockets and
 * streams ({@link NotificationModule}). Callers store notifications as the last writes of their transaction: the
 * funnel's lock is held until commit.
 */
public final class Notifications {

    /** What a notification is about: the reference's NotificationType names (plus MENU_PUBLISHED). */
    public enum Type {
        NEW_DISH_SUGGESTION, SUGGESTION_APPROVED, SUGGESTION_REJECTED,
        NEW_INGREDIENT_REQUEST, REQUEST_APPROVED, REQUEST_REJECTED,
        PENDING_COUNT_UPDATED, MENU_PUBLISHED
    }

    /** The reference's NotificationCategory names, and the weekly menu's. */
    public static final String DISH_SUGGESTION = "DISH_SUGGESTION";
    public static final String INGREDIENT_REQUEST = "INGREDIENT_REQUEST";

    static final String CHANNEL = "preptable_notifications";

    /**
     * Held to commit by every transaction that stores notifications. Ids come from one sequence, and a user's rows
     * must commit in id order: a tab that got id {@code n} must never later be offered a smaller id that committed
     * late (it would skip it). Notifications are rare (a chef's decision), so one lock for all is cheap, and unlike
     * a lock per user it cannot deadlock when a transaction notifies several users.
     */
    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtextextended('preptable_notifications', 0))";

    private static final String ANNOUNCE = " RETURNING id, user_id)"
            + " SELECT pg_notify('" + CHANNEL + "', user_id::text || ':' || id) FROM added";

    /** Kitchen-wide events go to each head and sous chef, who review suggestions and requests. */
    private static final String CHEFS = "SELECT id FROM users WHERE role IN ('admin', 'manager') AND status = 'active'";

    private Notifications() {
    }

    /** One notification for one user (a decision about their suggestion or request, a published menu). */
    public static void store(SqlClient transaction, UUID userId, Type type, String category, String message,
                             Long entityId) {
        lock(transaction);
        transaction.preparedQuery("WITH added AS (INSERT INTO notifications (user_id, type, category, message,"
                        + " entity_id) VALUES ($1, $2, $3, $4, $5)" + ANNOUNCE)
                .execute(Tuple.of(userId, type.name(), category, message, entityId)).await();
    }

    /**
     * A kitchen-wide event (a new suggestion or request): one row per head and sous chef, so each chef reads and
     * marks it read on their own, as with their personal ones.
     */
    public static void storeForChefs(SqlClient transaction, Type type, String category, String message,
                                     Long entityId) {
        lock(transaction);
        transaction.preparedQuery("WITH added AS (INSERT INTO notifications (user_id, type, category, message,"
                        + " entity_id) SELECT id, $1, $2, $3, $4 FROM (" + CHEFS + ") chefs" + ANNOUNCE)
                .execute(Tuple.of(type.name(), category, message, entityId)).await();
    }

    /**
     * Tells every head and sous chef how many items of {@code category} are pending now (the reference's
     * PENDING_COUNT_UPDATED), counted after the funnel's lock so concurrent decisions are counted in commit order and
     * the last count sent is the true one. These rows are state, not news: they are born read, left out of the
     * stored list, and each replaces the chef's previous count of the category.
     */
    public static void pendingCountChanged(SqlClient transaction, String category) {
        lock(transaction);
        int pending = PendingCounts.count(transaction, category);
        transaction.preparedQuery("""
                        WITH replaced AS (DELETE FROM notifications WHERE type = 'PENDING_COUNT_UPDATED'
                                          AND category = $1 AND user_id IN (%s)),
                             added AS (INSERT INTO notifications (user_id, type, category, message, count, read_at)
                                       SELECT id, 'PENDING_COUNT_UPDATED', $1, $2, $3, now() FROM (%s) chefs
                        """.formatted(CHEFS, CHEFS) + ANNOUNCE)
                .execute(Tuple.of(category, PendingCounts.describe(category, pending), pending)).await();
    }

    private static void lock(SqlClient transaction) {
        transaction.query(LOCK).execute().await();
    }
}
