package org.preptable.gateway.ops.menus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * A daypart's daily window in the location's wall-clock time, {@code [start, end)}. An end before the start crosses
 * midnight (22:00–02:00), and the service then belongs to the day it started on: at 01:00 on Sunday a 22:00–02:00
 * window is Saturday's. Wall-clock times make daylight saving need no special case: on the night the clocks go
 * forward a 01:00–03:00 window is an hour shorter, and on the night they go back it is an hour longer.
 */
record DayWindow(LocalTime start, LocalTime end) {

    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final int DAY = 24 * 60;

    boolean crossesMidnight() {
        return end.isBefore(start);
    }

    /** The day whose service {@code local} belongs to, if it falls inside the window. */
    Optional<LocalDate> serviceDay(LocalDateTime local) {
        LocalTime time = local.toLocalTime();
        if (!crossesMidnight()) {
            return !time.isBefore(start) && time.isBefore(end) ? Optional.of(local.toLocalDate()) : Optional.empty();
        }
        if (!time.isBefore(start)) {
            return Optional.of(local.toLocalDate());
        }
        return time.isBefore(end) ? Optional.of(local.toLocalDate().minusDays(1)) : Optional.empty();
    }

    /** Whether the two windows share a minute; windows that only touch (11:00–14:00, 14:00–17:00) do not. */
    boolean overlaps(DayWindow other) {
        for (int[] mine : segments()) {
            for (int[] theirs : other.segments()) {
                if (mine[0] < theirs[1] && theirs[0] < mine[1]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "11:00–14:00", for messages. */
    @Override
    public String toString() {
        return HH_MM.format(start) + "–" + HH_MM.format(end);
    }

    /** The window as minute ranges {@code [from, to)} within one day: two when it crosses midnight. */
    private List<int[]> segments() {
        int from = minutes(start);
        int to = minutes(end);
        return crossesMidnight() ? List.of(new int[] {from, DAY}, new int[] {0, to}) : List.of(new int[] {from, to});
    }

    private static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}
