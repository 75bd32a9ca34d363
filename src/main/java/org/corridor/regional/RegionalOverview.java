package org.corridor.regional;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.ReadScope;
import org.corridor.accounts.Sharing;
import org.corridor.activities.Activities;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OperationSummary;
import org.corridor.directory.ResponseArea;
import org.corridor.flows.FlowFigures;
import org.corridor.liaison.Meetings;
import org.corridor.monitoring.MonitoringPlans;
import org.corridor.monitoring.MonitoringVisits;
import org.corridor.monitoring.PreparednessAssessments;
import org.corridor.monitoring.TemporaryDeployments;
import org.corridor.reports.ReportType;
import org.corridor.reports.Reports;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regional overview: for a user and a period, one row per field operation of the region with its figures, its
 * engagement class with the evidence, and its gaps. The module's API for the regional report. Each figure comes from
 * the owning module's public service in one set-based query for all operations (plans' shortfalls: one per operation
 * that reads them). A figure the user may not read is null ("not shared with you"), never 0.
 */
@Service
public class RegionalOverview {

    /** Migration reports: every operation report but the regional one. */
    static final Set<ReportType> MIGRATION_REPORTS = Set.of(ReportType.SPOT, ReportType.BACKGROUND,
            ReportType.ACTIVITY_UPDATE, ReportType.THEMATIC);

    public enum Engagement {
        FRONTLINE, ROUTINE
    }

    /**
     * The evidence of an operation's class: its visits in the period and the year before, per week, their ratio (null
     * without a baseline), its migration reports and new activities, and which of the rule's criteria held.
     */
    public record Evidence(long visits, long baselineVisits, double visitsPerWeek, double baselinePerWeek,
            @Nullable Double ratio, boolean monitoringAbove, long migrationReports, boolean reportsMet,
            long newActivities, boolean activitiesMet, int criteriaMet) {
    }

    /** A planned location missing its weekly target week after week: its longest run of weeks below target. */
    public record MissedPlan(UUID locationId, String locationName, int longestRun, LocalDate runStart, int weeksBelow,
            int plannedWeeks) {
    }

    /** A route location of the operation's country with flows in the period and no monitoring visit. */
    public record UnvisitedLocation(UUID locationId, String locationName, long persons) {
    }

    /** Whom an operation met: an organisation or another operation, and how many meetings. */
    public record Counterpart(UUID id, String name, long meetings) {
    }

    /**
     * One operation's figures in the period. Null means "not shared with you": the operation does not share its
     * figures with the user and nothing of the kind is readable. {@code figuresShared} false with a number: only the
     * records shared with the user are counted.
     */
    public record OperationOverview(UUID operationId, String code, String name, String countryIso2,
            boolean figuresShared, @Nullable Map<ResponseArea, Long> activitiesByArea, @Nullable Long newActivities,
            @Nullable Long visits, @Nullable Long baselineVisits, @Nullable Double visitsPerWeek,
            @Nullable Integer plannedLocations, @Nullable Integer locationWeeksBelowTarget,
            @Nullable Map<ReportType, Long> reportsByType, @Nullable Long migrationReports, @Nullable Long meetings,
            List<Counterpart> metOrganisations, List<Counterpart> metOperations, @Nullable Long assessments,
            @Nullable Long deployments, @Nullable Long flowPersons, boolean flowsPartlyNotShared,
            @Nullable Engagement engagement, @Nullable Evidence evidence, List<ResponseArea> areaGaps,
            boolean noMigrationReport, List<UnvisitedLocation> unvisitedLocations, List<MissedPlan> missedPlans) {
    }

    /** The whole overview: the period, the rule it was classed by, and one row per operation. */
    public record Overview(LocalDate from, LocalDate to, RuleText rule, List<OperationOverview> operations) {
    }

    /**
     * One operation's line at a glance — its class and the three figures the class is decided by — computed as
     * {@link OperationOverview} computes them, without the rest (flows, plans, meetings, places) the start page does
     * not show. Null means "not shared with you", as there.
     */
    public record OperationGlance(UUID operationId, String name, @Nullable Engagement engagement,
            @Nullable Long visits, @Nullable Long migrationReports, @Nullable Long newActivities) {
    }

    /** The region at a glance over a period: one line per operation. */
    public record Glance(LocalDate from, LocalDate to, List<OperationGlance> operations) {
    }

    /** The rule's thresholds as the page and the API print them. */
    public record RuleText(double visitsRatio, long visitsWithoutBaseline, long migrationReports, long newActivities,
            int criteriaNeeded, int missedWeeksListed) {
    }

