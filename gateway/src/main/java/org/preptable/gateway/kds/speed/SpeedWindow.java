package org.preptable.gateway.kds.speed;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.preptable.gateway.http.ApiError;

/**
 * The days a speed report covers: {@code from} and {@code to}, local dates of the location, both included, at most
 * {@link #MAX_DAYS} of them. The orders counted are those placed from the start of {@code from} to the start of the
 * day after {@code to}, both midnights in the location's zone (so a day is 23 or 25 hours at a clock change).
 */
record SpeedWindow(LocalDate from, LocalDate to, ZoneId zone) {

    static final int MAX_DAYS = 366;

    /**
     * Reads {@code ?from=&to=} (yyyy-MM-dd). Without {@code to} it is {@code today}; without {@code from} it is
     * {@code to}, so no parameters mean today and {@code ?from=} alone means from then up to today.
     */
    static SpeedWindow of(String rawFrom, String rawTo, LocalDate today, ZoneId zone) {
        LocalDate to = rawTo == null ? today : date("to", rawTo);
        LocalDate from = rawFrom == null ? to : date("from", rawFrom);
        if (from.isAfter(to)) {
            throw ApiError.badRequest("from (" + from + ") must not be after to (" + to + ")");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_DAYS) {
            throw ApiError.badRequest("from " + from + " to " + to + " is " + days + " days; at most " + MAX_DAYS
                    + " days fit one report");
        }
        return new SpeedWindow(from, to, zone);
    }

    /** Only yyyy-MM-dd, years 1 to 9999: Java also reads "+10000-01-01", which PostgreSQL's dates do not hold. */
    private static LocalDate date(String name, String raw) {
        if (raw.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                LocalDate date = LocalDate.parse(raw, DateTimeFormatter.ISO_LOCAL_DATE);
                if (date.getYear() >= 1) {
                    return date;
                }
            } catch (DateTimeException ignored) {
                // reported below
            }
        }
        throw ApiError.badRequest(name + " must be a date as yyyy-MM-dd (2026-06-01), got: " + raw);
    }

    /** The first instant of {@code from} in the location's zone. */
    Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant of the day after {@code to}: the window's open end. */
    Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * The zone as PostgreSQL's {@code AT TIME ZONE} reads it. Region ids (America/Chicago) are the same IANA names
     * in both; a fixed offset is not: Java takes "+02:00" as two hours east, PostgreSQL as a POSIX zone two hours
     * west. So an offset is written as a POSIX spec, whose sign counts westward: +02:00 becomes "UTC-02:00".
     */
    String postgresZone() {
        ZoneId normalized = zone.normalized();
        if (normalized instanceof ZoneOffset offset) {
            if (offset.getTotalSeconds() == 0) {
                return "UTC";
            }
            int west = -offset.getTotalSeconds();
            int abs = Math.abs(west);
            return String.format("UTC%s%02d:%02d:%02d", west < 0 ? "-" : "+", abs / 3600, abs / 60 % 60, abs % 60);
        }
        return zone.getId();
    }
}
