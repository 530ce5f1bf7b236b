package org.preptable.gateway.ops.menus;

import io.vertx.sqlclient.SqlClient;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.preptable.gateway.ops.locations.Location;
import org.preptable.model.WireTime;

/**
 * The current-menu resolver: which of a location's dayparts is live at an instant in the location's own time zone,
 * which day's service that is (a daypart that crosses midnight belongs to the day it started on), and the placements
 * served then. The answer is DESIGN.md §3's menu, the body of {@code GET /locations/{id}/menu/current} and of the
 * {@code menu.updated} event, which the kiosk's signage screen reads as it is.
 */
public final class CurrentMenus {

    /** The live daypart and the day whose service it is. */
    record Live(Daypart daypart, LocalDate serviceDay) {
    }

    private final DaypartRepository dayparts;
    private final PlacementRepository placements;
    private final Clock clock;

    public CurrentMenus(DaypartRepository dayparts, PlacementRepository placements, Clock clock) {
        this.dayparts = dayparts;
        this.placements = placements;
        this.clock = clock;
    }

    /** Now, by the gateway's clock. */
    public Instant now() {
        return clock.instant();
    }

    /** The location's menu at {@code at}: its live daypart and what is placed on it that day, or no daypart. */
    public Map<String, Object> resolve(SqlClient client, Location location, Instant at) {
        Map<String, Object> menu = new LinkedHashMap<>();
        menu.put("location_id", location.id().toString());
        menu.put("at", WireTime.rfc3339(at));
        Optional<Live> live = live(dayparts.list(client, location.id()), zone(location), at);
        menu.put("daypart", live.map(found -> found.daypart().brief()).orElse(null));
        menu.put("items", live.map(found -> items(client, location.id(), found)).orElse(List.of()));
        return menu;
    }

    /**
     * The daypart containing the local wall-clock time of {@code at}. Dayparts of a location do not overlap (the
     * service refuses it), so at most one does; should two ever, the earliest start wins, deterministically.
     */
    static Optional<Live> live(List<Daypart> candidates, ZoneId zone, Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        return candidates.stream()
                .sorted((a, b) -> a.startTime().compareTo(b.startTime()))
                .map(daypart -> daypart.window().serviceDay(local).map(day -> new Live(daypart, day)))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private List<Map<String, Object>> items(SqlClient client, UUID locationId, Live live) {
        List<PlacementRepository.Live> rows = placements.live(client, locationId, live.daypart().id(),
                live.serviceDay());
        Map<UUID, List<Map<String, Object>>> allergens = placements.allergens(client,
                rows.stream().map(PlacementRepository.Live::mealId).filter(Objects::nonNull).distinct().toList());
        List<Map<String, Object>> items = new ArrayList<>();
        for (PlacementRepository.Live row : rows) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("placement_id", row.placementId().toString());
            item.put("kind", row.mealId() != null ? "meal" : "item");
            item.put("id", (row.mealId() != null ? row.mealId() : row.itemId()).toString());
            item.put("name", row.name());
            item.put("description", row.description());
            item.put("price_cents", row.priceCents());
            item.put("available", row.available());
            // items carry no allergen data in the catalogue; only meals have allergens
            item.put("allergens", row.mealId() == null ? List.of() : allergens.getOrDefault(row.mealId(), List.of()));
            items.add(item);
        }
        return items;
    }

    /** The location's zone; the locations API accepts only valid zones, so UTC is a fallback for old rows only. */
    private static ZoneId zone(Location location) {
        try {
            return ZoneId.of(location.timezone());
        } catch (DateTimeException | NullPointerException e) {
            return ZoneOffset.UTC;
        }
    }
}
