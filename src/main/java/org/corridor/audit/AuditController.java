package org.corridor.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.OperationCatalogue;
import org.corridor.accounts.UserAccounts;
import org.corridor.kernel.BoundForm;
import org.corridor.kernel.FormValues;
import org.corridor.kernel.Problem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit page: administrators see every entry, heads of operation their operations' entries. Who changed what
 * kind of record, when and in which operation is shown to both; the record's title, link target fields and the table
 * of what changed only to whoever may read the entry's content (an operation's heads; administrators read no
 * operation's record content).
 */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;

    /** Entries about user accounts: administrators manage accounts, so they read these even where one names an operation. */
    static final String ACCOUNT_RECORD_TYPE = "user";

    private final AuditLog auditLog;
    private final OperationCatalogue operations;
    private final UserAccounts accounts;
    private final MessageSource messages;

    AuditController(AuditLog auditLog, OperationCatalogue operations, UserAccounts accounts, MessageSource messages) {
        this.auditLog = auditLog;
        this.operations = operations;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/audit")
    String entries(@AuthenticationPrincipal CorridorUser user, @RequestParam(defaultValue = "0") int page,
            @ModelAttribute("filter") AuditFilterForm form, Model model) {
        if (!user.mayReadAudit()) {
            throw new AccessDeniedException("Only administrators and heads of operation read the audit log");
        }
        Set<UUID> scope = scope(user);
        List<Problem> problems = new ArrayList<>();
        AuditLog.Filter filter = form.toFilter(problems);
        int current = Math.max(page, 0);
        List<AuditEntry> entries = auditLog.entries(scope, filter, PAGE_SIZE + 1, current * PAGE_SIZE);
        boolean hasNext = entries.size() > PAGE_SIZE;
        entries = entries.subList(0, Math.min(entries.size(), PAGE_SIZE));

        // Every name the page shows, the person filter's included, in one query.
        List<UUID> actors = auditLog.actors(scope);
        Set<UUID> named = new HashSet<>(actors);
        entries.stream().map(AuditEntry::actorId).filter(Objects::nonNull).forEach(named::add);
        Map<UUID, String> people = accounts.displayNames(named);
        Map<UUID, String> operationNames = operationNames();
        Map<String, String> kindLabels = kindLabels(entries);

        model.addAttribute("entries", entries.stream()
                .map(e -> AuditLine.of(e, operationNames, people, kindLabels, user)).toList());
        model.addAttribute("kindLabels", kindLabels);
        model.addAttribute("errors", BoundForm.errors(messages, problems, List.of()));
        model.addAttribute("people", actors.stream().map(id -> new Choice(id.toString(), people.getOrDefault(id,
                id.toString()))).sorted(Comparator.comparing(Choice::label, String.CASE_INSENSITIVE_ORDER)).toList());
        model.addAttribute("operationChoices", operationNames.entrySet().stream()
                .filter(o -> scope == null || scope.contains(o.getKey()))
                .map(o -> new Choice(o.getKey().toString(), o.getValue()))
                .sorted(Comparator.comparing(Choice::label)).toList());
        model.addAttribute("kinds", RecordPages.kinds());
        model.addAttribute("page", current);
        model.addAttribute("previousPage", current > 0 ? pageUrl(form, current - 1) : null);
        model.addAttribute("nextPage", hasNext ? pageUrl(form, current + 1) : null);
        model.addAttribute("allOperations", scope == null);
        return "audit/entries";
    }

    /**
     * The chain's check, for whoever reads the log: it verifies every entry (the chain is one for all operations), but
     * shows a head only what they may read of it: the count, and the broken entry only if it is one of theirs.
     */
    @GetMapping("/audit/verification")
    String verification(@AuthenticationPrincipal CorridorUser user, Model model) {
        if (!user.mayReadAudit()) {
            throw new AccessDeniedException("Only administrators and heads of operation verify the audit chain");
        }
        Set<UUID> scope = scope(user);
        AuditLog.ChainVerification result = auditLog.verify();
        model.addAttribute("result", result);
        model.addAttribute("allOperations", scope == null);
        AuditLine broken = null;
        if (!result.intact() && result.brokenAt() != null) {
            Map<UUID, String> operationNames = operationNames();
            broken = auditLog.entry(result.brokenAt())
                    .filter(e -> scope == null || (e.operationId() != null && scope.contains(e.operationId())))
                    .map(e -> AuditLine.of(e, operationNames,
                            accounts.displayNames(e.actorId() == null ? Set.of() : Set.of(e.actorId())),
                            kindLabels(List.of(e)), user))
                    .orElse(null);
        }
        model.addAttribute("broken", broken);
        return "audit/verification";
    }

    /** The operations whose entries the reader reads; null for all (an administrator). */
    private static Set<UUID> scope(CorridorUser user) {
        return user.isAdmin() ? null : user.operationsHeaded();
    }

    /** Each kind's name as people say it ("Monitoring visit"), for the filter and the entries shown. */
    private Map<String, String> kindLabels(List<AuditEntry> entries) {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        java.util.stream.Stream.concat(RecordPages.kinds().stream(), entries.stream().map(AuditEntry::recordType))
                .filter(Objects::nonNull)
                .forEach(kind -> labels.computeIfAbsent(kind, k -> messages.getMessage("audit.kind." + k.replace(' ', '_'),
                        null, k, LocaleContextHolder.getLocale())));
        return labels;
    }

    private Map<UUID, String> operationNames() {
        return operations.operations().stream().collect(Collectors.toMap(OperationCatalogue.OperationRef::id,
                OperationCatalogue.OperationRef::name, (a, b) -> a));
    }

    private static String pageUrl(AuditFilterForm form, int page) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/audit");
        add(url, "person", form.getPerson());
        add(url, "operation", form.getOperation());
        add(url, "recordType", form.getRecordType());
        add(url, "from", form.getFrom());
        add(url, "to", form.getTo());
        return url.queryParam("page", page).encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder url, String name, String value) {
        if (!FormValues.blank(value)) {
            url.queryParam(name, value.trim());
        }
    }

    /** One choice of a filter's list. */
    record Choice(String value, String label) {
    }

    /**
     * One entry as this reader may see it: the content (the record's title, what changed) is left out (empty,
     * {@code withheld}) where the reader may not read it, so the page cannot show it by mistake.
     *
     * @param actorName the person's name where the actor is an account, else the name the entry was written with
     *     (the system, the command line's operator, a name typed at a failed sign-in)
     * @param recordTitle the record's own title or name from the entry's content, or null (withheld or none)
     * @param recordLink where the record is read, or null
     */
    record AuditLine(long seq, Instant occurredAt, String actorName, String action, String recordType,
            String kindLabel, String recordId, String recordTitle, String recordLink, UUID operationId,
            String operationName, List<ChangedFields.Change> changes, boolean withheld) {

        static AuditLine of(AuditEntry entry, Map<UUID, String> operationNames, Map<UUID, String> people,
                Map<String, String> kindLabels, CorridorUser reader) {
            boolean shown = reader.mayReadAuditContentOf(entry.operationId(),
                    ACCOUNT_RECORD_TYPE.equals(entry.recordType()));
            boolean hasContent = entry.before() != null || entry.after() != null;
            String operationName = entry.operationId() == null ? null
                    : operationNames.getOrDefault(entry.operationId(), entry.operationId().toString());
            String actor = entry.actorId() == null ? entry.actorName()
                    : people.getOrDefault(entry.actorId(), entry.actorName());
            String content = !shown ? null : entry.after() != null ? entry.after() : entry.before();
            return new AuditLine(entry.seq(), entry.occurredAt(), actor, entry.action(), entry.recordType(),
                    kindLabels.getOrDefault(entry.recordType(), entry.recordType()), entry.recordId(), shown ? ChangedFields.title(entry.before(), entry.after()) : null,
                    RecordPages.of(entry, content, reader.mayManageAccounts()), entry.operationId(), operationName,
                    shown ? ChangedFields.of(entry.before(), entry.after()) : List.of(), hasContent && !shown);
        }

        /** The time as the page writes it, in UTC (the period filter's days are UTC days too). */
        public LocalDateTime occurredAtUtc() {
            return LocalDateTime.ofInstant(occurredAt, ZoneOffset.UTC);
        }

        /** The record's title where the reader may read it and it has one, else its kind and short id. */
        public String recordName() {
            return recordTitle != null ? recordTitle : shortId() == null ? kindLabel : kindLabel + " " + shortId();
        }

        /**
         * The record's id shortened for the eye, by its last eight characters (ids made one after another share their
         * first, time-ordered ones); the whole id stays in the link and the title attribute.
         */
        public String shortId() {
            return recordId == null || "null".equals(recordId) ? null
                    : recordId.length() > 8 ? recordId.substring(recordId.length() - 8) : recordId;
        }
    }
}
