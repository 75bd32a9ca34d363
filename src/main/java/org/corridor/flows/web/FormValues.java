package org.corridor.flows.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.corridor.Problem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Reading the typed strings of the flows forms: a value that does not parse becomes a problem beside
 * its field (and a null in the draft, so the draft's own rules are listed with it).
 */
final class FormValues {

    private FormValues() {
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Ids come from the form's own select lists; anything else is treated as not chosen. */
    static UUID uuid(String value) {
        try {
            return blank(value) ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E value(Class<E> type, String value) {
        try {
            return blank(value) ? null : Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Integer number(String value, String field, List<Problem> problems) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim().replace(" ", "").replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, "flow.error.number"));
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
            problems.add(new Problem(field, "flow.error.date"));
            return null;
        }
    }

    /** Lines of CODE=number (or CODE number, CODE: number), as typed in the nationalities box. */
    static Map<String, Integer> nationalities(String value, List<Problem> problems) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (blank(value)) {
            return counts;
        }
        for (String line : value.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.trim().split("\\s*[=:\\s]\\s*", 2);
            if (parts.length != 2) {
                problems.add(new Problem("nationalities", "flow.error.nationalitiesFormat"));
                return counts;
            }
            try {
                counts.merge(parts[0], Integer.valueOf(parts[1].trim().replace(",", "")), Integer::sum);
            } catch (NumberFormatException e) {
                problems.add(new Problem("nationalities", "flow.error.nationalitiesFormat"));
                return counts;
            }
        }
        return counts;
    }

    static String nationalities(Map<String, Integer> counts) {
        StringBuilder text = new StringBuilder();
        counts.forEach((code, count) -> text.append(code).append('=').append(count).append('\n'));
        return text.toString().trim();
    }

    /** What did not parse and what breaks the record's rules, one message a field (the first wins). */
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
