package org.corridor.kernel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The dates Corridor accepts anywhere: from 1900 (historical series of displacement may be imported for comparison,
 * and the tests keep their figures in decades no real data uses) to ten years ahead (a plan or a series may look that
 * far). Outside it a date is a typing slip or a probe, never a record (issue 17: dates in the year 1,000,000 were
 * stored, and year -999,999,999 answered 500).
 */
public final class PlausibleDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final int YEARS_AHEAD = 10;

    private PlausibleDates() {
    }

    public static LocalDate latest(Clock clock) {
        return LocalDate.now(clock.withZone(Region.ZONE)).plusYears(YEARS_AHEAD).withMonth(12).withDayOfMonth(31);
    }

    public static LocalDate latest() {
        return latest(Clock.system(Region.ZONE));
    }

    public static boolean contains(LocalDate date) {
        return date == null || (!date.isBefore(EARLIEST) && !date.isAfter(latest()));
    }

    public static boolean contains(YearMonth month) {
        return month == null || (contains(month.atDay(1)) && contains(month.atEndOfMonth()));
    }

    /** What a person is told about a date outside the range. */
    public static String sentence() {
        return "Enter a date from " + EARLIEST + " to " + latest() + ", written year-month-day, for example 2016-03-08.";
    }
}
