package org.preptable.kiosk.signage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.preptable.model.Json;
import org.preptable.model.kds.KitchenOrder.LineAllergen;

/**
 * A location's current menu as {@code GET /locations/{id}/menu/current} answers it and {@code menu.updated} carries
 * it (DESIGN.md §3). Read leniently: unknown fields are ignored and missing ones are null, because the gateway's menu
 * routes come later than this screen and may grow fields. Allergens reuse the order lines' wire record, since the
 * design gives them the same shape.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CurrentMenu(
        @JsonProperty("location_id") String locationId,
        @JsonProperty("at") Instant at,
        @JsonProperty("daypart") Daypart daypart,
        @JsonProperty("items") List<Item> items) {

    /** The part of the day the menu is for; {@code start_time}/{@code end_time} are local wall-clock times. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Daypart(
            @JsonProperty("id") String id,
            @JsonProperty("name") String name,
            @JsonProperty("start_time") String startTime,
            @JsonProperty("end_time") String endTime) {

        public Optional<LocalTime> start() {
            return parseTime(startTime);
        }

        public Optional<LocalTime> end() {
            return parseTime(endTime);
        }

        // "11:00" and "11:00:00" both occur in the wild; anything else shows no hours rather than failing the menu.
        private static Optional<LocalTime> parseTime(String text) {
            if (text == null || text.isBlank()) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalTime.parse(text.strip()));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    /** One placed meal or item. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(
            @JsonProperty("placement_id") String placementId,
            @JsonProperty("kind") String kind,
            @JsonProperty("id") String id,
            @JsonProperty("name") String name,
            @JsonProperty("description") String description,
            @JsonProperty("price_cents") Long priceCents,
            @JsonProperty("available") Boolean available,
            @JsonProperty("allergens") List<LineAllergen> allergens) {

        public Item {
            allergens = allergens == null ? List.of() : List.copyOf(allergens);
        }

        public boolean isMeal() {
            return "meal".equalsIgnoreCase(kind);
        }

        /** An item the gateway did not mark is for sale: a missing flag must not show "Sold out" to guests. */
        public boolean isAvailable() {
            return available == null || available;
        }
    }

    public CurrentMenu {
        items = items == null ? List.of() : items.stream().filter(item -> item != null && item.name() != null
                && !item.name().isBlank()).toList();
    }

    public static CurrentMenu parse(String json) throws IOException {
        CurrentMenu menu = Json.MAPPER.readValue(json, CurrentMenu.class);
        if (menu == null) {
            throw new IOException("the menu body was JSON null");
        }
        return menu;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** Same daypart and items; {@code at} aside, so re-reading an unchanged menu does not redraw the board. */
    public boolean sameContentAs(CurrentMenu other) {
        return other != null && Objects.equals(daypart, other.daypart()) && items.equals(other.items());
    }

    /**
     * Whether this menu may replace {@code shown}: the fetch loop and the event stream both deliver menus, and a slow
     * GET answered before a {@code menu.updated} must not overwrite it. Without times on either side, newest arrival
     * wins.
     */
    public boolean isNotOlderThan(CurrentMenu shown) {
        return shown == null || at == null || shown.at() == null || !at.isBefore(shown.at());
    }
}
