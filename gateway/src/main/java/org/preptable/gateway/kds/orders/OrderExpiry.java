package org.preptable.gateway.kds.orders;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.preptable.gateway.audit.AuditActor;
import org.preptable.gateway.audit.AuditEvent;
import org.preptable.gateway.audit.AuditLog;
import org.preptable.gateway.db.Db;
import org.preptable.gateway.db.PeriodicRounds;
import org.preptable.gateway.kds.events.EventLog;
import org.preptable.model.kds.KitchenOrder;
import org.preptable.model.WireTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes orders nobody finished off the screens (issue 23, bounded memory): an order queued, preparing or ready for
 * longer than {@code expireAfter} (counted from Saavor's placed_at, else from when it arrived) becomes
 * {@code expired}. Without this, a POS that never fulfils orders leaves thousands on the screens and in every
 * snapshot. Each batch is one transaction: the state, a prep transition, an audit row (actor {@code system}) and an
 * {@code order.expired} event per order, so every screen drops it. Safe with several gateways on one database: the
 * batch claims its rows with {@code FOR UPDATE SKIP LOCKED} and a row another gateway expired meanwhile no longer
 * matches, so no order is expired twice.
 */
public final class OrderExpiry implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OrderExpiry.class);
    static final AuditActor SYSTEM = AuditActor.system("order expiry");
    /** Orders per transaction: small enough to keep row locks and the event burst short. */
    static final int BATCH = 200;
    /** Batches per tick at most, so a backlog of 10 000 is cleared in one tick without holding it forever. */
    private static final int MAX_BATCHES = 100;

    private final Vertx vertx;
    private final Db db;
    private final OrderRepository orders;
    private final Transitions transitions;
    private final EventLog events;
    private final Duration expireAfter;
    private PeriodicRounds rounds;

    public OrderExpiry(Vertx vertx, Db db, OrderRepository orders, Transitions transitions, EventLog events,
                       Duration expireAfter) {
        this.vertx = vertx;
        this.db = db;
        this.orders = orders;
        this.transitions = transitions;
        this.events = events;
        this.expireAfter = expireAfter;
    }

    /** Checks every {@code every} on a virtual thread of its own; a round still running skips the tick. */
    public void start(Duration every) {
        rounds = PeriodicRounds.start(vertx, every, LOG, "Order expiry", this::runOnce);
    }

    /** Expires every due order, batch by batch; returns how many. Blocking: call it on a virtual thread. */
    public int runOnce() {
        int total = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int done = db.tx(this::expireBatch);
            total += done;
            if (done < BATCH) {
                break;
            }
        }
        if (total > 0) {
            LOG.info("Expired {} orders left on the screens longer than {}", total, expireAfter);
        }
        return total;
    }

    private int expireBatch(SqlConnection tx) {
        var rows = tx.preparedQuery(EXPIRE).execute(Tuple.of((double) expireAfter.toSeconds(), BATCH)).await();
        if (rows.rowCount() == 0) {
            return 0;
        }
        Map<UUID, Row> expired = new LinkedHashMap<>();
        rows.forEach(row -> expired.put(row.getUUID("id"), row));
        List<Future<?>> writes = new ArrayList<>();
        for (Row row : expired.values()) {
            writes.add(transitions.send(tx, new Transitions.Made(row.getUUID("location_id"), row.getUUID("id"), null,
                    row.getString("before_state"), PrepState.EXPIRED.wire(), null, null, false)));
        }
        Map<String, KitchenOrder> loaded = orders.sendLoadAll(tx, List.copyOf(expired.keySet())).await().stream()
                .collect(Collectors.toMap(KitchenOrder::id, Function.identity()));
        for (Row row : expired.values()) {
            KitchenOrder order = loaded.get(row.getUUID("id").toString());
            writes.add(events.send(tx, row.getUUID("location_id"), "order.expired", order));
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("prep_state", PrepState.EXPIRED.wire());
            after.put("since", WireTime.rfc3339(row.getOffsetDateTime("since").toInstant()));
            after.put("expire_after_seconds", expireAfter.toSeconds());
            writes.add(AuditLog.send(tx, SYSTEM, AuditEvent.change("expire", "grill_orders", row.getUUID("id"),
                    Map.of("prep_state", row.getString("before_state")), after)));
        }
        Future.all(writes).await();
        return expired.size();
    }

    /**
     * Claims the oldest due orders (index grill_orders_expiry, V18) and expires them in one statement. Rows another
     * gateway holds are skipped; a row it expired and committed fails the re-checked WHERE and is left alone.
     */
    private static final String EXPIRE = """
            WITH due AS (
                SELECT id, prep_state FROM grill_orders
                WHERE prep_state IN ('queued', 'preparing', 'ready')
                  AND coalesce(placed_at, created_at) < clock_timestamp() - make_interval(secs => $1)
                ORDER BY coalesce(placed_at, created_at), id
                LIMIT $2
                FOR UPDATE SKIP LOCKED)
            UPDATE grill_orders g SET prep_state = 'expired', state_changed_at = clock_timestamp(),
                                      updated_at = clock_timestamp()
            FROM due WHERE g.id = due.id
            RETURNING g.id, g.location_id, due.prep_state AS before_state,
                      coalesce(g.placed_at, g.created_at) AS since""";

    @Override
    public void close() {
        if (rounds != null) {
            rounds.close();
        }
    }
}
