package org.preptable.gateway.ops.inventory;

import com.fasterxml.jackson.core.JsonGenerator;
import io.vertx.sqlclient.Row;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.preptable.model.WireTime;

/**
 * The JSON of the three level views, written from {@link InventoryRepository}'s level rows straight into the body
 * (issue 23: a store's 200 items used to become 200 records, then 200 maps, then JSON). Field order, number forms
 * ({@link Quantities#shown}) and timestamps ({@link WireTime#rfc3339}) are what the maps gave; the large-reads test
 * compares the bytes with the old way of building them.
 */
final class LevelViews {

    private LevelViews() {
    }

    /** {@code GET /stores/{id}/inventory}: {@code {store_id, items: [level]}}. */
    static void store(JsonGenerator json, UUID storeId, List<Row> rows) throws IOException {
        json.writeStartObject();
        json.writeStringField("store_id", storeId.toString());
        json.writeArrayFieldStart("items");
        for (Row row : rows) {
            json.writeStartObject();
            itemFields(json, row, quantity(row));
            json.writeStringField("updated_at", updatedAt(row));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** {@code GET /items/{id}/inventory}: the total over the given rows, then the level in each store. */
    static void item(JsonGenerator json, UUID itemId, List<Row> rows) throws IOException {
        json.writeStartObject();
        json.writeStringField("item_id", itemId.toString());
        json.writeNumberField("total_quantity", Quantities.shown(total(rows, 0, rows.size())));
        json.writeArrayFieldStart("stores");
        for (Row row : rows) {
            json.writeStartObject();
            json.writeStringField("store_id", row.getUUID("store_id").toString());
            json.writeStringField("store_name", row.getString("store_name"));
            json.writeStringField("location_id", row.getUUID("location_id").toString());
            json.writeStringField("location_name", row.getString("location_name"));
            json.writeNumberField("quantity", Quantities.shown(quantity(row)));
            json.writeStringField("updated_at", updatedAt(row));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /**
     * {@code GET /locations/{id}/inventory}: per item its total over the location's stores, then each store's level.
     * The rows of one item follow each other (ordered by name and the unique SKU), so a group ends where the item
     * changes. The store entries are always {@code store_id, store_name, quantity}: before issue 23 they came from
     * {@code Map.of}, whose order changes from one JVM start to the next.
     */
    static void location(JsonGenerator json, UUID locationId, List<Row> rows) throws IOException {
        json.writeStartObject();
        json.writeStringField("location_id", locationId.toString());
        json.writeArrayFieldStart("items");
        int start = 0;
        while (start < rows.size()) {
            UUID itemId = rows.get(start).getUUID("item_id");
            int end = start + 1;
            while (end < rows.size() && itemId.equals(rows.get(end).getUUID("item_id"))) {
                end++;
            }
            json.writeStartObject();
            itemFields(json, rows.get(start), total(rows, start, end));
            json.writeArrayFieldStart("stores");
            for (Row row : rows.subList(start, end)) {
                json.writeStartObject();
                json.writeStringField("store_id", row.getUUID("store_id").toString());
                json.writeStringField("store_name", row.getString("store_name"));
                json.writeNumberField("quantity", Quantities.shown(quantity(row)));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            start = end;
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** The item and its par levels, with the quantity given (one store's, or a total). */
    private static void itemFields(JsonGenerator json, Row row, BigDecimal quantity) throws IOException {
        json.writeStringField("item_id", row.getUUID("item_id").toString());
        json.writeStringField("sku", row.getString("sku"));
        json.writeStringField("name", row.getString("item_name"));
        json.writeStringField("unit", row.getString("unit"));
        json.writeStringField("category", row.getString("category"));
        json.writeNumberField("quantity", Quantities.shown(quantity));
        optionalQuantity(json, "par_level", row.getBigDecimal("par_level"));
        optionalQuantity(json, "reorder_threshold", row.getBigDecimal("reorder_threshold"));
    }

    private static void optionalQuantity(JsonGenerator json, String field, BigDecimal value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, Quantities.shown(value));
        }
    }

    /** Summed exactly and shown once, as the old view did: a double sum could end in ...0000001. */
    private static BigDecimal total(List<Row> rows, int start, int end) {
        BigDecimal total = BigDecimal.ZERO;
        for (Row row : rows.subList(start, end)) {
            total = total.add(quantity(row));
        }
        return total;
    }

    private static BigDecimal quantity(Row row) {
        return row.getBigDecimal("quantity");
    }

    private static String updatedAt(Row row) {
        return WireTime.rfc3339(row.getOffsetDateTime("updated_at").toInstant());
    }
}
