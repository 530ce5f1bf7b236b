package org.preptable.gateway.kitchen.notifications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.auth.CurrentUser;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.http.ApiError;

/**
 * A user's stored notifications (beyond the reference, which only pushes): the inbox, read marks, and the chefs'
 * pending counts. Everyone sees only their own; marking read is audited like any other write, once per change.
 */
public final class NotificationService {

    static final String ENTITY = "notifications";

    private final Db db;
    private final NotificationRepository notifications;

    NotificationService(Db db, NotificationRepository notifications) {
        this.db = db;
        this.notifications = notifications;
    }

    public List<Notification> list(CurrentUser caller, boolean unreadOnly, Long beforeId, int limit) {
        return notifications.list(db.pool(), caller.id(), unreadOnly, beforeId, limit);
    }

    /** Marks one of the caller's notifications read; one already read is answered as it is, with no audit row. */
    public Notification markRead(CurrentUser caller, long id, AuditActor actor) {
        return db.tx(tx -> {
            Notification before = notifications.find(tx, caller.id(), id).orElseThrow(() ->
                    ApiError.notFound("Notification with ID " + id + " was not found."));
            if (!notifications.markRead(tx, caller.id(), id)) {
                return before;
            }
            Notification after = notifications.find(tx, caller.id(), id).orElseThrow();
            AuditLog.record(tx, actor, AuditEvent.update(ENTITY, id, Map.of("read", false), Map.of("read", true)));
            return after;
        });
    }

    /** Marks every unread notification of the caller read; answers how many changed (one audit row if any). */
    public int markAllRead(CurrentUser caller, AuditActor actor) {
        return db.tx(tx -> {
            int updated = notifications.markAllRead(tx, caller.id());
            if (updated > 0) {
                AuditLog.record(tx, actor, AuditEvent.of("mark_all_read", ENTITY, null, Map.of("updated", updated)));
            }
            return updated;
        });
    }

    /** The reference's badge counters: {@code pendingDishSuggestions, pendingIngredientRequests, totalPending}. */
    public Map<String, Object> snapshot() {
        Map<String, Integer> counts = db.snapshot(PendingCounts::all);
        int suggestions = counts.get(Notifications.DISH_SUGGESTION);
        int requests = counts.get(Notifications.INGREDIENT_REQUEST);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("pendingDishSuggestions", suggestions);
        view.put("pendingIngredientRequests", requests);
        view.put("totalPending", suggestions + requests);
        return view;
    }
}
