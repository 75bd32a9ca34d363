package org.corridor.audit;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit page: administrators see every entry, heads of operation their operations' entries. */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/audit")
    String entries(@AuthenticationPrincipal CorridorUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String recordType, Model model) {
        if (!user.mayReadAudit()) {
            throw new AccessDeniedException("Only administrators and heads of operation read the audit log");
        }
        Set<UUID> scope = user.isAdmin() ? null : user.operationIdsWithRole(Role.HEAD_OF_OPERATION);
        int current = Math.max(page, 0);
        List<AuditEntry> entries = auditLog.recent(scope, recordType, PAGE_SIZE + 1, current * PAGE_SIZE);
        model.addAttribute("entries", entries.subList(0, Math.min(entries.size(), PAGE_SIZE)));
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
}
