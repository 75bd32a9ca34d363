package org.corridor.kernel;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.server.ResponseStatusException;

/**
 * A page form (a typed bean bound by Spring) after binding: what was typed but did not convert is a problem beside
 * its field, in the words the API uses, and stays in the field as typed ({@code th:field} shows it); the field is null
 * in the draft, so the record's own rules are listed with it.
 */
public final class BoundForm {

    private BoundForm() {
    }

    /**
     * The problems of what did not convert. A date that is a date but out of {@link PlausibleDates} says the range; a
     * choice (an id or a value of a list) that is none of the form's own counts as not chosen, as the record's rules
     * then say; anything else that does not bind (the version the form was read at) is a bad request, as it always was.
     */
    public static List<Problem> problems(BindingResult binding) {
        if (binding.hasGlobalErrors()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        List<Problem> problems = new ArrayList<>();
        for (FieldError error : binding.getFieldErrors()) {
            String field = error.getField();
            Class<?> type = binding.getFieldType(field);
            if (type == LocalDate.class) {
                problems.add(isDate(error.getRejectedValue())
                        ? new Problem(field, "form.error.dateRange", PlausibleDates.EARLIEST, PlausibleDates.latest())
                        : new Problem(field, "form.error.date"));
            } else if (type == Integer.class) {
                problems.add(new Problem(field, "form.error.number"));
            } else if (type == LocalTime.class) {
                problems.add(new Problem(field, "form.error.time"));
            } else if (type == null || !(type == UUID.class || type.isEnum() || List.class.isAssignableFrom(type))) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
            }
        }
        return problems;
    }

    /** Whether anything typed did not convert (then the form is shown again with its problems, and nothing saved). */
    public static boolean failed(BindingResult binding) {
        return !problems(binding).isEmpty();
    }

    /**
     * What did not convert and what breaks the record's rules, one message a field (the first wins: "enter a real
     * date" says more than "enter the date"), in the words of the message bundle.
     */
    public static Map<String, String> errors(MessageSource messages, BindingResult binding, List<Problem> ruleProblems) {
        return errors(messages, problems(binding), ruleProblems);
    }

    /** The same, for a form that names the problems of what did not convert after its own inputs first. */
    public static Map<String, String> errors(MessageSource messages, List<Problem> bindProblems,
            List<Problem> ruleProblems) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (List<Problem> problems : List.of(bindProblems, ruleProblems)) {
            for (Problem problem : problems) {
                errors.putIfAbsent(problem.field(), messages.getMessage(problem.code(), problem.arguments(),
                        problem.code(), LocaleContextHolder.getLocale()));
            }
        }
        return errors;
    }

    private static boolean isDate(Object typed) {
        try {
            LocalDate.parse(String.valueOf(typed).trim());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
