package org.corridor.alerts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.corridor.alerts.MonitoringWeekRuns.EvaluatedWeeks;
import org.corridor.alerts.MonitoringWeekRuns.Run;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.kernel.Actor;
import org.corridor.monitoring.MonitoringPlans;
import org.corridor.monitoring.MonitoringPlans.PlannedWeek;
import org.springframework.stereotype.Component;

/**
 * Monitoring below plan: a planned location whose operation's visits (not cancelled) fell below the weekly target of
 * its plans {@code corridor.alerts.below-plan.weeks} weeks running (N), measured as the intensity page measures one
 * location. One alert per location and run of weeks: raised at the run's Nth week, its period fixed to the run's first
 * N weeks, and not again while the run grows; a week at or above target (or unplanned) ends the run, and the next run
 * that reaches N weeks is a new alert ({@link MonitoringWeekRuns}). The alert goes to the operation whose plan it is
 * and is read by those who read that operation's figures (visits and targets counted, no text).
 */
@Component
class MonitoringBelowPlanRule {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final MonitoringPlans plans;
    private final Directory directory;
    private final Alerts alerts;
    private final AlertSettings.BelowPlan settings;

    MonitoringBelowPlanRule(MonitoringPlans plans, Directory directory, Alerts alerts, AlertSettings settings) {
        this.plans = plans;
        this.directory = directory;
        this.alerts = alerts;
        this.settings = settings.belowPlan();
    }

    /** Raises the alerts of the runs that reached their length in the weeks ending from {@code firstSunday} to {@code lastSunday}. */
    int raise(Actor actor, LocalDate firstSunday, LocalDate lastSunday) {
        return raise(actor, firstSunday, lastSunday, null);
    }

    /** As {@link #raise(Actor, LocalDate, LocalDate)}, at one location ({@code null}: every one). */
    int raise(Actor actor, LocalDate firstSunday, LocalDate lastSunday, UUID locationId) {
        EvaluatedWeeks evaluated = EvaluatedWeeks.endingOn(firstSunday, lastSunday);
        Map<List<UUID>, TreeMap<LocalDate, PlannedWeek>> byPlace = new LinkedHashMap<>();
        for (PlannedWeek week : plans.plannedWeeksAcrossTheRegion(evaluated.windowStart(), lastSunday, locationId)) {
            byPlace.computeIfAbsent(List.of(week.operationId(), week.locationId()), k -> new TreeMap<>())
                    .put(week.weekStart(), week);
        }
        int raised = 0;
        for (TreeMap<LocalDate, PlannedWeek> weeks : byPlace.values()) {
            TreeSet<LocalDate> below = weeks.values().stream().filter(PlannedWeek::belowTarget)
                    .map(PlannedWeek::weekStart).collect(Collectors.toCollection(TreeSet::new));
            for (Run run : MonitoringWeekRuns.runs(below)) {
                var found = evaluated.raised(run, settings.weeks());
                if (found.isPresent()) {
                    raised += alerts.raise(actor, alertOf(found.get(), weeks)).isPresent() ? 1 : 0;
                }
            }
        }
        return raised;
    }

    private NewAlert alertOf(Run run, TreeMap<LocalDate, PlannedWeek> weeks) {
        List<PlannedWeek> inRun = new ArrayList<>(weeks.subMap(run.firstWeek(), true, run.lastWeek(), true).values());
        PlannedWeek first = inRun.get(0);
        LocalDate lastDay = run.lastWeek().plusDays(6);
        String place = directory.location(first.locationId()).map(LocationSummary::name).orElse("?");
        String visits = join(inRun.stream().map(w -> String.valueOf(w.visits())).toList());
        String targets = join(inRun.stream().map(w -> String.valueOf(w.target())).toList());
        String summary = ("%s was monitored below plan %d week%s running, from %s to %s: %s visit%s against weekly "
                + "target%s of %s.").formatted(place, run.weeks(), run.weeks() == 1 ? "" : "s",
                        DAY.format(run.firstWeek()), DAY.format(lastDay), visits,
                        inRun.size() == 1 && inRun.get(0).visits() == 1 ? "" : "s", inRun.size() == 1 ? "" : "s",
                        targets);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("place", place);
        evidence.put("weeks", join(inRun.stream().map(w -> label(w.weekStart())).toList()));
        evidence.put("visits", visits);
        evidence.put("targets", targets);
        evidence.put("visitsInRun", inRun.stream().mapToLong(PlannedWeek::visits).sum());
        evidence.put("targetInRun", inRun.stream().mapToLong(PlannedWeek::target).sum());
        evidence.put("weeksRunning", settings.weeks());
        UUID operation = first.operationId();
        return NewAlert.aboutFigures(AlertKind.MONITORING_BELOW_PLAN, operation,
                directory.location(first.locationId()).flatMap(l -> directory.countryByIso2(l.countryIso2()))
                        .map(c -> c.id()).orElse(null),
                first.locationId(), "below-plan:location:" + first.locationId(), run.firstWeek(), lastDay, evidence,
                summary, List.of(operation));
    }

    /** "2, 3 and 1". */
    static String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String label(LocalDate monday) {
        int week = monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return monday.get(IsoFields.WEEK_BASED_YEAR) + "-W" + (week < 10 ? "0" : "") + week;
    }
}
