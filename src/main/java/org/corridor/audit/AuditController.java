package org.corridor.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.OperationCatalogue;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit page: administrators see every entry, heads of operation their operations' entries. Who changed what
 * kind of record, when and in which operation is shown to both; the before and after content of an operation's
 * entries only to its heads (administrators read no operation's record content).
 */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;

    /** Entries about user accounts: administrators manage accounts, so they read these even where one names an operation. */
    static final String ACCOUNT_RECORD_TYPE = "user";

    private final AuditLog auditLog;
    private final OperationCatalogue operations;

    AuditController(AuditLog auditLog, OperationCatalogue operations) {
        this.auditLog = auditLog;
        this.operations = operations;
    }

    @GetMapping("/audit")
    String entries(@AuthenticationPrincipal CorridorUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String recordType, Model model) {
        if (!user.mayReadAudit()) {
            throw new AccessDeniedException("Only administrators and heads of operation read the audit log");
        }
        Set<UUID> scope = user.isAdmin() ? null : user.operationsHeaded();
        int current = Math.max(page, 0);
        List<AuditEntry> entries = auditLog.recent(scope, recordType, PAGE_SIZE + 1, current * PAGE_SIZE);
        Map<UUID, String> operationNames = operations.operations().stream()
                .collect(Collectors.toMap(OperationCatalogue.OperationRef::id, OperationCatalogue.OperationRef::name,
                        (a, b) -> a));
        model.addAttribute("entries", entries.subList(0, Math.min(entries.size(), PAGE_SIZE)).stream()
                .map(e -> AuditLine.of(e, operationNames, user)).toList());
        model.addAttribute("page", current);
        model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
        model.addAttribute("recordType", recordType);
        model.addAttribute("allOperations", scope == null);
        return "audit/entries";
    }

    @GetMapping("/audit/verification")
    String verification(@AuthenticationPrincipal CorridorUser user, Model model) {
        if (!user.isAdmin()) {
            throw new AccessDeniedException("Only administrators verify the whole audit chain");
        }
        model.addAttribute("result", auditLog.verify());
        return "audit/verification";
    }

    /**
     * One entry as this reader may see it: the before and after content are left out (null, {@code withheld})
     * where the reader may not read them, so the page cannot show them by mistake.
     */
    record AuditLine(long seq, Instant occurredAt, String actorName, String action, String recordType,
            String recordId, UUID operationId, String operationName, String before, String after, boolean withheld) {

        static AuditLine of(AuditEntry entry, Map<UUID, String> operationNames, CorridorUser reader) {
            boolean shown = reader.mayReadAuditContentOf(entry.operationId(),
                    ACCOUNT_RECORD_TYPE.equals(entry.recordType()));
            boolean hasContent = entry.before() != null || entry.after() != null;
            String operationName = entry.operationId() == null ? null
                    : operationNames.getOrDefault(entry.operationId(), entry.operationId().toString());
            return new AuditLine(entry.seq(), entry.occurredAt(), entry.actorName(), entry.action(), entry.recordType(),
                    entry.recordId(), entry.operationId(), operationName, shown ? entry.before() : null,
                    shown ? entry.after() : null, hasContent && !shown);
        }
    }
}
