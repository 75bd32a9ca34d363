package org.corridor.flows;

import org.corridor.kernel.BoundForm;
import org.corridor.kernel.Region;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.corridor.kernel.PersonalDataCheck;
import org.corridor.accounts.CorridorUser;
import org.corridor.directory.Directory;
import org.corridor.directory.OperationSummary;
import org.corridor.flows.FlowCounts;
import org.corridor.kernel.PersonalDataSuspected;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.RecordRejected;
import org.corridor.flows.RouteEvents;
import org.corridor.flows.RouteEvents.RouteEvent;
import org.corridor.flows.RouteEvents.RouteEventDraft;
import org.corridor.kernel.StaleRecord;
import org.springframework.context.MessageSource;
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

/** The route event timeline, country by country in date order, and the form to record or change an event. */
@Controller
class RouteEventController {

    private final RouteEvents events;
    private final FlowCounts counts;
    private final Directory directory;
    private final MessageSource messages;

    RouteEventController(RouteEvents events, FlowCounts counts, Directory directory, MessageSource messages) {
        this.events = events;
        this.counts = counts;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/flows/events")
    String timeline(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) UUID country,
            @RequestParam(required = false) RouteEvents.Kind kind, Model model) {
        FlowReference reference = FlowReference.of(directory);
        Map<UUID, List<RouteEvent>> byCountry = new LinkedHashMap<>();
        for (RouteEvent event : events.list(user, country, kind, null, null)) {
            byCountry.computeIfAbsent(event.countryId(), c -> new ArrayList<>()).add(event);
        }
        model.addAttribute("byCountry", byCountry);
        model.addAttribute("country", country);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", RouteEvents.Kind.values());
        model.addAttribute("mayRecord", !recordableOperations(user).isEmpty());
        reference.addTo(model);
        return "flows/events";
    }

    @GetMapping("/flows/events/new")
    String newEvent(@AuthenticationPrincipal CorridorUser user, Model model) {
        List<OperationSummary> operations = requireRecordableOperations(user);
        UUID operation = operations.get(0).id();
        return form(model, RouteEventForm.starting(operation, LocalDate.now(Region.ZONE), events.defaultLevel(operation)),
                operations, Map.of(), List.of(), null);
    }

    @PostMapping("/flows/events/new")
    String create(@AuthenticationPrincipal CorridorUser user, @ModelAttribute("form") RouteEventForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        List<OperationSummary> operations = requireRecordableOperations(user);
        RouteEventDraft draft = form.toDraft();
        if (BoundForm.failed(binding)) {
            return form(model, form, operations, BoundForm.errors(messages, binding,
                    events.problems(counts.rules(), draft)), List.of(), null);
        }
        try {
            events.record(user, draft, form.isConfirmPersonalData());
        } catch (RecordRejected e) {
            return form(model, form, operations, BoundForm.errors(messages, binding, e.problems()), List.of(), null);
        } catch (PersonalDataSuspected e) {
            return form(model, form, operations, Map.of(), e.findings(), null);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/flows/events";
    }

    @GetMapping("/flows/events/{id}/edit")
    String edit(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        RouteEvent event = editable(user, id);
        return form(model, RouteEventForm.of(event), List.of(), Map.of(), List.of(), event);
    }

    @PostMapping("/flows/events/{id}/edit")
    String update(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @ModelAttribute("form") RouteEventForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        RouteEvent event = editable(user, id);
        form.setOperationId(event.operationId()); // an event never changes operation
        RouteEventDraft draft = form.toDraft();
        if (BoundForm.failed(binding)) {
            return form(model, form, List.of(), BoundForm.errors(messages, binding,
                    events.problems(counts.rules(), draft)), List.of(), event);
        }
        try {
            events.update(user, id, form.getVersion(), draft, form.isConfirmPersonalData());
        } catch (RecordRejected e) {
            return form(model, form, List.of(), BoundForm.errors(messages, binding, e.problems()), List.of(), event);
        } catch (PersonalDataSuspected e) {
            return form(model, form, List.of(), Map.of(), e.findings(), event);
        } catch (StaleRecord e) {
            RouteEvent current = events.find(user, id).orElseThrow(() -> new RecordNotFound(id));
            model.addAttribute("stale", true);
            return form(model, RouteEventForm.of(current), List.of(), Map.of(), List.of(), current);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/flows/events";
    }

    private RouteEvent editable(CorridorUser user, UUID id) {
        RouteEvent event = events.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        if (!FlowCounts.mayRecord(user, event.operationId())) {
            throw new AccessDeniedException("Only officers and focal points of the operation change its route events");
        }
        return event;
    }

    private List<OperationSummary> recordableOperations(CorridorUser user) {
        return directory.operations(id -> FlowCounts.mayRecord(user, id));
    }

    private List<OperationSummary> requireRecordableOperations(CorridorUser user) {
        return Directory.atLeastOne(recordableOperations(user), "Only officers and focal points record route events");
    }

    private String form(Model model, RouteEventForm form, List<OperationSummary> operations, Map<String, String> errors,
            List<PersonalDataCheck.Finding> findings, RouteEvent existing) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("findings", findings);
        model.addAttribute("existing", existing);
        model.addAttribute("choosableOperations", operations);
        model.addAttribute("kinds", RouteEvents.Kind.values());
        FlowReference.of(directory).addTo(model);
        model.addAttribute("places", directory.placeChoices(form.getOperationId()));
        return "flows/event-form";
    }
}
