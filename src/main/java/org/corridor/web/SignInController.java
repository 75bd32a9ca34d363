package org.corridor.web;

import java.util.List;
import org.corridor.kernel.CorridorProperties;
import org.corridor.accounts.DemoAccounts;
import org.corridor.accounts.UserAccounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

    private final CorridorProperties properties;

    SignInController(CorridorProperties properties) {
        this.properties = properties;
    }

    /** Spring Security redirects here with {@code ?error} after any failed sign-in, a locked account included. */
    @GetMapping("/login")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String sessionEnded,
            Model model) {
        model.addAttribute("failed", error != null);
        // Sent here by a form post whose session had ended: what was typed is kept (accounts.KeptForms).
        model.addAttribute("sessionEnded", "visit".equals(sessionEnded) ? "visit" : sessionEnded != null ? "record" : null);
        model.addAttribute("lockMinutes", UserAccounts.LOCK_DURATION.toMinutes());
        model.addAttribute("demoAccounts", properties.demo() ? DemoAccounts.ACCOUNTS : List.of());
        model.addAttribute("demoPassword", DemoAccounts.PASSWORD);
        return "signin";
    }
}
