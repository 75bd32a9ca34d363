package org.corridor.alerts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.corridor.alerts.AlertSettings.RouteShift;
import org.corridor.directory.CountrySummary;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OperationSummary;
import org.corridor.directory.OrganisationSummary;
import org.corridor.flows.FlowFigures;
import org.corridor.flows.FlowFigures.WeekAgainstFourBefore;
import org.corridor.flows.PeriodKind;
import org.corridor.kernel.Actor;
import org.springframework.stereotype.Component;

/**
 * Route shift: at a location or a country, a week's flow (entries or exits of one source and period kind) whose daily
 * average fell or rose beyond its threshold against the daily average of the four weeks before, where the larger of
 * the two reaches the minimum weekly count ({@link RouteShift}). Averages are over the periods counted, so a day
 * nobody counted is not read as a fall. The alert goes to the operations hosted where it happened and to those whose
 * counts show it, and is read by those who read the figures of every operation whose counts it shows.
 */
@Component
class RouteShiftRule {

    enum Way {
        FALL, RISE
    }

    /** What the rule found in one series; {@code changePercent} is null for a rise from nothing. */
    record Shift(Way way, double dailyAverageLastWeek, double dailyAverageBefore, Long changePercent) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final FlowFigures figures;
    private final Directory directory;
    private final Alerts alerts;
    private final RouteShift settings;
    private final OffRoutePreparednessRule offRoute;

    RouteShiftRule(FlowFigures figures, Directory directory, Alerts alerts, AlertSettings settings,
            OffRoutePreparednessRule offRoute) {
        this.figures = figures;
        this.directory = directory;
        this.alerts = alerts;
        this.settings = settings.routeShift();
        this.offRoute = offRoute;
    }

    /**
     * Whether a series shifted. Compared in whole numbers, so that a fall of exactly the threshold is one: the last
     * week's average {@code L/l} against the four weeks' {@code B/b} (periods of one kind, so their length cancels).
     */
    static Optional<Shift> assess(RouteShift settings, WeekAgainstFourBefore series) {
        long last = series.lastWeekTotal();
        long before = series.fourWeeksTotal();
        long lastPeriods = series.lastWeekPeriods();
        long beforePeriods = series.fourWeeksPeriods();
        if (lastPeriods == 0 || beforePeriods == 0) {
            return Optional.empty();
        }
        int daysPerPeriod = series.kind() == PeriodKind.WEEK ? 7 : 1;
        // As a week: 7 L / (l d) >= minimum, and the same for the four weeks before.
        boolean large = 7 * last >= settings.minimumWeeklyCount() * lastPeriods * daysPerPeriod
                || 7 * before >= settings.minimumWeeklyCount() * beforePeriods * daysPerPeriod;
        if (!large) {
            return Optional.empty();
        }
        double averageLast = (double) last / (lastPeriods * daysPerPeriod);
        double averageBefore = (double) before / (beforePeriods * daysPerPeriod);
        Long change = before == 0 ? null : Math.round((averageLast / averageBefore - 1) * 100);
        if (last * beforePeriods * 100 <= before * lastPeriods * (100L - settings.fallPercent()) && before > 0) {
            return Optional.of(new Shift(Way.FALL, averageLast, averageBefore, change));
        }
        if (last * beforePeriods * 100 >= before * lastPeriods * (100L + settings.risePercent()) && last > 0) {
            return Optional.of(new Shift(Way.RISE, averageLast, averageBefore, change));
        }
        return Optional.empty();
    }

    /**
     * Raises the alerts of the week ending on {@code lastDay} (a Sunday); how many were new. A series that shifted the
     * same way the week before is a run going on, which its first week has raised already.
     */
    int raise(Actor actor, LocalDate lastDay) {
        return raiseWeeks(actor, lastDay, lastDay);
    }

    /**
     * Raises the alerts of the weeks ending on the Sundays {@code firstSunday} to {@code lastSunday}, oldest first: one
     * alert a run of weeks shifting the same way, at its first week (a fall that goes on for weeks is one finding, not
     * one a week); how many were new.
     */
    int raiseWeeks(Actor actor, LocalDate firstSunday, LocalDate lastSunday) {
        Set<String> shiftedBefore = shifted(firstSunday.minusWeeks(1));
        int raised = 0;
        for (LocalDate sunday = firstSunday; !sunday.isAfter(lastSunday); sunday = sunday.plusWeeks(1)) {
            Set<String> shiftedNow = new HashSet<>();
            for (WeekAgainstFourBefore series : figures.weekAgainstFourBeforeAcrossTheRegion(sunday)) {
                Optional<Shift> shift = assess(settings, series);
                if (shift.isEmpty()) {
                    continue;
                }
                String run = run(series, shift.get().way());
                shiftedNow.add(run);
                if (shiftedBefore.contains(run)) {
                    continue;
                }
                Found found = alertsOf(series, shift.get(), sunday);
                for (NewAlert alert : found.alerts()) {
                    raised += alerts.raise(actor, alert).isPresent() ? 1 : 0;
                }
                if (shift.get().way() == Way.FALL) {
                    // A fall where the route ran may turn it elsewhere: the operations on its alternatives are told.
                    raised += offRoute.raise(actor, found.trigger());
                }
            }
            shiftedBefore = shiftedNow;
        }
        return raised;
    }

