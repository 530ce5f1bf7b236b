package org.preptable.gateway.kitchen.suggestions;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.preptable.gateway.kitchen.KitchenCalendar.Week;
import org.preptable.gateway.kitchen.allergens.Allergen;
import org.preptable.gateway.kitchen.dishes.Refs.Person;
import org.preptable.gateway.kitchen.dishes.Refs.StationRef;
import org.preptable.gateway.kitchen.suggestions.Suggestion.Status;

/** SQL for {@code dish_suggestions} and their allergens. Callers pass a pool for reads, a transaction for writes. */
public final class SuggestionRepository {

    /** A suggestion {@code ds} with station name, creator, reviewer and allergens (by display number) in one row. */
    private static final String SELECT = """
            SELECT ds.id, ds.name_da, ds.description_da, ds.status, ds.feedback, ds.station_id,
                   s.name AS station_name, ds.created_by, c.number AS creator_number,
                   c.first_name AS creator_first_name, c.last_name AS creator_last_name, ds.reviewed_by,
                   r.number AS reviewer_number, r.first_name AS reviewer_first_name,
                   r.last_name AS reviewer_last_name, ds.reviewed_at, ds.target_week, ds.target_year, ds.dish_id,
                   ds.created_at, ds.updated_at,
                   coalesce((SELECT json_agg(json_build_object('id', a.id, 'nameDA', a.name_da, 'nameEN', a.name_en,
                                                               'descriptionDA', a.description_da,
                                                               'descriptionEN', a.description_en,
                                                               'displayNumber', a.display_number)
                                             ORDER BY a.display_number, a.id)
                             FROM dish_suggestion_allergens sa JOIN allergens a ON a.id = sa.allergen_id
                             WHERE sa.suggestion_id = ds.id), '[]'::json) AS allergens
            FROM dish_suggestions ds JOIN stations s ON s.id = ds.station_id JOIN users c ON c.id = ds.created_by
            LEFT JOIN users r ON r.id = ds.reviewed_by
            """;

    /** How a list is sorted ({@code orderBy}); the default is the latest target week first. */
    public enum Order {
        TARGET("ds.target_year DESC, ds.target_week DESC, ds.created_at DESC, ds.id DESC"),
        STATUS("ds.status, ds.target_year DESC, ds.target_week DESC, ds.id"),
        STATION("ds.station_id, ds.target_year DESC, ds.target_week DESC, ds.id"),
        CREATED_AT("ds.created_at DESC, ds.id DESC");

        private final String sql;

        Order(String sql) {
            this.sql = sql;
        }
    }

    /** The filters of {@code GET /dish-suggestions}; null means "any". {@code creator} limits it to one person's. */
    public record Filter(Status status, Week week, Long stationId, UUID creator, Order order, Integer limit) {
    }

    public List<Suggestion> list(SqlClient client, Filter filter) {
        return all(client.preparedQuery(SELECT + """
                         WHERE ($1::text IS NULL OR ds.status = $1)
                           AND ($2::int IS NULL OR ds.target_week = $2 AND ds.target_year = $3)
                           AND ($4::bigint IS NULL OR ds.station_id = $4)
                           AND ($5::uuid IS NULL OR ds.created_by = $5)
                         ORDER BY\s""" + filter.order().sql + " LIMIT $6")
                .execute(Tuple.from(new Object[] {
                        filter.status() == null ? null : filter.status().name(),
                        filter.week() == null ? null : filter.week().week(),
                        filter.week() == null ? null : filter.week().year(),
                        filter.stationId(), filter.creator(), filter.limit()}))
                .await());
    }

    public Optional<Suggestion> find(SqlClient client, long id) {
        return one(client.preparedQuery(SELECT + " WHERE ds.id = $1").execute(Tuple.of(id)).await());
    }

    /** Locks the row until the transaction ends: two chefs deciding at once are served one after the other. */
    public Optional<Suggestion> lock(SqlClient transaction, long id) {
        return one(transaction.preparedQuery(SELECT + " WHERE ds.id = $1 FOR UPDATE OF ds")
                .execute(Tuple.of(id)).await());
    }

    public boolean stationExists(SqlClient client, long stationId) {
        return client.preparedQuery("SELECT 1 FROM stations WHERE id = $1").execute(Tuple.of(stationId)).await()
                .rowCount() > 0;
    }

    public boolean allergenExists(SqlClient client, long allergenId) {
        return client.preparedQuery("SELECT 1 FROM allergens WHERE id = $1").execute(Tuple.of(allergenId)).await()
                .rowCount() > 0;
    }

