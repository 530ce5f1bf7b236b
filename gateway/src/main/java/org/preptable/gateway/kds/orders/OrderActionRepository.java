package org.preptable.gateway.kds.orders;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

/**
 * SQL of expo's actions on an order beside the bumps: the cleared list, the recall itself and the rush flag. Orders
 * are read through {@link OrderRepository#load}, so every answer and event carries the one order JSON; transitions
 * are stored through {@link Transitions}.
 */
public final class OrderActionRepository {

    /** An order as the actions decide on it, read under its row lock. */
    public record ActionHead(UUID id, UUID locationId, String prepState, Instant handedOffAt, String priority) {

        /** Still on the kitchen screens: an active state, and not cleared by expo. */
        public boolean onScreens() {
            return handedOffAt == null && PrepState.parse(prepState).map(PrepState::active).orElse(false);
        }

        /** What a screen calls the state: a cleared order is {@code handed off}, whatever its prep state. */
        public String describe() {
            return handedOffAt != null && !"fulfilled".equals(prepState) && !"voided".equals(prepState)
                    && !"expired".equals(prepState)
                    ? "handed off (cleared)" : prepState;
        }
    }

    /**
     * The cleared orders of the list and of recall: handed off by expo (and not voided since), or fulfilled by Saavor.
     * Written out once, because the partial index {@code grill_orders_cleared} (V12) must see the same predicate.
     */
    private static final String CLEARED = "(prep_state = 'fulfilled' OR (handed_off_at IS NOT NULL AND prep_state <> 'voided'))";

    /** Locks the order, only if it is at {@code locationId}: an order of another location is not found there. */
    public Optional<ActionHead> lock(SqlClient tx, UUID locationId, UUID orderId) {
        var rows = tx.preparedQuery("SELECT id, location_id, prep_state, handed_off_at, priority FROM grill_orders"
                        + " WHERE location_id = $1 AND id = $2 FOR UPDATE")
                .execute(Tuple.of(locationId, orderId)).await();
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(head(rows.iterator().next()));
    }

    /** The ids of the location's last cleared orders, the most recently cleared first. */
    public List<UUID> cleared(SqlClient client, UUID locationId, int limit) {
        var rows = client.preparedQuery("SELECT id FROM grill_orders WHERE location_id = $1 AND " + CLEARED
                        + " ORDER BY coalesce(handed_off_at, state_changed_at) DESC, id DESC LIMIT $2")
                .execute(Tuple.of(locationId, limit)).await();
        return StreamSupport.stream(rows.spliterator(), false).map(row -> row.getUUID("id")).toList();
    }

    /** A handed-off order back on the screens: its prep state (ready) stays, only the hand-off is undone. */
    public void unclear(SqlClient tx, UUID orderId) {
        tx.preparedQuery("UPDATE grill_orders SET handed_off_at = NULL, updated_at = clock_timestamp() WHERE id = $1")
                .execute(Tuple.of(orderId)).await();
    }

    /**
     * A fulfilled order back to {@code ready}, its state before Saavor fulfilled it, and not handed off. The caller
     * raises its stations to ready too ({@link OrderStations#raiseAll}), so the derived state agrees.
     */
    public void unfulfil(SqlClient tx, UUID orderId) {
        tx.preparedQuery("UPDATE grill_orders SET prep_state = 'ready', state_changed_at = clock_timestamp(),"
                        + " handed_off_at = NULL, updated_at = clock_timestamp() WHERE id = $1")
                .execute(Tuple.of(orderId)).await();
    }

    public void setPriority(SqlClient tx, UUID orderId, String priority) {
        tx.preparedQuery("UPDATE grill_orders SET priority = $2, updated_at = clock_timestamp() WHERE id = $1")
                .execute(Tuple.of(orderId, priority)).await();
    }

    private static ActionHead head(Row row) {
        OffsetDateTime handedOff = row.getOffsetDateTime("handed_off_at");
        return new ActionHead(row.getUUID("id"), row.getUUID("location_id"), row.getString("prep_state"),
                handedOff == null ? null : handedOff.toInstant(), row.getString("priority"));
    }
}
