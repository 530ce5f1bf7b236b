package org.preptable.gateway.kds.orders;

import com.fasterxml.jackson.core.type.TypeReference;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.preptable.model.Json;
import org.preptable.model.kds.KitchenOrder;
import org.preptable.model.kds.KitchenOrder.LineAllergen;
import org.preptable.model.kds.KitchenOrder.OrderLine;
import org.preptable.model.kds.KitchenOrder.RemovedLine;
import org.preptable.model.kds.KitchenOrder.StationState;

/** SQL for {@code grill_orders} and their lines, and the item-code routing that gives each line its station. */
public final class OrderRepository {

    /** What the projector needs to decide whether a Saavor event is newer than what it already applied. */
    public record Head(UUID id, UUID locationId, PrepState state, Instant saavorOccurredAt) {
    }

    /** A line as it is stored. */
    public record NewLine(String lineRef, String itemCode, String name, int quantity, List<String> modifiers,
                          String notes) {
    }

    private static final String ORDER_COLUMNS = """
            o.id, o.saavor_order_id, o.location_id, o.number, o.channel, o.customer_name, o.placed_at, o.prep_state,
            o.state_changed_at, o.updated_at, o.priority, o.handed_off_at, o.changed_at, o.removed_lines::text,
            (o.prep_state = 'ready'
             AND o.state_changed_at < clock_timestamp() - make_interval(secs => l.ready_hold_seconds)) AS ready_overdue,
            (SELECT json_agg(json_build_object('station_id', gs.station_id, 'station_name', s.name,
                                               'prep_state', gs.prep_state, 'state_changed_at',
                                               to_char(gs.state_changed_at AT TIME ZONE 'UTC',
                                                       'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                             ORDER BY s.name, gs.station_id)::text
             FROM grill_order_stations gs JOIN stations s ON s.id = gs.station_id WHERE gs.order_id = o.id) AS stations
            """;

    /**
     * Locks the order a Saavor event is about, found by the store's reference, so concurrent deliveries about one
     * order apply one after the other. Sent without waiting: the webhook pipelines it with its other first reads.
     */
    public Future<Optional<Head>> sendLockBySaavorId(SqlClient tx, String storeRef, String saavorOrderId) {
        return tx.preparedQuery("SELECT o.id, o.location_id, o.prep_state, o.saavor_occurred_at FROM grill_orders o"
                        + " JOIN locations l ON l.id = o.location_id"
                        + " WHERE l.saavor_store_ref = $1 AND o.saavor_order_id = $2 FOR UPDATE OF o")
                .execute(Tuple.of(storeRef, saavorOrderId))
                .map(rows -> rows.rowCount() == 0 ? Optional.<Head>empty() : Optional.of(head(rows.iterator().next())));
    }

    public Optional<Head> lock(SqlClient tx, UUID locationId, UUID orderId) {
        var rows = tx.preparedQuery("SELECT id, location_id, prep_state, saavor_occurred_at FROM grill_orders"
                        + " WHERE location_id = $1 AND id = $2 FOR UPDATE")
                .execute(Tuple.of(locationId, orderId)).await();
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(head(rows.iterator().next()));
    }

    /** Sends the insert of a new order (its id chosen by the caller) without waiting. */
    public Future<?> sendInsert(SqlClient tx, UUID id, UUID locationId, String saavorOrderId, PrepState state,
                                String number, String channel, String customerName, Instant placedAt,
                                Instant occurredAt, String priority) {
        return tx.preparedQuery("INSERT INTO grill_orders (id, location_id, saavor_order_id, prep_state, number,"
                        + " channel, customer_name, placed_at, saavor_occurred_at, priority)"
                        + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)")
                .execute(Tuple.from(new Object[] {id, locationId, saavorOrderId, state.wire(), number, channel,
                        customerName, utc(placedAt), utc(occurredAt), priority}));
    }