    /** Inserts a PENDING suggestion and its allergens; returns its id. */
    public long insert(SqlClient transaction, String nameDa, String descriptionDa, long stationId, Week target,
                       UUID createdBy, List<Long> allergenIds) {
        long id = transaction.preparedQuery("""
                        INSERT INTO dish_suggestions (name_da, description_da, station_id, target_week, target_year,
                                                      created_by)
                        VALUES ($1, $2, $3, $4, $5, $6) RETURNING id""")
                .execute(Tuple.of(nameDa, descriptionDa, stationId, target.week(), target.year(), createdBy))
                .await().iterator().next().getLong("id");
        replaceAllergens(transaction, id, allergenIds);
        return id;
    }

    public void update(SqlClient transaction, long id, String nameDa, String descriptionDa, List<Long> allergenIds) {
        transaction.preparedQuery("UPDATE dish_suggestions SET name_da = $2, description_da = $3, updated_at = now()"
                        + " WHERE id = $1")
                .execute(Tuple.of(id, nameDa, descriptionDa)).await();
        replaceAllergens(transaction, id, allergenIds);
    }

    /** Removes one allergen; whether it was there. */
    public boolean removeAllergen(SqlClient transaction, long id, long allergenId) {
        boolean removed = transaction.preparedQuery("DELETE FROM dish_suggestion_allergens"
                        + " WHERE suggestion_id = $1 AND allergen_id = $2")
                .execute(Tuple.of(id, allergenId)).await().rowCount() > 0;
        if (removed) {
            transaction.preparedQuery("UPDATE dish_suggestions SET updated_at = now() WHERE id = $1")
                    .execute(Tuple.of(id)).await();
        }
        return removed;
    }

    /** Records a decision: the status, who made it and when, the feedback or the dish it put in the bank. */
    public void decide(SqlClient transaction, long id, Status status, UUID reviewer, String feedback, Long dishId) {
        transaction.preparedQuery("UPDATE dish_suggestions SET status = $2, reviewed_by = $3, reviewed_at = now(),"
                        + " feedback = $4, dish_id = $5, updated_at = now() WHERE id = $1")
                .execute(Tuple.of(id, status.name(), reviewer, feedback, dishId)).await();
    }

    /** Deletes the suggestion and, by cascade, its allergen rows; a dish its approval made stays in the bank. */
    public void delete(SqlClient transaction, long id) {
        transaction.preparedQuery("DELETE FROM dish_suggestions WHERE id = $1").execute(Tuple.of(id)).await();
    }

    private static void replaceAllergens(SqlClient transaction, long id, List<Long> allergenIds) {
        transaction.preparedQuery("DELETE FROM dish_suggestion_allergens WHERE suggestion_id = $1")
                .execute(Tuple.of(id)).await();
        if (!allergenIds.isEmpty()) {
            transaction.preparedQuery("INSERT INTO dish_suggestion_allergens (suggestion_id, allergen_id)"
                            + " SELECT $1, a FROM unnest($2::bigint[]) AS ids(a) ON CONFLICT DO NOTHING")
                    .execute(Tuple.tuple().addLong(id).addArrayOfLong(allergenIds.toArray(Long[]::new))).await();
        }
    }

    private static Optional<Suggestion> one(RowSet<Row> rows) {
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(map(rows.iterator().next()));
    }

    private static List<Suggestion> all(RowSet<Row> rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(SuggestionRepository::map).toList();
    }

    private static Suggestion map(Row row) {
        UUID reviewer = row.getUUID("reviewed_by");
        OffsetDateTime reviewedAt = row.getOffsetDateTime("reviewed_at");
        OffsetDateTime updatedAt = row.getOffsetDateTime("updated_at");
        return new Suggestion(row.getLong("id"), row.getString("name_da"), row.getString("description_da"),
                Status.valueOf(row.getString("status")), row.getString("feedback"),
                new StationRef(row.getLong("station_id"), row.getString("station_name")), row.getUUID("created_by"),
                new Person(row.getLong("creator_number"), row.getString("creator_first_name"),
                        row.getString("creator_last_name")),
                reviewer,
                reviewer == null ? null : new Person(row.getLong("reviewer_number"),
                        row.getString("reviewer_first_name"), row.getString("reviewer_last_name")),
                reviewedAt == null ? null : reviewedAt.toInstant(), allergens(row.getJsonArray("allergens")),
                row.getInteger("target_week"), row.getInteger("target_year"), row.getLong("dish_id"),
                row.getOffsetDateTime("created_at").toInstant(), updatedAt == null ? null : updatedAt.toInstant());
    }

    private static List<Allergen> allergens(JsonArray rows) {
        List<Allergen> allergens = new ArrayList<>();
        for (Object row : rows) {
            JsonObject a = (JsonObject) row;
            allergens.add(new Allergen(a.getLong("id"), a.getString("nameDA"), a.getString("nameEN"),
                    a.getString("descriptionDA"), a.getString("descriptionEN"), a.getInteger("displayNumber")));
        }
        return allergens;
    }
}