    private final Directory directory;
    private final Sharing sharing;
    private final Activities activities;
    private final MonitoringVisits visits;
    private final MonitoringPlans plans;
    private final PreparednessAssessments assessments;
    private final TemporaryDeployments deployments;
    private final Reports reports;
    private final Meetings meetings;
    private final FlowFigures flows;
    private final RegionalEngagementRule rule;

    RegionalOverview(Directory directory, Sharing sharing, Activities activities, MonitoringVisits visits,
            MonitoringPlans plans, PreparednessAssessments assessments, TemporaryDeployments deployments,
            Reports reports, Meetings meetings, FlowFigures flows, RegionalEngagementRule rule) {
        this.directory = directory;
        this.sharing = sharing;
        this.activities = activities;
        this.visits = visits;
        this.plans = plans;
        this.assessments = assessments;
        this.deployments = deployments;
        this.reports = reports;
        this.meetings = meetings;
        this.flows = flows;
        this.rule = rule;
    }

    /**
     * The overview for the days {@code from} to {@code to} inclusive. One read-only transaction for its two dozen
     * statements: one connection instead of one a statement, and the read rule's policies read once
     * ({@link Sharing#scopeOf}) instead of by each module it asks.
     */
    @Transactional(readOnly = true)
    public Overview of(CorridorUser user, LocalDate from, LocalDate to) {
        RegionalPeriod period = new RegionalPeriod(from, to);
        ReadScope scope = sharing.scopeOf(user);
        List<OperationSummary> operations = operationsByName();
        List<UUID> ids = operations.stream().map(OperationSummary::id).toList();
        Map<UUID, String> names = new HashMap<>();
        operations.forEach(o -> names.put(o.id(), o.name()));
        directory.organisations().forEach(o -> names.put(o.id(), o.acronym() == null ? o.name() : o.acronym()));
        Map<UUID, LocationSummary> locations = directory.locations().stream()
                .collect(Collectors.toMap(LocationSummary::id, l -> l));

        Map<UUID, Activities.MatrixRow> matrix = activities.matrix(user, ids, from, to, null).stream()
                .collect(Collectors.toMap(Activities.MatrixRow::operationId, r -> r));
        Map<UUID, Long> started = activities.startedByOperation(user, from, to);
        List<MonitoringVisits.OperationLocationVisits> visited = visits.figuresByOperationAndLocation(user, from, to);
        Map<UUID, Long> baseline = baselineVisits(user, from);
        Map<UUID, Long> visitsByOperation = new HashMap<>();
        Set<UUID> visitedLocations = new HashSet<>();
        visited.forEach(v -> {
            visitsByOperation.merge(v.operationId(), v.visits(), Long::sum);
            visitedLocations.add(v.locationId());
        });
        Map<UUID, Map<ReportType, Long>> reportCounts = reportCounts(user, from, to);
        Map<UUID, Long> held = meetings.heldByOperation(user, from, to);
        Meetings.Contacts contacts = meetings.contacts(user, from, to);
        Map<UUID, Long> assessed = assessments.countedByOperation(user, from, to);
        Map<UUID, Long> deployed = deployments.countedByOperation(user, from, to);
        FlowFigures.LocationEntries entries = flows.entriesByLocation(user, from, to);

        List<OperationOverview> rows = new ArrayList<>();
        for (OperationSummary operation : operations) {
            UUID id = operation.id();
            boolean shared = scope.mayReadFigures(id);
            Activities.MatrixRow activityRow = matrix.get(id);
            Map<ResponseArea, Long> byArea = null;
            if (shared || activityRow != null
                    && activityRow.counts().values().stream().anyMatch(n -> n > 0)) {
                byArea = new EnumMap<>(ResponseArea.class);
                for (ResponseArea area : ResponseArea.values()) {
                    byArea.put(area, activityRow == null ? 0 : activityRow.count(area));
                }
            }
            Long newActivities = shownOrNotShared(shared, started.getOrDefault(id, 0L));
            Long visitCount = shared ? visitsByOperation.getOrDefault(id, 0L) : null;
            Long baselineCount = shared ? baseline.getOrDefault(id, 0L) : null;
            Map<ReportType, Long> byType = reportCounts.getOrDefault(id, Map.of());
            long migration = migrationReports(byType);
            Map<ReportType, Long> reportsShown = shared || !byType.isEmpty() ? byType : null;
            Long migrationShown = reportsShown == null ? null : migration;

            List<MissedPlan> missed = new ArrayList<>();
            Integer planned = null;
            Integer weeksBelow = null;
            if (shared) {
                MonitoringPlans.Shortfalls shortfalls = plans.shortfalls(user, id, null, from, to);
                planned = shortfalls.locations().size();
                weeksBelow = shortfalls.locationWeeksBelow();
                for (MonitoringPlans.LocationShortfall location : shortfalls.locations()) {
                    Run run = longestRun(location.weeksBelowStarts());
                    if (run.length >= rule.missedWeeksListed()) {
                        missed.add(new MissedPlan(location.locationId(), name(locations, location.locationId()),
                                run.length, run.start, location.weeksBelow(), location.plannedWeeks()));
                    }
                }
            }

            List<UnvisitedLocation> unvisited = new ArrayList<>();
            long persons = 0;
            boolean partlyHidden = false;
            for (FlowFigures.LocationFlow flow : entries.locations()) {
                LocationSummary place = locations.get(flow.locationId());
                if (place == null || !place.countryIso2().equals(operation.hostCountryIso2())) {
                    continue;
                }
                persons += flow.total();
                if (flow.total() > 0 && !visitedLocations.contains(flow.locationId())) {
                    unvisited.add(new UnvisitedLocation(flow.locationId(), place.name(), flow.total()));
                }
            }
            for (UUID hiddenAt : entries.notSharedByLocation().keySet()) {
                LocationSummary place = locations.get(hiddenAt);
                if (place != null && place.countryIso2().equals(operation.hostCountryIso2())) {
                    partlyHidden = true;
                }
            }
            unvisited.sort(Comparator.comparingLong(UnvisitedLocation::persons).reversed());
            // Flows at the country's locations are counted by whoever observed them; none readable and some hidden is
            // "not shared", not a quiet border.
            Long flowPersons = persons == 0 && partlyHidden ? null : persons;

            Engagement engagement = null;
            Evidence evidence = null;
            if (shared) {
                evidence = evidence(visitCount, baselineCount, period.days(), migration, newActivities);
                engagement = classOf(evidence);
            }
            List<ResponseArea> gaps = activityRow == null ? List.of() : List.copyOf(activityRow.gaps());
            rows.add(new OperationOverview(id, operation.code(), operation.name(), operation.hostCountryIso2(), shared,
                    byArea, newActivities, visitCount, baselineCount,
                    visitCount == null ? null : perWeek(visitCount, period.days()), planned, weeksBelow,
                    reportsShown, migrationShown, shownOrNotShared(shared, held.getOrDefault(id, 0L)),
                    counterparts(contacts.organisations(), id, names), counterparts(contacts.operations(), id, names),
                    shownOrNotShared(shared, assessed.getOrDefault(id, 0L)),
                    shownOrNotShared(shared, deployed.getOrDefault(id, 0L)), flowPersons, partlyHidden, engagement,
                    evidence, gaps, shared && migration == 0, unvisited, missed));
        }
        return new Overview(from, to, ruleText(), rows);
    }

