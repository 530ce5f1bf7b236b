package org.preptable.gateway.kds.speed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.preptable.gateway.kds.speed.SpeedRepository.Figures;
import org.preptable.gateway.kds.speed.SpeedRepository.Span;
import org.preptable.gateway.ops.menus.Daypart;

/**
 * Renders the grouped rows of {@link SpeedRepository} as the answer of {@code GET /locations/{id}/speed}: per
 * station, every daypart of the location in start order (zeros where nothing was placed in it, so a screen's table
 * keeps its rows), then "No daypart" when orders fell outside every window, then the station's whole day.
 */
final class SpeedReport {

    static final String NO_DAYPART = "No daypart";

    private SpeedReport() {
    }

    /**
     * {@code onlyStation}/{@code onlyStationName}: the station filter, listed even when it had no orders (a kiosk's
     * panel asks for its own station); without it, the stations that had orders in the window, by name.
     */
    static Map<String, Object> view(UUID locationId, SpeedWindow window, List<Daypart> dayparts, List<Figures> rows,
                                    Long onlyStation, String onlyStationName) {
        Map<Long, List<Figures>> byStation = new LinkedHashMap<>();
        for (Figures row : rows) {
            byStation.computeIfAbsent(row.stationId(), id -> new ArrayList<>()).add(row);
        }
        if (onlyStation != null && byStation.isEmpty()) {
            byStation.put(onlyStation, List.of());
        }
        List<Map<String, Object>> stations = new ArrayList<>();
        byStation.forEach((stationId, figures) -> stations.add(station(stationId,
                figures.isEmpty() ? onlyStationName : figures.getFirst().stationName(), dayparts, figures)));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("location_id", locationId.toString());
        view.put("timezone", window.zone().getId());
        view.put("from", window.from().toString());
        view.put("to", window.to().toString());
        view.put("stations", stations);
        return view;
    }

    /** The answer for a caller outside the location's scope: the window, and no station (seed 002's empty read). */
    static Map<String, Object> empty(UUID locationId, SpeedWindow window) {
        return view(locationId, window, List.of(), List.of(), null, null);
    }

    private static Map<String, Object> station(long stationId, String name, List<Daypart> dayparts,
                                               List<Figures> figures) {
        List<Map<String, Object>> parts = new ArrayList<>();
        for (Daypart daypart : dayparts) {
            Figures found = figures.stream()
                    .filter(row -> !row.allDay() && daypart.id().equals(row.daypartId())).findFirst().orElse(null);
            parts.add(daypart(daypart.id(), daypart.name(), found));
        }
        figures.stream().filter(row -> !row.allDay() && row.daypartId() == null).findFirst()
                .ifPresent(none -> parts.add(daypart(null, NO_DAYPART, none)));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("station_id", stationId);
        view.put("station_name", name);
        view.put("dayparts", parts);
        view.put("all_day", spans(figures.stream().filter(Figures::allDay).findFirst().orElse(null)));
        return view;
    }

    private static Map<String, Object> daypart(UUID id, String name, Figures figures) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("daypart_id", Objects.toString(id, null));
        view.put("daypart_name", name);
        view.putAll(spans(figures));
        return view;
    }

    /** {@code count} (the station's orders in the group) and the four intervals; zeros for no orders. */
    private static Map<String, Object> spans(Figures figures) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("count", figures == null ? 0 : figures.count());
        view.put("queued_to_preparing", span(figures == null ? Span.NONE : figures.queuedToPreparing()));
        view.put("preparing_to_ready", span(figures == null ? Span.NONE : figures.preparingToReady()));
        view.put("ready_to_cleared", span(figures == null ? Span.NONE : figures.readyToCleared()));
        view.put("queued_to_ready", span(figures == null ? Span.NONE : figures.queuedToReady()));
        return view;
    }

    private static Map<String, Object> span(Span span) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("count", span.count());
        view.put("p50_seconds", span.p50());
        view.put("p90_seconds", span.p90());
        return view;
    }
}
