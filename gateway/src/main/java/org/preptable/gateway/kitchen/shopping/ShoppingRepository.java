package org.preptable.gateway.kitchen.shopping;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.preptable.gateway.kitchen.Unit;
import org.preptable.gateway.kitchen.dishes.Refs.Person;
import org.preptable.gateway.kitchen.shopping.Aggregator.Line;
import org.preptable.gateway.kitchen.shopping.ShoppingList.Item;
import org.preptable.gateway.kitchen.shopping.ShoppingList.Status;

/** SQL for {@code shopping_lists} and {@code shopping_list_items}, and the approved requests a list is made of. */
public final class ShoppingRepository {

    private static final String SELECT = """
            SELECT l.id, l.delivery_date, l.status, l.normalized, l.created_by, u.number AS creator_number,
                   u.first_name AS creator_first_name, u.last_name AS creator_last_name, l.created_at,
                   l.finalized_at
            FROM shopping_lists l JOIN users u ON u.id = l.created_by
            """;

    public List<ShoppingList> list(SqlClient client, Status status, LocalDate deliveryDate) {
        RowSet<Row> rows = client.preparedQuery(SELECT + """
                         WHERE ($1::text IS NULL OR l.status = $1) AND ($2::date IS NULL OR l.delivery_date = $2)
                         ORDER BY l.delivery_date, l.id""")
                .execute(Tuple.of(status == null ? null : status.name(), deliveryDate)).await();
        List<Row> lists = new ArrayList<>();
        rows.forEach(lists::add);
        Map<Long, List<Item>> items = items(client, lists.stream().map(row -> row.getLong("id")).toList());
        return lists.stream().map(row -> map(row, items.getOrDefault(row.getLong("id"), List.of()))).toList();
    }

    public Optional<ShoppingList> find(SqlClient client, long id) {
        return one(client, client.preparedQuery(SELECT + " WHERE l.id = $1").execute(Tuple.of(id)).await());
    }

    /** Locks the list until the transaction ends: item changes and a finalize are served one after the other. */
    public Optional<ShoppingList> lock(SqlClient transaction, long id) {
        return one(transaction, transaction.preparedQuery(SELECT + " WHERE l.id = $1 FOR UPDATE OF l")
                .execute(Tuple.of(id)).await());
    }

