package org.preptable.gateway.kitchen.weeklymenus;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.preptable.gateway.kitchen.KitchenCalendar.Week;
import org.preptable.gateway.kitchen.allergens.Allergen;
import org.preptable.gateway.kitchen.weeklymenus.WeeklyMenu.MenuStatus;
import org.preptable.gateway.kitchen.weeklymenus.WeeklyMenu.Person;

/**
 * SQL for {@code weekly_menus} and {@code weekly_menu_slots}, and the reads of {@code dishes}, {@code stations} and
 * {@code allergens} a menu shows. Callers pass a pool for reads, a transaction for writes.
 */
public final class MenuRepository {

    private static final String MENU_COLUMNS = """
            m.id, m.week_number, m.year, m.status, m.published_at,
            u.number AS publisher_number, u.first_name AS publisher_first_name, u.last_name AS publisher_last_name""";
    private static final String MENU_FROM = " FROM weekly_menus m LEFT JOIN users u ON u.id = m.published_by";

    /** Monday..Sunday, the order menus print in (the reference ranked both weekend days 99). */
    private static final String DAY_ORDER = "array_position(ARRAY['MONDAY','TUESDAY','WEDNESDAY','THURSDAY',"
            + "'FRIDAY','SATURDAY','SUNDAY'], s.day_of_week)";

    /** What the menu list may be narrowed to; null means any. */
    public record Filter(MenuStatus status, Integer year, Integer week, Integer limit) {
    }

    /** A station as a slot needs it. */
    public record StationRef(long id, String name) {
    }

    /** A dish as placing it on a menu needs it. */
    public record DishRef(long id, String nameDa, long stationId, String stationName, boolean active) {
    }

    public List<MenuOverview> list(SqlClient client, Filter filter) {
        RowSet<Row> rows = client.preparedQuery("""
                        SELECT m.id, m.week_number, m.year, m.status, m.published_at, count(s.id) AS slot_count
                        FROM weekly_menus m LEFT JOIN weekly_menu_slots s ON s.menu_id = m.id
                        WHERE ($1::text IS NULL OR m.status = $1) AND ($2::int IS NULL OR m.year = $2)
                          AND ($3::int IS NULL OR m.week_number = $3)
                        GROUP BY m.id ORDER BY m.year DESC, m.week_number DESC LIMIT $4""")
                .execute(Tuple.of(filter.status() == null ? null : filter.status().name(), filter.year(),
                        filter.week(), filter.limit() == null ? null : filter.limit().longValue()))
                .await();
        return StreamSupport.stream(rows.spliterator(), false)
                .map(row -> new MenuOverview(row.getLong("id"), row.getInteger("week_number"), row.getInteger("year"),
                        MenuStatus.valueOf(row.getString("status")), row.getLong("slot_count"),
                        instant(row.getOffsetDateTime("published_at"))))
                .toList();
    }

    public Optional<WeeklyMenu> find(SqlClient client, long id) {
        return menu(client, client.preparedQuery("SELECT " + MENU_COLUMNS + MENU_FROM + " WHERE m.id = $1")
                .execute(Tuple.of(id)).await());
    }

    /** The week's menu; {@code publishedOnly} leaves a draft out, as the public sees it. */
    public Optional<WeeklyMenu> findByWeek(SqlClient client, Week week, boolean publishedOnly) {
        return menu(client, client.preparedQuery("SELECT " + MENU_COLUMNS + MENU_FROM
                        + " WHERE m.week_number = $1 AND m.year = $2 AND (NOT $3 OR m.status = 'PUBLISHED')")
                .execute(Tuple.of(week.week(), week.year(), publishedOnly)).await());
    }

    /**
     * Locks the menu row, so that slot changes, publishing and deletion of one menu run one after another: a slot
     * added while another request publishes either lands before the publish checks it or sees the menu published.
     */
    public Optional<WeeklyMenu> lock(SqlClient transaction, long id) {
        boolean found = transaction.preparedQuery("SELECT id FROM weekly_menus WHERE id = $1 FOR UPDATE")
                .execute(Tuple.of(id)).await().rowCount() > 0;
        return found ? find(transaction, id) : Optional.empty();
    }

