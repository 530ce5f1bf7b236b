package org.preptable.gateway.kitchen.takeaway;

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
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.preptable.gateway.kitchen.dishes.Refs.Person;

/** SQL for {@code takeaway_offers}. Callers pass a pool for reads, a transaction for writes. */
final class OfferRepository {

    /** An offer {@code f} with its dish's names and its creator in one row. */
    private static final String SELECT = """
            SELECT f.id, f.dish_id, d.name_da, d.name_en, f.offer_date, f.offered_portions, f.available_portions,
                   f.price_cents, f.enabled, f.created_by, u.number AS creator_number,
                   u.first_name AS creator_first_name, u.last_name AS creator_last_name, f.created_at, f.updated_at
            FROM takeaway_offers f JOIN dishes d ON d.id = f.dish_id JOIN users u ON u.id = f.created_by
            """;

    /** A dish as an offer needs it: whether it exists and is active. */
    record DishState(boolean active) {
    }

    /**
     * Offers, newest day first, filtered by day, sold-out state, orderable state (the wire's {@code enabled}) and
     * dish; a null filter is absent.
     */
    List<Offer> list(SqlClient client, LocalDate date, Boolean soldOut, Boolean enabled, Long dishId) {
        return all(client.preparedQuery(SELECT + """
                         WHERE ($1::date IS NULL OR f.offer_date = $1)
                           AND ($2::boolean IS NULL OR (f.available_portions = 0) = $2)
                           AND ($3::boolean IS NULL OR (f.enabled AND f.available_portions > 0) = $3)
                           AND ($4::bigint IS NULL OR f.dish_id = $4)
                         ORDER BY f.offer_date DESC, f.created_at DESC, f.id DESC""")
                .execute(Tuple.of(date, soldOut, enabled, dishId)).await());
    }

    Optional<Offer> find(SqlClient client, long id) {
        return one(client.preparedQuery(SELECT + " WHERE f.id = $1").execute(Tuple.of(id)).await());
    }

    /** Locks the offer until the transaction ends: a change, an order or a cancellation of it waits for this one. */
    Optional<Offer> lock(SqlClient transaction, long id) {
        return one(transaction.preparedQuery(SELECT + " WHERE f.id = $1 FOR UPDATE OF f")
                .execute(Tuple.of(id)).await());
    }

    /** The dish, share-locked so it cannot be deleted or deactivated under a new offer; empty when unknown. */
    Optional<DishState> dish(SqlClient transaction, long dishId) {
        RowSet<Row> rows = transaction.preparedQuery("SELECT active FROM dishes WHERE id = $1 FOR SHARE")
                .execute(Tuple.of(dishId)).await();
        return rows.rowCount() == 0 ? Optional.empty()
                : Optional.of(new DishState(rows.iterator().next().getBoolean("active")));
    }

    /** Whether another offer has this dish on this day. */
    boolean dishOfferedOn(SqlClient client, long dishId, LocalDate date, long exceptOfferId) {
        return client.preparedQuery("SELECT 1 FROM takeaway_offers WHERE dish_id = $1 AND offer_date = $2"
                        + " AND id <> $3")
                .execute(Tuple.of(dishId, date, exceptOfferId)).await().rowCount() > 0;
    }

    /** A new offer, all portions available; empty if the dish already has one that day (a concurrent create). */
    OptionalLong insert(SqlClient transaction, long dishId, LocalDate date, int portions, long priceCents,
                        UUID createdBy, Instant now) {
        RowSet<Row> rows = transaction.preparedQuery("""
                        INSERT INTO takeaway_offers (dish_id, offer_date, offered_portions, available_portions,
                                                     price_cents, created_by, created_at)
                        VALUES ($1, $2, $3, $3, $4, $5, $6)
                        ON CONFLICT (dish_id, offer_date) DO NOTHING RETURNING id""")
                .execute(Tuple.from(new Object[] {dishId, date, portions, priceCents, createdBy, at(now)})).await();
        return rows.rowCount() == 0 ? OptionalLong.empty() : OptionalLong.of(rows.iterator().next().getLong("id"));
    }

    void update(SqlClient transaction, long id, long dishId, int offered, int available, long priceCents,
                Instant now) {
        transaction.preparedQuery("""
                        UPDATE takeaway_offers SET dish_id = $2, offered_portions = $3, available_portions = $4,
                               price_cents = $5, updated_at = $6 WHERE id = $1""")
                .execute(Tuple.from(new Object[] {id, dishId, offered, available, priceCents, at(now)})).await();
    }

    void setEnabled(SqlClient transaction, long id, boolean enabled, Instant now) {
        transaction.preparedQuery("UPDATE takeaway_offers SET enabled = $2, updated_at = $3 WHERE id = $1")
                .execute(Tuple.of(id, enabled, at(now))).await();
    }

    void delete(SqlClient transaction, long id) {
        transaction.preparedQuery("DELETE FROM takeaway_offers WHERE id = $1").execute(Tuple.of(id)).await();
    }

    /** Whether any order line, of any order (cancelled ones too), names the offer. */
    boolean hasOrderLines(SqlClient client, long id) {
        return client.preparedQuery("SELECT 1 FROM takeaway_order_lines WHERE offer_id = $1 LIMIT 1")
                .execute(Tuple.of(id)).await().rowCount() > 0;
    }

    /**
     * Takes {@code quantity} portions of a switched-on offer of {@code today}, in one statement: the row lock it
     * takes makes concurrent orders of the same offer queue, and each re-checks {@code available_portions >= n} on
     * the row as the one before it left it, so no two orders can both take the last portions. Answers the unit
     * price, or empty when the offer cannot give them (the caller finds out why).
     */
    OptionalLong take(SqlClient transaction, long offerId, int quantity, LocalDate today, Instant now) {
        RowSet<Row> rows = transaction.preparedQuery("""
                        UPDATE takeaway_offers SET available_portions = available_portions - $2, updated_at = $4
                        WHERE id = $1 AND enabled AND offer_date = $3 AND available_portions >= $2
                        RETURNING price_cents""")
                .execute(Tuple.of(offerId, quantity, today, at(now))).await();
        return rows.rowCount() == 0 ? OptionalLong.empty()
                : OptionalLong.of(rows.iterator().next().getLong("price_cents"));
    }

    /** Returns portions of a cancelled order to its offer. */
    void giveBack(SqlClient transaction, long offerId, int quantity, Instant now) {
        transaction.preparedQuery("""
                        UPDATE takeaway_offers SET available_portions = available_portions + $2, updated_at = $3
                        WHERE id = $1""")
                .execute(Tuple.of(offerId, quantity, at(now))).await();
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Optional<Offer> one(RowSet<Row> rows) {
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(map(rows.iterator().next()));
    }

    private static List<Offer> all(RowSet<Row> rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(OfferRepository::map).toList();
    }

    private static Offer map(Row row) {
        OffsetDateTime updatedAt = row.getOffsetDateTime("updated_at");
        return new Offer(row.getLong("id"), row.getLong("dish_id"), row.getString("name_da"),
                row.getString("name_en"), row.getLocalDate("offer_date"), row.getInteger("offered_portions"),
                row.getInteger("available_portions"), row.getLong("price_cents"), row.getBoolean("enabled"),
                row.getUUID("created_by"), new Person(row.getLong("creator_number"),
                        row.getString("creator_first_name"), row.getString("creator_last_name")),
                row.getOffsetDateTime("created_at").toInstant(), updatedAt == null ? null : updatedAt.toInstant());
    }
}
