package org.corridor.web;

import java.util.List;
import org.corridor.CorridorProperties;
import org.corridor.accounts.DemoAccounts;
import org.corridor.accounts.UserAccounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

    private final CorridorProperties properties;

    SignInController(CorridorProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/login")
    String signIn(Model model) {
        model.addAttribute("lockMinutes", UserAccounts.LOCK_DURATION.toMinutes());
        model.addAttribute("demoAccounts", properties.demo() ? DemoAccounts.ACCOUNTS : List.of());
        model.addAttribute("demoPassword", DemoAccounts.PASSWORD);
        return "signin";
    }
}
