package org.corridor.activities;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.corridor.kernel.BoundForm;
import org.corridor.kernel.Problem;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.StaleRecord;
import org.corridor.accounts.CorridorUser;
import org.corridor.activities.Activities;
import org.corridor.activities.Activity;
import org.corridor.activities.CapacityEvent;
import org.corridor.activities.CapacityEventDraft;
import org.corridor.activities.TargetGroup;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OperationSummary;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The form that records a training or workshop of an activity, with its participants per target group,
 * and changes it later. Whoever may change the activity may record its events; the service checks again.
 */
@Controller
class CapacityEventController {

    private final Activities activities;
    private final Directory directory;
    private final MessageSource messages;

    CapacityEventController(Activities activities, Directory directory, MessageSource messages) {
        this.activities = activities;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/activities/{id}/capacity-events/new")
    String newEvent(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        Activity activity = editable(user, id);
        CapacityEventForm form = new CapacityEventForm();
        return form(model, form, activity, null, Map.of());
    }

    @PostMapping("/activities/{id}/capacity-events/new")
    String create(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @ModelAttribute("form") CapacityEventForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        Activity activity = editable(user, id);
        CapacityEventDraft draft = form.toDraft(activity.id(), binding);
        if (BoundForm.failed(binding)) {
            return form(model, form, activity, null, errors(draft, binding, draft.problems()));
        }
        try {
            activities.createEvent(user, draft);
        } catch (RecordRejected e) {
            return form(model, form, activity, null, errors(draft, binding, e.problems()));
        }
        redirect.addFlashAttribute("eventSaved", true);
        return "redirect:/activities/" + id + "#capacity-events";
    }

    @GetMapping("/activities/{id}/capacity-events/{eventId}/edit")
    String edit(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, @PathVariable UUID eventId,
            Model model) {
        Activity activity = editable(user, id);
        CapacityEvent event = eventOf(user, activity, eventId);
        return form(model, CapacityEventForm.of(event), activity, event, Map.of());
    }

    @PostMapping("/activities/{id}/capacity-events/{eventId}/edit")
    String update(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, @PathVariable UUID eventId,
            @ModelAttribute("form") CapacityEventForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        Activity activity = editable(user, id);
        CapacityEvent event = eventOf(user, activity, eventId);
        CapacityEventDraft draft = form.toDraft(activity.id(), binding);
        if (BoundForm.failed(binding)) {
            return form(model, form, activity, event, errors(draft, binding, draft.problems()));
        }
        try {
            activities.updateEvent(user, eventId, form.getVersion(), draft);
        } catch (RecordRejected e) {
            return form(model, form, activity, event, errors(draft, binding, e.problems()));
        } catch (StaleRecord e) {
            // Never overwrite: show the event as it is now and let the user make their change again.
            CapacityEvent current = eventOf(user, activity, eventId);
            model.addAttribute("stale", true);
            return form(model, CapacityEventForm.of(current), activity, current, Map.of());
        }
        redirect.addFlashAttribute("eventSaved", true);
        return "redirect:/activities/" + id + "#capacity-events";
    }

    private Activity editable(CorridorUser user, UUID id) {
        Activity activity = activities.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        if (!activities.mayEdit(user, activity)) {
            throw new AccessDeniedException("Only those who may change the activity record its capacity building");
        }
        return activity;
    }

    /** The event, if it is one of this activity's: an event id under another activity's path is not found. */
    private CapacityEvent eventOf(CorridorUser user, Activity activity, UUID eventId) {
        return activities.findEvent(user, eventId).filter(e -> e.activityId().equals(activity.id()))
                .orElseThrow(() -> new RecordNotFound(eventId));
    }

    /**
     * What did not convert and what breaks the event's rules, both on the inputs of the table ("POLICE-achieved")
     * rather than on the properties they are bound to or the lines of the draft.
     */
    private Map<String, String> errors(CapacityEventDraft draft, BindingResult binding, List<Problem> ruleProblems) {
        Map<String, String> errors = BoundForm.errors(messages,
                CapacityEventForm.unconverted(BoundForm.problems(binding)),
                CapacityEventForm.onInputs(draft, ruleProblems));
        // "Enter a whole number" alone does not say which of 54 boxes is meant: name the group and the number.
        Locale locale = LocaleContextHolder.getLocale();
        for (TargetGroup group : TargetGroup.values()) {
            String groupName = messages.getMessage("capacity.value.TargetGroup." + group, null, group.name(), locale);
            for (String number : CapacityEventForm.NUMBERS) {
                errors.computeIfPresent(CapacityEventForm.fieldId(group, number), (field, message) -> messages.getMessage(
                        "capacity.error.inTable", new Object[] {messages.getMessage("capacity.label." + number,
                                new Object[] {groupName}, locale), message}, locale));
            }
        }
        return errors;
    }

    private String form(Model model, CapacityEventForm form, Activity activity, CapacityEvent existing,
            Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("activity", activity);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", errors);
        // The groups with a problem in their numbers ("POLICE-achieved"), whose rows get a line saying what it is.
        model.addAttribute("invalidGroups", errors.keySet().stream().filter(field -> field.contains("-"))
                .map(field -> field.substring(0, field.indexOf('-'))).collect(Collectors.toSet()));
        model.addAttribute("groups", TargetGroup.values());
        model.addAttribute("numbers", CapacityEventForm.NUMBERS);
        List<LocationSummary> locations = directory.locations();
        model.addAttribute("locations", locations);
        model.addAttribute("operationName", directory.operations().stream()
                .filter(o -> o.id().equals(activity.operationId())).map(OperationSummary::name).findFirst()
                .orElse(""));
        return "activities/capacity-event-form";
    }
}
