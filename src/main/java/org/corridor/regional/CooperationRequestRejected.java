package org.corridor.regional;

import java.util.function.Supplier;
import org.corridor.kernel.PlausibleDates;

/**
 * A request of the co-operation, map or sharing pages (or their API) that cannot be answered as asked: the field it
 * is about and the message (in the {@code regional-cooperation} bundle) with its arguments. The pages say it at the
 * top and beside the field ({@link PeriodOnPage} for a period); the API answers 400 with the same sentence
 * ({@link RegionalApiProblems}).
 */
class CooperationRequestRejected extends RuntimeException {

    final String field;
    final String code;
    final transient Object[] arguments;

    CooperationRequestRejected(String field, String code, Object... arguments) {
        super(code);
        this.field = field;
        this.code = code;
        this.arguments = arguments;
    }

    /** The longest a mistyped value is repeated back: enough to recognise it, never a page of it. */
    static String shorten(String value) {
        String stripped = value == null ? "" : value.strip();
        return stripped.length() > 40 ? stripped.substring(0, 40) + "…" : stripped;
    }

    /**
     * The period asked for: the default when neither day is given, the default's other end when one is missing;
     * a day that is not a date, or a period the pages do not answer for, is refused with a sentence.
     */
    static RegionalPeriod period(String from, String to, Supplier<RegionalPeriod> defaults) {
        try {
            return RegionalPeriod.read(from, to, defaults);
        } catch (RegionalPeriod.Refused refused) {
            throw switch (refused.reason) {
                case NOT_A_DATE -> new CooperationRequestRejected(refused.field, "cooperation.error.date",
                        shorten(refused.typed));
                case ORDER -> new CooperationRequestRejected("to", "cooperation.error.order", refused.first,
                        refused.last);
                case RANGE -> new CooperationRequestRejected(refused.field, "cooperation.error.period",
                        PlausibleDates.EARLIEST, PlausibleDates.latest(), RegionalPeriod.MAX_DAYS);
            };
        }
    }
}
