package org.corridor.regional;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import org.corridor.kernel.PlausibleDates;

/**
 * A request of the co-operation, map or sharing pages (or their API) that cannot be answered as asked: the field it
 * is about and the message (in the {@code regional-cooperation} bundle) with its arguments. The pages say it at the
 * top and beside the field; the API answers 400 with the same sentence.
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
        boolean noFrom = from == null || from.isBlank();
        boolean noTo = to == null || to.isBlank();
        if (noFrom && noTo) {
            return defaults.get();
        }
        LocalDate first = noFrom ? null : date(from, "from");
        LocalDate last = noTo ? null : date(to, "to");
        if (first == null || last == null) {
            RegionalPeriod fallback = defaults.get();
            first = first == null ? fallback.from() : first;
            last = last == null ? fallback.to() : last;
        }
        if (first.isAfter(last)) {
            throw new CooperationRequestRejected("to", "cooperation.error.order", first, last);
        }
        if (!RegionalPeriod.isAcceptable(first, last)) {
            throw new CooperationRequestRejected(first.isBefore(PlausibleDates.EARLIEST) ? "from" : "to",
                    "cooperation.error.period", PlausibleDates.EARLIEST, PlausibleDates.latest(),
                    RegionalPeriod.MAX_DAYS);
        }
        return new RegionalPeriod(first, last);
    }

    private static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new CooperationRequestRejected(field, "cooperation.error.date", shorten(value));
        }
    }
}
