package org.corridor.alerts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.UserAccounts;
import org.corridor.alerts.Alerts.AlertFilter;
import org.corridor.directory.CountrySummary;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OperationSummary;
import org.corridor.kernel.FormValues;
import org.corridor.kernel.PersonalDataCheck;
import org.corridor.kernel.PersonalDataSuspected;
import org.corridor.kernel.Problem;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.RecordPage;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.StaleRecord;
import org.corridor.kernel.TextLimits;
import org.corridor.liaison.ActionPoints;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The alerts pages: the list (open alerts first of all, filtered by kind, operation and state), one alert with its
 * evidence, the records behind it and its history, and the forms that acknowledge and resolve it. Who has no alerts at
 * all (a delegation reader, an administrator) is refused (403); an alert the reader may not read does not exist (404).
 */
@Controller
class AlertPageController {

    static final int PAGE_SIZE = 25;

    /** The two things a reader does to an alert; each is a form of its own on the alert's page. */
    enum Action {
        ACKNOWLEDGE("acknowledge"), RESOLVE("resolve");

        final String prefix;

        Action(String prefix) {
            this.prefix = prefix;
        }
    }

    /** What an acknowledgement or a resolution sends: the comment, the version read, the personal-data confirmation. */
    static class AlertActionForm {
        private String comment;
        private long version;
        private boolean confirmPersonalData;

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public boolean isConfirmPersonalData() {
            return confirmPersonalData;
        }

        public void setConfirmPersonalData(boolean confirmPersonalData) {
            this.confirmPersonalData = confirmPersonalData;
        }
    }

    /** A link to a record behind an alert: its label's message key and arguments, and the existing page's address. */
    record RecordLink(String labelKey, String argument, String url) {
    }

    /** One figure of an alert's evidence, with its label's message key. */
    record EvidenceRow(String key, String labelKey, Object value) {
    }

    private final Alerts alerts;
    private final Directory directory;
    private final UserAccounts accounts;
    private final ActionPoints actionPoints;
    private final MessageSource messages;

    AlertPageController(Alerts alerts, Directory directory, UserAccounts accounts, ActionPoints actionPoints,
            MessageSource messages) {
        this.alerts = alerts;
        this.directory = directory;
        this.accounts = accounts;
        this.actionPoints = actionPoints;
        this.messages = messages;
    }

