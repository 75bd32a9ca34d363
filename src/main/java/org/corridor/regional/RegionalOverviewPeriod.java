package org.corridor.regional;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.corridor.accounts.CorridorUser;

/**
 * The period a request for the overview asks for, read from its {@code from} and {@code to} (ISO dates; either left
 * out takes the user's default): the period, or the field that is wrong and the sentence that says why (the page
 * shows it beside the field and at the top, the API as problem+json).
 */
record RegionalOverviewPeriod(RegionalPeriod period, String field, String message) {

    static RegionalOverviewPeriod read(String from, String to, CorridorUser user, RegionalPeriod.Defaults defaults) {
        boolean noneChosen = blank(from) && blank(to);
        RegionalPeriod fallback = defaults.of(user);
        if (noneChosen) {
            return new RegionalOverviewPeriod(fallback, null, null);
        }
        LocalDate start;
        LocalDate end;
        try {
            start = blank(from) ? fallback.from() : LocalDate.parse(from.strip());
        } catch (DateTimeParseException e) {
            return problem("from", "The first day is not a date: write it as 2016-01-31.");
        }
        try {
            end = blank(to) ? fallback.to() : LocalDate.parse(to.strip());
        } catch (DateTimeParseException e) {
            return problem("to", "The last day is not a date: write it as 2016-12-31.");
        }
        if (start.isAfter(end)) {
            return problem("to", "The last day comes before the first day: choose a last day on or after " + start
                    + ".");
        }
        if (!RegionalPeriod.isAcceptable(start, end)) {
            return problem("from", "Choose a period of at most three years between "
                    + org.corridor.kernel.PlausibleDates.EARLIEST + " and "
                    + org.corridor.kernel.PlausibleDates.latest() + ".");
        }
        return new RegionalOverviewPeriod(new RegionalPeriod(start, end), null, null);
    }

    boolean ok() {
        return period != null;
    }

    private static RegionalOverviewPeriod problem(String field, String message) {
        return new RegionalOverviewPeriod(null, field, message);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
