package org.preptable.model.kds;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An order on a kitchen screen, as the gateway sends it (operations dialect). {@code prepState} is one of
 * {@code queued, preparing, ready, fulfilled, voided}; only the first three are shown on screens. It is derived from
 * {@code stations}, each station's own state (ready when every station with lines in it is ready), unless expo moved
 * the whole order. {@code handedOffAt} is set when expo cleared the order (handed it to Saavor): kitchen screens stop
 * showing it, order-ready boards keep its number until Saavor fulfils it.
 *
 * <p>Fields after {@code updatedAt} came with the kitchen display's second part; clients that do not know them
 * ignore them, and the shorter constructor fills them with their defaults.
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
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("priority") String priority,
        @JsonProperty("handed_off_at") Instant handedOffAt,
        @JsonProperty("stations") List<StationState> stations,
        @JsonProperty("changed_at") Instant changedAt,
        @JsonProperty("removed_lines") List<RemovedLine> removedLines) {

    public static final String RUSH = "rush";
    public static final String NORMAL = "normal";

    public KitchenOrder {
        priority = priority == null || priority.isBlank() ? NORMAL : priority;
        lines = lines == null ? List.of() : lines;
        stations = stations == null ? List.of() : stations;
        removedLines = removedLines == null ? List.of() : removedLines;
    }

    /** An order as the first part of the kitchen display knew it: normal priority, no station states, no changes. */
    public KitchenOrder(String id, String saavorOrderId, String locationId, String number, String channel,
                        String customerName, Instant placedAt, String prepState, Instant stateChangedAt,
                        boolean readyOverdue, List<OrderLine> lines, Instant updatedAt) {
        this(id, saavorOrderId, locationId, number, channel, customerName, placedAt, prepState, stateChangedAt,
                readyOverdue, lines, updatedAt, NORMAL, null, List.of(), null, List.of());
    }

    @JsonIgnore
    public boolean isRush() {
        return RUSH.equals(priority);
    }

    /** Expo cleared it: off the kitchen screens, still on the order-ready board until Saavor fulfils it. */
    @JsonIgnore
    public boolean isCleared() {
        return handedOffAt != null;
    }

    /** The state of one station's part of the order, if the order has lines for that station. */
    public Optional<StationState> station(long stationId) {
        return stations.stream().filter(state -> state.stationId() == stationId).findFirst();
    }

    /** The same order with other lines (a station's view shows only its own). */
    public KitchenOrder withLines(List<OrderLine> otherLines) {
        return new KitchenOrder(id, saavorOrderId, locationId, number, channel, customerName, placedAt, prepState,
                stateChangedAt, readyOverdue, otherLines, updatedAt, priority, handedOffAt, stations, changedAt,
                removedLines);
    }

    /**
     * One line of an order. {@code stationId} is the numeric kitchen-planning station its item code routes to, or
     * null when the code is not routed (expo shows every line). {@code allergens} were resolved from the meal carrying
     * the line's item code when the order arrived, and stay as they were. {@code change} says what Saavor's last
     * update did to the line: {@code added}, {@code modified}, or null.
     */
    public record OrderLine(
            @JsonProperty("id") String id,
            @JsonProperty("item_code") String itemCode,
            @JsonProperty("name") String name,
            @JsonProperty("quantity") int quantity,
            @JsonProperty("modifiers") List<String> modifiers,
            @JsonProperty("notes") String notes,
            @JsonProperty("station_id") Long stationId,
            @JsonProperty("allergens") List<LineAllergen> allergens,
            @JsonProperty("change") String change) {

        public OrderLine {
            modifiers = modifiers == null ? List.of() : modifiers;
            allergens = allergens == null ? List.of() : allergens;
        }

        public OrderLine(String id, String itemCode, String name, int quantity, List<String> modifiers, String notes,
                         Long stationId, List<LineAllergen> allergens) {
            this(id, itemCode, name, quantity, modifiers, notes, stationId, allergens, null);
        }
    }

    /** An allergen of a line's item, as menus and tickets print it. */
    public record LineAllergen(
            @JsonProperty("id") long id,
            @JsonProperty("display_number") int displayNumber,
            @JsonProperty("name_da") String nameDa,
            @JsonProperty("name_en") String nameEn) {
    }

    /** One station's part of the order: its own prep state, moved by that station's screens. */
    public record StationState(
            @JsonProperty("station_id") long stationId,
            @JsonProperty("station_name") String stationName,
            @JsonProperty("prep_state") String prepState,
            @JsonProperty("state_changed_at") Instant stateChangedAt) {
    }

    /** A line Saavor's last update took off the order, so screens can show it struck through. */
    public record RemovedLine(
            @JsonProperty("name") String name,
            @JsonProperty("quantity") int quantity) {
    }
}