    /** Saavor's update of the order's details; a rush it sends is kept, a screen's rush is not undone by it. */
    public Future<?> sendDetails(SqlClient tx, UUID id, String number, String channel, String customerName,
                                 Instant placedAt, Instant occurredAt, String priority) {
        return tx.preparedQuery("UPDATE grill_orders SET number = $2, channel = $3, customer_name = $4, placed_at = $5,"
                        + " saavor_occurred_at = $6, updated_at = clock_timestamp(),"
                        + " priority = CASE WHEN $7 = 'rush' THEN 'rush' ELSE priority END WHERE id = $1")
                .execute(Tuple.of(id, number, channel, customerName, utc(placedAt), utc(occurredAt), priority));
    }

    public void setState(SqlClient tx, UUID id, PrepState state) {
        sendState(tx, id, state, null).await();
    }

    /** Sets the prep state (and, for Saavor's own changes, the occurred_at applied) without waiting. */
    public Future<?> sendState(SqlClient tx, UUID id, PrepState state, Instant occurredAt) {
        return tx.preparedQuery("UPDATE grill_orders SET prep_state = $2, state_changed_at = clock_timestamp(),"
                        + " saavor_occurred_at = coalesce($3, saavor_occurred_at), updated_at = clock_timestamp()"
                        + " WHERE id = $1").execute(Tuple.of(id, state.wire(), utc(occurredAt)));
    }

    /**
     * Replaces the lines in one statement, routing each item code to its station (null, i.e. expo, when no station
     * takes it) and giving each line the allergens of the meal that carries its item code. With {@code update} (a
     * Saavor change to an order already on the screens) each line is compared with the line it replaces (by Saavor's
     * line id, else its position): new ones are marked {@code added}, different ones {@code modified}, unchanged ones
     * keep their allergens as they were, and the lines that went are kept on the order as {@code removed_lines}.
     */
    public Future<?> sendLines(SqlClient tx, UUID orderId, List<NewLine> lines, boolean update) {
        return tx.preparedQuery("""
                        WITH gone AS (DELETE FROM grill_order_lines WHERE order_id = $1
                                      RETURNING coalesce(line_ref, 'pos:' || position) AS key, item_code, name,
                                                quantity, modifiers, notes, allergens),
                             incoming AS (
                                 SELECT l.*, coalesce(l.line_ref, 'pos:' || l.position) AS key,
                                        ARRAY(SELECT jsonb_array_elements_text(l.modifiers_json::jsonb)) AS mods
                                 FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[])
                                      WITH ORDINALITY AS l(line_ref, item_code, name, quantity, modifiers_json, notes,
                                                           position)),
                             inserted AS (
                                 INSERT INTO grill_order_lines (order_id, position, line_ref, item_code, name, quantity,
                                                                modifiers, notes, station_id, allergens, change)
                                 SELECT $1, i.position, i.line_ref, i.item_code, i.name, i.quantity, i.mods, i.notes,
                                        (SELECT c.station_id FROM station_item_codes c
                                         WHERE c.item_code = upper(i.item_code)),
                                        CASE WHEN same.key IS NOT NULL THEN same.allergens ELSE coalesce(
                                            (SELECT jsonb_agg(jsonb_build_object('id', a.id,
                                                        'display_number', a.display_number, 'name_da', a.name_da,
                                                        'name_en', a.name_en) ORDER BY a.display_number)
                                             FROM meals m JOIN meal_allergens ma ON ma.meal_id = m.id
                                             JOIN allergens a ON a.id = ma.allergen_id
                                             WHERE m.item_code = upper(i.item_code)), '[]'::jsonb) END,
                                        CASE WHEN NOT $8 THEN NULL WHEN old.key IS NULL THEN 'added'
                                             WHEN same.key IS NULL THEN 'modified' END
                                 FROM incoming i
                                 LEFT JOIN gone old ON old.key = i.key
                                 LEFT JOIN gone same ON same.key = i.key AND same.item_code IS NOT DISTINCT FROM i.item_code
                                      AND same.name = i.name AND same.quantity = i.quantity
                                      AND same.modifiers = i.mods AND same.notes IS NOT DISTINCT FROM i.notes)
                        UPDATE grill_orders SET
                            changed_at = CASE WHEN $8 THEN clock_timestamp() ELSE changed_at END,
                            removed_lines = CASE WHEN $8 THEN coalesce(
                                (SELECT jsonb_agg(jsonb_build_object('name', g.name, 'quantity', g.quantity))
                                 FROM gone g WHERE g.key NOT IN (SELECT key FROM incoming)), '[]'::jsonb)
                                ELSE removed_lines END
                        WHERE id = $1""")
                .execute(Tuple.tuple().addUUID(orderId)
                        .addArrayOfString(lines.stream().map(NewLine::lineRef).toArray(String[]::new))
                        .addArrayOfString(lines.stream().map(NewLine::itemCode).toArray(String[]::new))
                        .addArrayOfString(lines.stream().map(NewLine::name).toArray(String[]::new))
                        .addArrayOfInteger(lines.stream().map(NewLine::quantity).toArray(Integer[]::new))
                        .addArrayOfString(lines.stream().map(line -> Json.write(line.modifiers())).toArray(String[]::new))
                        .addArrayOfString(lines.stream().map(NewLine::notes).toArray(String[]::new))
                        .addBoolean(update));
    }

