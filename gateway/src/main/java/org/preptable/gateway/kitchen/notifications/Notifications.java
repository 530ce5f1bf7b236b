package org.preptable.gateway.kitchen.notifications;

import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;

/**
 * Stores a notification for a user in the transaction of the decision it tells about, so none is lost. Part 2 of
 * the kitchen-planning API lists them and pushes them live; until then they wait in {@code notifications}.
 */
public final class Notifications {

    /**
     * What a notification is about: the reference's NotificationType names. A new ingredient request goes to every
     * head and sous chef; a decided one (approved or rejected) to its requester.
     */
    public enum Type {
        SUGGESTION_APPROVED, SUGGESTION_REJECTED, MENU_PUBLISHED, NEW_INGREDIENT_REQUEST, REQUEST_APPROVED,
        REQUEST_REJECTED
    }

    private Notifications() {
    }

    public static void store(SqlClient transaction, UUID userId, Type type, String category, String message,
                             Long entityId) {
        transaction.preparedQuery("INSERT INTO notifications (user_id, type, category, message, entity_id)"
                        + " VALUES ($1, $2, $3, $4, $5)")
                .execute(Tuple.of(userId, type.name(), category, message, entityId)).await();
    }
}
