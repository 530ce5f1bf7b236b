package org.preptable.gateway.ops.menus;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalTime;
import java.util.regex.Pattern;
import org.preptable.gateway.http.ApiError;

/** {@code {"name", "start_time": "HH:mm", "end_time": "HH:mm"}}, local time of the location; a full replacement. */
public record DaypartInput(@JsonProperty("name") String name, @JsonProperty("start_time") String startTime,
                           @JsonProperty("end_time") String endTime) {

    /** The input checked and parsed. */
    record Valid(String name, LocalTime start, LocalTime end) {
    }

    private static final Pattern HH_MM = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    Valid validated() {
        if (name == null || name.isBlank()) {
            throw ApiError.badRequest("name is required");
        }
        String cleanName = name.trim();
        if (cleanName.length() > 100) {
            throw ApiError.badRequest("name must be at most 100 characters");
        }
        LocalTime start = time(startTime, "start_time");
        LocalTime end = time(endTime, "end_time");
        if (start.equals(end)) {
            throw ApiError.badRequest("start_time and end_time must differ (an end before the start crosses"
                    + " midnight, such as 22:00 to 02:00)");
        }
        return new Valid(cleanName, start, end);
    }

    private static LocalTime time(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw ApiError.badRequest(field + " is required");
        }
        if (!HH_MM.matcher(raw.trim()).matches()) {
            throw ApiError.badRequest(field + " must be a local time HH:mm from 00:00 to 23:59, got: " + raw);
        }
        return LocalTime.parse(raw.trim());
    }
}
