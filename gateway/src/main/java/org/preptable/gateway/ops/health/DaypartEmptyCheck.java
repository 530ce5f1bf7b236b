package org.preptable.gateway.ops.health;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.preptable.gateway.ops.health.Finding.Severity;
import org.preptable.gateway.ops.health.HealthRepository.Daypart;

/**
 * {@code daypart_empty}: a daypart of the location with no available placement on some day of the next 7 days. A
 * sold-out placement (available = false) leaves the daypart empty: guests find nothing to order.
 */
final class DaypartEmptyCheck implements HealthCheck {

    static final String CODE = "daypart_empty";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Override
    public List<Finding> run(Context context) {
        Schedule schedule = context.schedule();
        List<Finding> findings = new ArrayList<>();
        for (Daypart daypart : schedule.dayparts()) {
            List<LocalDate> empty = schedule.days(Schedule.SHORT_DAYS).stream()
                    .filter(day -> schedule.placements().stream().noneMatch(p -> p.daypartId().equals(daypart.id())
                            && p.available() && p.scheduledOn(day)))
                    .toList();
            if (!empty.isEmpty()) {
                boolean soldOut = empty.stream().anyMatch(day -> schedule.placements().stream()
                        .anyMatch(p -> p.daypartId().equals(daypart.id()) && p.scheduledOn(day)));
                findings.add(finding(daypart, empty, soldOut));
            }
        }
        return findings;
    }

    private static Finding finding(Daypart daypart, List<LocalDate> empty, boolean soldOut) {
        List<String> dates = empty.stream().map(LocalDate::toString).toList();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("daypart_id", daypart.id().toString());
        evidence.put("daypart_name", daypart.name());
        evidence.put("start_time", TIME.format(daypart.start()));
        evidence.put("end_time", TIME.format(daypart.end()));
        evidence.put("window_days", Schedule.SHORT_DAYS);
        evidence.put("empty_dates", dates);
        String when = Finding.names(dates);
        String explanation = daypart.name() + " (" + TIME.format(daypart.start()) + "-" + TIME.format(daypart.end())
                + ") has no available placement on " + when + ": the menu board would show nothing to order.";
        List<String> actions = new ArrayList<>();
        actions.add("Place a meal or an item at " + daypart.name() + " on " + when + ".");
        if (soldOut) {
            actions.add("Mark the sold-out placements of " + daypart.name() + " available again once there is stock.");
        }
        return new Finding(CODE, Severity.WARNING, daypart.name() + " is empty on " + empty.size() + " of the next 7 days",
                explanation, evidence, actions,
                // service order: the start time, then the name
                TIME.format(daypart.start()) + "\u0000" + Finding.key(daypart.name(), daypart.id()));
    }
}
