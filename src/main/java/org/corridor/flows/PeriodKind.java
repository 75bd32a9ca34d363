package org.corridor.flows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/** What a count covers: partners such as UNHCR and IOM often publish weekly or monthly figures rather than daily ones. */
public enum PeriodKind {
    /** One calendar day. */
    DAY,
    /** An ISO week, Monday to Sunday. */
    WEEK,
    /** A calendar month. */
    MONTH;

    /** Days in the longest period (a calendar month): a period ending on or after a day starts at most this early. */
    public static final int MOST_DAYS = 31;

    /** The last day of the period that starts on {@code start}. */
    public LocalDate end(LocalDate start) {
        return switch (this) {
            case DAY -> start;
            case WEEK -> start.plusDays(6);
            case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
        };
    }

    /** Whether a period of this kind may start on that day: any day, a Monday, or the first of a month. */
    public boolean mayStartOn(LocalDate start) {
        return switch (this) {
            case DAY -> true;
            case WEEK -> start.getDayOfWeek() == DayOfWeek.MONDAY;
            case MONTH -> start.getDayOfMonth() == 1;
        };
    }

    public long days(LocalDate start) {
        return end(start).toEpochDay() - start.toEpochDay() + 1;
    }

    /** The kind of a period given by its first and last day (HXL's #date+start and #date+end), if it is one. */
    public static Optional<PeriodKind> of(LocalDate start, LocalDate end) {
        if (start == null || end == null) {
            return Optional.empty();
        }
        for (PeriodKind kind : values()) {
            if (kind.mayStartOn(start) && kind.end(start).equals(end)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
