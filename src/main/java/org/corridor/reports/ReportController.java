package org.corridor.reports;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.directory.Directory;
import org.corridor.directory.OperationSummary;
import org.corridor.kernel.BoundForm;
import org.corridor.kernel.FormValues;
import org.corridor.kernel.PersonalDataSuspected;
import org.corridor.kernel.Problem;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.RecordPage;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.Region;
import org.corridor.kernel.StaleRecord;
import org.corridor.kernel.TextLimits;
import org.corridor.reports.Reports.CommentView;
import org.corridor.reports.Reports.DraftAuthor;
import org.corridor.reports.Reports.ReportFilter;
import org.corridor.reports.Reports.ReportView;
import org.corridor.reports.Reports.SectionDraft;
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

/**
 * The report pages: the list with its filters, a new report, the editor (header, sections, review comments,
 * workflow buttons), the reader view of a distributed report and its earlier editions, the versions and their
 * comparison, and the downloads. The service decides who reads and does what; a report the user may not read is
 * not found.
 */
@Controller
class ReportController {

    static final int PAGE_SIZE = 25;
    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Reports reports;
    private final ReportDownloads downloads;
    private final ReportFiles files;
    private final ReportQueries transitions;
    private final Directory directory;
    private final MessageSource messages;

    ReportController(Reports reports, ReportDownloads downloads, ReportFiles files,
            ReportQueries transitions, Directory directory, MessageSource messages) {
        this.transitions = transitions;
        this.reports = reports;
        this.downloads = downloads;
        this.files = files;
        this.directory = directory;
        this.messages = messages;
    }

    /** An operation the user may draft a report for, or the region (value {@link ReportForm#REGIONAL}). */
    record Choice(String value, String name) {
    }

    /** A recipient of the distribution form: its value as posted and its name. */
    record RecipientChoice(String value, String name) {
    }

    /** Defaults of what a refused transition leaves for the next page (flash attributes take their place). */
    @ModelAttribute("refusals")
    List<String> noRefusals() {
        return List.of();
    }

    @ModelAttribute("refusalFields")
    java.util.Set<String> noRefusalFields() {
        return java.util.Set.of();
    }

    @ModelAttribute("typed")
    Map<String, String> nothingTyped() {
        return Map.of();
    }

    // ---------------------------------------------------------------- the list

