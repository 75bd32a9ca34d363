package org.corridor.liaison;

import org.corridor.kernel.BoundForm;
import org.corridor.kernel.Region;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.corridor.kernel.Problem;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.StaleRecord;
import org.corridor.accounts.CorridorUser;
import org.corridor.directory.Directory;
import org.corridor.directory.OperationSummary;
import org.corridor.liaison.Meeting;
import org.corridor.liaison.MeetingKind;
import org.corridor.liaison.MeetingSeries;
import org.corridor.liaison.MeetingSeries.Series;
import org.corridor.liaison.MeetingSeries.SeriesDraft;
import org.corridor.liaison.Meetings;
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

/**
 * The pages of recurring meetings: the list, one series with its rule and its meetings, and the form.
 * Who may change a series is who may change its meetings: its author while a recorder, the focal points.
 */
@Controller
class SeriesController {

    private final MeetingSeries series;
    private final Meetings meetings;
    private final Directory directory;
    private final MessageSource messages;

    SeriesController(MeetingSeries series, Meetings meetings, Directory directory, MessageSource messages) {
        this.series = series;
        this.meetings = meetings;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/liaison/series")
    String list(@AuthenticationPrincipal CorridorUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("series", series.list(user, null, Math.max(page, 0), MeetingController.PAGE_SIZE));
        model.addAttribute("mayRecord", !recordableOperations(user).isEmpty());
        Names.add(model, directory);
        return "liaison/series-list";
    }

    @GetMapping("/liaison/series/{id}")
    String detail(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        Series shown = series.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        List<Meeting> occurrences = series.occurrences(user, shown);
        Instant now = Instant.now();
        List<Meeting> upcoming = occurrences.stream().filter(m -> !m.endsAt().isBefore(now)).toList();
        List<Meeting> past = new ArrayList<>(occurrences.stream().filter(m -> m.endsAt().isBefore(now)).toList());
        Collections.reverse(past); // the latest first, next to the upcoming ones
        model.addAttribute("shown", shown);
        model.addAttribute("upcoming", upcoming);
        model.addAttribute("past", past);
        model.addAttribute("meetingCount", occurrences.size());
        model.addAttribute("cancelledCount", occurrences.stream().filter(Meeting::cancelled).count());
        model.addAttribute("mayEdit", series.mayEdit(user, shown));
        Names.add(model, directory);
        return "liaison/series";
    }

    @GetMapping("/liaison/series/new")
    String newSeries(@AuthenticationPrincipal CorridorUser user, Model model) {
        List<OperationSummary> operations = requireRecordableOperations(user);
        UUID operation = operations.get(0).id();
        return form(model, SeriesForm.starting(operation, meetings.today(), meetings.defaultLevel(operation)),
                operations, Map.of(), null);
    }

    @PostMapping("/liaison/series/new")
    String create(@AuthenticationPrincipal CorridorUser user, @ModelAttribute("form") SeriesForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        List<OperationSummary> operations = requireRecordableOperations(user);
        List<Problem> endProblems = new ArrayList<>();
        SeriesDraft draft = form.toDraft(endProblems);
        if (BoundForm.failed(binding) || !endProblems.isEmpty()) {
            return form(model, form, operations, errors(binding, endProblems, draft), null);
        }
        Series saved;
        try {
            saved = series.create(user, draft);
        } catch (RecordRejected e) {
            return form(model, form, operations, BoundForm.errors(messages, binding, e.problems()), null);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/liaison/series/" + saved.id();
    }

    @GetMapping("/liaison/series/{id}/edit")
    String edit(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        Series existing = editable(user, id);
        return form(model, SeriesForm.of(existing), List.of(), Map.of(), existing);
    }

    @PostMapping("/liaison/series/{id}/edit")
    String update(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @ModelAttribute("form") SeriesForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Series existing = editable(user, id);
        form.setOperationId(existing.operationId()); // a series never changes operation
        List<Problem> endProblems = new ArrayList<>();
        SeriesDraft draft = form.toDraft(endProblems);
        if (BoundForm.failed(binding) || !endProblems.isEmpty()) {
            return form(model, form, List.of(), errors(binding, endProblems, draft), existing);
        }
        try {
            series.update(user, id, form.getVersion(), draft);
        } catch (RecordRejected e) {
            return form(model, form, List.of(), BoundForm.errors(messages, binding, e.problems()), existing);
        } catch (StaleRecord e) {
            // Never overwrite: show the series as it is now and let the user make their change again.
            Series current = series.find(user, id).orElseThrow(() -> new RecordNotFound(id));
            model.addAttribute("stale", true);
            return form(model, SeriesForm.of(current), List.of(), Map.of(), current);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/liaison/series/" + id;
    }

    /** What did not convert, then how the series ends, then the series' own rules. */
    private Map<String, String> errors(BindingResult binding, List<Problem> endProblems, SeriesDraft draft) {
        List<Problem> problems = new ArrayList<>(endProblems);
        problems.addAll(draft.problems());
        return BoundForm.errors(messages, binding, problems);
    }

    /** A series the user may change; one they may not see is not found, one they may only read is forbidden. */
    private Series editable(CorridorUser user, UUID id) {
        Series existing = series.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        if (!series.mayEdit(user, existing)) {
            throw new AccessDeniedException("Only the series' author or a focal point of the operation changes it");
        }
        return existing;
    }

    private List<OperationSummary> recordableOperations(CorridorUser user) {
        return directory.operations(id -> meetings.mayRecord(user, id));
    }

    private List<OperationSummary> requireRecordableOperations(CorridorUser user) {
        return Directory.atLeastOne(recordableOperations(user), "Only officers and focal points set up meeting series");
    }

    private String form(Model model, SeriesForm form, List<OperationSummary> operations, Map<String, String> errors,
            Series existing) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("existing", existing);
        model.addAttribute("choosableOperations", operations);
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("zone", Region.ZONE.getId());
        model.addAttribute("staleKey", "series.error.stale");
        Names.add(model, directory);
        return "liaison/series-form";
    }
}