    public Optional<KitchenOrder> load(SqlClient client, UUID orderId) {
        return sendLoad(client, orderId).await();
    }

    /** Reads one order without waiting, so the read can follow the writes it must see on the same connection. */
    public Future<Optional<KitchenOrder>> sendLoad(SqlClient client, UUID orderId) {
        return orders(client, "o.id = $1", Tuple.of(orderId), 0)
                .map(list -> list.isEmpty() ? Optional.<KitchenOrder>empty() : Optional.of(list.get(0)));
    }

    /** What a screen's snapshot asks for: a station's orders only (null: all), one state only (null: any). */
    public record Filter(UUID locationId, Long stationId, PrepState state) {
    }

    /**
     * The location's orders still on screens, rush first, then oldest first, at most {@code limit}. The limit is on
     * orders, not on joined lines. With a station: orders with a line for it, the state being that station's own.
     */
    public Future<List<KitchenOrder>> sendActive(SqlClient client, Filter filter, int limit) {
        return orders(client, ACTIVE_WHERE, Tuple.of(filter.locationId(), filter.stationId(),
                filter.state() == null ? null : filter.state().wire()), limit);
    }

    /** How many orders {@link #sendActive} would list without its limit. */
    public Future<Long> sendActiveCount(SqlClient client, Filter filter) {
        return client.preparedQuery("SELECT count(*) AS n FROM grill_orders o WHERE " + ACTIVE_WHERE)
                .execute(Tuple.of(filter.locationId(), filter.stationId(),
                        filter.state() == null ? null : filter.state().wire()))
                .map(rows -> rows.iterator().next().getLong("n"));
    }

    /** Orders by id, in screen order (rush first, then oldest first). */
    public Future<List<KitchenOrder>> sendLoadAll(SqlClient client, List<UUID> ids) {
        return orders(client, "o.id = ANY($1)", Tuple.of(ids.toArray(UUID[]::new)), 0);
    }

    // $1 location, $2 station or null, $3 state or null; a station's state is its own row's, else the order's
    private static final String ACTIVE_WHERE = """
            o.location_id = $1 AND o.prep_state IN ('queued', 'preparing', 'ready')
            AND ($2::bigint IS NULL OR EXISTS (SELECT 1 FROM grill_order_lines x
                                               WHERE x.order_id = o.id AND x.station_id = $2))
            AND ($3::text IS NULL OR $3 = CASE WHEN $2::bigint IS NULL THEN o.prep_state
                ELSE coalesce((SELECT gs.prep_state FROM grill_order_stations gs
                               WHERE gs.order_id = o.id AND gs.station_id = $2), o.prep_state) END)""";

