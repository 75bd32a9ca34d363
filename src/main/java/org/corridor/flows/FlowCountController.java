package org.corridor.flows;

import org.corridor.kernel.BoundForm;
import org.corridor.kernel.Region;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.directory.Directory;
import org.corridor.directory.OperationSummary;
import org.corridor.flows.Direction;
import org.corridor.flows.FlowCount;
import org.corridor.flows.FlowCountDraft;
import org.corridor.flows.FlowCounts;
import org.corridor.flows.FlowImport;
import org.corridor.flows.FlowFilter;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.RecordRejected;
import org.corridor.flows.PeriodKind;
import org.corridor.kernel.Problem;
import org.corridor.kernel.StaleRecord;
import org.springframework.beans.factory.annotation.Value;
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
import org.springframework.web.util.UriComponentsBuilder;

/** The pages of flow counts: the filtered list, one count, and the form to record or correct one. */
@Controller
class FlowCountController {

    static final int PAGE_SIZE = 50;

    private final FlowCounts counts;
    private final Directory directory;
    private final MessageSource messages;

    /** The list counts the matching counts up to this many, and beyond says "more than" (counting is slow). */
    private final long countLimit;

    FlowCountController(FlowCounts counts, Directory directory, MessageSource messages,
            @Value("${corridor.flows.list-count-limit:10000}") long countLimit) {
        this.counts = counts;
        this.directory = directory;
        this.messages = messages;
        this.countLimit = countLimit;
    }

    /** The list filter as typed in the query string; also used by the exports, so they give what the page shows. */
    record ListQuery(UUID operation, UUID country, UUID location, Direction direction, String source,
            PeriodKind periodKind, LocalDate from, LocalDate to) {

        FlowFilter filter() {
            SourceParameter chosen = SourceParameter.parse(source);
            return new FlowFilter(operation, country, location, direction, chosen.organisation(), chosen.own(),
                    periodKind, from, to);
        }

        /** The query string that gives this filter, kept on the pager's and the exports' links. */
        String queryString() {
            UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("operation", operation);
            values.put("country", country);
            values.put("location", location);
            values.put("direction", direction);
            values.put("source", source == null || source.isBlank() ? null : source);
            values.put("periodKind", periodKind);
            values.put("from", from);
            values.put("to", to);
            values.forEach((name, value) -> {
                if (value != null) {
                    builder.queryParam(name, value);
                }
            });
            String query = builder.build().encode().getQuery();
            return query == null ? "" : query;
        }
    }

    @GetMapping("/flows")
    String list(@AuthenticationPrincipal CorridorUser user, @ModelAttribute("q") ListQuery query,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("counts", counts.list(user, query.filter(), Math.max(page, 0), PAGE_SIZE, countLimit));
        model.addAttribute("query", query.queryString());
        model.addAttribute("mayRecord", !recordableOperations(user).isEmpty());
        model.addAttribute("mayImport", directory.operations().stream().anyMatch(o -> FlowImport.mayImport(user, o.id())));
        model.addAttribute("directions", Direction.values());
        model.addAttribute("periodKinds", PeriodKind.values());
        FlowReference.of(directory).addTo(model);
        return "flows/counts";
    }

    @GetMapping("/flows/counts/{id}")
    String detail(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        FlowCount count = counts.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        model.addAttribute("count", count);
        model.addAttribute("mayEdit", FlowCounts.mayRecord(user, count.operationId()));
        FlowReference.of(directory).addTo(model);
        return "flows/count";
    }

    @GetMapping("/flows/counts/new")
    String newCount(@AuthenticationPrincipal CorridorUser user, Model model) {
        List<OperationSummary> operations = requireRecordableOperations(user);
        UUID operation = operations.get(0).id();
        return form(model, FlowCountForm.starting(operation, LocalDate.now(Region.ZONE), counts.defaultLevel(operation)),
                operations, Map.of(), null);
    }

    @PostMapping("/flows/counts/new")
    String create(@AuthenticationPrincipal CorridorUser user, @ModelAttribute("form") FlowCountForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        List<OperationSummary> operations = requireRecordableOperations(user);
        List<Problem> nationalitiesProblems = new ArrayList<>();
        FlowCountDraft draft = form.toDraft(nationalitiesProblems);
        if (BoundForm.failed(binding) || !nationalitiesProblems.isEmpty()) {
            return form(model, form, operations, errors(binding, nationalitiesProblems, draft), null);
        }
        FlowCount saved;
        try {
            saved = counts.record(user, draft);
        } catch (RecordRejected e) {
            return form(model, form, operations, BoundForm.errors(messages, binding, e.problems()), null);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/flows/counts/" + saved.id();
    }

    @GetMapping("/flows/counts/{id}/edit")
    String edit(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        FlowCount count = editable(user, id);
        return form(model, FlowCountForm.of(count), List.of(), Map.of(), count);
    }

    @PostMapping("/flows/counts/{id}/edit")
    String update(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @ModelAttribute("form") FlowCountForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        FlowCount count = editable(user, id);
        form.setOperationId(count.operationId()); // a count never changes operation
        List<Problem> nationalitiesProblems = new ArrayList<>();
        FlowCountDraft draft = form.toDraft(nationalitiesProblems);
        if (BoundForm.failed(binding) || !nationalitiesProblems.isEmpty()) {
            return form(model, form, List.of(), errors(binding, nationalitiesProblems, draft), count);
        }
        try {
            counts.update(user, id, form.getVersion(), draft);
        } catch (RecordRejected e) {
            return form(model, form, List.of(), BoundForm.errors(messages, binding, e.problems()), count);
        } catch (StaleRecord e) {
            // Never overwrite: show the count as it is now and let the user make their change again.
            FlowCount current = counts.find(user, id).orElseThrow(() -> new RecordNotFound(id));
            model.addAttribute("stale", true);
            return form(model, FlowCountForm.of(current), List.of(), Map.of(), current);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/flows/counts/" + id;
    }

    /** What did not convert, then a nationalities box not in its format, then the count's own rules. */
    private Map<String, String> errors(BindingResult binding, List<Problem> nationalitiesProblems,
            FlowCountDraft draft) {
        var rules = counts.rules();
        List<Problem> problems = new ArrayList<>(nationalitiesProblems);
        problems.addAll(rules.problems(rules.completed(draft)));
        return BoundForm.errors(messages, binding, problems);
    }

    /** A count the user may correct; one they may not see is not found, one they may only read is forbidden. */
    private FlowCount editable(CorridorUser user, UUID id) {
        FlowCount count = counts.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        if (!FlowCounts.mayRecord(user, count.operationId())) {
            throw new AccessDeniedException("Only officers and focal points of the operation correct its counts");
        }
        return count;
    }

    private List<OperationSummary> recordableOperations(CorridorUser user) {
        return directory.operations(id -> FlowCounts.mayRecord(user, id));
    }

    private List<OperationSummary> requireRecordableOperations(CorridorUser user) {
        return Directory.atLeastOne(recordableOperations(user), "Only officers and focal points record flow counts");
    }

    private String form(Model model, FlowCountForm form, List<OperationSummary> operations, Map<String, String> errors,
            FlowCount existing) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("existing", existing);
        model.addAttribute("choosableOperations", operations);
        model.addAttribute("periodKinds", PeriodKind.values());
        model.addAttribute("directions", Direction.values());
        FlowReference.of(directory).addTo(model);
        model.addAttribute("places", directory.placeChoices(form.getOperationId()));
        return "flows/count-form";
    }
}