    @GetMapping("/reports")
    String list(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) String operation,
            @RequestParam(required = false) String type, @RequestParam(required = false) String status,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String words, @RequestParam(defaultValue = "0") int page, Model model) {
        String searched = words == null || words.isBlank() ? null : words.strip();
        if (searched != null && searched.length() > TextLimits.LINE) {
            searched = searched.substring(0, TextLimits.LINE);
        }
        ReportFilter filter = new ReportFilter(FormValues.uuid(operation), FormValues.value(ReportType.class, type),
                FormValues.value(ReportStatus.class, status), FormValues.date(from), FormValues.date(to), searched);
        RecordPage<Reports.ReportSummary> found = reports.list(user, filter, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("reports", found);
        model.addAttribute("filter", filter);
        model.addAttribute("query", query(filter));
        model.addAttribute("types", ReportType.values());
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("operations", directory.operations());
        model.addAttribute("mayDraft", !draftable(user).isEmpty());
        return "reports/list";
    }

    /** The filter's query string, kept on the pager's links. */
    private static String query(ReportFilter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.operationId() != null) {
            parts.add("operation=" + filter.operationId());
        }
        if (filter.type() != null) {
            parts.add("type=" + filter.type());
        }
        if (filter.status() != null) {
            parts.add("status=" + filter.status());
        }
        if (filter.from() != null) {
            parts.add("from=" + filter.from());
        }
        if (filter.to() != null) {
            parts.add("to=" + filter.to());
        }
        if (filter.words() != null) {
            parts.add("words=" + URLEncoder.encode(filter.words(), StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }

    // ---------------------------------------------------------------- a new report

    /** Where the user may draft: their operations where they draft, then the region for who drafts regional reports. */
    private List<Choice> draftable(CorridorUser user) {
        List<Choice> choices = new ArrayList<>();
        for (OperationSummary o : directory.operations()) {
            if (user.mayDraftReports(o.id())) {
                choices.add(new Choice(o.id().toString(), o.name()));
            }
        }
        if (user.mayDraftReports(null)) {
            choices.add(new Choice(ReportForm.REGIONAL, message("report.regional")));
        }
        return choices;
    }

    private List<Choice> requireDraftable(CorridorUser user) {
        List<Choice> choices = draftable(user);
        if (choices.isEmpty()) {
            throw new AccessDeniedException("Only officers and focal points, and the regional coordinator, draft reports");
        }
        return choices;
    }

    @GetMapping("/reports/new")
    String newReport(@AuthenticationPrincipal CorridorUser user, Model model) {
        List<Choice> places = requireDraftable(user);
        return newForm(user, model, ReportForm.starting(places.get(0).value(), LocalDate.now(Region.ZONE), user.id()),
                places, Map.of());
    }

    @PostMapping("/reports/new")
    String create(@AuthenticationPrincipal CorridorUser user, @ModelAttribute("form") ReportForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        List<Choice> places = requireDraftable(user);
        BoundForm.problems(binding); // anything but a choice, a date or a number that did not bind is a bad request
        // A date that is no date is null in the draft, which the service then refuses too: every problem is listed.
        Reports.ReportDraft draft = form.toDraft();
        ReportView saved;
        try {
            saved = reports.create(user, draft);
        } catch (RecordRejected e) {
            return newForm(user, model, form, places, BoundForm.errors(messages, binding, e.problems()));
        } catch (PersonalDataSuspected e) {
            model.addAttribute("findings", e.findings());
            return newForm(user, model, form, places, BoundForm.errors(messages, binding, List.of()));
        }
        redirect.addFlashAttribute("notice", "report.page.created");
        return "redirect:/reports/" + saved.id();
    }

    private String newForm(CorridorUser user, Model model, ReportForm form, List<Choice> places,
            Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("places", places);
        model.addAttribute("types", ReportType.values());
        model.addAttribute("levels", DistributionLevel.values());
        // The authors who may be chosen: for each place the user drafts for, who may draft there.
        Map<String, List<DraftAuthor>> authors = new LinkedHashMap<>();
        for (Choice place : places) {
            UUID operation = FormValues.uuid(place.value());
            authors.put(place.name(), reports.possibleAuthors(user, operation));
        }
        model.addAttribute("authorGroups", authors);
        return "reports/new";
    }

    // ---------------------------------------------------------------- the report: editor, review or reader view

    @GetMapping("/reports/{id}")
    String report(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        ReportView view = readable(user, id);
        if (readerView(view)) {
            return reader(user, view, model);
        }
        return editor(user, view, ReportForm.of(view), Map.of(), model);
    }

    /** Distributed and withdrawn reports, and any report for who may only read it, open as the document. */
    private static boolean readerView(ReportView view) {
        boolean published = view.status() == ReportStatus.DISTRIBUTED || view.status() == ReportStatus.WITHDRAWN;
        return published || !(view.may().edit() || view.may().comment() || view.may().readVersions());
    }

    private ReportView readable(CorridorUser user, UUID id) {
        return reports.find(user, id).orElseThrow(() -> new RecordNotFound(id));
    }

    private String reader(CorridorUser user, ReportView view, Model model) {
        ReportDocument document = reports.document(user, view.id());
        model.addAttribute("report", view);
        model.addAttribute("body", files.body(document));
        model.addAttribute("edition", null);
        model.addAttribute("withdrawal", withdrawal(view));
        model.addAttribute("insider", insider(view));
        addTransitionChoices(view, model);
        return "reports/reader";
    }

    @GetMapping("/reports/{id}/editions/{revision}")
    String edition(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, @PathVariable int revision,
            Model model) {
        ReportView view = readable(user, id);
        if (!view.editions().contains(revision)) {
            throw new RecordNotFound(id);
        }
        ReportDocument document = reports.edition(user, id, revision);
        model.addAttribute("report", view);
        model.addAttribute("body", files.body(document));
        model.addAttribute("edition", revision);
        model.addAttribute("withdrawal", null);
        model.addAttribute("insider", false);
        return "reports/reader";
    }

    /** Who reads the report's workings (history, versions, comments): not a delegation reader. */
    private static boolean insider(ReportView view) {
        return view.may().readVersions();
    }

    /**
     * The last withdrawal, for the banner of a withdrawn report: its reason is for every reader of the report, also
     * those who do not read its history (a delegation reader), so it is read from the transition log itself.
     */
    private Reports.TransitionView withdrawal(ReportView view) {
        if (view.status() != ReportStatus.WITHDRAWN) {
            return null;
        }
        return transitions.transitions(view.id()).stream().filter(t -> t.to() == ReportStatus.WITHDRAWN)
                .reduce((first, second) -> second)
                .map(t -> new Reports.TransitionView(t.from(), t.to(), null, t.at(), t.comment())).orElse(null);
    }

    private String editor(CorridorUser user, ReportView view, ReportForm form, Map<String, String> errors,
            Model model) {
        ReportDocument document = reports.document(user, view.id());
        model.addAttribute("report", view);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("levels", DistributionLevel.values());
        model.addAttribute("kinds", java.util.Arrays.stream(SectionKind.values()).filter(k -> k.fits(view.type())).toList());
        // Generated sections are previewed as they read now; narrative ones, once saved, as they will read.
        Map<String, String> shown = new LinkedHashMap<>();
        for (int i = 0; i < view.sections().size() && i < document.sections().size(); i++) {
            shown.put(view.sections().get(i).id().toString(), files.sectionContent(document.sections().get(i)));
        }
        model.addAttribute("previews", shown);
        if (view.may().edit()) {
            List<DraftAuthor> authors = new ArrayList<>(reports.possibleAuthors(user, view.operationId()));
            // Authors already on the report stay choosable even if they may no longer draft.
            for (int i = 0; i < view.authorIds().size(); i++) {
                UUID author = view.authorIds().get(i);
                if (authors.stream().noneMatch(a -> a.id().equals(author))) {
                    authors.add(new DraftAuthor(author, view.authorNames().get(i)));
                }
            }
            model.addAttribute("authors", authors);
        }
        List<CommentView> comments = view.may().comment() || view.may().readVersions()
                ? reports.comments(user, view.id()) : List.of();
        // Keyed by the section's id as text, as the editor's typed sections carry it.
        Map<String, List<CommentView>> bySection = new LinkedHashMap<>();
        for (CommentView c : comments) {
            if (c.replyTo() == null && c.sectionId() != null) {
                bySection.computeIfAbsent(c.sectionId().toString(), s -> new ArrayList<>()).add(c);
            }
        }
        model.addAttribute("commentsBySection", bySection);
        model.addAttribute("replies", comments.stream().filter(c -> c.replyTo() != null)
                .collect(Collectors.groupingBy(CommentView::replyTo, LinkedHashMap::new, Collectors.toList())));
        addTransitionChoices(view, model);
        return "reports/editor";
    }

    /** The recipients a distribution may go to: every operation, the Secretariat, the delegations. */
    private void addTransitionChoices(ReportView view, Model model) {
        if (!view.may().distribute()) {
            return;
        }
        List<RecipientChoice> recipients = new ArrayList<>();
        for (OperationSummary o : directory.operations()) {
            recipients.add(new RecipientChoice("OPERATION:" + o.id(), o.name()));
        }
        recipients.add(new RecipientChoice(RecipientKind.SECRETARIAT.name(), message("report.recipient.SECRETARIAT")));
        recipients.add(new RecipientChoice(RecipientKind.DELEGATIONS.name(), message("report.recipient.DELEGATIONS")));
        model.addAttribute("recipients", recipients);
    }

    // ---------------------------------------------------------------- saving the editor

    /**
     * Saves the header and every section as typed. The editor's other buttons (add a section, remove one, move one
     * up or down) post the same form, so that nothing typed is lost: they save the text with the change applied.
     */
    @PostMapping("/reports/{id}")
    String save(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @ModelAttribute("form") ReportForm form, BindingResult binding,
            @RequestParam(defaultValue = "save") String action, @RequestParam Map<String, String> typed, Model model,
            RedirectAttributes redirect) {
        ReportView view = readable(user, id);
        if (!view.may().edit()) {
            throw new AccessDeniedException("Only the report's authors change it, while it is a draft or returned");
        }
        // A comment, answer or resolution made in the editor goes through the editor's form, so the text typed in
        // the sections is saved first and never lost; if the save is refused, the comment typed stays too.
        EditorComment comment = EditorComment.of(action, typed);
        if (comment != null) {
            model.addAttribute("commentTyped", comment.text());
            model.addAttribute("commentFor", comment.typedFor());
            action = "save";
        }
        // A report never changes operation or type: the editor does not offer them.
        form.setOperationId(view.operationId() == null ? ReportForm.REGIONAL : view.operationId().toString());
        form.setType(view.type());
        Reports.ReportDraft draft = form.toDraft();
        List<ReportForm.SectionForm> sections = new ArrayList<>(form.getSections() == null ? List.of() : form.getSections());
        List<Problem> actionProblems = new ArrayList<>();
        String anchor = applyAction(action, form, sections, actionProblems);
        form.setSections(sections);
        if (BoundForm.failed(binding) || !actionProblems.isEmpty()) {
            return editor(user, view, form, BoundForm.errors(messages, binding, actionProblems), model);
        }
        List<SectionDraft> drafts = sections.stream().map(ReportForm.SectionForm::toDraft).toList();
        try {
            reports.change(user, id, form.getVersion(), draft, drafts);
        } catch (RecordRejected e) {
            return editor(user, view, form, BoundForm.errors(messages, binding, e.problems()), model);
        } catch (PersonalDataSuspected e) {
            model.addAttribute("findings", e.findings());
            return editor(user, view, form, Map.of(), model);
        } catch (ReportChangedMeanwhile e) {
            return conflict(user, id, form, e, model);
        } catch (StaleRecord e) {
            return conflict(user, id, form, null, model);
        }
        if (comment != null) {
            return "resolve".equals(comment.kind()) ? resolve(user, id, comment.comment(), redirect)
                    : comment(user, id, comment.section().toString(),
                            comment.comment() == null ? null : comment.comment().toString(), comment.text(), redirect);
        }
        redirect.addFlashAttribute("notice", "report.page.saved");
        return "redirect:/reports/" + id + (anchor == null ? "" : "#" + anchor);
    }

    /**
     * A comment button pressed in the editor: {@code comment:<section>} with the text in {@code comment-text-<section>},
     * {@code reply:<section>:<comment>} with the text in {@code comment-text-<comment>}, or {@code resolve:<comment>}.
     */
    private record EditorComment(String kind, UUID section, UUID comment, String text, String typedFor) {

        static EditorComment of(String action, Map<String, String> typed) {
            String[] parts = action.split(":");
            try {
                return switch (parts[0]) {
                    case "comment" -> parts.length == 2 ? new EditorComment("comment", UUID.fromString(parts[1]), null,
                            typed.get("comment-text-" + parts[1]), parts[1]) : null;
                    case "reply" -> parts.length == 3 ? new EditorComment("reply", UUID.fromString(parts[1]),
                            UUID.fromString(parts[2]), typed.get("comment-text-" + parts[2]), parts[2]) : null;
                    case "resolve" -> parts.length == 2
                            ? new EditorComment("resolve", null, UUID.fromString(parts[1]), null, null) : null;
                    default -> null;
                };
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /**
     * Someone saved the report since this user opened it: nothing is overwritten. The page keeps every text as this
     * user typed it, says who saved, when and which sections, and shows their text of those sections beside; saving
     * again (now against their version) keeps what this user then has on the page.
     */
    private String conflict(CorridorUser user, UUID id, ReportForm form, ReportChangedMeanwhile e, Model model) {
        ReportView current = readable(user, id);
        if (!current.may().edit()) {
            // Submitted or approved meanwhile: the text typed is still shown, read-only, so it can be copied.
            model.addAttribute("lockedMeanwhile", true);
        }
        model.addAttribute("changedMeanwhile", e);
        model.addAttribute("conflict", true);
        Map<String, String> theirs = new LinkedHashMap<>();
        for (var section : current.sections()) {
            theirs.put(section.id().toString(), section.markdown());
        }
        model.addAttribute("theirText", theirs);
        form.setVersion(current.version());
        return editor(user, current, form, Map.of(), model);
    }

    /** Applies an editor button other than "save" to the typed sections; returns the anchor to return to. */
    private String applyAction(String action, ReportForm form, List<ReportForm.SectionForm> sections,
            List<Problem> problems) {
        if ("add".equals(action)) {
            SectionKind kind = form.getNewKind();
            if (kind == null) {
                problems.add(new Problem("newKind", "report.page.error.newKind"));
                return null;
            }
            String heading = FormValues.blank(form.getNewHeading()) ? message("report.kind." + kind.name())
                    : form.getNewHeading().strip();
            sections.add(new ReportForm.SectionForm(null, kind, heading, ""));
            return "add-section";
        }
        int dash = action.indexOf('-');
        if (dash < 0) {
            return null;
        }
        int index;
        try {
            index = Integer.parseInt(action.substring(dash + 1));
        } catch (NumberFormatException e) {
            return null;
        }
        if (index < 0 || index >= sections.size()) {
            return null;
        }
        switch (action.substring(0, dash)) {
            case "up" -> {
                if (index > 0) {
                    sections.add(index - 1, sections.remove(index));
                    return "edit-section-" + (index - 1);
                }
            }
            case "down" -> {
                if (index + 1 < sections.size()) {
                    sections.add(index + 1, sections.remove(index));
                    return "edit-section-" + (index + 1);
                }
            }
            case "remove" -> {
                sections.remove(index);
                return "sections";
            }
            default -> {
                return null;
            }
        }
        return "edit-section-" + index;
    }

    // ---------------------------------------------------------------- workflow

    @PostMapping("/reports/{id}/submit")
    String submit(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        ReportView view = drafted(user, id);
        return transition(view, redirect, "report.page.submitted", Map.of(),
                () -> reports.submit(user, id, version));
    }

    @PostMapping("/reports/{id}/approve")
    String approve(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        ReportView view = reviewed(user, id);
        return transition(view, redirect, "report.page.approved", Map.of(),
                () -> reports.approve(user, id, version));
    }

    @PostMapping("/reports/{id}/return")
    String returnToAuthors(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") long version, @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        ReportView view = reviewed(user, id);
        Map<String, String> typed = Map.of("returnComment", comment == null ? "" : comment);
        if (FormValues.blank(comment)) {
            return refused(view, redirect, typed, List.of(new Problem("returnComment", "report.page.error.returnComment")));
        }
        if (TextLimits.tooLong(comment, TextLimits.PARAGRAPH)) {
            return refused(view, redirect, typed, List.of(TextLimits.problem("returnComment", comment, TextLimits.PARAGRAPH)));
        }
        return transition(view, redirect, "report.page.returned", typed,
                () -> reports.returnToAuthors(user, id, version, comment.strip()));
    }

    @PostMapping("/reports/{id}/distribute")
    String distribute(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") long version,
            @RequestParam(name = "recipients", required = false) List<String> chosen, RedirectAttributes redirect) {
        ReportView view = reviewed(user, id);
        List<Recipient> recipients = recipients(chosen);
        if (recipients.isEmpty()) {
            return refused(view, redirect, Map.of(), List.of(new Problem("recipients", "report.page.error.recipients")));
        }
        return transition(view, redirect, "report.page.distributed", Map.of(),
                () -> reports.distribute(user, id, version, recipients));
    }

    @PostMapping("/reports/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") long version, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        ReportView view = reviewed(user, id);
        Map<String, String> typed = Map.of("withdrawReason", reason == null ? "" : reason);
        if (FormValues.blank(reason)) {
            return refused(view, redirect, typed, List.of(new Problem("withdrawReason", "report.page.error.withdrawReason")));
        }
        if (TextLimits.tooLong(reason, TextLimits.PARAGRAPH)) {
            return refused(view, redirect, typed, List.of(TextLimits.problem("withdrawReason", reason, TextLimits.PARAGRAPH)));
        }
        return transition(view, redirect, "report.page.withdrawn", typed,
                () -> reports.withdraw(user, id, version, reason.strip()));
    }

    @PostMapping("/reports/{id}/revise")
    String revise(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        ReportView view = readable(user, id);
        if (!user.mayReadReportDrafts(view.operationId())) {
            throw new AccessDeniedException("Only the operation's officers, focal points and head revise its reports");
        }
        return transition(view, redirect, "report.page.revised", Map.of(), () -> reports.revise(user, id, version));
    }

    /**
     * A report the user reads and whose operation (or the region) they draft for: who may submit it. Whether its
     * status allows it now is the service's to say, on the page.
     */
    private ReportView drafted(CorridorUser user, UUID id) {
        ReportView view = readable(user, id);
        if (!user.mayDraftReports(view.operationId())) {
            throw new AccessDeniedException("Only the operation's officers and focal points (for a regional report, "
                    + "the regional coordinator) submit its reports");
        }
        return view;
    }

    /** A report the user reads and reviews: its head of operation (for a regional report, the regional coordinator). */
    private ReportView reviewed(CorridorUser user, UUID id) {
        ReportView view = readable(user, id);
        if (!user.mayReviewReports(view.operationId())) {
            throw new AccessDeniedException("Only the head of operation (for a regional report, the regional "
                    + "coordinator) approves, returns, distributes, withdraws and revises its reports");
        }
        return view;
    }

    /** The recipients as posted ("OPERATION:&lt;id&gt;", "SECRETARIAT", "DELEGATIONS"); anything else is ignored. */
    private List<Recipient> recipients(List<String> chosen) {
        List<Recipient> recipients = new ArrayList<>();
        for (String value : chosen == null ? List.<String>of() : chosen) {
            if (value.startsWith("OPERATION:")) {
                UUID operation = FormValues.uuid(value.substring("OPERATION:".length()));
                directory.operation(operation == null ? new UUID(0, 0) : operation).ifPresent(
                        o -> recipients.add(new Recipient(RecipientKind.OPERATION, o.id(), o.name())));
            } else if (RecipientKind.SECRETARIAT.name().equals(value) || RecipientKind.DELEGATIONS.name().equals(value)) {
                RecipientKind kind = RecipientKind.valueOf(value);
                recipients.add(new Recipient(kind, null, message("report.recipient." + kind.name())));
            }
        }
        return recipients.stream().distinct().toList();
    }

    /**
     * Runs one transition the user's role allows; the service refuses one the report's status does not allow now
     * (or someone moved it meanwhile) with a sentence shown on the page. Either way the user comes back to the
     * report with what they typed kept.
     */
    private String transition(ReportView view, RedirectAttributes redirect, String done, Map<String, String> typed,
            Supplier<ReportView> action) {
        try {
            action.get();
        } catch (RecordRejected e) {
            return refused(view, redirect, typed, e.problems());
        } catch (StaleRecord e) {
            String sentence = e instanceof ReportChangedMeanwhile meanwhile
                    ? messages.getMessage("report.page.error.staleTransitionBy", new Object[] {meanwhile.savedBy(),
                            WHEN.format(meanwhile.savedAt().atZone(Region.ZONE))}, LocaleContextHolder.getLocale())
                    : message("report.page.error.staleTransition");
            redirect.addFlashAttribute("refusals", List.of(sentence));
            redirect.addFlashAttribute("typed", typed);
            return "redirect:/reports/" + view.id() + "#workflow";
        }
        redirect.addFlashAttribute("notice", done);
        return "redirect:/reports/" + view.id();
    }

    private String refused(ReportView view, RedirectAttributes redirect, Map<String, String> typed,
            List<Problem> problems) {
        redirect.addFlashAttribute("refusals", problems.stream()
                .map(p -> messages.getMessage(p.code(), p.arguments(), p.code(), LocaleContextHolder.getLocale()))
                .toList());
        redirect.addFlashAttribute("refusalFields", problems.stream().map(Problem::field).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        redirect.addFlashAttribute("typed", typed);
        return "redirect:/reports/" + view.id() + "#workflow";
    }

    // ---------------------------------------------------------------- review comments

    @PostMapping("/reports/{id}/comments")
    String comment(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestParam(required = false) String sectionId, @RequestParam(required = false) String replyTo,
            @RequestParam(required = false) String text, RedirectAttributes redirect) {
        ReportView view = readable(user, id);
        if (!view.may().comment()) {
            throw new AccessDeniedException("Only the report's authors and reviewers comment on it");
        }
        UUID section = FormValues.uuid(sectionId);
        String anchor = section == null ? "sections" : "comments-" + section;
        if (FormValues.blank(text) || TextLimits.tooLong(text, TextLimits.PARAGRAPH)) {
            redirect.addFlashAttribute("commentProblem", FormValues.blank(text)
                    ? message("report.page.error.commentText")
                    : messages.getMessage(TextLimits.TOO_LONG, new Object[] {TextLimits.PARAGRAPH, text.length()},
                            LocaleContextHolder.getLocale()));
            redirect.addFlashAttribute("commentTyped", text);
            redirect.addFlashAttribute("commentFor", replyTo != null ? replyTo : sectionId);
            return "redirect:/reports/" + id + "#" + anchor;
        }
        try {
            reports.comment(user, id, section, FormValues.uuid(replyTo), text.strip());
        } catch (RecordRejected e) {
            redirect.addFlashAttribute("commentProblem", e.problems().stream()
                    .map(p -> messages.getMessage(p.code(), p.arguments(), p.code(), LocaleContextHolder.getLocale()))
                    .collect(Collectors.joining(" ")));
            redirect.addFlashAttribute("commentTyped", text);
            redirect.addFlashAttribute("commentFor", replyTo != null ? replyTo : sectionId);
            return "redirect:/reports/" + id + "#" + anchor;
        }
        redirect.addFlashAttribute("notice", "report.page.commented");
        return "redirect:/reports/" + id + "#" + anchor;
    }

    @PostMapping("/reports/{id}/comments/{commentId}/resolve")
    String resolve(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, @PathVariable UUID commentId,
            RedirectAttributes redirect) {
        ReportView view = readable(user, id);
        if (!view.may().comment()) {
            throw new AccessDeniedException("Only the report's authors and reviewers resolve its comments");
        }
        CommentView resolved;
        try {
            resolved = reports.resolveComment(user, id, commentId);
        } catch (RecordRejected e) {
            redirect.addFlashAttribute("commentProblem", e.problems().stream()
                    .map(p -> messages.getMessage(p.code(), p.arguments(), p.code(), LocaleContextHolder.getLocale()))
                    .collect(Collectors.joining(" ")));
            return "redirect:/reports/" + id + "#sections";
        }
        redirect.addFlashAttribute("notice", "report.page.resolved");
        return "redirect:/reports/" + id + "#comments-" + resolved.sectionId();
    }

    // ---------------------------------------------------------------- versions

    @GetMapping("/reports/{id}/versions")
    String versions(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        ReportView view = versionReader(user, id);
        model.addAttribute("report", view);
        addVersions(user, id, model);
        return "reports/versions";
    }

    /** The versions latest first, with the last two chosen for comparison. */
    private List<Reports.VersionSummary> addVersions(CorridorUser user, UUID id, Model model) {
        List<Reports.VersionSummary> versions = reports.versions(user, id).stream()
                .sorted(java.util.Comparator.comparingInt(Reports.VersionSummary::number).reversed()).toList();
        model.addAttribute("versions", versions);
        model.addAttribute("latest", versions.isEmpty() ? 0 : versions.get(0).number());
        model.addAttribute("previous", versions.size() < 2 ? (versions.isEmpty() ? 0 : versions.get(0).number())
                : versions.get(1).number());
        return versions;
    }

    @GetMapping("/reports/{id}/versions/compare")
    String compare(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to, Model model) {
        ReportView view = versionReader(user, id);
        List<Reports.VersionSummary> versions = addVersions(user, id, model);
        if (versions.isEmpty()) {
            return "redirect:/reports/" + id + "/versions";
        }
        int latest = versions.stream().mapToInt(Reports.VersionSummary::number).max().orElse(1);
        int shownTo = to == null ? latest : to;
        int shownFrom = from == null ? Math.max(1, shownTo - 1) : from;
        boolean known = versions.stream().anyMatch(v -> v.number() == shownFrom)
                && versions.stream().anyMatch(v -> v.number() == shownTo);
        if (!known) {
            model.addAttribute("report", view);
            model.addAttribute("unknownVersion", true);
            return "reports/versions";
        }
        model.addAttribute("report", view);
        model.addAttribute("from", shownFrom);
        model.addAttribute("to", shownTo);
        model.addAttribute("rows", reports.compare(user, id, shownFrom, shownTo));
        return "reports/compare";
    }

    /** Versions are read by who reads the report's drafts; to anyone else (a delegation reader) they do not exist. */
    private ReportView versionReader(CorridorUser user, UUID id) {
        ReportView view = readable(user, id);
        if (!view.may().readVersions()) {
            throw new RecordNotFound(id);
        }
        return view;
    }

    // ---------------------------------------------------------------- downloads

    @GetMapping("/reports/{id}/report.{format}")
    void download(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, @PathVariable String format,
            HttpServletResponse response) throws IOException {
        ReportDownloads.Format chosen = ReportDownloads.format(format);
        downloads.write(reports.document(user, id), chosen, response);
    }

    @GetMapping("/reports/{id}/editions/{revision}/report.{format}")
    void downloadEdition(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, @PathVariable int revision,
            @PathVariable String format, HttpServletResponse response) throws IOException {
        ReportDownloads.Format chosen = ReportDownloads.format(format);
        ReportView view = readable(user, id);
        if (!view.editions().contains(revision)) {
            throw new RecordNotFound(id);
        }
        downloads.write(reports.edition(user, id, revision), chosen, response);
    }

    private String message(String code) {
        return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
    }
}