    private static final String SCREEN_ORDER = "o.priority = 'rush' DESC, o.placed_at NULLS LAST, o.created_at, o.id";

    /**
     * Orders and their lines in one query; the lines come in order-then-position order. With a {@code limit} above
     * 0 the orders are picked (and limited) first and only their lines joined, so a big kitchen reads N orders.
     */
    private Future<List<KitchenOrder>> orders(SqlClient client, String where, Tuple arguments, int limit) {
        String from = limit > 0
                ? "(SELECT * FROM grill_orders o WHERE " + where + " ORDER BY " + SCREEN_ORDER + " LIMIT " + limit
                        + ") o"
                : "grill_orders o";
        return client.preparedQuery("SELECT " + ORDER_COLUMNS + ", gl.id AS line_id, gl.item_code, gl.name,"
                + " gl.quantity, gl.modifiers, gl.notes, gl.station_id, gl.allergens::text AS line_allergens,"
                + " gl.change FROM " + from
                + " JOIN locations l ON l.id = o.location_id"
                + " LEFT JOIN grill_order_lines gl ON gl.order_id = o.id"
                + (limit > 0 ? "" : " WHERE " + where)
                + " ORDER BY " + SCREEN_ORDER + ", gl.position")
                .execute(arguments)
                .map(OrderRepository::assemble);
    }

    private static List<KitchenOrder> assemble(Iterable<Row> rows) {
        Map<UUID, Row> heads = new LinkedHashMap<>();
        Map<UUID, List<OrderLine>> lines = new HashMap<>();
        for (Row row : rows) {
            UUID id = row.getUUID("id");
            heads.putIfAbsent(id, row);
            List<OrderLine> mine = lines.computeIfAbsent(id, key -> new ArrayList<>());
            if (row.getUUID("line_id") != null) {
                String[] modifiers = row.getArrayOfStrings("modifiers");
                mine.add(new OrderLine(row.getUUID("line_id").toString(), row.getString("item_code"),
                        row.getString("name"), row.getInteger("quantity"),
                        modifiers == null ? List.of() : Arrays.asList(modifiers), row.getString("notes"),
                        row.getLong("station_id"), read(row.getString("line_allergens"), ALLERGENS),
                        row.getString("change")));
            }
        }
        List<KitchenOrder> orders = new ArrayList<>();
        heads.forEach((id, row) -> orders.add(new KitchenOrder(id.toString(), row.getString("saavor_order_id"),
                row.getUUID("location_id").toString(), row.getString("number"), row.getString("channel"),
                row.getString("customer_name"), instant(row, "placed_at"), row.getString("prep_state"),
                instant(row, "state_changed_at"), row.getBoolean("ready_overdue"), List.copyOf(lines.get(id)),
                instant(row, "updated_at"), row.getString("priority"), instant(row, "handed_off_at"),
                read(row.getString("stations"), STATIONS), instant(row, "changed_at"),
                read(row.getString("removed_lines"), REMOVED))));
        return orders;
    }

    private static final TypeReference<List<LineAllergen>> ALLERGENS = new TypeReference<>() { };
    private static final TypeReference<List<StationState>> STATIONS = new TypeReference<>() { };
    private static final TypeReference<List<RemovedLine>> REMOVED = new TypeReference<>() { };

    /** JSON the query aggregated; null (no stations) reads as an empty list. */
    private static <T> List<T> read(String json, TypeReference<List<T>> type) {
        if (json == null) {
            return List.of();
        }
        try {
            return Json.MAPPER.readValue(json, type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored order JSON does not read back: " + e.getMessage(), e);
        }
    }

    private static Head head(Row row) {
        return new Head(row.getUUID("id"), row.getUUID("location_id"),
                PrepState.parse(row.getString("prep_state")).orElseThrow(),
                row.getOffsetDateTime("saavor_occurred_at").toInstant());
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

}
