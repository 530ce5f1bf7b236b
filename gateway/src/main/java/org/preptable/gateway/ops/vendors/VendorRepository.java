package org.preptable.gateway.ops.vendors;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

/** SQL for {@code vendors} and their price lists ({@code vendor_items}). */
public final class VendorRepository {

    private static final String COLUMNS = "id, name, contact_name, email, phone, notes, created_at, updated_at";
    private static final String ITEM_ROWS = """
            SELECT vi.vendor_id, v.name AS vendor_name, vi.item_id, i.name AS item_name, i.sku AS item_sku, i.unit,
                   vi.vendor_sku, vi.price_cents, vi.pack_size, vi.preferred, vi.updated_at
            FROM vendor_items vi JOIN vendors v ON v.id = vi.vendor_id JOIN items i ON i.id = vi.item_id
            """;

    public List<Vendor> list(SqlClient client) {
        return all(client.preparedQuery("SELECT " + COLUMNS + " FROM vendors ORDER BY lower(name), id")
                .execute().await());
    }

    public Optional<Vendor> find(SqlClient client, UUID id) {
        return one(client.preparedQuery("SELECT " + COLUMNS + " FROM vendors WHERE id = $1")
                .execute(Tuple.of(id)).await());
    }

    /**
     * The vendor, row-locked until the transaction ends: {@code exclusive} (FOR UPDATE) for a delete, shared
     * (FOR SHARE) for a change of its price list, so a delete cannot slip between a price-list change's checks and
     * its commit (and drop a row that was just made preferred).
     */
    public Optional<Vendor> findLocked(SqlClient tx, UUID id, boolean exclusive) {
        return one(tx.preparedQuery("SELECT " + COLUMNS + " FROM vendors WHERE id = $1"
                + (exclusive ? " FOR UPDATE" : " FOR SHARE")).execute(Tuple.of(id)).await());
    }

    public Optional<Vendor> findByName(SqlClient client, String name) {
        return one(client.preparedQuery("SELECT " + COLUMNS + " FROM vendors WHERE lower(name) = lower($1)")
                .execute(Tuple.of(name)).await());
    }

    public Vendor insert(SqlClient client, VendorInput input) {
        return one(client.preparedQuery("INSERT INTO vendors (name, contact_name, email, phone, notes)"
                        + " VALUES ($1, $2, $3, $4, $5) RETURNING " + COLUMNS)
                .execute(Tuple.of(input.name(), input.contactName(), input.email(), input.phone(), input.notes()))
                .await()).orElseThrow();
    }

    public Vendor update(SqlClient client, UUID id, VendorInput input) {
        return one(client.preparedQuery("UPDATE vendors SET name = $2, contact_name = $3, email = $4, phone = $5,"
                        + " notes = $6, updated_at = now() WHERE id = $1 RETURNING " + COLUMNS)
                .execute(Tuple.from(new Object[] {id, input.name(), input.contactName(), input.email(), input.phone(),
                        input.notes()})).await()).orElseThrow();
    }

    /** Deletes the vendor; its price list goes with it (ON DELETE CASCADE). */
    public void delete(SqlClient client, UUID id) {
        client.preparedQuery("DELETE FROM vendors WHERE id = $1").execute(Tuple.of(id)).await();
    }

    /** Names of the items this vendor is the preferred vendor for, by name. */
    public List<String> preferredItemNames(SqlClient client, UUID vendorId) {
        return texts(client.preparedQuery("SELECT i.name FROM vendor_items vi JOIN items i ON i.id = vi.item_id"
                + " WHERE vi.vendor_id = $1 AND vi.preferred ORDER BY lower(i.name)").execute(Tuple.of(vendorId))
                .await(), "name");
    }

    /** Numbers of the purchase orders placed with this vendor, in any state. */
    public List<String> purchaseOrderNumbers(SqlClient client, UUID vendorId) {
        return texts(client.preparedQuery("SELECT number::text AS number FROM purchase_orders WHERE vendor_id = $1"
                + " ORDER BY number").execute(Tuple.of(vendorId)).await(), "number");
    }

    public List<VendorItem> priceList(SqlClient client, UUID vendorId) {
        return items(client.preparedQuery(ITEM_ROWS + " WHERE vi.vendor_id = $1 ORDER BY lower(i.name), i.sku")
                .execute(Tuple.of(vendorId)).await());
    }

    /** Who sells the item: the preferred vendor first, then the alternates by name. */
    public List<VendorItem> sellersOf(SqlClient client, UUID itemId) {
        return items(client.preparedQuery(ITEM_ROWS + " WHERE vi.item_id = $1 ORDER BY vi.preferred DESC,"
                + " lower(v.name), v.id").execute(Tuple.of(itemId)).await());
    }

    public Optional<VendorItem> findItem(SqlClient client, UUID vendorId, UUID itemId) {
        List<VendorItem> rows = items(client.preparedQuery(ITEM_ROWS + " WHERE vi.vendor_id = $1 AND vi.item_id = $2")
                .execute(Tuple.of(vendorId, itemId)).await());
        return rows.stream().findFirst();
    }

