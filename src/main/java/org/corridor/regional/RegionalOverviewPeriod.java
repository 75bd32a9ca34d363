package org.corridor.regional;

import org.corridor.accounts.CorridorUser;

/**
 * The period a request for the overview asks for, read from its {@code from} and {@code to} (ISO dates; either left
 * out takes the user's default): the period, or the field that is wrong and the sentence that says why (the page
 * shows it beside the field and at the top, the API as problem+json).
 */
record RegionalOverviewPeriod(RegionalPeriod period, String field, String message) {

    static RegionalOverviewPeriod read(String from, String to, CorridorUser user, RegionalPeriod.Defaults defaults) {
        try {
            return new RegionalOverviewPeriod(RegionalPeriod.read(from, to, () -> defaults.of(user)), null, null);
        } catch (RegionalPeriod.Refused refused) {
            return switch (refused.reason) {
                case NOT_A_DATE -> problem(refused.field, "from".equals(refused.field)
                        ? "The first day is not a date: write it as 2016-01-31."
                        : "The last day is not a date: write it as 2016-12-31.");
                case ORDER -> problem("to", "The last day comes before the first day: choose a last day on or after "
                        + refused.first + ".");
                case RANGE -> problem("from", "Choose a period of at most three years between "
                        + org.corridor.kernel.PlausibleDates.EARLIEST + " and "
                        + org.corridor.kernel.PlausibleDates.latest() + ".");
            };
        }
    }

    boolean ok() {
        return period != null;
    }

    private static RegionalOverviewPeriod problem(String field, String message) {
        return new RegionalOverviewPeriod(null, field, message);
    }

}
