package org.preptable.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The two timestamp formats of the API: minutes in server time (kitchen planning) and RFC 3339 UTC (operations). */
public final class WireTime {

    /** Kitchen-planning timestamps and error envelopes: {@code 2026-03-27 12:00}. */
    public static final DateTimeFormatter KITCHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private WireTime() {
    }

    public static String kitchen(Instant instant, ZoneId zone) {
        return KITCHEN.format(LocalDateTime.ofInstant(instant, zone));
    }

    /** RFC 3339 in UTC with millisecond precision, e.g. {@code 2026-06-01T11:32:07.120Z}. */
    public static String rfc3339(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC));
    }
}
