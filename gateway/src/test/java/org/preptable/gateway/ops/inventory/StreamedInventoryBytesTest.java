package org.preptable.gateway.ops.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.preptable.gateway.ops.OpsFixtures;
import org.preptable.gateway.testing.ApiClient;
import org.preptable.gateway.http.JsonStream;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.GatewayExtension;
import org.preptable.gateway.testing.ReactiveSql;
import org.preptable.gateway.testing.TestGateway;
import org.preptable.model.Json;
import org.preptable.model.WireTime;

/**
 * Issue 23 writes the three level views straight from the rows ({@link LevelViews}). This test keeps the code they
 * replaced (records, then {@code LinkedHashMap}s, then {@link Json#write}, copied from main before the change) and
 * proves the new bodies are the same bytes for awkward data: quotes, backslashes, control characters, emoji and
 * {@code </script>} in names, null categories and par levels, 3-decimal and 11-digit quantities, sums that a double
 * would get wrong, and timestamps with microseconds.
 */
@ExtendWith(GatewayExtension.class)
class StreamedInventoryBytesTest {

    /** The odd names the bench and clients produce, set through SQL because some are beyond what the API accepts. */
    private static final List<String> NAMES = List.of("Bench item 1, \"quoted\"", "Back\\slash and \t tab\nnewline",
            "Ærø smørrebrød 🍅 \u2028 </script><b>", "control \u0001\u001f end", "plain");

    private static ReactiveSql sql;
    private static UUID location;
    private static UUID otherLocation;
    private static UUID cold;
    private static UUID dry;
    private static UUID elsewhere;
    private static final List<UUID> ITEMS = new ArrayList<>();

    @BeforeAll
    static void seed(TestGateway gateway, ApiClient api) {
        sql = new ReactiveSql(gateway);
        OpsFixtures fixtures = new OpsFixtures(api);
        location = fixtures.location("Campus \"Nord\" ø");
        otherLocation = fixtures.location("Other campus");
        cold = fixtures.store(location, "Walk-in \"cold\" 🧊");
        dry = fixtures.store(location, "Dry store");
        elsewhere = fixtures.store(otherLocation, "Far away");
        double[] quantities = {12.5, 0.125, 10, -1, 99_999_999_999.999};
        for (int i = 0; i < NAMES.size(); i++) {
            UUID item = fixtures.item("item " + i, i % 2 == 0 ? "kg" : "l");
            ITEMS.add(item);
            gateway.sql().execute("UPDATE items SET name = ?, category = ? WHERE id = ?::uuid", NAMES.get(i),
                    i == 1 ? null : "cat \"" + i + "\"", item.toString());
            String reason = quantities[i] < 0 ? "count_correction" : "receive";
            fixtures.setQuantity(cold, item, quantities[i], reason);
            if (i % 2 == 0) {
                fixtures.setQuantity(dry, item, i == 0 ? 0.1 : 0.2, "receive");
                fixtures.setQuantity(elsewhere, item, 3.333, "receive");
            }
        }
        fixtures.par(ITEMS.get(0), location, 60, 30.5);
        fixtures.par(ITEMS.get(2), location, 0.001, 0);
        // a sum a double gets wrong (0.1 + 0.2), and timestamps finer than the API's milliseconds
        gateway.sql().execute("UPDATE store_items SET quantity = 0.2 WHERE item_id = ?::uuid AND store_id = ?::uuid",
                ITEMS.get(0).toString(), cold.toString());
        gateway.sql().execute("UPDATE store_items SET updated_at = '2026-06-01 11:32:07.123456+00'"
                + " WHERE item_id = ?::uuid", ITEMS.get(1).toString());
        gateway.sql().execute("UPDATE store_items SET updated_at = '2026-06-01 11:32:07+00' WHERE item_id = ?::uuid",
                ITEMS.get(3).toString());
    }

    @AfterAll
    static void close() {
        sql.close();
    }

    @Test
    void storeInventoryIsTheOldBodyByteForByte(ApiClient anonymous) {
        ApiClient api = anonymous.as(anonymous.admin());
        for (UUID store : List.of(cold, dry, elsewhere)) {
            ApiResponse response = api.get("/stores/" + store + "/inventory");
            response.assertSameBytesAs(Old.store(store, Old.levels(sql, " WHERE si.store_id = $1"
                    + " ORDER BY lower(i.name), i.sku", store)));
        }
        assertThat(api.get("/stores/" + cold + "/inventory").body()).contains("\\\"quoted\\\"", "🍅", "\\u0001",
                "\\t", "\\n", "null", "E10");
    }

    @Test
    void itemInventoryIsTheOldBodyByteForByte(ApiClient anonymous) {
        ApiClient api = anonymous.as(anonymous.admin());
        OpsFixtures fixtures = new OpsFixtures(anonymous);
        ApiClient manager = api.as(fixtures.managerOf(location));
        for (UUID item : ITEMS) {
            List<Old.Level> levels = Old.levels(sql, " WHERE si.item_id = $1 ORDER BY lower(l.name), lower(s.name)",
                    item);
            api.get("/items/" + item + "/inventory").assertSameBytesAs(Old.item(item, levels));
            // a manager sees the stores of their own locations only, and their total
            manager.get("/items/" + item + "/inventory").assertSameBytesAs(Old.item(item, levels.stream()
                    .filter(level -> Set.of(location).contains(level.locationId())).toList()));
        }
    }

