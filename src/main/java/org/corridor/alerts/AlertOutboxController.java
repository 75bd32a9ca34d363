package org.corridor.alerts;

import java.util.Locale;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.kernel.RecordPage;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The administrators' view of the alert e-mails: every mail written, sent or waiting, with its attempts and last
 * error, and one mail's texts. Where no mail server is configured (the demo) this is where the mail is read.
 */
@Controller
class AlertOutboxController {

    static final int PAGE_SIZE = 50;

    private final AlertMailOutbox outbox;

    AlertOutboxController(AlertMailOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/admin/outbox")
    String list(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) String state,
            @RequestParam(defaultValue = "0") int page, Model model) {
        guard(user);
        String chosen = state == null ? "" : state.trim().toUpperCase(Locale.ROOT);
        if (!chosen.equals("PENDING") && !chosen.equals("SENT")) {
            chosen = "";
        }
        RecordPage<AlertMailOutbox.Row> rows = outbox.list(chosen.isEmpty() ? null : chosen, Math.max(page, 0),
                PAGE_SIZE);
        model.addAttribute("rows", rows);
        model.addAttribute("state", chosen);
        return "alerts/outbox";
    }

    @GetMapping("/admin/outbox/{id}")
    String mail(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        guard(user);
        model.addAttribute("mail", outbox.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "alerts/outbox-mail";
    }

    private static void guard(CorridorUser user) {
        if (user == null || !user.mayReadMailOutbox()) {
            throw new AccessDeniedException("Only administrators read the mail outbox");
        }
    }
}