    /** The list for a delivery date, if there is one. */
    public Optional<Long> idFor(SqlClient client, LocalDate deliveryDate) {
        RowSet<Row> rows = client.preparedQuery("SELECT id FROM shopping_lists WHERE delivery_date = $1")
                .execute(Tuple.of(deliveryDate)).await();
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getLong("id"));
    }

    /** Every APPROVED request for the date, of every type and station, oldest first. */
    public List<Line> approved(SqlClient client, LocalDate deliveryDate) {
        RowSet<Row> rows = client.preparedQuery("""
                        SELECT ir.id, ir.name, ir.quantity, ir.unit, ir.preferred_supplier, u.first_name
                        FROM ingredient_requests ir JOIN users u ON u.id = ir.created_by
                        WHERE ir.status = 'APPROVED' AND ir.delivery_date = $1 ORDER BY ir.id""")
                .execute(Tuple.of(deliveryDate)).await();
        return StreamSupport.stream(rows.spliterator(), false).map(row -> new Line(row.getLong("id"),
                row.getString("name"), row.getBigDecimal("quantity"), Unit.valueOf(row.getString("unit")),
                row.getString("preferred_supplier"), row.getString("first_name"))).toList();
    }

    /** "First Last" of a user, for the notes of an item added by hand. */
    public String fullName(SqlClient client, UUID userId) {
        Row row = client.preparedQuery("SELECT first_name, last_name FROM users WHERE id = $1")
                .execute(Tuple.of(userId)).await().iterator().next();
        return row.getString("first_name") + " " + row.getString("last_name");
    }

    public long insert(SqlClient transaction, LocalDate deliveryDate, boolean normalized, UUID createdBy) {
        return transaction.preparedQuery("INSERT INTO shopping_lists (delivery_date, normalized, created_by)"
                        + " VALUES ($1, $2, $3) RETURNING id")
                .execute(Tuple.of(deliveryDate, normalized, createdBy)).await().iterator().next().getLong("id");
    }

    public void addItem(SqlClient transaction, long listId, String name, BigDecimal quantity, Unit unit,
                        String supplier, String notes) {
        transaction.preparedQuery("""
                        INSERT INTO shopping_list_items (list_id, ingredient_name, quantity, unit, supplier, notes)
                        VALUES ($1, $2, $3, $4, $5, $6)""")
                .execute(Tuple.of(listId, name, quantity, unit.name(), supplier, notes)).await();
        touch(transaction, listId);
    }

    /** Sets quantity and unit; the supplier only when one is given. */
    public void updateItem(SqlClient transaction, long listId, long itemId, BigDecimal quantity, Unit unit,
                           String supplier) {
        transaction.preparedQuery("UPDATE shopping_list_items SET quantity = $2, unit = $3,"
                        + " supplier = coalesce($4, supplier), updated_at = now() WHERE id = $1")
                .execute(Tuple.of(itemId, quantity, unit.name(), supplier)).await();
        touch(transaction, listId);
    }

    public void removeItem(SqlClient transaction, long listId, long itemId) {
        transaction.preparedQuery("DELETE FROM shopping_list_items WHERE id = $1").execute(Tuple.of(itemId)).await();
        touch(transaction, listId);
    }

    /** Marks the list's unordered items (all, or one) as ordered; how many changed. */
    public int markOrdered(SqlClient transaction, long listId, Long itemId) {
        int changed = transaction.preparedQuery("UPDATE shopping_list_items SET ordered = true, ordered_at = now(),"
                        + " updated_at = now() WHERE list_id = $1 AND NOT ordered AND ($2::bigint IS NULL OR id = $2)")
                .execute(Tuple.of(listId, itemId)).await().rowCount();
        if (changed > 0) {
            touch(transaction, listId);
        }
        return changed;
    }

    /** Finalizes at {@code at}, the kitchen's clock. */
    public void finalizeList(SqlClient transaction, long id, java.time.Instant at) {
        transaction.preparedQuery("UPDATE shopping_lists SET status = 'FINALIZED', finalized_at = $2,"
                        + " updated_at = now() WHERE id = $1")
                .execute(Tuple.of(id, at.atOffset(java.time.ZoneOffset.UTC))).await();
    }

    public void moveTo(SqlClient transaction, long id, LocalDate deliveryDate) {
        transaction.preparedQuery("UPDATE shopping_lists SET delivery_date = $2, updated_at = now() WHERE id = $1")
                .execute(Tuple.of(id, deliveryDate)).await();
    }

    /** Deletes the list and, by cascade, its items. */
    public void delete(SqlClient transaction, long id) {
        transaction.preparedQuery("DELETE FROM shopping_lists WHERE id = $1").execute(Tuple.of(id)).await();
    }

    private static void touch(SqlClient transaction, long listId) {
        transaction.preparedQuery("UPDATE shopping_lists SET updated_at = now() WHERE id = $1")
                .execute(Tuple.of(listId)).await();
    }

    private Optional<ShoppingList> one(SqlClient client, RowSet<Row> rows) {
        if (rows.rowCount() == 0) {
            return Optional.empty();
        }
        Row row = rows.iterator().next();
        return Optional.of(map(row, items(client, List.of(row.getLong("id"))).getOrDefault(row.getLong("id"),
                List.of())));
    }

    /** The items of the lists, each list's sorted by name (any case), then id. */
    private static Map<Long, List<Item>> items(SqlClient client, List<Long> listIds) {
        Map<Long, List<Item>> byList = new LinkedHashMap<>();
        if (listIds.isEmpty()) {
            return byList;
        }
        RowSet<Row> rows = client.preparedQuery("""
                        SELECT id, list_id, ingredient_name, quantity, unit, supplier, notes, ordered, created_at,
                               updated_at
                        FROM shopping_list_items WHERE list_id = ANY($1)
                        ORDER BY list_id, lower(ingredient_name), id""")
                .execute(Tuple.tuple().addArrayOfLong(listIds.toArray(Long[]::new))).await();
        for (Row row : rows) {
            OffsetDateTime updatedAt = row.getOffsetDateTime("updated_at");
            byList.computeIfAbsent(row.getLong("list_id"), id -> new ArrayList<>()).add(new Item(row.getLong("id"),
                    row.getString("ingredient_name"), row.getBigDecimal("quantity"),
                    Unit.valueOf(row.getString("unit")), row.getString("supplier"), row.getString("notes"),
                    row.getBoolean("ordered"), row.getOffsetDateTime("created_at").toInstant(),
                    updatedAt == null ? null : updatedAt.toInstant()));
        }
        return byList;
    }

    private static ShoppingList map(Row row, List<Item> items) {
        OffsetDateTime finalizedAt = row.getOffsetDateTime("finalized_at");
        return new ShoppingList(row.getLong("id"), row.getLocalDate("delivery_date"),
                Status.valueOf(row.getString("status")), row.getBoolean("normalized"), row.getUUID("created_by"),
                new Person(row.getLong("creator_number"), row.getString("creator_first_name"),
                        row.getString("creator_last_name")),
                List.copyOf(items), row.getOffsetDateTime("created_at").toInstant(),
                finalizedAt == null ? null : finalizedAt.toInstant());
    }
}
