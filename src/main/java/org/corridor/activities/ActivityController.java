package org.corridor.activities;

import static org.corridor.kernel.FormValues.date;
import static org.corridor.kernel.FormValues.uuid;
import static org.corridor.kernel.FormValues.value;

import java.beans.PropertyEditorSupport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.corridor.kernel.BoundForm;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.StaleRecord;
import org.corridor.accounts.CorridorUser;
import org.corridor.activities.Activities;
import org.corridor.activities.Activity;
import org.corridor.activities.ActivityDraft;
import org.corridor.activities.ActivityFilter;
import org.corridor.activities.ActivityKind;
import org.corridor.activities.ActivityStatus;
import org.corridor.activities.Funding;
import org.corridor.directory.Dimension;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OperationSummary;
import org.corridor.directory.OrganisationSummary;
import org.corridor.directory.ResponseArea;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The activity pages: the filtered list (its exports are ActivityExportController's), one activity, and the form that records it. */
@Controller
class ActivityController {

    static final int PAGE_SIZE = 50;

    private final Activities activities;
    private final Directory directory;
    private final MessageSource messages;

    ActivityController(Activities activities, Directory directory, MessageSource messages) {
        this.activities = activities;
        this.directory = directory;
        this.messages = messages;
    }

    /** The status filter's value for every activity but the cancelled ones (those the 4W matrix counts). */
    static final String NOT_CANCELLED = "NOT_CANCELLED";

    /** The list's filter as typed; a value that does not parse is left out rather than failing the page. */
    record Filter(String operation, String area, String dimension, String status, String from, String to,
            String partner, String q, String response) {

        ActivityFilter toFilter() {
            return new ActivityFilter(uuid(operation), value(ResponseArea.class, area), value(Dimension.class, dimension),
                    value(ActivityStatus.class, status), date(from), date(to), uuid(partner), q,
                    NOT_CANCELLED.equals(status), "true".equals(response) ? Boolean.TRUE
                            : "false".equals(response) ? Boolean.FALSE : null);
        }

        String query() {
            UriComponentsBuilder b = UriComponentsBuilder.newInstance();
            Map<String, String> values = new LinkedHashMap<>();
            values.put("operation", operation);
            values.put("area", area);
            values.put("dimension", dimension);
            values.put("status", status);
            values.put("from", from);
            values.put("to", to);
            values.put("partner", partner);
            values.put("q", q);
            values.put("response", response);
            values.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    b.queryParam(k, v);
                }
            });
            String query = b.encode().build().getQuery();
            return query == null ? "" : query;
        }
    }

    @GetMapping("/activities")
    String list(@AuthenticationPrincipal CorridorUser user, @ModelAttribute("filter") Filter filter,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("activities", activities.list(user, filter.toFilter(), Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("query", filter.query());
        model.addAttribute("mayRecord", !recordableOperations(user).isEmpty());
        reference(model);
        return "activities/list";
    }

    @GetMapping("/activities/{id}")
    String show(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        Activity activity = activities.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        model.addAttribute("activity", activity);
        model.addAttribute("events", activities.events(user, id));
        model.addAttribute("mayEdit", activities.mayEdit(user, activity));
        reference(model);
        return "activities/detail";
    }

    /** "No" is the one answer that takes an activity out of the migration response; anything else keeps it in. */
    @InitBinder("form")
    void readMigrationResponse(WebDataBinder binder) {
        binder.registerCustomEditor(Boolean.class, "migrationResponse", new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(!"false".equals(text));
            }
        });
    }

    @GetMapping("/activities/new")
    String newActivity(@AuthenticationPrincipal CorridorUser user, Model model) {
        List<OperationSummary> operations = requireRecordableOperations(user);
        UUID operation = operations.get(0).id();
        return form(model, ActivityForm.starting(operation, activities.defaultLevel(operation)), operations, Map.of(),
                null);
    }

    @PostMapping("/activities/new")
    String create(@AuthenticationPrincipal CorridorUser user, @ModelAttribute("form") ActivityForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        List<OperationSummary> operations = requireRecordableOperations(user);
        ActivityDraft draft = form.toDraft(form.getOperationId(), directory.organisations());
        if (BoundForm.failed(binding)) {
            return form(model, form, operations, BoundForm.errors(messages, binding, draft.problems()), null);
        }
        Activity saved;
        try {
            saved = activities.create(user, draft);
        } catch (RecordRejected e) {
            return form(model, form, operations, BoundForm.errors(messages, binding, e.problems()), null);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/activities/" + saved.id();
    }

    @GetMapping("/activities/{id}/edit")
    String edit(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        Activity activity = editable(user, id);
        return form(model, ActivityForm.of(activity, directory.organisations()), List.of(), Map.of(), activity);
    }

    @PostMapping("/activities/{id}/edit")
    String update(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @ModelAttribute("form") ActivityForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        Activity activity = editable(user, id);
        // an activity never changes operation
        ActivityDraft draft = form.toDraft(activity.operationId(), directory.organisations());
        if (BoundForm.failed(binding)) {
            return form(model, form, List.of(), BoundForm.errors(messages, binding, draft.problems()), activity);
        }
        try {
            activities.update(user, id, form.getVersion(), draft);
        } catch (RecordRejected e) {
            return form(model, form, List.of(), BoundForm.errors(messages, binding, e.problems()), activity);
        } catch (StaleRecord e) {
            // Never overwrite: show the activity as it is now and let the user make their change again.
            Activity current = activities.find(user, id).orElseThrow(() -> new RecordNotFound(id));
            model.addAttribute("stale", true);
            return form(model, ActivityForm.of(current, directory.organisations()), List.of(), Map.of(), current);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/activities/" + id;
    }

    private Activity editable(CorridorUser user, UUID id) {
        Activity activity = activities.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        if (!activities.mayEdit(user, activity)) {
            throw new AccessDeniedException("Only the operation's members change its activities");
        }
        return activity;
    }

    private List<OperationSummary> recordableOperations(CorridorUser user) {
        return directory.operations(id -> activities.mayRecord(user, id));
    }

    private List<OperationSummary> requireRecordableOperations(CorridorUser user) {
        return Directory.atLeastOne(recordableOperations(user), "Only officers and focal points record activities");
    }

    private String form(Model model, ActivityForm form, List<OperationSummary> operations, Map<String, String> errors,
            Activity existing) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("existing", existing);
        model.addAttribute("choosableOperations", operations);
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("fundings", Funding.values());
        reference(model);
        return "activities/form";
    }

    private void reference(Model model) {
        List<OperationSummary> operations = directory.operations();
        model.addAttribute("operations", operations);
        model.addAttribute("operationNames", operations.stream()
                .collect(Collectors.toMap(OperationSummary::id, OperationSummary::name)));
        List<LocationSummary> locations = directory.locations();
        model.addAttribute("locations", locations);
        model.addAttribute("locationNames", locations.stream()
                .collect(Collectors.toMap(LocationSummary::id, LocationSummary::name, (a, b) -> a)));
        List<OrganisationSummary> organisations = directory.organisations();
        model.addAttribute("organisations", organisations);
        model.addAttribute("organisationNames", organisations.stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::shortName)));
        model.addAttribute("areas", ResponseArea.values());
        model.addAttribute("dimensions", Dimension.values());
        model.addAttribute("statuses", ActivityStatus.values());
    }
}
