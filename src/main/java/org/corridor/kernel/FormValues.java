package org.corridor.kernel;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reading the parameters of list pages' filters, which restrict nothing with a value that does not parse rather than
 * fail the page. Page forms are typed beans bound by Spring ({@link BoundForm}).
 */
public final class FormValues {

    private FormValues() {
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Ids come from the page's own select lists; anything else is treated as not chosen. */
    public static UUID uuid(String value) {
        try {
            return blank(value) ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static <E extends Enum<E>> E value(Class<E> type, String value) {
        try {
            return blank(value) ? null : Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A filter's date: one that does not parse, or is out of {@link PlausibleDates}, restricts nothing rather than failing the page. */
    public static LocalDate date(String value) {
        return date(value, "date", new ArrayList<>()); // the problem is not shown: the filter just restricts nothing
    }

    /**
     * A filter's date whose problem is shown beside it (the audit log's period): one that does not parse, or is out of
     * {@link PlausibleDates}, restricts nothing and says why in {@code problems}.
     */
    public static LocalDate date(String value, String field, List<Problem> problems) {
        if (blank(value)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim());
            if (!PlausibleDates.contains(date)) {
                problems.add(new Problem(field, "form.error.dateRange", PlausibleDates.EARLIEST, PlausibleDates.latest()));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "form.error.date"));
            return null;
        }
    }

    /** A filter's month (2016-03): one that does not parse, or is out of {@link PlausibleDates}, is none. */
    public static java.time.YearMonth month(String value) {
        try {
            java.time.YearMonth month = blank(value) ? null : java.time.YearMonth.parse(value.trim());
            return PlausibleDates.contains(month) ? month : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
