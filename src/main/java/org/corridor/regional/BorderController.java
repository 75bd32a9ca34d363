package org.corridor.regional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.accounts.CorridorUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The borders page of the regional picture: one border at a time, its exits against the entries on the other side
 * by ISO week and (folded) by day, a chart of both sides and their difference, and the periods where they diverge.
 * A bad parameter is said at the top of the page and beside its field, and the page shows the default instead.
 */
@Controller
class BorderController {

    private final BorderReconciliations reconciliations;
    private final RegionalPeriod.Defaults periods;
    private final MessageSource messages;
    private final JsonMapper json;

    BorderController(BorderReconciliations reconciliations, RegionalPeriod.Defaults periods, MessageSource messages,
            JsonMapper json) {
        this.reconciliations = reconciliations;
        this.periods = periods;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/regional/borders")
    String borders(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) String border,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String exitSource, @RequestParam(required = false) String entrySource,
            Model model) {
        RegionalReaders.require(user);
        Map<String, String> errors = new LinkedHashMap<>();
        List<BorderReconciliations.Border> borders = reconciliations.borders();
        BorderReconciliations.Border chosen = null;
        if (border != null && !border.isBlank()) {
            chosen = reconciliations.border(border.strip()).orElse(null);
            if (chosen == null) {
                errors.put("border", message("borders.error.border", BorderReconciliations.shorten(border)));
            }
        }
        RegionalPeriod period;
        try {
            period = BorderReconciliations.period(from, to, () -> periods.of(user));
        } catch (BorderReconciliations.Rejected e) {
            errors.put(e.field, message(e.code, e.arguments));
            period = periods.of(user);
        }
        // Every border at a glance, each in a source counted on both sides; the page opens on the first with days
        // counted on both sides, so that the coordinator does not start on a border nobody counted.
        Map<String, BorderReconciliations.Reconciliation> compared = new LinkedHashMap<>();
        Map<String, BorderComparison.Totals> overview = new LinkedHashMap<>();
        Map<String, String> overviewSources = new LinkedHashMap<>();
        for (BorderReconciliations.Border each : borders) {
            if (!each.problems().isEmpty()) {
                continue;
            }
            BorderReconciliations.Reconciliation r = reconciliations.reconcile(user, each, period, null, null);
            compared.put(each.name(), r);
            overview.put(each.name(), r.comparison().totals());
            overviewSources.put(each.name(), sourceName(r.exitSource()) + (r.exitSource().equals(r.entrySource())
                    ? "" : " / " + sourceName(r.entrySource())));
        }
        if (chosen == null) {
            chosen = borders.stream().filter(b -> overview.containsKey(b.name())
                    && overview.get(b.name()).daysCompared() > 0).findFirst()
                    .orElse(borders.isEmpty() ? null : borders.get(0));
        }
        BorderReconciliations.Reconciliation reconciliation = null;
        String misconfigured = null;
        boolean sourcesChosen = (exitSource != null && !exitSource.isBlank())
                || (entrySource != null && !entrySource.isBlank());
        if (chosen != null && !sourcesChosen && compared.containsKey(chosen.name())) {
            reconciliation = compared.get(chosen.name());
        } else if (chosen != null) {
            try {
                reconciliation = reconcile(user, chosen, period, exitSource, entrySource, errors);
            } catch (BorderReconciliations.Rejected e) {
                misconfigured = message(e.code, e.arguments);
            }
        }
        model.addAttribute("borders", borders);
        model.addAttribute("overview", overview);
        model.addAttribute("overviewSources", overviewSources);
        model.addAttribute("border", chosen);
        model.addAttribute("period", period);
        // A period with a mistake is shown as typed (cut to a sensible length), so that it can be corrected.
        boolean periodWrong = errors.containsKey("from") || errors.containsKey("to");
        model.addAttribute("from", periodWrong && from != null ? BorderReconciliations.shorten(from) : period.from());
        model.addAttribute("to", periodWrong && to != null ? BorderReconciliations.shorten(to) : period.to());
        model.addAttribute("errors", errors);
        model.addAttribute("misconfigured", misconfigured);
        model.addAttribute("reconciliation", reconciliation);
        model.addAttribute("sources", reconciliations.sources());
        model.addAttribute("divergencePercent", Math.round(reconciliations.divergenceShare() * 1000) / 10.0);
        model.addAttribute("minimumCount", reconciliations.minimumCount());
        if (reconciliation != null) {
            model.addAttribute("chartJson", chartJson(reconciliation));
        }
        return "regional/borders";
    }

    /** Reconciles in the chosen sources; a source that is not one is said beside its field and the default is used. */
    private BorderReconciliations.Reconciliation reconcile(CorridorUser user, BorderReconciliations.Border border,
            RegionalPeriod period, String exitSource, String entrySource, Map<String, String> errors) {
        String exit = exitSource;
        String entry = entrySource;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return reconciliations.reconcile(user, border, period, exit, entry);
            } catch (BorderReconciliations.Rejected e) {
                if (e.kind != BorderReconciliations.Rejected.Kind.BAD_PARAMETER) {
                    throw e;
                }
                errors.put(e.field, message(e.code, e.arguments));
                if ("exitSource".equals(e.field)) {
                    exit = null;
                } else {
                    entry = null;
                }
            }
        }
        return reconciliations.reconcile(user, border, period, null, null);
    }

    /** The chart's data: the period's days (both sides and their difference) for /js/border-chart.js. */
    private String chartJson(BorderReconciliations.Reconciliation reconciliation) {
        List<Map<String, Object>> days = reconciliation.comparison().days().stream().map(day -> {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("date", day.date().toString());
            point.put("exits", day.exits());
            point.put("entries", day.entries());
            point.put("difference", day.difference());
            point.put("trend", day.trend());
            point.put("diverges", day.diverges());
            return point;
        }).toList();
        // No '<' can close the data block early.
        return json.writeValueAsString(Map.of("days", days)).replace("<", "\\u003c");
    }

    private String sourceName(BorderReconciliations.SourceChoice source) {
        return source.name() == null ? message("borders.source.own") : source.name();
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }
}
