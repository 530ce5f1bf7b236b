package org.preptable.gateway.ops.health;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.preptable.gateway.ops.health.HealthRepository.Daypart;
import org.preptable.gateway.ops.health.HealthRepository.Placement;

/**
 * A location's placements laid out over the coming days. A service slot is one daypart on one date; a daypart that
 * crosses midnight belongs to the date it starts on, so its slot is simply that date (the schema's rule).
 */
record Schedule(LocalDate today, List<Daypart> dayparts, List<Placement> placements) {

    /** The short window (dish repetition, empty dayparts) and the long one (everything else), today included. */
    static final int SHORT_DAYS = 7;
    static final int LONG_DAYS = 14;

    /** One placement scheduled in one slot. */
    record Scheduled(LocalDate date, Daypart daypart, Placement placement) {
    }

    /** today, today + 1, …, today + days - 1. */
    List<LocalDate> days(int days) {
        return Stream.iterate(today, day -> day.plusDays(1)).limit(days).toList();
    }

    /** Every placement in every slot of the window, by date, then daypart in service order. */
    List<Scheduled> scheduled(int days) {
        return days(days).stream().flatMap(date -> dayparts.stream().flatMap(daypart -> placements.stream()
                .filter(p -> p.daypartId().equals(daypart.id()) && p.scheduledOn(date))
                .map(p -> new Scheduled(date, daypart, p)))).toList();
    }

    /** The meals scheduled somewhere in the window (available or not: a sold-out flag is not a plan). */
    Set<UUID> meals(int days) {
        return ids(days, Placement::mealId);
    }

    /** The items placed directly (sold as they are) somewhere in the window. */
    Set<UUID> items(int days) {
        return ids(days, Placement::itemId);
    }

    private Set<UUID> ids(int days, java.util.function.Function<Placement, UUID> id) {
        Set<UUID> ids = new LinkedHashSet<>();
        scheduled(days).stream().map(s -> id.apply(s.placement())).filter(Objects::nonNull).forEach(ids::add);
        return ids;
    }
}
