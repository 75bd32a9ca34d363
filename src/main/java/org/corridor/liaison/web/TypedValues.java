package org.corridor.liaison.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.corridor.Problem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** Reading the strings of the liaison forms: what does not parse becomes a problem beside its field. */
final class TypedValues {

    private TypedValues() {
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Ids come from the form's own lists; anything else counts as not chosen. */
    static UUID uuid(String value) {
        try {
            return blank(value) ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static List<UUID> uuids(List<String> values) {
        return values == null ? List.of() : values.stream().map(TypedValues::uuid).filter(Objects::nonNull).toList();
    }

    static <E extends Enum<E>> E value(Class<E> type, String value) {
        try {
            return blank(value) ? null : Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static LocalDate date(String value, String field, List<Problem> problems) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "meeting.error.date"));
            return null;
        }
    }

    static LocalTime time(String value, String field, List<Problem> problems) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalTime.parse(value.trim().length() == 4 ? "0" + value.trim() : value.trim());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "meeting.error.time"));
            return null;
        }
    }

    /** One message a field, what did not parse first, in the words of the message bundle. */
    static Map<String, String> errors(MessageSource messages, List<Problem> parseProblems, List<Problem> ruleProblems) {
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
