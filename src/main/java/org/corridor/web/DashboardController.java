package org.corridor.web;

import org.corridor.directory.Directory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

    private final Directory directory;

    DashboardController(Directory directory) {
        this.directory = directory;
    }

    @GetMapping("/")
    String dashboard(Model model) {
        model.addAttribute("operations", directory.operations());
        return "dashboard";
    }
}