    /**
     * The start page's line per operation over the days {@code from} to {@code to}: the same class and figures as
     * {@link #of}, from four of its queries (visits, the year before, reports, new activities) instead of all of them.
     */
    public Glance glance(CorridorUser user, LocalDate from, LocalDate to) {
        RegionalPeriod period = new RegionalPeriod(from, to);
        ReadScope scope = sharing.scopeOf(user);
        Map<UUID, Long> started = activities.startedByOperation(user, from, to);
        Map<UUID, Long> visitsByOperation = new HashMap<>();
        visits.figuresByOperationAndLocation(user, from, to)
                .forEach(v -> visitsByOperation.merge(v.operationId(), v.visits(), Long::sum));
        Map<UUID, Long> baseline = baselineVisits(user, from);
        Map<UUID, Map<ReportType, Long>> reportCounts = reportCounts(user, from, to);
        List<OperationGlance> rows = new ArrayList<>();
        for (OperationSummary operation : operationsByName()) {
            UUID id = operation.id();
            boolean shared = scope.mayReadFigures(id);
            Map<ReportType, Long> byType = reportCounts.getOrDefault(id, Map.of());
            long migration = migrationReports(byType);
            Long newActivities = shownOrNotShared(shared, started.getOrDefault(id, 0L));
            Engagement engagement = null;
            Long visitCount = null;
            if (shared) {
                visitCount = visitsByOperation.getOrDefault(id, 0L);
                Evidence evidence = evidence(visitCount, baseline.getOrDefault(id, 0L), period.days(), migration,
                        newActivities);
                engagement = classOf(evidence);
            }
            rows.add(new OperationGlance(id, operation.name(), engagement, visitCount,
                    shared || !byType.isEmpty() ? migration : null, newActivities));
        }
        return new Glance(from, to, rows);
    }

