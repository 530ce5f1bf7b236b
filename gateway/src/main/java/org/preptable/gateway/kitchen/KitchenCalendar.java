package org.preptable.gateway.kitchen;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import org.preptable.gateway.http.ApiError;

/**
 * The kitchen's calendar: "today" and "this week" in the kitchen's time zone ({@code PREPTABLE_KITCHEN_TIMEZONE},
 * default Europe/Copenhagen), not the server's, read from one clock that tests can fix. Weeks are ISO weeks with
 * their week-based year (week 1 of 2027 starts on Monday 2027-01-04).
 */
public final class KitchenCalendar {

    /** An ISO week: its number (1..53) and its week-based year. */
    public record Week(int week, int year) {

        /** The Monday the week starts on. */
        public LocalDate monday() {
            return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }

        public static Week of(LocalDate date) {
            return new Week(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), date.get(IsoFields.WEEK_BASED_YEAR));
        }

        public Week next() {
            return of(monday().plusWeeks(1));
        }

        /** Whether this week comes before {@code other}. */
        public boolean isBefore(Week other) {
            return year < other.year || year == other.year && week < other.week;
        }
    }

    private final Clock clock;
    private final ZoneId zone;

    public KitchenCalendar(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public Week currentWeek() {
        return Week.of(today());
    }

    /**
     * The week a client named, checked as the reference checks it: week 1..53 and year 2020..2100, each a 400 naming
     * the value; a week 53 in a year that has only 52 is a 400 too.
     */
    public static Week week(int week, int year) {
        if (week < 1 || week > 53) {
            throw ApiError.badRequest("Week must be between 1 and 53, got: " + week);
        }
        if (year < 2020 || year > 2100) {
            throw ApiError.badRequest("Year must be between 2020 and 2100, got: " + year);
        }
        if (week == 53 && LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) != 53) {
            throw ApiError.badRequest("Year " + year + " has no week 53");
        }
        return new Week(week, year);
    }
}
