package org.preptable.gateway.kitchen.requests;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.preptable.gateway.kitchen.Unit;
import org.preptable.gateway.kitchen.dishes.Refs.Person;
import org.preptable.gateway.kitchen.dishes.Refs.StationRef;
import org.preptable.gateway.kitchen.requests.IngredientRequest.DishRef;
import org.preptable.gateway.kitchen.requests.IngredientRequest.Status;
import org.preptable.gateway.kitchen.requests.IngredientRequest.Type;
import org.preptable.gateway.kitchen.requests.RequestInput.Checked;

/** SQL for {@code ingredient_requests}. Callers pass a pool for reads, a transaction for writes. */
public final class RequestRepository {

    /** A request {@code ir} with its requester, reviewer, dish and station in one row. */
    private static final String SELECT = """
            SELECT ir.id, ir.name, ir.quantity, ir.unit, ir.preferred_supplier, ir.note, ir.status,
                   ir.rejection_reason, ir.request_type, ir.delivery_date, ir.created_by,
                   c.number AS creator_number, c.first_name AS creator_first_name, c.last_name AS creator_last_name,
                   ir.reviewed_by, r.number AS reviewer_number, r.first_name AS reviewer_first_name,
                   r.last_name AS reviewer_last_name, ir.dish_id, d.name_da AS dish_name_da,
                   d.name_en AS dish_name_en, ir.station_id, s.name AS station_name, ir.reviewed_at, ir.created_at,
                   ir.updated_at
            FROM ingredient_requests ir JOIN users c ON c.id = ir.created_by
            LEFT JOIN users r ON r.id = ir.reviewed_by
            LEFT JOIN dishes d ON d.id = ir.dish_id
            LEFT JOIN stations s ON s.id = ir.station_id
            """;

    /** The filters of {@code GET /ingredient-requests}; null means "any". {@code creator}: one person's only. */
    public record Filter(Status status, LocalDate deliveryDate, Type type, Long stationId, UUID creator,
                         Integer limit) {
    }

    /** A dish as a request needs it: active, and whose station it belongs to. */
    public record DishInfo(long id, boolean active, long stationId) {
    }

    public List<IngredientRequest> list(SqlClient client, Filter filter) {
        return all(client.preparedQuery(SELECT + """
                         WHERE ($1::text IS NULL OR ir.status = $1)
                           AND ($2::date IS NULL OR ir.delivery_date = $2)
                           AND ($3::text IS NULL OR ir.request_type = $3)
                           AND ($4::bigint IS NULL OR ir.station_id = $4)
                           AND ($5::uuid IS NULL OR ir.created_by = $5)
                         ORDER BY ir.created_at DESC, ir.id DESC LIMIT $6""")
                .execute(Tuple.from(new Object[] {
                        filter.status() == null ? null : filter.status().name(), filter.deliveryDate(),
                        filter.type() == null ? null : filter.type().name(), filter.stationId(), filter.creator(),
                        filter.limit()}))
                .await());
    }

    public Optional<IngredientRequest> find(SqlClient client, long id) {
        return one(client.preparedQuery(SELECT + " WHERE ir.id = $1").execute(Tuple.of(id)).await());
    }

    /** Locks the row until the transaction ends: two chefs deciding at once are served one after the other. */
    public Optional<IngredientRequest> lock(SqlClient transaction, long id) {
        return one(transaction.preparedQuery(SELECT + " WHERE ir.id = $1 FOR UPDATE OF ir")
                .execute(Tuple.of(id)).await());
    }

    /** The dish, share-locked so it cannot be deactivated or deleted while the request is written. */
    public Optional<DishInfo> dish(SqlClient transaction, long dishId) {
        RowSet<Row> rows = transaction.preparedQuery("SELECT id, active, station_id FROM dishes WHERE id = $1"
                + " FOR SHARE").execute(Tuple.of(dishId)).await();
        if (rows.rowCount() == 0) {
            return Optional.empty();
        }
        Row row = rows.iterator().next();
        return Optional.of(new DishInfo(row.getLong("id"), row.getBoolean("active"), row.getLong("station_id")));
    }

    /** The station a user works at, if any. */
    public Optional<Long> stationOf(SqlClient client, UUID userId) {
        RowSet<Row> rows = client.preparedQuery("SELECT station_id FROM users WHERE id = $1")
                .execute(Tuple.of(userId)).await();
        return rows.rowCount() == 0 ? Optional.empty() : Optional.ofNullable(rows.iterator().next().getLong(0));
    }