    private List<OperationSummary> operationsByName() {
        return directory.operations().stream().sorted(Comparator.comparing(OperationSummary::name)).toList();
    }

    /** Each operation's visits in the year before {@code from}: the baseline its monitoring is compared with. */
    private Map<UUID, Long> baselineVisits(CorridorUser user, LocalDate from) {
        Map<UUID, Long> baseline = new HashMap<>();
        visits.figuresByOperationAndLocation(user, from.minusYears(1), from.minusDays(1))
                .forEach(v -> baseline.merge(v.operationId(), v.visits(), Long::sum));
        return baseline;
    }

    private Map<UUID, Map<ReportType, Long>> reportCounts(CorridorUser user, LocalDate from, LocalDate to) {
        Map<UUID, Map<ReportType, Long>> reportCounts = new HashMap<>();
        reports.countsByType(user, from, to).forEach(c -> reportCounts
                .computeIfAbsent(c.operationId(), o -> new EnumMap<>(ReportType.class)).put(c.type(), c.reports()));
        return reportCounts;
    }

    private static long migrationReports(Map<ReportType, Long> byType) {
        return byType.entrySet().stream().filter(e -> MIGRATION_REPORTS.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** The class the rule gives an operation on its evidence: the overview's and the start page's alike. */
    private Engagement classOf(Evidence evidence) {
        return evidence.criteriaMet() >= rule.criteriaNeeded() ? Engagement.FRONTLINE : Engagement.ROUTINE;
    }

    RuleText ruleText() {
        return new RuleText(rule.visitsRatio(), rule.visitsWithoutBaseline(), rule.migrationReports(),
                rule.newActivities(), rule.criteriaNeeded(), rule.missedWeeksListed());
    }

    /** Applies the rule of {@link RegionalEngagementRule} to one operation's figures. */
    Evidence evidence(long visitCount, long baselineCount, long days, long migrationReports, long newActivities) {
        double perWeek = perWeek(visitCount, days);
        double baselinePerWeek = perWeek(baselineCount, 365);
        Double ratio = baselineCount == 0 ? null : perWeek / baselinePerWeek;
        boolean above = baselineCount == 0 ? visitCount >= rule.visitsWithoutBaseline()
                : ratio >= rule.visitsRatio() - 1e-9;
        boolean reportsMet = migrationReports >= rule.migrationReports();
        boolean activitiesMet = newActivities >= rule.newActivities();
        int met = (above ? 1 : 0) + (reportsMet ? 1 : 0) + (activitiesMet ? 1 : 0);
        return new Evidence(visitCount, baselineCount, perWeek, baselinePerWeek, ratio, above, migrationReports,
                reportsMet, newActivities, activitiesMet, met);
    }

    private static double perWeek(long count, long days) {
        return count * 7.0 / days;
    }

    /** A count of an operation that does not share its figures: what is readable, and "not shared" when nothing is. */
    private static Long shownOrNotShared(boolean shared, long count) {
        return shared || count > 0 ? count : null;
    }

    private static List<Counterpart> counterparts(List<Meetings.Contact> contacts, UUID operationId,
            Map<UUID, String> names) {
        return contacts.stream().filter(c -> c.operationId().equals(operationId))
                .map(c -> new Counterpart(c.counterpartId(), names.getOrDefault(c.counterpartId(), "?"), c.meetings()))
                .toList();
    }

    private static String name(Map<UUID, LocationSummary> locations, UUID id) {
        LocationSummary location = locations.get(id);
        return location == null ? "?" : location.name();
    }

    private record Run(int length, LocalDate start) {
    }

    /** The longest run of consecutive ISO weeks in the (ascending) week starts. */
    static Run longestRun(List<LocalDate> weekStarts) {
        List<LocalDate> sorted = weekStarts.stream().sorted().toList();
        int best = 0;
        LocalDate bestStart = null;
        int length = 0;
        LocalDate start = null;
        LocalDate previous = null;
        for (LocalDate week : sorted) {
            if (previous != null && previous.plusWeeks(1).equals(week)) {
                length++;
            } else {
                length = 1;
                start = week;
            }
            if (length > best) {
                best = length;
                bestStart = start;
            }
            previous = week;
        }
        return new Run(best, bestStart);
    }
}