    /** The item's preferred price-list row, if it has one. */
    public Optional<VendorItem> preferredFor(SqlClient client, UUID itemId) {
        return items(client.preparedQuery(ITEM_ROWS + " WHERE vi.item_id = $1 AND vi.preferred")
                .execute(Tuple.of(itemId)).await()).stream().findFirst();
    }

    /** The preferred rows of many items at once, by item id (for drafting orders from the low-stock report). */
    public Map<UUID, VendorItem> preferredFor(SqlClient client, List<UUID> itemIds) {
        Map<UUID, VendorItem> byItem = new java.util.HashMap<>();
        items(client.preparedQuery(ITEM_ROWS + " WHERE vi.item_id = ANY($1) AND vi.preferred")
                .execute(Tuple.of(itemIds.toArray(UUID[]::new))).await())
                .forEach(row -> byItem.put(row.itemId(), row));
        return byItem;
    }

    /** Inserts or replaces the price; the preferred flag is left as it was. */
    public void upsertItem(SqlClient client, UUID vendorId, UUID itemId, String vendorSku, long priceCents,
                           BigDecimal packSize) {
        client.preparedQuery("""
                        INSERT INTO vendor_items (vendor_id, item_id, vendor_sku, price_cents, pack_size)
                        VALUES ($1, $2, $3, $4, $5)
                        ON CONFLICT (vendor_id, item_id) DO UPDATE SET vendor_sku = excluded.vendor_sku,
                            price_cents = excluded.price_cents, pack_size = excluded.pack_size, updated_at = now()""")
                .execute(Tuple.of(vendorId, itemId, vendorSku, priceCents, packSize)).await();
    }

    public void deleteItem(SqlClient client, UUID vendorId, UUID itemId) {
        client.preparedQuery("DELETE FROM vendor_items WHERE vendor_id = $1 AND item_id = $2")
                .execute(Tuple.of(vendorId, itemId)).await();
    }

    /** Moves the item's preference to this vendor: the old row is cleared first, so the unique index holds. */
    public void setPreferred(SqlClient client, UUID vendorId, UUID itemId) {
        client.preparedQuery("UPDATE vendor_items SET preferred = false, updated_at = now()"
                + " WHERE item_id = $1 AND preferred AND vendor_id <> $2").execute(Tuple.of(itemId, vendorId)).await();
        client.preparedQuery("UPDATE vendor_items SET preferred = true, updated_at = now()"
                + " WHERE item_id = $1 AND vendor_id = $2 AND NOT preferred").execute(Tuple.of(itemId, vendorId)).await();
    }

    /**
     * Locks the item's row for the rest of the transaction: every change of an item's preferred vendor or of its
     * preferred price takes this lock first, so two of them cannot interleave (and leave two preferred rows or a
     * stale cost). False when there is no such item.
     */
    public boolean lockItem(SqlClient tx, UUID itemId) {
        return tx.preparedQuery("SELECT 1 FROM items WHERE id = $1 FOR UPDATE").execute(Tuple.of(itemId)).await()
                .rowCount() > 0;
    }

    public void setItemCost(SqlClient tx, UUID itemId, long unitCostCents) {
        tx.preparedQuery("UPDATE items SET unit_cost_cents = $2, updated_at = now() WHERE id = $1")
                .execute(Tuple.of(itemId, unitCostCents)).await();
    }

    /** A recomputed meal as the preferred-vendor answer shows it. */
    public record MealCost(UUID id, String name, long unitCostCents) {
    }

    /** The meals' names and current costs, in the order of {@code ids}. */
    public List<MealCost> mealCosts(SqlClient tx, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, MealCost> byId = new java.util.HashMap<>();
        for (Row row : tx.preparedQuery("SELECT id, name, unit_cost_cents FROM meals WHERE id = ANY($1)")
                .execute(Tuple.of(ids.toArray(UUID[]::new))).await()) {
            byId.put(row.getUUID("id"), new MealCost(row.getUUID("id"), row.getString("name"),
                    row.getLong("unit_cost_cents")));
        }
        List<MealCost> ordered = new ArrayList<>();
        ids.stream().map(byId::get).filter(java.util.Objects::nonNull).forEach(ordered::add);
        return ordered;
    }

    private static List<String> texts(RowSet<Row> rows, String column) {
        return StreamSupport.stream(rows.spliterator(), false).map(row -> row.getString(column)).toList();
    }

    private static Optional<Vendor> one(RowSet<Row> rows) {
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(map(rows.iterator().next()));
    }

    private static List<Vendor> all(RowSet<Row> rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(VendorRepository::map).toList();
    }

    private static Vendor map(Row row) {
        return new Vendor(row.getUUID("id"), row.getString("name"), row.getString("contact_name"),
                row.getString("email"), row.getString("phone"), row.getString("notes"),
                row.getOffsetDateTime("created_at").toInstant(), row.getOffsetDateTime("updated_at").toInstant());
    }

    private static List<VendorItem> items(RowSet<Row> rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(row -> new VendorItem(row.getUUID("vendor_id"),
                row.getString("vendor_name"), row.getUUID("item_id"), row.getString("item_name"),
                row.getString("item_sku"), row.getString("unit"), row.getString("vendor_sku"),
                row.getLong("price_cents"), row.getBigDecimal("pack_size"), row.getBoolean("preferred"),
                row.getOffsetDateTime("updated_at").toInstant())).toList();
    }
}
