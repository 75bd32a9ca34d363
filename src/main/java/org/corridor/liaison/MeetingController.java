package org.corridor.liaison;

import org.corridor.kernel.BoundForm;
import org.corridor.kernel.Region;
import org.corridor.kernel.FormValues;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.corridor.kernel.PersonalDataSuspected;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.RecordPage;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.StaleRecord;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.UserAccounts;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OperationSummary;
import org.corridor.directory.OrganisationSummary;
import org.corridor.interchange.TableExport;
import org.corridor.liaison.ActionPointStatus;
import org.corridor.liaison.ActionPoints;
import org.corridor.liaison.Meeting;
import org.corridor.liaison.MeetingDraft;
import org.corridor.liaison.MeetingKind;
import org.corridor.liaison.MeetingSeries;
import org.corridor.liaison.Meetings;
import org.corridor.liaison.Meetings.MeetingFilter;
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

/** The meeting pages: list with filters, month calendar, detail with action points, the form, exports. */
@Controller
class MeetingController {

    static final int PAGE_SIZE = 25;
    private static final int EXPORT_PAGE = 500;

    private final Meetings meetings;
    private final MeetingSeries series;
    private final ActionPoints actionPoints;
    private final Directory directory;
    private final UserAccounts accounts;
    private final MessageSource messages;

    MeetingController(Meetings meetings, MeetingSeries series, ActionPoints actionPoints, Directory directory,
            UserAccounts accounts, MessageSource messages) {
        this.meetings = meetings;
        this.series = series;
        this.actionPoints = actionPoints;
        this.directory = directory;
        this.accounts = accounts;
        this.messages = messages;
    }

    /** Someone who may attend for the operations: shown by name, with the operations they belong to. */
    record Person(UUID id, String name, String operations) {
    }

