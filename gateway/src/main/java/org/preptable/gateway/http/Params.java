package org.preptable.gateway.http;

import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Path and query parameters, parsed or refused with a 400 that names the parameter. Blank means absent. */
public final class Params {

    private static final Pattern UUID_TEXT =
            Pattern.compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Params() {
    }

    /** A kitchen-planning id: a positive whole number. */
    public static long positiveId(RoutingContext ctx, String name) {
        return positiveLong(ctx.pathParam(name))
                .orElseThrow(() -> ApiError.badRequest("Invalid ID: must be provided and greater than 0"));
    }

    /** An operations id: a UUID. */
    public static UUID uuid(RoutingContext ctx, String name) {
        return parseUuid(ctx.pathParam(name)).orElseThrow(() ->
                ApiError.badRequest("Invalid " + name + ": must be a UUID, got: " + ctx.pathParam(name)));
    }

    public static Optional<String> query(RoutingContext ctx, String name) {
        String value = ctx.request().getParam(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public static Optional<UUID> queryUuid(RoutingContext ctx, String name) {
        return query(ctx, name).map(raw -> parseUuid(raw).orElseThrow(() ->
                ApiError.badRequest(name + " must be a UUID, got: " + raw)));
    }

    public static Optional<Long> queryPositiveLong(RoutingContext ctx, String name) {
        return query(ctx, name).map(raw -> positiveLong(raw).orElseThrow(() ->
                ApiError.badRequest(name + " must be a positive whole number, got: " + raw)));
    }

    /**
     * A query parameter naming a constant of {@code type}, in any case; anything else is a 400 with
     * {@code invalid + ": " + raw} (the kitchen-planning reference words each enum's message its own way).
     */
    public static <E extends Enum<E>> Optional<E> queryEnum(RoutingContext ctx, String name, Class<E> type,
                                                            String invalid) {
        return query(ctx, name).map(raw -> {
            try {
                return Enum.valueOf(type, raw.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest(invalid + ": " + raw);
            }
        });
    }

    public static Optional<Boolean> queryBoolean(RoutingContext ctx, String name) {
        return query(ctx, name).map(raw -> switch (raw.toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiError.badRequest(
                    "Invalid value for '" + name + "': expected true or false, got: " + raw);
        });
    }

    public static Optional<Integer> queryInt(RoutingContext ctx, String name, int min, int max) {
        return query(ctx, name).map(raw -> {
            try {
                int value = Integer.parseInt(raw);
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException ignored) {
                // reported below with the allowed range
            }
            throw ApiError.badRequest(name + " must be a whole number from " + min + " to " + max + ", got: " + raw);
        });
    }

    /** A point in time: RFC 3339 ({@code 2026-06-01T12:00:00Z}) or a date ({@code 2026-06-01}, read as UTC midnight). */
    public static Optional<Instant> queryInstant(RoutingContext ctx, String name, boolean endOfDay) {
        return query(ctx, name).map(raw -> {
            Instant instant = parseInstant(raw, endOfDay);
            // Years outside 1..9999 parse in Java but overflow date arithmetic and PostgreSQL's encoding.
            if (instant == null || instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                throw ApiError.badRequest(name + " must be a date (2026-06-01) or an RFC 3339 time"
                        + " (2026-06-01T12:00:00Z) between the years 1 and 9999, got: " + raw);
            }
            return instant;
        });
    }

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private static Instant parseInstant(String raw, boolean endOfDay) {
        try {
            return Instant.parse(raw);
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate date = LocalDate.parse(raw);
                return endOfDay ? date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1)
                        : date.atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (java.time.DateTimeException | ArithmeticException notADate) {
                return null;
            }
        }
    }

    public static Optional<UUID> parseUuid(String raw) {
        return raw != null && UUID_TEXT.matcher(raw).matches() ? Optional.of(UUID.fromString(raw)) : Optional.empty();
    }

    private static Optional<Long> positiveLong(String raw) {
        if (raw == null || !raw.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        long value = Long.parseLong(raw);
        return value > 0 ? Optional.of(value) : Optional.empty();
    }
}
