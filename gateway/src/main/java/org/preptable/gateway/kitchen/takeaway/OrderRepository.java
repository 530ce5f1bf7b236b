package org.preptable.gateway.kitchen.takeaway;

import static org.preptable.gateway.kitchen.takeaway.OfferRepository.at;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.preptable.gateway.kitchen.dishes.Refs.Person;

/** SQL for {@code takeaway_orders} and their lines, and the day's summary. */
final class OrderRepository {

    /** An order {@code o} with its customer and its lines (by line id) in one row. */
    private static final String SELECT = """
            SELECT o.id, o.customer_id, u.number AS customer_number, u.first_name, u.last_name, o.status,
                   o.order_date, o.ordered_at,
                   coalesce((SELECT json_agg(json_build_object('id', l.id, 'offerId', l.offer_id,
                                                               'dishName', d.name_da, 'quantity', l.quantity,
                                                               'unitPriceCents', l.unit_price_cents) ORDER BY l.id)
                             FROM takeaway_order_lines l JOIN takeaway_offers f ON f.id = l.offer_id
                                  JOIN dishes d ON d.id = f.dish_id
                             WHERE l.order_id = o.id), '[]'::json) AS lines
            FROM takeaway_orders o JOIN users u ON u.id = o.customer_id
            """;

    /** One offer's line of the summary: sold portions and revenue count orders that are not cancelled. */
    record OfferSales(Offer offer, long soldPortions, long revenueCents) {
    }

    long insert(SqlClient transaction, UUID customer, LocalDate date, Instant orderedAt) {
        return transaction.preparedQuery("INSERT INTO takeaway_orders (customer_id, order_date, ordered_at)"
                        + " VALUES ($1, $2, $3) RETURNING id")
                .execute(Tuple.of(customer, date, at(orderedAt))).await().iterator().next().getLong("id");
    }

    void insertLine(SqlClient transaction, long orderId, long offerId, int quantity, long unitPriceCents) {
        transaction.preparedQuery("INSERT INTO takeaway_order_lines (order_id, offer_id, quantity, unit_price_cents)"
                        + " VALUES ($1, $2, $3, $4)")
                .execute(Tuple.of(orderId, offerId, quantity, unitPriceCents)).await();
    }

    Optional<Order> find(SqlClient client, long id) {
        return one(client.preparedQuery(SELECT + " WHERE o.id = $1").execute(Tuple.of(id)).await());
    }

    /** Locks the order until the transaction ends, so two cancellations (or a cancel and a payment) queue. */
    Optional<Order> lock(SqlClient transaction, long id) {
        return one(transaction.preparedQuery(SELECT + " WHERE o.id = $1 FOR UPDATE OF o")
                .execute(Tuple.of(id)).await());
    }

    /**
     * Orders, newest first, filtered by the customer's number, an offer on one of the lines, the order's day and
     * status; {@code onlyOf} (a user's UUID) restricts them to one customer's whatever the filters say.
     */
    List<Order> list(SqlClient client, UUID onlyOf, Long customerNumber, Long offerId, LocalDate date,
                     String status) {
        return all(client.preparedQuery(SELECT + """
                         WHERE ($1::uuid IS NULL OR o.customer_id = $1)
                           AND ($2::bigint IS NULL OR u.number = $2)
                           AND ($3::bigint IS NULL OR EXISTS (SELECT 1 FROM takeaway_order_lines l
                                                               WHERE l.order_id = o.id AND l.offer_id = $3))
                           AND ($4::date IS NULL OR o.order_date = $4)
                           AND ($5::text IS NULL OR o.status = $5)
                         ORDER BY o.ordered_at DESC, o.id DESC""")
                .execute(Tuple.of(onlyOf, customerNumber, offerId, date, status)).await());
    }

    void setStatus(SqlClient transaction, long id, String status, Instant now) {
        String stamp = Order.PAID.equals(status) ? "paid_at" : "cancelled_at";
        transaction.preparedQuery("UPDATE takeaway_orders SET status = $2, " + stamp + " = $3 WHERE id = $1")
                .execute(Tuple.of(id, status, at(now))).await();
    }

    /** Per offer of the day (by id): portions sold and revenue from lines of orders that are not cancelled. */
    List<OfferSales> sales(SqlClient client, LocalDate date, List<Offer> offersOfTheDay) {
        RowSet<Row> rows = client.preparedQuery("""
                        SELECT l.offer_id, sum(l.quantity) AS sold, sum(l.quantity * l.unit_price_cents) AS revenue
                        FROM takeaway_order_lines l JOIN takeaway_orders o ON o.id = l.order_id
                             JOIN takeaway_offers f ON f.id = l.offer_id
                        WHERE f.offer_date = $1 AND o.status <> 'CANCELLED' GROUP BY l.offer_id""")
                .execute(Tuple.of(date)).await();
        java.util.Map<Long, Row> byOffer = new java.util.HashMap<>();
        rows.forEach(row -> byOffer.put(row.getLong("offer_id"), row));
        List<OfferSales> sales = new ArrayList<>();
        for (Offer offer : offersOfTheDay) {
            Row row = byOffer.get(offer.id());
            sales.add(new OfferSales(offer, row == null ? 0 : row.getLong("sold"),
                    row == null ? 0 : row.getLong("revenue")));
        }
        return sales;
    }

    /** Orders of the day that are not cancelled. */
    long countOrders(SqlClient client, LocalDate date) {
        return client.preparedQuery("SELECT count(*) AS n FROM takeaway_orders WHERE order_date = $1"
                        + " AND status <> 'CANCELLED'")
                .execute(Tuple.of(date)).await().iterator().next().getLong("n");
    }

    private static Optional<Order> one(RowSet<Row> rows) {
        return rows.rowCount() == 0 ? Optional.empty() : Optional.of(map(rows.iterator().next()));
    }

    private static List<Order> all(RowSet<Row> rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(OrderRepository::map).toList();
    }

    private static Order map(Row row) {
        List<Order.Line> lines = new ArrayList<>();
        for (Object raw : (JsonArray) row.getJson("lines")) {
            JsonObject line = (JsonObject) raw;
            lines.add(new Order.Line(line.getLong("id"), line.getLong("offerId"), line.getString("dishName"),
                    line.getInteger("quantity"), line.getLong("unitPriceCents")));
        }
        return new Order(row.getLong("id"), row.getUUID("customer_id"), new Person(row.getLong("customer_number"),
                row.getString("first_name"), row.getString("last_name")), row.getString("status"),
                row.getLocalDate("order_date"), row.getOffsetDateTime("ordered_at").toInstant(), lines);
    }
}
