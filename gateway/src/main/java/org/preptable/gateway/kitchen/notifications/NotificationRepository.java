package org.preptable.gateway.kitchen.notifications;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.preptable.gateway.live.Journal;

/**
 * The SQL of {@code notifications} beside the writer ({@link Notifications}): a user's inbox (newest first, by id,
 * so paging by {@code before} never skips or repeats a row that arrives meanwhile), read marks, and the journal a
 * hub reads each user's feed from. Pending-count rows are state, not news, and stay out of the inbox.
 */
final class NotificationRepository implements Journal<Notification> {

    private static final String INBOX = " AND type <> 'PENDING_COUNT_UPDATED'";

    @Override
    public String channel() {
        return Notifications.CHANNEL;
    }

    /** The payload is {@code <user id>:<notification id>}. */
    @Override
    public UUID feedOf(String payload) {
        return UUID.fromString(payload.substring(0, payload.indexOf(':')));
    }

    @Override
    public Future<List<Notification>> after(SqlClient client, UUID userId, long afterId, int limit) {
        return client.preparedQuery("SELECT " + Notification.COLUMNS + " FROM notifications"
                        + " WHERE user_id = $1 AND id > $2 ORDER BY id LIMIT $3")
                .execute(Tuple.of(userId, afterId, limit)).map(NotificationRepository::all);
    }

    @Override
    public long latest(SqlClient client, UUID userId) {
        return client.preparedQuery("SELECT coalesce(max(id), 0) FROM notifications WHERE user_id = $1")
                .execute(Tuple.of(userId)).await().iterator().next().getLong(0);
    }

    /** The inbox, newest first: ids below {@code beforeId} (null: from the newest), unread ones only if asked. */
    List<Notification> list(SqlClient client, UUID userId, boolean unreadOnly, Long beforeId, int limit) {
        return all(client.preparedQuery("SELECT " + Notification.COLUMNS + " FROM notifications"
                        + " WHERE user_id = $1 AND id < $2" + INBOX + (unreadOnly ? " AND read_at IS NULL" : "")
                        + " ORDER BY id DESC LIMIT $3")
                .execute(Tuple.of(userId, beforeId == null ? Long.MAX_VALUE : beforeId, limit)).await());
    }

    Optional<Notification> find(SqlClient client, UUID userId, long id) {
        return all(client.preparedQuery("SELECT " + Notification.COLUMNS + " FROM notifications"
                        + " WHERE user_id = $1 AND id = $2" + INBOX)
                .execute(Tuple.of(userId, id)).await()).stream().findFirst();
    }

    /** Marks one read; false when it was read already. */
    boolean markRead(SqlClient tx, UUID userId, long id) {
        return tx.preparedQuery("UPDATE notifications SET read_at = now()"
                        + " WHERE user_id = $1 AND id = $2 AND read_at IS NULL")
                .execute(Tuple.of(userId, id)).await().rowCount() > 0;
    }

    /** Marks every unread one read; answers how many. */
    int markAllRead(SqlClient tx, UUID userId) {
        return tx.preparedQuery("UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL")
                .execute(Tuple.of(userId)).await().rowCount();
    }

    /** Unread notifications in the inbox (the badge on the bell). */
    int unread(SqlClient client, UUID userId) {
        return client.preparedQuery("SELECT count(*) FROM notifications WHERE user_id = $1 AND read_at IS NULL"
                        + INBOX)
                .execute(Tuple.of(userId)).await().iterator().next().getLong(0).intValue();
    }

    private static List<Notification> all(RowSet<Row> rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(Notification::of).toList();
    }
}
