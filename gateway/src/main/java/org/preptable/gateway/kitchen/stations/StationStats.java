package org.preptable.gateway.kitchen.stations;

import java.util.LinkedHashMap;
import java.util.Map;

/** A station with the number of people assigned to it. */
public record StationStats(long id, String name, String description, long userCount) {

    /** The reference's StationListDTO: {@code {id, name, description, userCount}}. */
    public Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("name", name);
        view.put("description", description);
        view.put("userCount", userCount);
        return view;
    }
}
