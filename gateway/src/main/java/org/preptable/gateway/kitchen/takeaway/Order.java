package org.preptable.gateway.kitchen.takeaway;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.kitchen.dishes.Refs.Person;
import org.preptable.model.WireTime;

/** A customer's takeaway order: its lines, each at the price the offer had when it was ordered. */
public record Order(long id, UUID customerId, Person customer, String status, LocalDate date, Instant orderedAt,
             List<Line> lines) {

    static final String RESERVED = "RESERVED";
    static final String PAID = "PAID";
    static final String CANCELLED = "CANCELLED";

    /** One line: an offer, how many portions, and the price of one when ordered. */
    record Line(long id, long offerId, String dishName, int quantity, long unitPriceCents) {

        long totalCents() {
            return unitPriceCents * quantity;
        }

        Map<String, Object> view() {
            Map<String, Object> offer = new LinkedHashMap<>();
            offer.put("id", offerId);
            offer.put("dishName", dishName);
            offer.put("price", Money.amount(unitPriceCents));
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("id", id);
            view.put("offer", offer);
            view.put("quantity", quantity);
            view.put("lineTotal", Money.amount(totalCents()));
            return view;
        }
    }

    long totalCents() {
        return lines.stream().mapToLong(Line::totalCents).sum();
    }

    /** The reference's TakeAwayOrderDTO. */
    Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("totalOrderLines", lines.size());
        view.put("totalQuantity", lines.stream().mapToInt(Line::quantity).sum());
        view.put("customer", customer.view());
        view.put("orderLines", lines.stream().map(Line::view).toList());
        view.put("totalOrderPrice", Money.amount(totalCents()));
        view.put("orderStatus", status);
        view.put("orderedAt", WireTime.kitchen(orderedAt, ZoneId.systemDefault()));
        view.put("createdAt", date.toString());
        return view;
    }

    /** What the audit log keeps of an order. */
    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("customer_id", customerId.toString());
        fields.put("status", status);
        fields.put("order_date", date.toString());
        fields.put("lines", lines.stream().map(line -> Map.of("offer_id", line.offerId(), "quantity",
                line.quantity(), "unit_price_cents", line.unitPriceCents())).toList());
        return fields;
    }
}