    @GetMapping("/liaison/meetings")
    String list(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) String operation,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "0") int page,
            Model model) {
        MeetingFilter filter = filter(operation, kind, organisation, from, to, mine ? user.id() : null);
        model.addAttribute("meetings", meetings.list(user, filter, Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("filter", filter);
        model.addAttribute("query", query(filter));
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("mayRecord", !recordableOperations(user).isEmpty());
        Names.add(model, directory);
        return "liaison/meetings";
    }

    @GetMapping({"/liaison/meetings.csv", "/liaison/meetings.xlsx"})
    void export(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) String operation,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "false") boolean mine, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        MeetingFilter filter = filter(operation, kind, organisation, from, to, mine ? user.id() : null);
        Map<UUID, String> operations = directory.operations().stream()
                .collect(Collectors.toMap(OperationSummary::id, OperationSummary::code, (a, b) -> a));
        Map<UUID, String> organisations = directory.organisations().stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::shortName, (a, b) -> a));
        Map<UUID, String> locations = directory.locations().stream()
                .collect(Collectors.toMap(LocationSummary::id, LocationSummary::name, (a, b) -> a));
        boolean xlsx = request.getRequestURI().endsWith(".xlsx");
        String name = "meetings-" + LocalDate.now(Region.ZONE) + (xlsx ? ".xlsx" : ".csv");
        response.setContentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        List<String> headers = List.of("id", "operation", "kind", "title", "starts", "ends", "location", "place",
                "chair", "operations", "organisations", "topics", "summary", "decisions", "cancelled", "series",
                "distribution_level", "version");
        TableExport.RowSource rows = sink -> {
            for (int number = 0; ; number++) {
                RecordPage<Meeting> page = meetings.list(user, filter, number, EXPORT_PAGE);
                for (Meeting m : page.items()) {
                    sink.row(Arrays.asList(m.id().toString(), operations.get(m.operationId()), m.kind().name(),
                            m.title(), m.localStart(), m.localEnd(), locations.get(m.locationId()), m.place(),
                            organisations.get(m.chairOrganisationId()),
                            m.operationIds().stream().map(operations::get).collect(Collectors.joining(", ")),
                            m.organisationIds().stream().map(organisations::get).collect(Collectors.joining(", ")),
                            m.topics(), m.summary(), String.join(" | ", m.decisions()), m.cancelled(),
                            m.seriesId() == null ? null : m.seriesId().toString(), m.distributionLevel().name(),
                            m.version()));
                }
                if (number + 1 >= page.totalPages()) {
                    break;
                }
            }
        };
        if (xlsx) {
            TableExport.xlsx(response.getOutputStream(), "Meetings", headers, rows);
        } else {
            TableExport.csv(response.getOutputStream(), headers, rows);
        }
    }

    /** One day of the calendar grid, with the meetings that start on it. */
    record CalendarDay(LocalDate day, boolean inMonth, boolean today, List<Meeting> meetings) {

        public boolean weekend() {
            return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        }
    }

    /**
     * The month the calendar opens on: this one while the user has meetings from this month on, else the month of
     * the latest meeting they may read (the demo's are in 2015–16), so that it never opens on an empty month when
     * there are meetings to show.
     */
    private YearMonth openingMonth(CorridorUser user) {
        YearMonth thisMonth = YearMonth.from(meetings.today());
        return meetings.period(user).map(p -> YearMonth.from(p.to()))
                .filter(latest -> latest.isBefore(thisMonth)).orElse(thisMonth);
    }

    @GetMapping("/liaison/calendar")
    String calendar(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) String month,
            @RequestParam(required = false) String operation, Model model) {
        YearMonth asked = FormValues.month(month);
        YearMonth shown = asked != null ? asked : openingMonth(user);
        UUID operationId = FormValues.uuid(operation);
        LocalDate first = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        Map<LocalDate, List<Meeting>> byDay = new LinkedHashMap<>();
        for (Meeting m : meetings.between(user, operationId, first, last)) {
            byDay.computeIfAbsent(m.localStart().toLocalDate(), d -> new ArrayList<>()).add(m);
        }
        LocalDate today = meetings.today();
        List<List<CalendarDay>> weeks = new ArrayList<>();
        for (LocalDate weekStart = first; !weekStart.isAfter(last); weekStart = weekStart.plusWeeks(1)) {
            List<CalendarDay> week = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                LocalDate day = weekStart.plusDays(i);
                week.add(new CalendarDay(day, YearMonth.from(day).equals(shown), day.equals(today),
                        byDay.getOrDefault(day, List.of())));
            }
            weeks.add(week);
        }
        model.addAttribute("month", shown);
        model.addAttribute("thisMonth", YearMonth.from(today));
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("weeks", weeks);
        // A phone shows the month's meetings as a list of days: seven columns leave no room for their titles.
        model.addAttribute("agenda", weeks.stream().flatMap(List::stream)
                .filter(d -> d.inMonth() && !d.meetings().isEmpty()).toList());
        model.addAttribute("operation", operationId);
        model.addAttribute("operationQuery", operationId == null ? "" : "&operation=" + operationId);
        Names.add(model, directory);
        return "liaison/calendar";
    }

    @GetMapping("/liaison/meetings/{id}")
    String detail(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        Meeting meeting = meetings.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        return detail(user, meeting, model, new ActionPointForm(), Map.of());
    }

    private String detail(CorridorUser user, Meeting meeting, Model model, ActionPointForm pointForm,
            Map<String, String> pointErrors) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("series", meeting.seriesId() == null ? null
                : series.find(user, meeting.seriesId()).orElse(null));
        model.addAttribute("attendees", accounts.displayNames(meeting.attendeeIds()).values().stream().sorted().toList());
        model.addAttribute("mayEdit", meetings.mayEdit(user, meeting));
        model.addAttribute("mayAddActionPoint", meeting.operationIds().stream().anyMatch(user::mayRecordMeetings));
        // Another operation at the meeting may own an action point; the recording operation is "ours".
        UUID recording = meeting.operationIds().stream().filter(user::mayRecordMeetings).findFirst().orElse(null);
        model.addAttribute("otherOwnerOperations", meeting.operationIds().stream()
                .filter(o -> !o.equals(recording)).toList());
        List<ActionPoints.ActionPoint> points = actionPoints.ofMeeting(user, meeting.id());
        model.addAttribute("actionPoints", points);
        // "Mark done" and "Drop" only where the service would accept them.
        model.addAttribute("changeablePoints", points.stream().filter(a -> actionPoints.mayEdit(user, a))
                .map(ActionPoints.ActionPoint::id).collect(Collectors.toSet()));
        model.addAttribute("pointForm", pointForm);
        model.addAttribute("errors", pointErrors);
        model.addAttribute("statuses", ActionPointStatus.values());
        Names.add(model, directory);
        return "liaison/meeting";
    }

    @PostMapping("/liaison/meetings/{id}/action-points")
    String addActionPoint(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @ModelAttribute("pointForm") ActionPointForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Meeting meeting = meetings.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        UUID operation = meeting.operationIds().stream().filter(user::mayRecordMeetings).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Only the operations' officers and focal points add action points"));
        ActionPoints.ActionPointDraft draft = form.toDraft(meeting.id(), operation, user.id());
        if (BoundForm.failed(binding)) {
            return detail(user, meeting, model, form, BoundForm.errors(messages, binding, draft.problems()));
        }
        try {
            actionPoints.create(user, draft);
        } catch (RecordRejected e) {
            return detail(user, meeting, model, form, BoundForm.errors(messages, binding, e.problems()));
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/liaison/meetings/" + id;
    }

    @PostMapping("/liaison/meetings/{id}/cancel")
    String cancel(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "true") boolean cancelled, @RequestParam(defaultValue = "0") long version,
            RedirectAttributes redirect) {
        Meeting meeting = editable(user, id);
        try {
            meetings.cancel(user, id, version, cancelled);
        } catch (StaleRecord e) {
            redirect.addFlashAttribute("stale", true);
            return "redirect:/liaison/meetings/" + meeting.id();
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/liaison/meetings/" + meeting.id();
    }

    @GetMapping("/liaison/meetings/new")
    String newMeeting(@AuthenticationPrincipal CorridorUser user, Model model) {
        List<OperationSummary> operations = requireRecordableOperations(user);
        UUID operation = operations.get(0).id();
        return form(model, MeetingForm.starting(operation, LocalDate.now(Region.ZONE), meetings.defaultLevel(operation)),
                operations, Map.of(), null);
    }

    @PostMapping("/liaison/meetings/new")
    String create(@AuthenticationPrincipal CorridorUser user, @ModelAttribute("form") MeetingForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        List<OperationSummary> operations = requireRecordableOperations(user);
        MeetingDraft draft = form.toDraft();
        if (BoundForm.failed(binding)) {
            return form(model, form, operations, BoundForm.errors(messages, binding, draft.problems()), null);
        }
        Meeting saved;
        try {
            saved = meetings.create(user, draft);
        } catch (RecordRejected e) {
            return form(model, form, operations, BoundForm.errors(messages, binding, e.problems()), null);
        } catch (PersonalDataSuspected e) {
            model.addAttribute("findings", e.findings());
            return form(model, form, operations, Map.of(), null);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/liaison/meetings/" + saved.id();
    }

    @GetMapping("/liaison/meetings/{id}/edit")
    String edit(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        Meeting meeting = editable(user, id);
        return form(model, MeetingForm.of(meeting), List.of(), Map.of(), meeting);
    }

    @PostMapping("/liaison/meetings/{id}/edit")
    String update(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @ModelAttribute("form") MeetingForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Meeting meeting = editable(user, id);
        form.setOperationId(meeting.operationId()); // a meeting never changes operation
        MeetingDraft draft = form.toDraft();
        if (BoundForm.failed(binding)) {
            return form(model, form, List.of(), BoundForm.errors(messages, binding, draft.problems()), meeting);
        }
        try {
            meetings.update(user, id, form.getVersion(), draft);
        } catch (RecordRejected e) {
            return form(model, form, List.of(), BoundForm.errors(messages, binding, e.problems()), meeting);
        } catch (PersonalDataSuspected e) {
            model.addAttribute("findings", e.findings());
            return form(model, form, List.of(), Map.of(), meeting);
        } catch (StaleRecord e) {
            // Never overwrite: show the meeting as it is now and let the user make their change again.
            Meeting current = meetings.find(user, id).orElseThrow(() -> new RecordNotFound(id));
            model.addAttribute("stale", true);
            return form(model, MeetingForm.of(current), List.of(), Map.of(), current);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/liaison/meetings/" + id;
    }

    /** A meeting the user may change; one they may not see is not found, one they may only read is forbidden. */
    private Meeting editable(CorridorUser user, UUID id) {
        Meeting meeting = meetings.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        if (!meetings.mayEdit(user, meeting)) {
            throw new AccessDeniedException("Only the meeting's author or a focal point of the operation changes it");
        }
        return meeting;
    }

    /**
     * Who may be ticked as attending: the people of the meeting's operations (for a new meeting, of the
     * operations the user records for), of those ticked on the form, and anyone already ticked.
     */
    private List<Person> people(MeetingForm form, List<OperationSummary> choosable, Meeting existing) {
        java.util.Set<UUID> operations = new java.util.LinkedHashSet<>();
        if (existing != null) {
            operations.addAll(existing.operationIds());
        }
        choosable.forEach(o -> operations.add(o.id()));
        operations.addAll(MeetingFields.chosen(form.getOtherOperationIds()));
        java.util.Set<UUID> ticked = new java.util.HashSet<>(MeetingFields.chosen(form.getAttendeeIds()));
        Map<UUID, String> names = directory.operations().stream()
                .collect(Collectors.toMap(OperationSummary::id, OperationSummary::name, (a, b) -> a));
        return accounts.list().stream()
                .filter(u -> ticked.contains(u.id())
                        || (u.isEnabled() && operations.stream().anyMatch(u::isMemberOf)))
                .map(u -> new Person(u.id(), u.displayName(), u.operationIds().stream().map(names::get)
                        .filter(java.util.Objects::nonNull).sorted().collect(Collectors.joining(", "))))
                .sorted(java.util.Comparator.comparing(Person::name).thenComparing(Person::operations))
                .toList();
    }

    private List<OperationSummary> recordableOperations(CorridorUser user) {
        return directory.operations(id -> meetings.mayRecord(user, id));
    }

    private List<OperationSummary> requireRecordableOperations(CorridorUser user) {
        return Directory.atLeastOne(recordableOperations(user), "Only officers and focal points record meetings");
    }

    private String form(Model model, MeetingForm form, List<OperationSummary> operations, Map<String, String> errors,
            Meeting existing) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("existing", existing);
        model.addAttribute("choosableOperations", operations);
        model.addAttribute("kinds", MeetingKind.values());
        Names.add(model, directory);
        model.addAttribute("people", people(form, operations, existing));
        return "liaison/meeting-form";
    }

    private static MeetingFilter filter(String operation, String kind, String organisation, String from, String to,
            UUID attendee) {
        return new MeetingFilter(FormValues.uuid(operation), FormValues.value(MeetingKind.class, kind),
                FormValues.uuid(organisation), FormValues.date(from),
                FormValues.date(to), attendee);
    }

    /** The filter's query string, kept on the pager's and export links. */
    private static String query(MeetingFilter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.operationId() != null) {
            parts.add("operation=" + filter.operationId());
        }
        if (filter.kind() != null) {
            parts.add("kind=" + filter.kind());
        }
        if (filter.organisationId() != null) {
            parts.add("organisation=" + filter.organisationId());
        }
        if (filter.from() != null) {
            parts.add("from=" + filter.from());
        }
        if (filter.to() != null) {
            parts.add("to=" + filter.to());
        }
        if (filter.attendeeId() != null) {
            parts.add("mine=true");
        }
        return String.join("&", parts);
    }
}
