package org.corridor.monitoring;

import org.corridor.kernel.BoundForm;
import org.corridor.kernel.Region;
import org.corridor.kernel.Problem;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.PersonalDataSuspected;
import org.corridor.kernel.StaleRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.RecordKind;
import org.corridor.accounts.Sharing;
import org.corridor.accounts.DistributionLevel;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OperationSummary;
import org.corridor.interchange.TableExport;
import org.corridor.monitoring.MonitoringVisits;
import org.corridor.monitoring.Observations;
import org.corridor.monitoring.Unit;
import org.corridor.monitoring.VisitDetails;
import org.corridor.monitoring.VisitDraft;
import org.corridor.monitoring.VisitStatus;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of monitoring visits: list with filters, detail, and the phone-friendly form. */
@Controller
class VisitController {

    static final int PAGE_SIZE = 50;

    private final MonitoringVisits visits;
    private final Directory directory;
    private final MessageSource messages;
    private final Sharing sharing;

    VisitController(MonitoringVisits visits, Directory directory, MessageSource messages, Sharing sharing) {
        this.visits = visits;
        this.directory = directory;
        this.messages = messages;
        this.sharing = sharing;
    }

    /** The list's filters as they come from the query string. */
    record Filter(UUID operation, UUID location, Unit unit, VisitStatus status, LocalDate from, LocalDate to) {
        MonitoringVisits.VisitFilter toVisitFilter() {
            return new MonitoringVisits.VisitFilter(operation, location, unit, status, from, to);
        }

        String query() {
            List<String> parts = new ArrayList<>();
            if (operation != null) parts.add("operation=" + operation);
            if (location != null) parts.add("location=" + location);
            if (unit != null) parts.add("unit=" + unit);
            if (status != null) parts.add("status=" + status);
            if (from != null) parts.add("from=" + from);
            if (to != null) parts.add("to=" + to);
            return String.join("&", parts);
        }
    }

    @GetMapping("/monitoring/visits")
    String list(@AuthenticationPrincipal CorridorUser user, @ModelAttribute("filter") Filter filter,
            @RequestParam(defaultValue = "0") int page, Model model) {
        var result = visits.list(user, filter.toVisitFilter(), Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("visits", result);
        model.addAttribute("query", filter.query());
        model.addAttribute("mayRecord", !recordableOperations(user).isEmpty());
        addReferenceData(model);
        return "monitoring/visits";
    }

    /** The filtered list, every page of it, as CSV or XLSX. */
    @GetMapping({"/monitoring/visits.csv", "/monitoring/visits.xlsx"})
    void export(@AuthenticationPrincipal CorridorUser user, @ModelAttribute("filter") Filter filter,
            jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        boolean xlsx = request.getRequestURI().endsWith(".xlsx");
        String name = "monitoring-visits-" + LocalDate.now(Region.ZONE);
        response.setContentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + (xlsx ? ".xlsx" : ".csv") + "\"");
        Map<UUID, LocationSummary> places = directory.locations().stream()
                .collect(Collectors.toMap(LocationSummary::id, l -> l, (a, b) -> a));
        Map<UUID, String> operationCodes = directory.operations().stream()
                .collect(Collectors.toMap(OperationSummary::id, OperationSummary::code, (a, b) -> a));
        TableExport.RowSource rows = sink -> {
            for (int page = 0; ; page++) {
                var result = visits.list(user, filter.toVisitFilter(), page, 500);
                for (VisitDetails v : result.items()) {
                    sink.row(VisitExport.row(v, operationCodes.get(v.operationId()), places.get(v.locationId())));
                }
                if (page + 1 >= result.totalPages()) {
                    break;
                }
            }
        };
        if (xlsx) {
            TableExport.xlsx(response.getOutputStream(), "Visits", VisitExport.HEADERS, rows);
        } else {
            TableExport.csv(response.getOutputStream(), VisitExport.HEADERS, rows);
        }
    }

    @GetMapping("/monitoring/visits/{id}")
    String detail(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        VisitDetails visit = visits.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        model.addAttribute("visit", visit);
        model.addAttribute("mayEdit", visits.mayEdit(user, visit));
        addReferenceData(model);
        return "monitoring/visit";
    }

    @GetMapping("/monitoring/visits/new")
    String newVisit(@AuthenticationPrincipal CorridorUser user, Model model) {
        List<OperationSummary> operations = recordableOperations(user);
        if (operations.isEmpty()) {
            throw new AccessDeniedException("Only officers and focal points record visits");
        }
        VisitForm form = new VisitForm();
        form.setStartDate(LocalDate.now(Region.ZONE));
        defaultTimes(form, java.time.LocalTime.now(Region.ZONE));
        form.setOperationId(operations.get(0).id());
        form.setDistributionLevel(sharing.defaultLevel(operations.get(0).id(), RecordKind.MONITORING_VISIT));
        // The last location and unit this user recorded: a monitor usually goes back to the same crossing.
        visits.list(user, new MonitoringVisits.VisitFilter(operations.get(0).id(), null, null, null, null, null), 0, 20)
                .items().stream().filter(v -> v.createdBy().equals(user.id())).findFirst()
                .ifPresent(last -> {
                    form.setLocationId(last.locationId());
                    form.setUnit(last.unit());
                    form.setUnitName(last.unitName());
                });
        return form(model, form, operations, List.of(), List.of(), null);
    }

