package org.preptable.model.kds;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * An order on a kitchen screen, as the gateway sends it (operations dialect). {@code prepState} is one of
 * {@code queued, preparing, ready, fulfilled, voided}; only the first three are shown on screens.
 */
public record KitchenOrder(
        @JsonProperty("id") String id,
        @JsonProperty("saavor_order_id") String saavorOrderId,
        @JsonProperty("location_id") String locationId,
        @JsonProperty("number") String number,
        @JsonProperty("channel") String channel,
        @JsonProperty("customer_name") String customerName,
        @JsonProperty("placed_at") Instant placedAt,
        @JsonProperty("prep_state") String prepState,
        @JsonProperty("state_changed_at") Instant stateChangedAt,
        @JsonProperty("ready_overdue") boolean readyOverdue,
        @JsonProperty("lines") List<OrderLine> lines,
        @JsonProperty("updated_at") Instant updatedAt) {

    /**
     * One line of an order. {@code stationId} is the numeric kitchen-planning station its item code routes to, or
     * null when the code is not routed (expo shows every line).
     */
    public record OrderLine(
            @JsonProperty("id") String id,
            @JsonProperty("item_code") String itemCode,
            @JsonProperty("name") String name,
            @JsonProperty("quantity") int quantity,
            @JsonProperty("modifiers") List<String> modifiers,
            @JsonProperty("notes") String notes,
            @JsonProperty("station_id") Long stationId,
            @JsonProperty("allergens") List<LineAllergen> allergens) {
    }

    /** An allergen of a line's item, as menus and tickets print it. */
    public record LineAllergen(
            @JsonProperty("id") long id,
            @JsonProperty("display_number") int displayNumber,
            @JsonProperty("name_da") String nameDa,
            @JsonProperty("name_en") String nameEn) {
    }
}
