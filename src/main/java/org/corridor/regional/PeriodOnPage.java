package org.corridor.regional;

import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;

/**
 * The period a regional page (co-operation, map) is asked for, read as a page reads it: a mistake is said beside its
 * field and the default period shown instead, while the fields keep what was typed so that it can be corrected.
 */
final class PeriodOnPage {

    private PeriodOnPage() {
    }

    /** The period asked for; when it is refused, the default, with the sentence put in {@code errors} by its field. */
    static RegionalPeriod read(String from, String to, Supplier<RegionalPeriod> defaults, Map<String, String> errors,
            MessageSource messages) {
        try {
            return CooperationRequestRejected.period(from, to, defaults);
        } catch (CooperationRequestRejected e) {
            errors.put(e.field, messages.getMessage(e.code, e.arguments, LocaleContextHolder.getLocale()));
            return defaults.get();
        }
    }

    /** The period shown and the page's errors; a day with a mistake in the period is shown as it was typed. */
    static void show(Model model, RegionalPeriod period, String from, String to, Map<String, String> errors) {
        boolean wrong = errors.containsKey("from") || errors.containsKey("to");
        model.addAttribute("period", period);
        model.addAttribute("errors", errors);
        model.addAttribute("from", wrong && from != null ? CooperationRequestRejected.shorten(from) : period.from());
        model.addAttribute("to", wrong && to != null ? CooperationRequestRejected.shorten(to) : period.to());
    }
}
