package org.corridor.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.corridor.accounts.CorridorUser;
import org.corridor.alerts.Alert;
import org.corridor.alerts.AlertState;
import org.corridor.alerts.Alerts;
import org.corridor.alerts.Alerts.AlertFilter;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OperationSummary;
import org.corridor.interchange.ImportJobs;
import org.corridor.interchange.ImportJobs.ImportJob;
import org.corridor.interchange.ImportKind;
import org.corridor.kernel.Region;
import org.corridor.liaison.ActionPointStatus;
import org.corridor.liaison.ActionPoints;
import org.corridor.liaison.ActionPoints.ActionPoint;
import org.corridor.monitoring.MonitoringPlans;
import org.corridor.monitoring.MonitoringPlans.IntensityWeek;
import org.corridor.monitoring.MonitoringVisits;
import org.corridor.monitoring.MonitoringVisits.VisitFilter;
import org.corridor.monitoring.VisitDetails;
import org.corridor.regional.RegionAtAGlance;
import org.corridor.regional.RegionalOverview;
import org.corridor.reports.ReportStatus;
import org.corridor.reports.ReportType;
import org.corridor.reports.Reports;
import org.corridor.reports.Reports.ReportFilter;
import org.corridor.reports.Reports.ReportSummary;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page shows each person their own work, by what they do rather than by a role's name: whoever records
 * for an operation sees its latest visits and its recent weeks against the plan; whoever imports, the latest
 * imports; whoever approves reports, the ones waiting for them; everyone, their open action points and alerts; the
 * regional coordinator, a line per operation; a delegation reader, the latest reports distributed to them. Each
 * list is short and links to the page that holds the rest.
 */
@Controller
class DashboardController {

    /** How many records each list of the start page shows. */
    static final int SHORT_LIST = 5;

    /** How many weeks of the plan the start page shows, ending with the current week (or the last with visits). */
    static final int WEEKS_AGAINST_PLAN = 4;

    /** An operation the user records for: its latest visits and its last weeks against the plan. */
    record OperationWork(OperationSummary operation, List<VisitDetails> visits, List<IntensityWeek> weeks,
            LocalDate weeksFrom, LocalDate weeksTo, boolean currentWeeks) {

        public boolean planned() {
            return weeks.stream().anyMatch(w -> w.target() != null);
        }
    }

    /** An import the user may open, whichever kind it was. */
    record ImportLine(ImportJob job, String reportPath) {
    }

    private final Directory directory;
    private final MonitoringVisits visits;
    private final MonitoringPlans plans;
    private final ActionPoints actionPoints;
    private final ImportJobs imports;
    private final Reports reports;
    private final Alerts alerts;
    private final RegionAtAGlance region;

    DashboardController(Directory directory, MonitoringVisits visits, MonitoringPlans plans,
            ActionPoints actionPoints, ImportJobs imports, Reports reports, Alerts alerts, RegionAtAGlance region) {
        this.directory = directory;
        this.visits = visits;
        this.plans = plans;
        this.actionPoints = actionPoints;
        this.imports = imports;
        this.reports = reports;
        this.alerts = alerts;
        this.region = region;
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal CorridorUser user, Model model) {
        List<OperationSummary> operations = directory.operations();
        model.addAttribute("operations", operations);
        Map<UUID, String> places = new HashMap<>();
        directory.locations().forEach(l -> places.put(l.id(), l.name()));
        model.addAttribute("places", places);
        Map<UUID, String> operationNames = new HashMap<>();
        operations.forEach(o -> operationNames.put(o.id(), o.name()));
        model.addAttribute("operationNames", operationNames);
        LocalDate today = LocalDate.now(Region.ZONE);
        model.addAttribute("today", today);

        model.addAttribute("work", operations.stream().filter(o -> user.mayRecord(o.id()))
                .map(o -> workOf(user, o, today)).toList());
        model.addAttribute("actionPoints", actionPoints.mine(user, today).stream()
                .filter(p -> p.status() == ActionPointStatus.OPEN).limit(SHORT_LIST).toList());
        List<UUID> importing = operations.stream().map(OperationSummary::id)
                .filter(id -> ImportJobs.mayImport(user, id)).toList();
        model.addAttribute("mayImport", !importing.isEmpty());
        model.addAttribute("imports", importsOf(user, importing));
        model.addAttribute("waiting", waitingFor(user, operations));
        if (user.isInExecutiveStructures()) {
            List<Alert> open = alerts.list(user, new AlertFilter(null, null, AlertState.OPEN), 0, SHORT_LIST).items();
            model.addAttribute("alerts", open);
            model.addAttribute("unreadAlerts", alerts.unreadCount(user));
        }
        if (user.followsTheWholeRegion()) {
            RegionalOverview.Glance overview = region.lastTwelveMonthsWithData(user);
            model.addAttribute("regionOverview", overview);
        }
        if (!user.isInExecutiveStructures() && user.mayReadAnyReport()) {
            model.addAttribute("distributed", reports.list(user, new ReportFilter(null, null, ReportStatus.DISTRIBUTED,
                    null, null, null), 0, SHORT_LIST).items());
        }
        return "dashboard";
    }

