package org.preptable.gateway.kitchen.requests;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.preptable.gateway.kitchen.Quantity;
import org.preptable.gateway.kitchen.Unit;
import org.preptable.gateway.kitchen.dishes.Refs.Person;
import org.preptable.gateway.kitchen.dishes.Refs.StationRef;
import org.preptable.model.WireTime;

/**
 * A cook's request for an ingredient to be delivered on a date: general stock, or for a dish. {@code createdById}
 * is the requester's UUID (ownership, audit, notifications); {@code reviewedBy} and {@code reviewedAt} are set when
 * a head or sous chef approves or rejects it. {@code station} is the station the ingredient is for (the dish's, or
 * for general stock the requester's).
 */
public record IngredientRequest(long id, String name, BigDecimal quantity, Unit unit, String preferredSupplier,
                                String note, Status status, String rejectionReason, Type requestType,
                                LocalDate deliveryDate, UUID createdById, Person requestedBy, UUID reviewedById,
                                Person reviewedBy, DishRef dish, StationRef station, Instant reviewedAt,
                                Instant createdAt, Instant updatedAt) {

    /** The reference's Status, less INACTIVE, which nothing ever set. */
    public enum Status { PENDING, APPROVED, REJECTED }

    /** The reference's RequestType. */
    public enum Type { DISH_SPECIFIC, GENERAL_STOCK }

    /** The reference's DishReferenceDTO. */
    public record DishRef(long id, String nameDa, String nameEn) {

        Map<String, Object> view() {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("id", id);
            view.put("dishNameDA", nameDa);
            view.put("dishNameEN", nameEn);
            return view;
        }
    }

    /** The reference's IngredientRequestDTO plus {@code rejectionReason}. */
    public Map<String, Object> view() {
        ZoneId zone = ZoneId.systemDefault();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("name", name);
        view.put("quantity", Quantity.shown(quantity));
        view.put("unit", unit.name());
        view.put("preferredSupplier", preferredSupplier);
        view.put("note", note);
        view.put("status", status.name());
        view.put("rejectionReason", rejectionReason);
        view.put("requestType", requestType.name());
        view.put("deliveryDate", deliveryDate.toString());
        view.put("requestedBy", requestedBy.view());
        view.put("reviewedBy", reviewedBy == null ? null : reviewedBy.view());
        view.put("dish", dish == null ? null : dish.view());
        view.put("station", station == null ? null : station.view());
        view.put("reviewedAt", reviewedAt == null ? null : WireTime.kitchen(reviewedAt, zone));
        view.put("createdAt", WireTime.kitchen(createdAt, zone));
        view.put("updatedAt", updatedAt == null ? null : WireTime.kitchen(updatedAt, zone));
        return view;
    }

    /** What the audit log keeps of a request. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("name", name);
        fields.put("quantity", quantity.toPlainString());
        fields.put("unit", unit.name());
        fields.put("preferred_supplier", preferredSupplier);
        fields.put("note", note);
        fields.put("status", status.name());
        fields.put("rejection_reason", rejectionReason);
        fields.put("request_type", requestType.name());
        fields.put("delivery_date", deliveryDate.toString());
        fields.put("dish_id", dish == null ? null : dish.id());
        fields.put("station_id", station == null ? null : station.id());
        fields.put("created_by", createdById.toString());
        fields.put("reviewed_by", reviewedById == null ? null : reviewedById.toString());
        return fields;
    }
}