    /** Active head and sous chefs: who hears of a new request. */
    public List<UUID> reviewers(SqlClient client) {
        RowSet<Row> rows = client.preparedQuery("SELECT id FROM users WHERE role IN ('admin', 'manager')"
                + " AND status = 'active' ORDER BY number").execute().await();
        return StreamSupport.stream(rows.spliterator(), false).map(row -> row.getUUID("id")).toList();
    }

    /** Inserts a PENDING request; returns its id. */
    public long insert(SqlClient transaction, Checked input, Long stationId, UUID createdBy) {
        return transaction.preparedQuery("""
                        INSERT INTO ingredient_requests (name, quantity, unit, preferred_supplier, note, request_type,
                                                         delivery_date, dish_id, station_id, created_by)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id""")
                .execute(Tuple.from(new Object[] {input.name(), input.quantity(), input.unit().name(),
                        input.preferredSupplier(), input.note(), input.requestType().name(), input.deliveryDate(),
                        input.dishId(), stationId, createdBy}))
                .await().iterator().next().getLong("id");
    }

    /** Replaces everything a requester chose ({@code PUT}: a full replacement, the type included). */
    public void update(SqlClient transaction, long id, Checked input, Long stationId) {
        transaction.preparedQuery("""
                        UPDATE ingredient_requests SET name = $2, quantity = $3, unit = $4, preferred_supplier = $5,
                               note = $6, request_type = $7, delivery_date = $8, dish_id = $9, station_id = $10,
                               updated_at = now()
                        WHERE id = $1""")
                .execute(Tuple.from(new Object[] {id, input.name(), input.quantity(), input.unit().name(),
                        input.preferredSupplier(), input.note(), input.requestType().name(), input.deliveryDate(),
                        input.dishId(), stationId}))
                .await();
    }

    /** Records a decision at {@code at} (the kitchen's clock), with the quantity, unit and note as approved. */
    public void decide(SqlClient transaction, IngredientRequest request, Status status, UUID reviewer,
                       String reason, Instant at) {
        transaction.preparedQuery("""
                        UPDATE ingredient_requests SET status = $2, reviewed_by = $3, reviewed_at = $8,
                               rejection_reason = $4, quantity = $5, unit = $6, note = $7, updated_at = now()
                        WHERE id = $1""")
                .execute(Tuple.from(new Object[] {request.id(), status.name(), reviewer, reason, request.quantity(),
                        request.unit().name(), request.note(), at.atOffset(ZoneOffset.UTC)}))
                .await();
    }

    public void delete(SqlClient transaction, long id) {
        transaction.preparedQuery("DELETE FROM ingredient_requests WHERE id = $1").execute(Tuple.of(id)).await();
    }

    private static Optional<IngredientRequest> one(RowSet<Row> rows) {
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(map(rows.iterator().next()));
    }

    private static List<IngredientRequest> all(RowSet<Row> rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(RequestRepository::map).toList();
    }

    private static IngredientRequest map(Row row) {
        UUID reviewer = row.getUUID("reviewed_by");
        Long dishId = row.getLong("dish_id");
        Long stationId = row.getLong("station_id");
        OffsetDateTime reviewedAt = row.getOffsetDateTime("reviewed_at");
        OffsetDateTime updatedAt = row.getOffsetDateTime("updated_at");
        return new IngredientRequest(row.getLong("id"), row.getString("name"), row.getBigDecimal("quantity"),
                Unit.valueOf(row.getString("unit")), row.getString("preferred_supplier"), row.getString("note"),
                Status.valueOf(row.getString("status")), row.getString("rejection_reason"),
                Type.valueOf(row.getString("request_type")), row.getLocalDate("delivery_date"),
                row.getUUID("created_by"), new Person(row.getLong("creator_number"),
                        row.getString("creator_first_name"), row.getString("creator_last_name")),
                reviewer, reviewer == null ? null : new Person(row.getLong("reviewer_number"),
                        row.getString("reviewer_first_name"), row.getString("reviewer_last_name")),
                dishId == null ? null : new DishRef(dishId, row.getString("dish_name_da"),
                        row.getString("dish_name_en")),
                stationId == null ? null : new StationRef(stationId, row.getString("station_name")),
                reviewedAt == null ? null : reviewedAt.toInstant(), row.getOffsetDateTime("created_at").toInstant(),
                updatedAt == null ? null : updatedAt.toInstant());
    }
}