    /**
     * The list; without a state chosen it opens on the open alerts (the empty choice, "any state", shows all).
     * Unknown values of a filter filter nothing.
     */
    @GetMapping("/alerts")
    String list(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String operation, @RequestParam(required = false) String state,
            @RequestParam(defaultValue = "0") int page, Model model) {
        requireAlerts(user);
        AlertFilter filter = new AlertFilter(FormValues.value(AlertKind.class, kind), FormValues.uuid(operation),
                state == null ? AlertState.OPEN : FormValues.value(AlertState.class, state));
        RecordPage<Alert> alertsPage = alerts.list(user, filter, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("alerts", alertsPage);
        model.addAttribute("filter", filter);
        model.addAttribute("query", query(filter));
        model.addAttribute("kinds", AlertKind.values());
        model.addAttribute("states", AlertState.values());
        model.addAttribute("operations", operationsOf(user));
        model.addAttribute("filtered", kind != null && !kind.isBlank() || operation != null && !operation.isBlank()
                || state != null);
        names(model);
        return "alerts/list";
    }

    @GetMapping("/alerts/{id}")
    String detail(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        requireAlerts(user);
        Alert alert = alerts.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        if (!alert.read()) {
            alerts.markRead(user, id);
        }
        return detail(user, alert, model, null, new AlertActionForm(), Map.of(), List.of());
    }

    @PostMapping("/alerts/{id}/acknowledgement")
    String acknowledge(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @ModelAttribute AlertActionForm form, Model model, RedirectAttributes redirect) {
        return act(user, id, Action.ACKNOWLEDGE, form, model, redirect);
    }

    @PostMapping("/alerts/{id}/resolution")
    String resolve(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @ModelAttribute AlertActionForm form, Model model, RedirectAttributes redirect) {
        return act(user, id, Action.RESOLVE, form, model, redirect);
    }

    private String act(CorridorUser user, UUID id, Action action, AlertActionForm form, Model model,
            RedirectAttributes redirect) {
        requireAlerts(user);
        Alert alert = alerts.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        if (!alerts.mayAct(user, alert)) {
            throw new AccessDeniedException("Only the people of the alert's operation acknowledge or resolve it");
        }
        try {
            if (action == Action.ACKNOWLEDGE) {
                alerts.acknowledge(user, id, form.getVersion(), form.getComment(), form.isConfirmPersonalData());
            } else {
                alerts.resolve(user, id, form.getVersion(), form.getComment(), form.isConfirmPersonalData());
            }
        } catch (RecordRejected e) {
            return detail(user, alert, model, action, form, errors(action, e.problems()), List.of());
        } catch (PersonalDataSuspected e) {
            return detail(user, alert, model, action, form, Map.of(), e.findings());
        } catch (StaleRecord e) {
            // Shown as it is now, the comment kept so that it can be sent again against what changed.
            Alert current = alerts.find(user, id).orElseThrow(() -> new RecordNotFound(id));
            form.setVersion(current.version());
            model.addAttribute("stale", true);
            return detail(user, current, model, action, form, Map.of(), List.of());
        }
        redirect.addFlashAttribute("done", action.prefix);
        return "redirect:/alerts/" + id;
    }

    private String detail(CorridorUser user, Alert alert, Model model, Action submitted, AlertActionForm form,
            Map<String, String> errors, List<PersonalDataCheck.Finding> findings) {
        boolean mayAct = alerts.mayAct(user, alert);
        model.addAttribute("alert", alert);
        model.addAttribute("evidence", evidence(alert));
        model.addAttribute("links", links(user, alert));
        model.addAttribute("place", place(alert).orElse(null));
        model.addAttribute("people", accounts.displayNames(Stream.of(alert.acknowledgedBy(), alert.resolvedBy())
                .filter(Objects::nonNull).toList()));
        model.addAttribute("mayAcknowledge", mayAct && alert.state() == AlertState.OPEN);
        model.addAttribute("mayResolve", mayAct && alert.state() != AlertState.RESOLVED);
        model.addAttribute("submitted", submitted == null ? null : submitted.prefix);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("findings", findings);
        model.addAttribute("commentLimit", TextLimits.PARAGRAPH);
        names(model);
        return "alerts/detail";
    }

    /** The problems beside the comment of the form sent; a problem of the alert's state stands at the top only. */
    private Map<String, String> errors(Action action, List<Problem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Problem problem : problems) {
            String key = "comment".equals(problem.field()) ? action.prefix + "-comment" : action.prefix + "-state";
            errors.putIfAbsent(key, messages.getMessage(problem.code(), problem.arguments(), problem.code(),
                    LocaleContextHolder.getLocale()));
        }
        return errors;
    }

    /**
     * The order the evidence reads in: what and where, then the figures compared, then the thresholds. The database
     * keeps the evidence as jsonb, which does not keep the order the rule wrote it in; a key not named here follows.
     */
    private static final List<String> EVIDENCE_ORDER = List.of("trigger", "event", "place", "country", "occurredOn",
            "title", "direction", "source", "periodKind", "lastWeekTotal", "lastWeekPeriods", "fourWeeksTotal",
            "fourWeeksPeriods", "dailyAverageLastWeek", "dailyAverageBefore", "changePercent", "thresholdPercent",
            "minimumWeeklyCount", "alternativeCountry", "lastAssessedOn", "assessedAuthority", "rating",
            "contingencyPlan", "recentAssessment", "assessmentMonths", "deploymentsInPlace", "officersDeployed",
            "meeting", "dueDate", "daysOverdue", "week", "weeks", "weekTotal", "visits", "targets", "visitsInRun",
            "targetInRun", "weeksRunning");

    private List<EvidenceRow> evidence(Alert alert) {
        return alert.evidence().entrySet().stream()
                .filter(e -> !e.getKey().endsWith("UserId")) // an id says nothing to a reader
                .sorted(java.util.Comparator.comparingInt((Map.Entry<String, Object> e) -> {
                    int at = EVIDENCE_ORDER.indexOf(e.getKey());
                    return at < 0 ? EVIDENCE_ORDER.size() : at;
                }).thenComparing(Map.Entry::getKey))
                .map(e -> new EvidenceRow(e.getKey(), "alert.evidence." + e.getKey(), e.getValue())).toList();
    }

