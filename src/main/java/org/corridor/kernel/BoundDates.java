package org.corridor.kernel;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dates of a page form (a typed form bean) as Spring bound them with the application's date format (year-month-day, within
 * {@link PlausibleDates}): one that is no date, or out of that range, is a problem beside its field and null in the
 * draft, so the draft's own rules are listed with it.
 */
public final class BoundDates {

    private BoundDates() {
    }

    public static LocalDate checked(LocalDate bound, String field, BindingResult binding, List<Problem> problems) {
        FieldError error = binding.getFieldError(field);
        if (error == null) {
            return bound;
        }
        problems.add(isDate(error.getRejectedValue())
                ? new Problem(field, "form.error.dateRange", PlausibleDates.EARLIEST, PlausibleDates.latest())
                : new Problem(field, "form.error.date"));
        return null;
    }

    private static boolean isDate(Object typed) {
        try {
            LocalDate.parse(String.valueOf(typed).trim());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Anything but a date that does not bind (the version the form was read at) is a bad request, as it always was. */
    public static void refuseUnboundOtherThan(Set<String> dateFields, BindingResult binding) {
        if (binding.getFieldErrors().stream().anyMatch(e -> !dateFields.contains(e.getField()))
                || binding.hasGlobalErrors()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }
}