    @Test
    void locationInventoryIsTheOldBodyByteForByte(ApiClient anonymous) {
        ApiClient api = anonymous.as(anonymous.admin());
        for (UUID campus : List.of(location, otherLocation)) {
            api.get("/locations/" + campus + "/inventory").assertSameBytesAs(Old.location(campus, Old.levels(sql,
                    " WHERE s.location_id = $1 ORDER BY lower(i.name), i.sku, lower(s.name)", campus)));
        }
        // 0.1 + 0.2 summed exactly, as before
        assertThat(api.get("/locations/" + location + "/inventory").body()).contains("\"quantity\":0.3,");
    }

    /** InventoryRoutes and InventoryRepository as they were before issue 23's streaming (main at 669861b). */
    private static final class Old {

        record Level(UUID storeId, String storeName, UUID locationId, String locationName, UUID itemId, String sku,
                     String itemName, String unit, String category, BigDecimal quantity, BigDecimal parLevel,
                     BigDecimal reorderThreshold, Instant updatedAt) {
        }

        static final String LEVELS = """
                SELECT si.store_id, s.name AS store_name, s.location_id, l.name AS location_name, si.item_id, i.sku,
                       i.name AS item_name, i.unit, i.category, si.quantity, p.par_level, p.reorder_threshold,
                       si.updated_at
                FROM store_items si
                JOIN stores s ON s.id = si.store_id
                JOIN locations l ON l.id = s.location_id
                JOIN items i ON i.id = si.item_id
                LEFT JOIN item_par_levels p ON p.item_id = si.item_id AND p.location_id = s.location_id
                """;

        static List<Level> levels(ReactiveSql sql, String where, UUID id) {
            List<Level> levels = levels(sql.rows(LEVELS + where, Tuple.of(id)));
            assertThat(levels).isNotEmpty();
            return levels;
        }

        static List<Level> levels(Iterable<Row> rows) {
            List<Level> levels = new ArrayList<>();
            for (Row row : rows) {
                levels.add(new Level(row.getUUID("store_id"), row.getString("store_name"), row.getUUID("location_id"),
                        row.getString("location_name"), row.getUUID("item_id"), row.getString("sku"),
                        row.getString("item_name"), row.getString("unit"), row.getString("category"),
                        row.getBigDecimal("quantity"), row.getBigDecimal("par_level"),
                        row.getBigDecimal("reorder_threshold"), row.getOffsetDateTime("updated_at").toInstant()));
            }
            return levels;
        }

        static Map<String, Object> store(UUID storeId, List<Level> levels) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("store_id", storeId.toString());
            view.put("items", levels.stream().map(Old::itemLevel).toList());
            return view;
        }

        static Map<String, Object> item(UUID itemId, List<Level> levels) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("item_id", itemId.toString());
            view.put("total_quantity", Quantities.shown(levels.stream().map(Level::quantity)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)));
            view.put("stores", levels.stream().map(level -> {
                Map<String, Object> store = new LinkedHashMap<>();
                store.put("store_id", level.storeId().toString());
                store.put("store_name", level.storeName());
                store.put("location_id", level.locationId().toString());
                store.put("location_name", level.locationName());
                store.put("quantity", Quantities.shown(level.quantity()));
                store.put("updated_at", WireTime.rfc3339(level.updatedAt()));
                return store;
            }).toList());
            return view;
        }

        /**
         * The one deliberate difference: the old store entries were a {@code Map.of}, whose key order is salted per
         * JVM start, so no two gateways agreed on it; the streamed body always writes them in the contract's order,
         * which is what this (ordered) map gives.
         */
        static Map<String, Object> location(UUID locationId, List<Level> levels) {
            Map<UUID, Map<String, Object>> byItem = new LinkedHashMap<>();
            for (Level level : levels) {
                Map<String, Object> item = byItem.computeIfAbsent(level.itemId(), id -> {
                    Map<String, Object> entry = itemLevel(level);
                    entry.remove("updated_at");
                    entry.put("quantity", BigDecimal.ZERO);
                    entry.put("stores", new ArrayList<Map<String, Object>>());
                    return entry;
                });
                item.put("quantity", ((BigDecimal) item.get("quantity")).add(level.quantity()));
                @SuppressWarnings("unchecked")
                var stores = (List<Map<String, Object>>) item.get("stores");
                Map<String, Object> store = new LinkedHashMap<>();
                store.put("store_id", level.storeId().toString());
                store.put("store_name", level.storeName());
                store.put("quantity", Quantities.shown(level.quantity()));
                stores.add(store);
            }
            byItem.values().forEach(item -> item.put("quantity", Quantities.shown((BigDecimal) item.get("quantity"))));
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("location_id", locationId.toString());
            view.put("items", List.copyOf(byItem.values()));
            return view;
        }

        static Map<String, Object> itemLevel(Level level) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("item_id", level.itemId().toString());
            item.put("sku", level.sku());
            item.put("name", level.itemName());
            item.put("unit", level.unit());
            item.put("category", level.category());
            item.put("quantity", Quantities.shown(level.quantity()));
            item.put("par_level", level.parLevel() == null ? null : Quantities.shown(level.parLevel()));
            item.put("reorder_threshold", level.reorderThreshold() == null ? null
                    : Quantities.shown(level.reorderThreshold()));
            item.put("updated_at", WireTime.rfc3339(level.updatedAt()));
            return item;
        }
    }
}
