package org.corridor.accounts;

import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every user changes their own password (e.g. the one-time password of a first start). */
@Controller
class PasswordController {

    private final UserAccounts accounts;
    private final MessageSource messages;

    PasswordController(UserAccounts accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        model.addAttribute("errors", Map.of());
        return "accounts/password";
    }

    @PostMapping("/account/password")
    String change(@AuthenticationPrincipal CorridorUser user, @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String confirmPassword,
            Model model, RedirectAttributes redirect) {
        if (!newPassword.equals(confirmPassword)) {
            model.addAttribute("errors", Map.of("confirmPassword",
                    messages.getMessage("account.error.confirmPassword", null, LocaleContextHolder.getLocale())));
            return "accounts/password";
        }
        try {
            accounts.changePassword(user.id(), currentPassword, newPassword);
        } catch (AccountException e) {
            model.addAttribute("errors", Map.of(e.field(), messages.getMessage(e, LocaleContextHolder.getLocale())));
            return "accounts/password";
        }
        redirect.addFlashAttribute("changed", true);
        return "redirect:/account/password";
    }
}
