package org.corridor.regional;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.corridor.accounts.Sharing;
import org.corridor.accounts.SharingPolicy;
import org.corridor.activities.Activities;
import org.corridor.activities.ActivityDraft;
import org.corridor.activities.ActivityKind;
import org.corridor.activities.ActivityStatus;
import org.corridor.activities.Funding;
import org.corridor.directory.Dimension;
import org.corridor.directory.LocationKind;
import org.corridor.directory.ResponseArea;
import org.corridor.flows.Direction;
import org.corridor.flows.FlowCountDraft;
import org.corridor.flows.FlowCounts;
import org.corridor.flows.PeriodKind;
import org.corridor.monitoring.MonitoringPlans;
import org.corridor.monitoring.MonitoringVisits;
import org.corridor.kernel.Region;
import org.corridor.monitoring.Unit;
import org.corridor.monitoring.VisitDraft;
import org.corridor.monitoring.VisitStatus;
import org.corridor.regional.RegionalOverview.Engagement;
import org.corridor.regional.RegionalOverview.OperationOverview;
import org.corridor.reports.ReportType;
import org.corridor.reports.Reports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The overview on datasets made here. Each test works in a year of its own, long before the demo's and other tests'
 * records, at places of its own, so the figures are only this test's.
 */
@CorridorTest
class RegionalOverviewTests {

    @Autowired RegionFixture region;
    @Autowired RegionalOverview overview;
    @Autowired MonitoringVisits visits;
    @Autowired MonitoringPlans plans;
    @Autowired Activities activities;
    @Autowired Reports reports;
    @Autowired FlowCounts flows;
    @Autowired Sharing sharing;
    @Autowired JdbcClient jdbc;

    UUID montenegro;
    CorridorUser focal;
    CorridorUser head;
    CorridorUser coordinator;

    @BeforeEach
    void people() {
        montenegro = region.operation("montenegro");
        focal = region.user("ro.focal", "Focal point", Role.FOCAL_POINT, montenegro);
        head = region.user("ro.head", "Head", Role.HEAD_OF_OPERATION, montenegro);
        coordinator = region.user("ro.coord", "Coordinator", Role.REGIONAL_COORDINATOR, null);
    }

    UUID newLocation(String iso2) {
        String name = "Test crossing " + RegionFixture.tag().substring(0, 4);
        return region.newPlace(iso2, LocationKind.BORDER_CROSSING, name, 42.1, 19.1).id();
    }

    void visit(UUID location, String day, DistributionLevel level) {
        Instant start = LocalDateTime.parse(day + "T09:00").atZone(Region.ZONE).toInstant();
        visits.record(focal, new VisitDraft(montenegro, location, Unit.MONITORING, null, Set.of(), 2, start,
                start.plusSeconds(3600), "Monitoring", VisitStatus.COMPLETED, null, List.of(), level), false);
    }

    void activity(ResponseArea area, String start, DistributionLevel level) {
        activities.create(focal, new ActivityDraft(montenegro, "Work in " + area, null, area, Set.of(Dimension.HUMAN),
                ActivityKind.PROJECT, Funding.UNIFIED_BUDGET, null, null, ActivityStatus.ONGOING,
                LocalDate.parse(start), LocalDate.parse(start).plusMonths(1), List.of(), List.of(), List.of(), level));
    }

    OperationOverview row(CorridorUser user, String from, String to, UUID operation) {
        return overview.of(user, LocalDate.parse(from), LocalDate.parse(to)).operations().stream()
                .filter(r -> r.operationId().equals(operation)).findFirst().orElseThrow();
    }

    @Test
    void answersOneRowForEachOperationOfTheRegion() {
        // Every field operation of the directory: the region's six, and those other tests of this database add.
        assertThat(overview.of(coordinator, LocalDate.parse("2001-01-01"), LocalDate.parse("2001-12-31"))
                .operations()).extracting(RegionalOverview.OperationOverview::code)
                .contains("serbia", "skopje", "albania", "montenegro", "bih", "kosovo").doesNotHaveDuplicates();
    }