    /**
     * A monitor usually records a visit just made: it ran from 08:00 until now (at most 16:00) and is
     * completed. Before 09:00 there is no such visit yet, so the day's visit is proposed as planned.
     */
    static void defaultTimes(VisitForm form, java.time.LocalTime now) {
        if (now.isBefore(java.time.LocalTime.of(9, 0))) {
            form.setStatus(VisitStatus.PLANNED);
            return;
        }
        java.time.LocalTime until = now.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        until = until.minusMinutes(until.getMinute() % 15);
        form.setEndTime(until.isAfter(java.time.LocalTime.of(16, 0)) ? java.time.LocalTime.of(16, 0) : until);
        form.setStatus(VisitStatus.COMPLETED);
    }

    @PostMapping("/monitoring/visits")
    String create(@AuthenticationPrincipal CorridorUser user, @ModelAttribute("form") VisitForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        List<OperationSummary> operations = recordableOperations(user);
        List<Problem> typing = BoundForm.problems(binding);
        VisitDraft draft = form.toDraft();
        if (!typing.isEmpty()) {
            // Every problem at once: what did not convert and what breaks the visit's rules.
            return form(model, form, operations, merge(typing, draft.problems(java.time.Instant.now())), List.of(), null);
        }
        try {
            VisitDetails saved = visits.record(user, draft, form.isConfirmPersonalData());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/monitoring/visits/" + saved.id();
        } catch (RecordRejected e) {
            return form(model, form, operations, e.problems(), List.of(), null);
        } catch (PersonalDataSuspected e) {
            return form(model, form, operations, List.of(), e.findings(), null);
        }
    }

    @GetMapping("/monitoring/visits/{id}/edit")
    String edit(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        VisitDetails visit = visits.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        if (!visits.mayEdit(user, visit)) {
            throw new AccessDeniedException("Only the author or a focal point changes a visit");
        }
        return form(model, VisitForm.of(visit), List.of(), List.of(), List.of(), visit);
    }

    @PostMapping("/monitoring/visits/{id}")
    String update(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @ModelAttribute("form") VisitForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        VisitDetails visit = visits.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        List<Problem> typing = BoundForm.problems(binding);
        form.setOperationId(visit.operationId()); // a visit never changes operation
        VisitDraft draft = form.toDraft();
        if (!typing.isEmpty()) {
            return form(model, form, List.of(), merge(typing, draft.problems(java.time.Instant.now())), List.of(), visit);
        }
        try {
            visits.update(user, id, form.getVersion(), draft, form.isConfirmPersonalData());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/monitoring/visits/" + id;
        } catch (RecordRejected e) {
            return form(model, form, List.of(), e.problems(), List.of(), visit);
        } catch (PersonalDataSuspected e) {
            return form(model, form, List.of(), List.of(), e.findings(), visit);
        } catch (StaleRecord e) {
            // Someone else changed it: show the visit as it is now.
            VisitDetails current = visits.find(user, id).orElseThrow(() -> new RecordNotFound(id));
            model.addAttribute("stale", true);
            return form(model, VisitForm.of(current), List.of(), List.of(), List.of(), current);
        }
    }

    private String form(Model model, VisitForm form, List<OperationSummary> operations, List<Problem> problems,
            List<org.corridor.kernel.PersonalDataCheck.Finding> findings, VisitDetails existing) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Problem problem : problems) {
            errors.putIfAbsent(form.formField(problem.field()), messages.getMessage(problem.code(),
                    problem.arguments(), problem.code(), LocaleContextHolder.getLocale()));
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("findings", findings);
        model.addAttribute("existing", existing);
        model.addAttribute("recordableOperations", operations);
        // Observations and follow-ups stay folded unless they hold something or a problem.
        model.addAttribute("openObservations", errors.keySet().stream().anyMatch(VisitController::isObservationField)
                || form.getPersonsTotal() != null || form.getStaffing() != null
                || notBlank(form.getNarrative(), form.getConcerns()));
        model.addAttribute("openFollowUps", errors.keySet().stream().anyMatch(f -> f.startsWith("followUps"))
                || form.getFollowUps().stream().anyMatch(r -> notBlank(r.getAction(), r.getOwner())));
        model.addAttribute("openMore", errors.containsKey("endDate") || errors.containsKey("teamCount")
                || errors.containsKey("unitName") || form.overnight());
        addReferenceData(model);
        model.addAttribute("places", directory.placeChoices(form.getOperationId()));
        return "monitoring/visit-form";
    }

    private static boolean isObservationField(String field) {
        return Set.of("personsTotal", "men", "women", "children", "unaccompaniedMinors", "humanitarianConditions",
                "narrative", "concerns").contains(field);
    }

    private static boolean notBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static List<Problem> merge(List<Problem> first, List<Problem> second) {
        List<Problem> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private List<OperationSummary> recordableOperations(CorridorUser user) {
        return directory.operations(id -> user.mayRecord(id));
    }

    private void addReferenceData(Model model) {
        List<LocationSummary> locations = directory.locations();
        model.addAttribute("locations", locations);
        model.addAttribute("locationNames", locations.stream()
                .collect(Collectors.toMap(LocationSummary::id, LocationSummary::name, (a, b) -> a)));
        model.addAttribute("operations", directory.operations());
        model.addAttribute("operationNames", directory.operations().stream()
                .collect(Collectors.toMap(OperationSummary::id, OperationSummary::name, (a, b) -> a)));
        model.addAttribute("units", Unit.values());
        model.addAttribute("statuses", VisitStatus.values());
        model.addAttribute("staffingValues", Observations.Staffing.values());
        model.addAttribute("equipmentValues", Observations.Equipment.values());
        model.addAttribute("corruptionValues", Observations.Corruption.values());
        model.addAttribute("levels", DistributionLevel.values());
    }
}