    /** The runs (series and way) that shifted in the week ending on {@code sunday}. */
    private Set<String> shifted(LocalDate sunday) {
        Set<String> runs = new HashSet<>();
        for (WeekAgainstFourBefore series : figures.weekAgainstFourBeforeAcrossTheRegion(sunday)) {
            assess(settings, series).ifPresent(shift -> runs.add(run(series, shift.way())));
        }
        return runs;
    }

    /** A series of counts (place, direction, source, period kind) and the way it shifted. */
    private static String run(WeekAgainstFourBefore series, Way way) {
        return "%s:%s:%s:%s:%s:%s".formatted(series.countryId(), series.locationId(), series.direction(),
                series.sourceOrganisationId(), series.kind(), way);
    }

    /** The alerts of a shift, and what it is to the off-route rule. */
    private record Found(List<NewAlert> alerts, OffRoutePreparednessRule.Trigger trigger) {
    }

    private Found alertsOf(WeekAgainstFourBefore series, Shift shift, LocalDate lastDay) {
        Optional<LocationSummary> location = series.locationId() == null ? Optional.empty()
                : directory.location(series.locationId());
        String place = location.map(LocationSummary::name)
                .orElseGet(() -> directory.country(series.countryId()).map(CountrySummary::name).orElse("?"));
        String source = series.sourceOrganisationId() == null ? "own observation"
                : directory.organisation(series.sourceOrganisationId()).map(RouteShiftRule::name).orElse("?");
        String what = series.direction().name().equals("ENTRY") ? "Entries" : "Exits";
        LocalDate firstDay = lastDay.minusDays(6);
        String summary = "%s at %s (%s, %s counts) %s in the week %s to %s: %s a day against %s a day in the four weeks before."
                .formatted(what, place, source, series.kind().name().toLowerCase(Locale.ROOT),
                        shift.way() == Way.FALL ? "fell by " + -shift.changePercent() + " %"
                                : shift.changePercent() == null ? "began" : "rose by " + shift.changePercent() + " %",
                        DAY.format(firstDay), DAY.format(lastDay), Math.round(shift.dailyAverageLastWeek()),
                        Math.round(shift.dailyAverageBefore()));
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("place", place);
        evidence.put("direction", series.direction().name());
        evidence.put("source", source);
        evidence.put("periodKind", series.kind().name());
        evidence.put("lastWeekTotal", series.lastWeekTotal());
        evidence.put("lastWeekPeriods", series.lastWeekPeriods());
        evidence.put("fourWeeksTotal", series.fourWeeksTotal());
        evidence.put("fourWeeksPeriods", series.fourWeeksPeriods());
        evidence.put("dailyAverageLastWeek", Math.round(shift.dailyAverageLastWeek() * 10) / 10.0);
        evidence.put("dailyAverageBefore", Math.round(shift.dailyAverageBefore() * 10) / 10.0);
        if (shift.changePercent() != null) {
            evidence.put("changePercent", shift.changePercent());
        }
        evidence.put("thresholdPercent", shift.way() == Way.FALL ? -settings.fallPercent() : settings.risePercent());
        evidence.put("minimumWeeklyCount", settings.minimumWeeklyCount());
        String cause = "shift:%s:%s:%s:%s:%s".formatted(
                series.locationId() == null ? "country:" + series.countryId() : "location:" + series.locationId(),
                series.direction(), series.sourceOrganisationId() == null ? "own" : series.sourceOrganisationId(),
                series.kind(), shift.way());
        List<UUID> sources = List.copyOf(series.operationIds());
        List<NewAlert> found = new ArrayList<>();
        for (UUID receiver : receivers(series)) {
            found.add(NewAlert.aboutFigures(AlertKind.ROUTE_SHIFT, receiver, series.countryId(), series.locationId(),
                    cause, firstDay, lastDay, evidence, summary, sources));
        }
        return new Found(found, new OffRoutePreparednessRule.Trigger(
                location.map(LocationSummary::code).orElse(null),
                directory.country(series.countryId()).map(CountrySummary::iso2).orElse(null), series.countryId(),
                series.locationId(), cause, firstDay, lastDay, summary,
                sources.stream().map(NewAlert.Source::figuresOf).toList()));
    }

    /** The operations hosted in the country where it happened, then those whose counts show it. */
    private Set<UUID> receivers(WeekAgainstFourBefore series) {
        Set<UUID> receivers = new LinkedHashSet<>();
        directory.operationsHostedIn(series.countryId()).stream().map(OperationSummary::id).forEach(receivers::add);
        receivers.addAll(series.operationIds());
        return receivers;
    }

    private static String name(OrganisationSummary organisation) {
        return organisation.acronym() == null ? organisation.name() : organisation.acronym();
    }
}