    /**
     * The operation's latest visits, and its last weeks against the plan: the weeks up to this one while the
     * operation is visiting, else the weeks up to its last visit, so that an operation whose records end in the past
     * (the demo's end in 2016) shows its last weeks rather than empty ones.
     */
    private OperationWork workOf(CorridorUser user, OperationSummary operation, LocalDate today) {
        List<VisitDetails> latest = visits.list(user, new VisitFilter(operation.id(), null, null, null, null, null), 0,
                SHORT_LIST, SHORT_LIST).items();
        LocalDate lastVisit = visits.visitSpan(user, operation.id(), null).map(span -> span[1]).orElse(null);
        boolean current = lastVisit == null || !lastVisit.isBefore(today.minusWeeks(WEEKS_AGAINST_PLAN));
        LocalDate to = current ? today : lastVisit;
        LocalDate from = to.minusWeeks(WEEKS_AGAINST_PLAN - 1);
        List<IntensityWeek> weeks = plans.intensity(user, operation.id(), null, null, from, to);
        return new OperationWork(operation, latest, weeks, from, to, current);
    }

    /** The latest imports of the operations the user imports for, of either kind, newest first. */
    private List<ImportLine> importsOf(CorridorUser user, List<UUID> importing) {
        if (importing.isEmpty()) {
            return List.of();
        }
        return Stream.of(ImportKind.values())
                .flatMap(kind -> imports.recent(kind, importing, user.id(), SHORT_LIST).stream())
                .sorted(Comparator.comparing(ImportJob::startedAt).reversed()).limit(SHORT_LIST)
                .map(job -> new ImportLine(job, (job.kind() == ImportKind.FLOWS ? "/flows/import/" : "/activities/import/")
                        + job.id()))
                .toList();
    }

    /**
     * The reports waiting for the user's decision: in review (to approve or return) and approved (to distribute), of
     * the operations they head and, for the regional coordinator, the regional reports.
     */
    private List<ReportSummary> waitingFor(CorridorUser user, List<OperationSummary> operations) {
        List<ReportSummary> waiting = new ArrayList<>();
        for (ReportStatus status : List.of(ReportStatus.IN_REVIEW, ReportStatus.APPROVED)) {
            for (OperationSummary operation : operations) {
                if (user.mayReviewReports(operation.id())) {
                    waiting.addAll(reports.list(user, new ReportFilter(operation.id(), null, status, null, null, null),
                            0, SHORT_LIST).items());
                }
            }
            if (user.mayReviewReports(null)) {
                waiting.addAll(reports.list(user, new ReportFilter(null, ReportType.REGIONAL, status, null, null, null),
                        0, SHORT_LIST).items());
            }
        }
        return waiting.stream().sorted(Comparator.comparing(ReportSummary::updatedAt).reversed()).limit(SHORT_LIST)
                .toList();
    }
}
