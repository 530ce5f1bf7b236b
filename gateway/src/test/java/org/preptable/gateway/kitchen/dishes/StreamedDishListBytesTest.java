package org.preptable.gateway.kitchen.dishes;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.preptable.gateway.kitchen.dishes.Refs.DishAllergen;
import org.preptable.gateway.kitchen.dishes.Refs.Person;
import org.preptable.gateway.kitchen.dishes.Refs.StationRef;
import org.preptable.gateway.http.JsonStream;
import org.preptable.gateway.testing.ApiResponse;
import org.preptable.gateway.testing.ReactiveSql;
import org.preptable.model.Json;

/**
 * Issue 23 writes {@code GET /dishes} straight from the rows ({@link DishViews}). This test rebuilds the list the
 * way it was built before (main at 669861b: the allergens decoded from a {@code json} column, a {@link Dish} per
 * row, {@link Dish#view()}, {@link Json#write}) and proves the new body is the same bytes, for awkward texts in the
 * dish, its creator and its allergens, null English texts, no allergens and several, and changed dishes.
 */
class StreamedDishListBytesTest {

    private static KitchenFixture kitchen;
    private static ReactiveSql sql;

    @BeforeAll
    static void bank() {
        kitchen = new KitchenFixture(Instant.parse("2026-02-11T10:00:00Z"));
        sql = new ReactiveSql(kitchen.gateway);
        kitchen.translate(kitchen.dish("Røget Laks", "Laks med dildcreme", "Cold Kitchen", List.of(1, 4)),
                "Smoked Salmon", "Salmon with dill cream");
        kitchen.dish("Bench dish", "Tarteletter", "Hot Kitchen", List.of(7, 3, 1));
        long emoji = kitchen.dish("Emoji", "Mørk chokolade", "Pastry", List.of()).get("id").asLong();
        kitchen.dish("Control", "Description", "Cold Kitchen", List.of(14)).get("id").asLong();
        assertThat(kitchen.headChef.patch("/dishes/" + emoji + "/deactivate", null).status()).isEqualTo(200);
        // beyond what the API takes: quotes, backslashes, control characters, emoji; an English name alone
        kitchen.gateway.sql().execute("UPDATE dishes SET name_da = ?, description_da = ?"
                + " WHERE name_da = 'Bench dish'",
                "Bench dish 1, \"quoted\"", "Back\\slash \t tab\nnewline");
        kitchen.gateway.sql().execute("UPDATE dishes SET name_da = ?, description_da = ? WHERE name_da = 'Emoji'",
                "Ærø 🍅 </script>", "Mørk \u2028 chokolade");
        kitchen.gateway.sql().execute("UPDATE dishes SET name_da = 'control \u0001\u001f end', name_en = 'Only a name',"
                + " description_en = NULL WHERE name_da = 'Control'");
        kitchen.gateway.sql().execute("UPDATE dishes SET name_en = ? WHERE name_en = 'Smoked Salmon'",
                "Smoked \"Salmon\"");
        kitchen.gateway.sql().execute("UPDATE users SET first_name = 'Gordon \"G\"', last_name = 'Ramsay ø'"
                + " WHERE number = 1");
        kitchen.gateway.sql().execute("UPDATE allergens SET name_en = 'Gluten \"wheat\" \\ 🌾' WHERE id = 1");
    }

    @AfterAll
    static void close() {
        sql.close();
        kitchen.close();
    }

    @Test
    void theListIsTheOldBodyByteForByte() {
        ApiResponse all = kitchen.headChef.get("/dishes");
        all.assertSameBytesAs(Old.list(sql, null, null));
        assertThat(all.body()).contains("\\\"quoted\\\"", "🍅", "\\u0001", "\\t", "\\n", "\\\\", "\"allergens\":[]",
                "\"updatedAt\":null", "\"nameEN\":null", "Gluten \\\"wheat\\\" \\\\ 🌾");
        kitchen.headChef.get("/dishes?active=false").assertSameBytesAs(Old.list(sql, null, false));
        kitchen.headChef.get("/dishes?active=true&stationId=" + kitchen.station("Hot Kitchen"))
                .assertSameBytesAs(Old.list(sql, kitchen.station("Hot Kitchen"), true));
        kitchen.headChef.get("/dishes?stationId=999").assertSameBytesAs(Old.list(sql, 999L, null));
    }

    /** DishRepository's list before issue 23's streaming: the {@code json} column, decoded by the driver. */
    private static final class Old {

        static final String SELECT = """
                SELECT d.id, d.name_da, d.name_en, d.description_da, d.description_en, d.station_id,
                       s.name AS station_name, d.created_by, u.number AS creator_number,
                       u.first_name AS creator_first_name, u.last_name AS creator_last_name, d.active, d.origin_week,
                       d.origin_year, d.created_at, d.updated_at,
                       coalesce((SELECT json_agg(json_build_object('id', a.id, 'nameDA', a.name_da, 'nameEN', a.name_en,
                                                                   'displayNumber', a.display_number)
                                                 ORDER BY a.display_number, a.id)
                                 FROM dish_allergens da JOIN allergens a ON a.id = da.allergen_id
                                 WHERE da.dish_id = d.id), '[]'::json) AS allergens
                FROM dishes d JOIN stations s ON s.id = d.station_id JOIN users u ON u.id = d.created_by
                """;

        static List<Map<String, Object>> list(ReactiveSql sql, Long stationId, Boolean active) {
            List<Map<String, Object>> views = new ArrayList<>();
            for (Row row : sql.rows(SELECT + " WHERE ($1::bigint IS NULL OR d.station_id = $1)"
                    + " AND ($2::boolean IS NULL OR d.active = $2) ORDER BY lower(d.name_da), d.id",
                    Tuple.of(stationId, active))) {
                views.add(map(row, row.getJsonArray("allergens")).view());
            }
            return views;
        }

        static Dish map(Row row, JsonArray allergens) {
            OffsetDateTime updatedAt = row.getOffsetDateTime("updated_at");
            return new Dish(row.getLong("id"), row.getString("name_da"), row.getString("name_en"),
                    row.getString("description_da"), row.getString("description_en"),
                    new StationRef(row.getLong("station_id"), row.getString("station_name")),
                    row.getUUID("created_by"), new Person(row.getLong("creator_number"),
                    row.getString("creator_first_name"), row.getString("creator_last_name")),
                    DishAllergen.fromJson(allergens), row.getBoolean("active"),
                    row.getInteger("origin_week"), row.getInteger("origin_year"),
                    row.getOffsetDateTime("created_at").toInstant(), updatedAt == null ? null : updatedAt.toInstant());
        }
    }
}
