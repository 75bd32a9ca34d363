package org.corridor.accounts;

import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every user manages their own personal API tokens; nobody sees another's. */
@Controller
class TokensController {

    private final UserAccounts accounts;
    private final org.springframework.context.MessageSource messages;

    TokensController(UserAccounts accounts, org.springframework.context.MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/account/tokens")
    String tokens(@AuthenticationPrincipal CorridorUser user, Model model) {
        model.addAttribute("tokens", accounts.tokens(user.id()));
        return "accounts/tokens";
    }

    @PostMapping("/account/tokens")
    String create(@AuthenticationPrincipal CorridorUser user, @RequestParam(defaultValue = "") String name,
            Model model, RedirectAttributes redirect) {
        try {
            UserAccounts.IssuedToken token = accounts.createToken(user.actor(), user.id(), name);
            // Shown once, on the next page only: the flash attribute lives for one request.
            redirect.addFlashAttribute("issued", token);
            return "redirect:/account/tokens";
        } catch (AccountException e) {
            model.addAttribute("nameError",
                    messages.getMessage(e, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
            model.addAttribute("name", name);
            model.addAttribute("tokens", accounts.tokens(user.id()));
            return "accounts/tokens";
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        if (!accounts.revokeToken(user.actor(), user.id(), id)) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/account/tokens";
    }
}
