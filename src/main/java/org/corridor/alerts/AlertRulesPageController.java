package org.corridor.alerts;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.directory.CountrySummary;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The rules page: each rule in plain language, with the thresholds, the off-route neighbourhood and the schedule read
 * from the settings the rules run on ({@link AlertSettings}, {@code corridor.alerts.schedule}), so that the page never
 * says something the rules do not do. Documentation only, with no record in it: every signed-in user reads it.
 */
@Controller
class AlertRulesPageController {

    /** "At 06:15 every day": a cron expression of one time a day, second minute hour and stars. */
    private static final Pattern DAILY = Pattern.compile("0 (\\d{1,2}) (\\d{1,2}) \\* \\* \\*");

    /** Where the route may turn from a place: the place as named in the directory, and the countries' names. */
    record Alternative(String code, String place, List<String> countries) {
    }

    private final AlertSettings settings;
    private final Directory directory;
    private final String schedule;

    AlertRulesPageController(AlertSettings settings, Directory directory,
            @Value("${corridor.alerts.schedule}") String schedule) {
        this.settings = settings;
        this.directory = directory;
        this.schedule = schedule.trim();
    }

    @GetMapping("/alerts/rules")
    String rules(Model model) {
        model.addAttribute("routeShift", settings.routeShift());
        model.addAttribute("offRoute", settings.offRoute());
        model.addAttribute("actionPoints", settings.actionPoints());
        model.addAttribute("belowPlan", settings.belowPlan());
        model.addAttribute("unmonitoredFlows", settings.unmonitoredFlows());
        model.addAttribute("alternatives", alternatives());
        model.addAttribute("schedule", schedule);
        Matcher daily = DAILY.matcher(schedule);
        model.addAttribute("dailyAt", daily.matches()
                ? "%02d:%02d".formatted(Integer.parseInt(daily.group(2)), Integer.parseInt(daily.group(1))) : null);
        model.addAttribute("nextRun", nextRun());
        return "alerts/rules";
    }

    private ZonedDateTime nextRun() {
        if (!CronExpression.isValidExpression(schedule)) {
            return null; // "-" switches the schedule off
        }
        return CronExpression.parse(schedule).next(ZonedDateTime.now(ZoneOffset.UTC));
    }

    /** The neighbourhood, places first by name, then countries as a whole. */
    private List<Alternative> alternatives() {
        return settings.offRoute().alternatives().entrySet().stream().map(this::alternative)
                .sorted(java.util.Comparator.comparing((Alternative a) -> a.code().length() == 2)
                        .thenComparing(Alternative::place))
                .toList();
    }

    private Alternative alternative(Map.Entry<String, List<String>> entry) {
        String code = entry.getKey();
        String place = code.length() == 2 ? directory.countryByIso2(code).map(CountrySummary::name).orElse(code)
                : directory.locationByCode(code).map(LocationSummary::name).orElse(code);
        List<String> countries = entry.getValue().stream()
                .map(iso -> directory.countryByIso2(iso).map(CountrySummary::name).orElse(iso)).toList();
        return new Alternative(code, place, countries);
    }
}
