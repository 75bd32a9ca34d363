package org.corridor.kernel;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Reading the typed strings of every module's forms: a value that does not parse becomes a problem
 * beside its field (and a null in the draft, so the draft's own rules are listed with it).
 */
public final class FormValues {

    private FormValues() {
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Ids come from the form's own select lists; anything else is treated as not chosen. */
    public static UUID uuid(String value) {
        try {
            return blank(value) ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static List<UUID> uuids(List<String> values) {
        return values == null ? List.of() : values.stream().map(FormValues::uuid).filter(Objects::nonNull).toList();
    }

    public static <E extends Enum<E>> E value(Class<E> type, String value) {
        try {
            return blank(value) ? null : Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A whole number; spaces and thousands commas as people type them ("1 200", "1,200") are allowed. */
    public static Integer number(String value, String field, List<Problem> problems) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim().replace(" ", "").replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, "form.error.number"));
            return null;
        }
    }

    /** A filter's date: one that does not parse, or is out of {@link PlausibleDates}, restricts nothing rather than failing the page. */
    public static LocalDate date(String value) {
        try {
            LocalDate date = blank(value) ? null : LocalDate.parse(value.trim());
            return PlausibleDates.contains(date) ? date : null;
        } catch (DateTimeParseException e) {
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

    /** Hours and minutes; "8:30" as typed on a phone is read as 08:30. */
    public static LocalTime time(String value, String field, List<Problem> problems) {
        if (blank(value)) {
            return null;
        }
        String trimmed = value.trim();
        try {
            return LocalTime.parse(trimmed.length() == 4 ? "0" + trimmed : trimmed);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "form.error.time"));
            return null;
        }
    }

    /**
     * What did not parse and what breaks the record's rules, one message a field (the first wins:
     * "enter a real date" says more than "enter the date"), in the words of the message bundle.
     */
    public static Map<String, String> errors(MessageSource messages, List<Problem> parseProblems,
            List<Problem> ruleProblems) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (List<Problem> problems : List.of(parseProblems, ruleProblems)) {
            for (Problem problem : problems) {
                errors.putIfAbsent(problem.field(), messages.getMessage(problem.code(), problem.arguments(),
                        problem.code(), LocaleContextHolder.getLocale()));
            }
        }
        return errors;
    }
}
