package org.corridor.regional;

import org.corridor.accounts.CorridorUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The regional overview page: every operation's figures, engagement with its evidence, and gaps, for a period. */
@Controller
class RegionalOverviewController {

    private final RegionalOverview overview;
    private final RegionalPeriod.Defaults defaults;
    private final org.corridor.directory.Directory directory;

    RegionalOverviewController(RegionalOverview overview, RegionalPeriod.Defaults defaults,
            org.corridor.directory.Directory directory) {
        this.overview = overview;
        this.defaults = defaults;
        this.directory = directory;
    }

    /** Country ids by ISO code: the flow chart behind an operation's flows opens on its host country. */
    private java.util.Map<String, java.util.UUID> countryIds() {
        java.util.Map<String, java.util.UUID> ids = new java.util.HashMap<>();
        directory.countries().forEach(c -> ids.put(c.iso2(), c.id()));
        return ids;
    }

    @GetMapping("/regional")
    String overview(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        RegionalReaders.require(user);
        RegionalOverviewPeriod asked = RegionalOverviewPeriod.read(from, to, user, defaults);
        // As typed, so that a refused period is shown as the reader wrote it, with what is wrong beside it.
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("errors", asked.ok() ? java.util.Map.of() : java.util.Map.of(asked.field(), asked.message()));
        if (!asked.ok()) {
            model.addAttribute("period", null);
            model.addAttribute("rule", overview.ruleText());
            return "regional/overview";
        }
        RegionalPeriod period = asked.period();
        model.addAttribute("period", period);
        model.addAttribute("from", period.from());
        model.addAttribute("to", period.to());
        model.addAttribute("overview", overview.of(user, period.from(), period.to()));
        model.addAttribute("rule", overview.ruleText());
        model.addAttribute("areas", org.corridor.directory.ResponseArea.values());
        model.addAttribute("countryIds", countryIds());
        model.addAttribute("reportTypes", RegionalOverview.MIGRATION_REPORTS.stream().sorted().toList());
        return "regional/overview";
    }
}