    /** The new menu, or empty when the week already has one (two creators racing included). */
    public Optional<Long> insert(SqlClient transaction, Week week) {
        RowSet<Row> rows = transaction.preparedQuery("INSERT INTO weekly_menus (week_number, year) VALUES ($1, $2)"
                        + " ON CONFLICT (year, week_number) DO NOTHING RETURNING id")
                .execute(Tuple.of(week.week(), week.year())).await();
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getLong("id"));
    }

    /** Deletes the menu and, by cascade, its slots. */
    public void delete(SqlClient transaction, long id) {
        transaction.preparedQuery("DELETE FROM weekly_menus WHERE id = $1").execute(Tuple.of(id)).await();
    }

    public void publish(SqlClient transaction, long id, Instant at, UUID publisher) {
        transaction.preparedQuery("UPDATE weekly_menus SET status = 'PUBLISHED', published_at = $2,"
                        + " published_by = $3, updated_at = now() WHERE id = $1")
                .execute(Tuple.of(id, at.atOffset(java.time.ZoneOffset.UTC), publisher)).await();
    }

    public void touch(SqlClient transaction, long id) {
        transaction.preparedQuery("UPDATE weekly_menus SET updated_at = now() WHERE id = $1")
                .execute(Tuple.of(id)).await();
    }

    public long insertSlot(SqlClient transaction, long menuId, DayOfWeek day, long stationId, Long dishId) {
        return transaction.preparedQuery("INSERT INTO weekly_menu_slots (menu_id, day_of_week, station_id, dish_id)"
                        + " VALUES ($1, $2, $3, $4) RETURNING id")
                .execute(Tuple.of(menuId, day.name(), stationId, dishId)).await().iterator().next().getLong("id");
    }

    public void updateSlotDish(SqlClient transaction, long slotId, Long dishId) {
        transaction.preparedQuery("UPDATE weekly_menu_slots SET dish_id = $2 WHERE id = $1")
                .execute(Tuple.of(slotId, dishId)).await();
    }

    public void deleteSlot(SqlClient transaction, long slotId) {
        transaction.preparedQuery("DELETE FROM weekly_menu_slots WHERE id = $1").execute(Tuple.of(slotId)).await();
    }

    public Optional<StationRef> station(SqlClient client, long id) {
        RowSet<Row> rows = client.preparedQuery("SELECT id, name FROM stations WHERE id = $1")
                .execute(Tuple.of(id)).await();
        if (rows.rowCount() == 0) {
            return Optional.empty();
        }
        Row row = rows.iterator().next();
        return Optional.of(new StationRef(row.getLong("id"), row.getString("name")));
    }

    /**
     * The dish to place, share-locked: it cannot be deactivated, moved to another station or deleted until the
     * slot that uses it has committed.
     */
    public Optional<DishRef> dishToPlace(SqlClient transaction, long id) {
        RowSet<Row> rows = transaction.preparedQuery("""
                        SELECT d.id, d.name_da, d.active, d.station_id, s.name AS station_name
                        FROM dishes d JOIN stations s ON s.id = d.station_id
                        WHERE d.id = $1 FOR SHARE OF d""")
                .execute(Tuple.of(id)).await();
        if (rows.rowCount() == 0) {
            return Optional.empty();
        }
        Row row = rows.iterator().next();
        return Optional.of(new DishRef(row.getLong("id"), row.getString("name_da"), row.getLong("station_id"),
                row.getString("station_name"), row.getBoolean("active")));
    }

    /** Share-locks the dishes a publish checks, so their translation or activity cannot change under it. */
    public void lockDishes(SqlClient transaction, List<Long> dishIds) {
        transaction.preparedQuery("SELECT id FROM dishes WHERE id = ANY($1) ORDER BY id FOR SHARE")
                .execute(Tuple.tuple().addArrayOfLong(dishIds.toArray(Long[]::new))).await();
    }

    /** Everyone with a kitchen role: who hears that a menu was published. */
    public List<UUID> kitchenUsers(SqlClient client) {
        RowSet<Row> rows = client.preparedQuery("SELECT id FROM users WHERE role IN ('admin', 'manager', 'staff')"
                + " ORDER BY number").execute().await();
        return StreamSupport.stream(rows.spliterator(), false).map(row -> row.getUUID("id")).toList();
    }

    private Optional<WeeklyMenu> menu(SqlClient client, RowSet<Row> rows) {
        if (rows.rowCount() == 0) {
            return Optional.empty();
        }
        Row row = rows.iterator().next();
        long id = row.getLong("id");
        Long publisher = row.getLong("publisher_number");
        return Optional.of(new WeeklyMenu(id, row.getInteger("week_number"), row.getInteger("year"),
                MenuStatus.valueOf(row.getString("status")), instant(row.getOffsetDateTime("published_at")),
                publisher == null ? null : new Person(publisher, row.getString("publisher_first_name"),
                        row.getString("publisher_last_name")),
                slots(client, id)));
    }

    private List<MenuSlot> slots(SqlClient client, long menuId) {
        RowSet<Row> rows = client.preparedQuery("""
                        SELECT s.id, s.day_of_week, s.station_id, st.name AS station_name,
                               d.id AS dish_id, d.name_da, d.name_en, d.description_da, d.description_en, d.active
                        FROM weekly_menu_slots s
                        JOIN stations st ON st.id = s.station_id
                        LEFT JOIN dishes d ON d.id = s.dish_id
                        WHERE s.menu_id = $1
                        ORDER BY\s""" + DAY_ORDER + ", s.station_id, s.id")
                .execute(Tuple.of(menuId)).await();
        List<Long> dishIds = new ArrayList<>();
        rows.forEach(row -> {
            if (row.getLong("dish_id") != null) {
                dishIds.add(row.getLong("dish_id"));
            }
        });
        Map<Long, List<Allergen>> allergens = allergens(client, dishIds);
        List<MenuSlot> slots = new ArrayList<>();
        for (Row row : rows) {
            Long dishId = row.getLong("dish_id");
            MenuDish dish = dishId == null ? null : new MenuDish(dishId, row.getString("name_da"),
                    row.getString("name_en"), row.getString("description_da"), row.getString("description_en"),
                    row.getBoolean("active"), allergens.getOrDefault(dishId, List.of()));
            slots.add(new MenuSlot(row.getLong("id"), menuId, DayOfWeek.valueOf(row.getString("day_of_week")),
                    row.getLong("station_id"), row.getString("station_name"), dish));
        }
        return List.copyOf(slots);
    }

    /** Each dish's allergens by display number, in one query for the whole menu. */
    private Map<Long, List<Allergen>> allergens(SqlClient client, List<Long> dishIds) {
        Map<Long, List<Allergen>> byDish = new LinkedHashMap<>();
        if (dishIds.isEmpty()) {
            return byDish;
        }
        RowSet<Row> rows = client.preparedQuery("""
                        SELECT da.dish_id, a.id, a.name_da, a.name_en, a.description_da, a.description_en,
                               a.display_number
                        FROM dish_allergens da JOIN allergens a ON a.id = da.allergen_id
                        WHERE da.dish_id = ANY($1)
                        ORDER BY a.display_number, a.id""")
                .execute(Tuple.tuple().addArrayOfLong(dishIds.stream().distinct().toArray(Long[]::new))).await();
        for (Row row : rows) {
            byDish.computeIfAbsent(row.getLong("dish_id"), key -> new ArrayList<>())
                    .add(new Allergen(row.getLong("id"), row.getString("name_da"), row.getString("name_en"),
                            row.getString("description_da"), row.getString("description_en"),
                            row.getInteger("display_number")));
        }
        return byDish;
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