    @Test
    void classesFrontlineWhenTwoSignsHoldEachThresholdExactlyMet() {
        UUID place = newLocation("ME");
        // Ten visits in 2005 and none in 2004: exactly the threshold without a baseline.
        for (int week = 0; week < 10; week++) {
            visit(place, LocalDate.parse("2005-02-07").plusWeeks(week).toString(), DistributionLevel.OSCE);
        }
        reports.create(focal, new Reports.ReportDraft(montenegro, ReportType.THEMATIC, "Thematic 2005",
                LocalDate.parse("2005-03-01"), LocalDate.parse("2005-04-30"), DistributionLevel.OSCE,
                List.of(focal.id())));
        activity(ResponseArea.MONITORING, "2005-03-01", DistributionLevel.OSCE);
        activity(ResponseArea.RESEARCH, "2005-04-01", DistributionLevel.OSCE);

        OperationOverview row = row(head, "2005-01-01", "2005-12-31", montenegro);

        assertThat(row.visits()).isEqualTo(10);
        assertThat(row.baselineVisits()).isZero();
        assertThat(row.reportsByType()).containsEntry(ReportType.THEMATIC, 1L);
        assertThat(row.newActivities()).isEqualTo(2);
        assertThat(row.evidence().monitoringAbove()).isTrue();
        assertThat(row.evidence().reportsMet()).isTrue();
        assertThat(row.evidence().activitiesMet()).isFalse();
        assertThat(row.engagement()).isEqualTo(Engagement.FRONTLINE);
        assertThat(row.areaGaps()).doesNotContain(ResponseArea.MONITORING, ResponseArea.RESEARCH)
                .contains(ResponseArea.HUMAN_RIGHTS);
        assertThat(row.noMigrationReport()).isFalse();
    }

    @Test
    void theRuleCountsEachSignAtItsThresholdAndNotBelow() {
        // Twice the baseline exactly (20 visits in a year against 10 the year before): above.
        assertThat(overview.evidence(20, 10, 365, 0, 0).monitoringAbove()).isTrue();
        assertThat(overview.evidence(20, 10, 365, 0, 0).ratio()).isEqualTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(overview.evidence(19, 10, 365, 0, 0).monitoringAbove()).isFalse();
        // Without a baseline, ten visits count and nine do not.
        assertThat(overview.evidence(9, 0, 365, 0, 0).monitoringAbove()).isFalse();
        assertThat(overview.evidence(10, 0, 365, 0, 0).monitoringAbove()).isTrue();
        assertThat(overview.evidence(0, 0, 365, 1, 3).criteriaMet()).isEqualTo(2);
        assertThat(overview.evidence(0, 0, 365, 0, 2).criteriaMet()).isZero();
    }

    @Test
    void anOperationWithNoDataIsRoutineWithEveryAreaAGapAndNoFlowsIsZero() {
        OperationOverview row = row(coordinator, "2002-01-01", "2002-12-31", montenegro);

        assertThat(row.figuresShared()).isTrue();
        assertThat(row.engagement()).isEqualTo(Engagement.ROUTINE);
        assertThat(row.evidence().criteriaMet()).isZero();
        assertThat(row.visits()).isZero();
        assertThat(row.meetings()).isZero();
        assertThat(row.assessments()).isZero();
        assertThat(row.deployments()).isZero();
        assertThat(row.flowPersons()).as("a period with no flows is 0, not 'not shared'").isZero();
        assertThat(row.areaGaps()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(ResponseArea.class));
        assertThat(row.noMigrationReport()).isTrue();
        assertThat(row.unvisitedLocations()).isEmpty();
        assertThat(row.missedPlans()).isEmpty();
    }

