package org.preptable.gateway.kitchen.takeaway;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.kitchen.dishes.Refs.Person;
import org.preptable.model.WireTime;

/**
 * A takeaway offer: a dish for one kitchen day, its portions and price. {@code enabled} is the chef's switch as
 * stored; the wire's {@code enabled} is whether it can be ordered by that switch and the portions left, so a sold-out
 * offer shows {@code enabled: false} as in the reference, and comes back on by itself when a cancellation returns
 * portions only if the chef had not switched it off.
 */
public record Offer(long id, long dishId, String dishNameDa, String dishNameEn, LocalDate date, int offeredPortions,
             int availablePortions, long priceCents, boolean switchedOn, UUID createdById, Person createdBy,
             Instant createdAt, Instant updatedAt) {

    boolean soldOut() {
        return availablePortions == 0;
    }

    int soldPortions() {
        return offeredPortions - availablePortions;
    }

    /** The reference's TakeAwayOfferDTO. */
    Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("enabled", switchedOn && !soldOut());
        view.put("soldOut", soldOut());
        view.put("offeredPortions", offeredPortions);
        view.put("availablePortions", availablePortions);
        view.put("price", Money.amount(priceCents));
        view.put("dish", dishRef());
        view.put("createdBy", createdBy.view());
        view.put("createdAt", date.toString());
        view.put("updatedAt", updatedAt == null ? null : WireTime.kitchen(updatedAt, ZoneId.systemDefault()));
        return view;
    }

    /** The reference's DishReferenceDTO as offers show it. */
    Map<String, Object> dishRef() {
        Map<String, Object> dish = new LinkedHashMap<>();
        dish.put("id", dishId);
        dish.put("dishNameDA", dishNameDa);
        dish.put("dishNameEN", dishNameEn);
        return dish;
    }

    /** What the audit log keeps of an offer. */
    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("dish_id", dishId);
        fields.put("offer_date", date.toString());
        fields.put("offered_portions", offeredPortions);
        fields.put("available_portions", availablePortions);
        fields.put("price_cents", priceCents);
        fields.put("enabled", switchedOn);
        fields.put("created_by", createdById.toString());
        return fields;
    }
}
