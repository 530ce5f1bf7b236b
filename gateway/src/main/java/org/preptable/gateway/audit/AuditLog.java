package org.preptable.gateway.audit;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.Map;
import org.preptable.model.Json;

/**
 * The single way a change is written to {@code audit_log}. It takes the transaction's connection, so the row
 * commits with the change it describes or not at all.
 */
public final class AuditLog {

    private static final String INSERT = """
            INSERT INTO audit_log (actor_id, actor_email, action, entity, entity_id, before, after, ip, user_agent, route)
            VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7::text::jsonb, $8, $9, $10)""";

    private AuditLog() {
    }

    public static void record(SqlConnection transaction, AuditActor actor, AuditEvent event) {
        send(transaction, actor, event).await();
    }

    /** Sends the insert without waiting, for callers that pipeline it with other statements and await them all. */
    public static Future<?> send(SqlConnection transaction, AuditActor actor, AuditEvent event) {
        return transaction.preparedQuery(INSERT).execute(Tuple.from(new Object[] {
                actor.userId(), actor.email(), event.action(), event.entity(), event.entityId(),
                json(event.before()), json(event.after()), actor.ip(), actor.userAgent(), actor.route()}));
    }

    private static String json(Map<String, Object> values) {
        return values == null ? null : Json.write(values);
    }
}
