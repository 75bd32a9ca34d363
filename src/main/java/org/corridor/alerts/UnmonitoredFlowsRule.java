package org.corridor.alerts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.corridor.alerts.MonitoringWeekRuns.EvaluatedWeeks;
import org.corridor.alerts.MonitoringWeekRuns.Run;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OperationSummary;
import org.corridor.directory.OrganisationSummary;
import org.corridor.flows.FlowFigures;
import org.corridor.flows.FlowFigures.LocationWeek;
import org.corridor.kernel.Actor;
import org.corridor.monitoring.MonitoringVisits;
import org.corridor.monitoring.MonitoringVisits.WeekVisits;
import org.springframework.stereotype.Component;

/**
 * Flows without monitoring: a location where at least {@code corridor.alerts.unmonitored-flows.minimum-weekly-count}
 * people were counted in an ISO week (the largest of its series: sources and directions count the same people) and
 * the operation hosted in the location's country, the one that would monitor it, made no visit there that week.
 * Flows in a country no operation is hosted in (Greece, Croatia) raise nothing. Like the below-plan rule, one alert a
 * run of such weeks ({@link MonitoringWeekRuns} with a length of one): raised at the run's first week, with that week
 * as its period, and not again every week the location stays unmonitored; a visit (or a quiet week) ends the run.
 * The alert goes to that operation and is read by those who read the figures of the operations whose counts it shows
 * and of the operation itself (its visits, counted).
 */
@Component
class UnmonitoredFlowsRule {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final FlowFigures figures;
    private final MonitoringVisits visits;
    private final Directory directory;
    private final Alerts alerts;
    private final AlertSettings.UnmonitoredFlows settings;

    UnmonitoredFlowsRule(FlowFigures figures, MonitoringVisits visits, Directory directory, Alerts alerts,
            AlertSettings settings) {
        this.figures = figures;
        this.visits = visits;
        this.directory = directory;
        this.alerts = alerts;
        this.settings = settings.unmonitoredFlows();
    }

    /** Raises the alerts of the runs that began or went on in the weeks ending from {@code firstSunday} to {@code lastSunday}. */
    int raise(Actor actor, LocalDate firstSunday, LocalDate lastSunday) {
        return raise(actor, firstSunday, lastSunday, null);
    }

    /** As {@link #raise(Actor, LocalDate, LocalDate)}, at one location ({@code null}: every one). */
    int raise(Actor actor, LocalDate firstSunday, LocalDate lastSunday, UUID locationId) {
        EvaluatedWeeks evaluated = EvaluatedWeeks.endingOn(firstSunday, lastSunday);
        Set<List<Object>> visited = new HashSet<>();
        for (WeekVisits week : visits.visitsByWeekAcrossTheRegion(evaluated.windowStart(), lastSunday, locationId)) {
            visited.add(List.of(week.operationId(), week.locationId(), week.weekStart()));
        }
        Map<UUID, List<OperationSummary>> hosts = new HashMap<>();
        // Per receiving operation and location, the weeks of flows above the minimum without its visit.
        Map<List<UUID>, TreeMap<LocalDate, LocationWeek>> unmonitored = new LinkedHashMap<>();
        for (LocationWeek week : figures.weeklyFlowsAtLocationsAcrossTheRegion(evaluated.windowStart(), lastSunday,
                locationId)) {
            if (week.total() < settings.minimumWeeklyCount()) {
                continue;
            }
            for (OperationSummary host : hosts.computeIfAbsent(week.countryId(), directory::operationsHostedIn)) {
                if (!visited.contains(List.of(host.id(), week.locationId(), week.weekStart()))) {
                    unmonitored.computeIfAbsent(List.of(host.id(), week.locationId()), k -> new TreeMap<>())
                            .put(week.weekStart(), week);
                }
            }
        }
        int raised = 0;
        for (Map.Entry<List<UUID>, TreeMap<LocalDate, LocationWeek>> place : unmonitored.entrySet()) {
            for (Run run : MonitoringWeekRuns.runs(new TreeSet<>(place.getValue().keySet()))) {
                var found = evaluated.raised(run, 1);
                if (found.isPresent()) {
                    OperationSummary host = hosts.values().stream().flatMap(List::stream)
                            .filter(o -> o.id().equals(place.getKey().get(0))).findFirst().orElseThrow();
                    raised += alerts.raise(actor, alertOf(host, place.getValue().get(found.get().firstWeek())))
                            .isPresent() ? 1 : 0;
                }
            }
        }
        return raised;
    }

    private NewAlert alertOf(OperationSummary host, LocationWeek week) {
        LocalDate lastDay = week.weekStart().plusDays(6);
        String place = directory.location(week.locationId()).map(LocationSummary::name).orElse("?");
        String source = week.sourceOrganisationId() == null ? "own observation"
                : directory.organisation(week.sourceOrganisationId()).map(UnmonitoredFlowsRule::name).orElse("?");
        String what = switch (week.direction()) {
            case ENTRY -> "entries";
            case EXIT -> "exits";
            default -> week.direction().name().toLowerCase(Locale.ROOT);
        };
        String summary = String.format(Locale.ENGLISH,
                "%s: %,d people counted in the week %s to %s (%s, %s) and the %s made no visit there that week.", place, week.total(), DAY.format(week.weekStart()), DAY.format(lastDay), what, source,
                        host.name());
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("place", place);
        evidence.put("week", MonitoringBelowPlanRule.label(week.weekStart()));
        evidence.put("weekTotal", week.total());
        evidence.put("direction", week.direction().name());
        evidence.put("source", source);
        evidence.put("visits", 0);
        evidence.put("minimumWeeklyCount", settings.minimumWeeklyCount());
        Set<UUID> sources = new LinkedHashSet<>(week.operationIds());
        sources.add(host.id());
        return NewAlert.aboutFigures(AlertKind.FLOWS_WITHOUT_MONITORING, host.id(), week.countryId(),
                week.locationId(), "unmonitored:location:" + week.locationId(), week.weekStart(), lastDay, evidence,
                summary, new ArrayList<>(sources));
    }

    private static String name(OrganisationSummary organisation) {
        return organisation.acronym() == null ? organisation.name() : organisation.acronym();
    }
}
