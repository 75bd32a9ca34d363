package org.corridor.regional;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.corridor.accounts.CorridorUser;
import org.corridor.flows.FlowFigures;
import org.corridor.kernel.PlausibleDates;
import org.corridor.liaison.Meetings;
import org.corridor.monitoring.MonitoringVisits;
import org.springframework.stereotype.Component;

/**
 * The period a regional page shows: days inclusive. A page opens on the last twelve months with data the user may
 * read (the demo's 2015–16), not on an empty year around today.
 */
record RegionalPeriod(LocalDate from, LocalDate to) {

    /** The longest period a page or the API answers for: three years, as the region's history is told. */
    static final int MAX_DAYS = 3 * 366;

    RegionalPeriod {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("A period ends on or after its first day");
        }
    }

    /** Twelve months ending on {@code last}: the year before it, and it. */
    static RegionalPeriod twelveMonthsEndingOn(LocalDate last) {
        return new RegionalPeriod(last.minusYears(1).plusDays(1), last);
    }

    long days() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }

    /** Whether a chosen period is one the pages answer for: plausible dates, in order, not longer than {@link #MAX_DAYS}. */
    static boolean isAcceptable(LocalDate from, LocalDate to) {
        return from != null && to != null && !from.isAfter(to) && !from.isBefore(PlausibleDates.EARLIEST)
                && !to.isAfter(PlausibleDates.latest()) && to.toEpochDay() - from.toEpochDay() < MAX_DAYS;
    }

    /**
     * The period a page or the API was asked for by its {@code from} and {@code to} (year-month-day): the default when
     * neither is given, the default's other end when one is missing. Refused, naming the parameter at fault and why,
     * for a day that is not a date, a last day before the first, or a period the pages do not answer for. Each page
     * says the reason in its own words.
     */
    static RegionalPeriod read(String from, String to, java.util.function.Supplier<RegionalPeriod> defaults) {
        boolean noFrom = from == null || from.isBlank();
        boolean noTo = to == null || to.isBlank();
        if (noFrom && noTo) {
            return defaults.get();
        }
        LocalDate first = noFrom ? null : day(from, "from");
        LocalDate last = noTo ? null : day(to, "to");
        if (first == null || last == null) {
            RegionalPeriod fallback = defaults.get();
            first = first == null ? fallback.from() : first;
            last = last == null ? fallback.to() : last;
        }
        if (first.isAfter(last)) {
            throw new Refused(Refused.Reason.ORDER, "to", first, last, null);
        }
        if (!isAcceptable(first, last)) {
            throw new Refused(Refused.Reason.RANGE, last.isAfter(PlausibleDates.latest()) ? "to" : "from", first, last,
                    null);
        }
        return new RegionalPeriod(first, last);
    }

    private static LocalDate day(String typed, String field) {
        try {
            return LocalDate.parse(typed.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new Refused(Refused.Reason.NOT_A_DATE, field, null, null, typed);
        }
    }

    /** Why {@link #read} refused a period, and the parameter at fault ({@code from} or {@code to}). */
    static final class Refused extends RuntimeException {

        enum Reason {
            NOT_A_DATE, ORDER, RANGE
        }

        final Reason reason;
        final String field;
        final LocalDate first;
        final LocalDate last;
        final String typed;

        Refused(Reason reason, String field, LocalDate first, LocalDate last, String typed) {
            super(reason + " " + field, null, false, false);
            this.reason = reason;
            this.field = field;
            this.first = first;
            this.last = last;
            this.typed = typed;
        }
    }

    /** Finds where the data is for a user: the last day of flows, visits or meetings the user reads in figures. */
    @Component
    static class Defaults {

        private final FlowFigures flows;
        private final MonitoringVisits visits;
        private final Meetings meetings;

        Defaults(FlowFigures flows, MonitoringVisits visits, Meetings meetings) {
            this.flows = flows;
            this.visits = visits;
            this.meetings = meetings;
        }

        /** The last twelve months with data the user may read; the twelve months to today when there is none. */
        RegionalPeriod of(CorridorUser user) {
            return twelveMonthsEndingOn(lastDayWithData(user).orElse(LocalDate.now()));
        }

        Optional<LocalDate> lastDayWithData(CorridorUser user) {
            return Stream.of(flows.lastDayCounted(user),
                            visits.visitSpan(user, null, null).map(span -> span[1]),
                            meetings.figuresPeriod(user).map(Meetings.Period::to))
                    .flatMap(Optional::stream).max(LocalDate::compareTo);
        }
    }
}
