package org.preptable.gateway.kitchen.inspirations;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.preptable.gateway.kitchen.KitchenCalendar.Week;

/** What a prompt is made of: the station and the dishes it served lately. */
final class InspirationRepository {

    /** A station as the prompt describes it. */
    record StationInfo(long id, String name, String description) {
    }

    Optional<StationInfo> station(SqlClient client, long id) {
        RowSet<Row> rows = client.preparedQuery("SELECT id, name, description FROM stations WHERE id = $1")
                .execute(Tuple.of(id)).await();
        if (rows.rowCount() == 0) {
            return Optional.empty();
        }
        Row row = rows.iterator().next();
        return Optional.of(new StationInfo(row.getLong("id"), row.getString("name"), row.getString("description")));
    }

    /** The caller's own station, if they have one. */
    Optional<Long> stationOf(SqlClient client, UUID user) {
        RowSet<Row> rows = client.preparedQuery("SELECT station_id FROM users WHERE id = $1")
                .execute(Tuple.of(user)).await();
        return rows.rowCount() == 0 ? Optional.empty() : Optional.ofNullable(rows.iterator().next().getLong(0));
    }

    /** Up to {@code limit} distinct dishes the station served in the published menus of these weeks. */
    List<InspiredDish> servedIn(SqlClient client, long stationId, List<Week> weeks, int limit) {
        Integer[] keys = weeks.stream().map(week -> week.year() * 100 + week.week()).toArray(Integer[]::new);
        RowSet<Row> rows = client.preparedQuery("""
                        SELECT DISTINCT d.name_da, d.description_da
                        FROM weekly_menu_slots s JOIN weekly_menus m ON m.id = s.menu_id JOIN dishes d ON d.id = s.dish_id
                        WHERE s.station_id = $1 AND m.status = 'PUBLISHED'
                          AND m.year * 100 + m.week_number = ANY($2::int[])
                        ORDER BY d.name_da LIMIT $3""")
                .execute(Tuple.of(stationId, keys, limit)).await();
        List<InspiredDish> dishes = new ArrayList<>();
        rows.forEach(row -> dishes.add(new InspiredDish(row.getString("name_da"), row.getString("description_da"))));
        return dishes;
    }
}