    /** The records behind an alert, on the pages that show them already; only what the reader may open. */
    private List<RecordLink> links(CorridorUser user, Alert alert) {
        List<RecordLink> links = new ArrayList<>();
        String type = alert.sourceRecordType();
        if ("action_point".equals(type) && alert.sourceRecordId() != null) {
            actionPoints.find(user, alert.sourceRecordId()).ifPresent(point -> links.add(new RecordLink(
                    "alert.link.meeting", point.meetingTitle(), "/liaison/meetings/" + point.meetingId())));
        }
        if ("preparedness_assessment".equals(type) && alert.sourceRecordId() != null) {
            links.add(new RecordLink("alert.link.assessment", null,
                    "/monitoring/assessments/" + alert.sourceRecordId()));
        }
        boolean aboutRouteEvent = "route_event".equals(type) || alert.causeKey().contains("route-event:");
        if (aboutRouteEvent && alert.countryId() != null) {
            String country = directory.country(alert.countryId()).map(CountrySummary::name).orElse(null);
            links.add(new RecordLink("alert.link.routeEvents", country, UriComponentsBuilder
                    .fromPath("/flows/events").queryParam("country", alert.countryId()).build().toUriString()));
        }
        if (alert.locationId() != null || alert.countryId() != null && !aboutRouteEvent) {
            // The place's flow chart over the alert's period and the four weeks before it, which the rules compare.
            LocalDate from = alert.periodStart().minusWeeks(4);
            UriComponentsBuilder chart = UriComponentsBuilder.fromPath("/flows/chart");
            if (alert.locationId() != null) {
                chart.queryParam("location", alert.locationId());
            } else {
                chart.queryParam("country", alert.countryId());
            }
            links.add(new RecordLink("alert.link.chart", place(alert).orElse(null),
                    chart.queryParam("from", from).queryParam("to", alert.periodEnd()).build().toUriString()));
        }
        if (alert.kind() == AlertKind.OFF_ROUTE_PREPAREDNESS) {
            links.add(new RecordLink("alert.link.deployments", null, "/monitoring/deployments"));
        }
        return links;
    }

    private Optional<String> place(Alert alert) {
        if (alert.locationId() != null) {
            Optional<String> location = directory.location(alert.locationId()).map(LocationSummary::name);
            if (location.isPresent()) {
                return location;
            }
        }
        return alert.countryId() == null ? Optional.empty()
                : directory.country(alert.countryId()).map(CountrySummary::name);
    }

    /** The operations a reader's alerts come from: their own, or every one for the coordinator. */
    private List<OperationSummary> operationsOf(CorridorUser user) {
        return directory.operations().stream()
                .filter(o -> user.followsEveryOperationsAlerts() || user.isMemberOf(o.id())).toList();
    }

    private void names(Model model) {
        model.addAttribute("operationNames", directory.operations().stream()
                .collect(Collectors.toMap(OperationSummary::id, OperationSummary::name, (a, b) -> a)));
        model.addAttribute("locationNames", directory.locations().stream()
                .collect(Collectors.toMap(LocationSummary::id, LocationSummary::name, (a, b) -> a)));
        model.addAttribute("countryNames", directory.countries().stream()
                .collect(Collectors.toMap(CountrySummary::id, CountrySummary::name, (a, b) -> a)));
    }

    /** The filter as a query string for the pager (the state always written, so a page keeps "any state"). */
    private static String query(AlertFilter filter) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        if (filter.kind() != null) {
            query.queryParam("kind", filter.kind());
        }
        if (filter.operationId() != null) {
            query.queryParam("operation", filter.operationId());
        }
        query.queryParam("state", filter.state() == null ? "" : filter.state().name());
        return query.build().getQuery();
    }

    private void requireAlerts(CorridorUser user) {
        if (!alerts.mayHaveAlerts(user)) {
            throw new AccessDeniedException("Alerts are for the people of the operations and the regional coordinator");
        }
    }
}