    @Test
    void listsLocationsWithFlowsAndNoVisitAndPlansMissedWeekAfterWeek() {
        UUID crossed = newLocation("ME");
        UUID watched = newLocation("ME");
        UUID onceMissed = newLocation("ME");
        UUID me = region.country("ME");
        flows.record(focal, new FlowCountDraft(montenegro, PeriodKind.DAY, LocalDate.parse("2006-03-02"), null, me,
                crossed, Direction.ENTRY, null, 120, null, null, null, null, Map.of(), DistributionLevel.OSCE));
        flows.record(focal, new FlowCountDraft(montenegro, PeriodKind.DAY, LocalDate.parse("2006-03-03"), null, me,
                watched, Direction.ENTRY, null, 30, null, null, null, null, Map.of(), DistributionLevel.OSCE));
        // Two a week planned at "watched" for four weeks from Monday 6 March 2006; one visit a week made.
        plans.create(focal, new MonitoringPlans.PlanDraft(montenegro, watched, Unit.MONITORING, 2,
                LocalDate.parse("2006-03-06"), LocalDate.parse("2006-04-02"), null));
        for (int week = 0; week < 4; week++) {
            visit(watched, LocalDate.parse("2006-03-07").plusWeeks(week).toString(), DistributionLevel.OSCE);
        }
        // One a week planned at "onceMissed": met, missed once, met.
        plans.create(focal, new MonitoringPlans.PlanDraft(montenegro, onceMissed, Unit.MONITORING, 1,
                LocalDate.parse("2006-03-06"), LocalDate.parse("2006-03-26"), null));
        visit(onceMissed, "2006-03-07", DistributionLevel.OSCE);
        visit(onceMissed, "2006-03-21", DistributionLevel.OSCE);

        OperationOverview row = row(coordinator, "2006-01-01", "2006-12-31", montenegro);

        assertThat(row.flowPersons()).isEqualTo(150);
        assertThat(row.unvisitedLocations()).extracting(RegionalOverview.UnvisitedLocation::locationId,
                RegionalOverview.UnvisitedLocation::persons).containsExactly(org.assertj.core.groups.Tuple.tuple(crossed, 120L));
        assertThat(row.missedPlans()).extracting(RegionalOverview.MissedPlan::locationId,
                RegionalOverview.MissedPlan::longestRun, RegionalOverview.MissedPlan::runStart)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(watched, 4, LocalDate.parse("2006-03-06")));
        assertThat(row.plannedLocations()).isEqualTo(2);
        assertThat(row.locationWeeksBelowTarget()).isEqualTo(5);
    }

    @Test
    void figuresKeptInTheOperationAreNotSharedWithAnotherOperationsHeadNeverZero() {
        UUID place = newLocation("ME");
        visit(place, "2008-05-05", DistributionLevel.OPERATION);
        activity(ResponseArea.HUMAN_RIGHTS, "2008-05-01", DistributionLevel.OPERATION);
        activity(ResponseArea.RESEARCH, "2008-05-01", DistributionLevel.OSCE);
        UUID albania = region.operation("albania");
        CorridorUser albaniasHead = region.user("ro.alhead", "Head of Albania", Role.HEAD_OF_OPERATION, albania);
        SharingPolicy before = sharing.policyOf(montenegro);
        SharingPolicy kept = sharing.change(head, new SharingPolicy(montenegro, DistributionLevel.OPERATION, Map.of(),
                before.version()));
        try {
            OperationOverview seen = row(albaniasHead, "2008-01-01", "2008-12-31", montenegro);
            assertThat(seen.figuresShared()).isFalse();
            assertThat(seen.visits()).as("not shared, never 0").isNull();
            assertThat(seen.engagement()).isNull();
            assertThat(seen.meetings()).isNull();
            assertThat(seen.flowPersons()).isZero(); // no flows at all in the country that year: nothing is hidden
            // Only the OSCE-level activity is counted; the OPERATION-level one never is.
            assertThat(seen.activitiesByArea()).containsEntry(ResponseArea.RESEARCH, 1L)
                    .containsEntry(ResponseArea.HUMAN_RIGHTS, 0L);
            assertThat(seen.newActivities()).isEqualTo(1);
            assertThat(seen.areaGaps()).as("no gap claimed where the figures are not shared").isEmpty();

            OperationOverview own = row(head, "2008-01-01", "2008-12-31", montenegro);
            assertThat(own.visits()).isEqualTo(1);
            assertThat(own.activitiesByArea()).containsEntry(ResponseArea.HUMAN_RIGHTS, 1L);
        } finally {
            sharing.change(head, new SharingPolicy(montenegro, before.figuresLevel(), before.defaultLevels(),
                    kept.version()));
        }
    }
}
