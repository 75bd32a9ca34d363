package org.corridor.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
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
import org.corridor.alerts.Alerts.AlertFilter;
import org.corridor.directory.LocationKind;
import org.corridor.kernel.Actor;
import org.corridor.kernel.Region;
import org.corridor.monitoring.MonitoringPlans;
import org.corridor.monitoring.MonitoringPlans.PlanDraft;
import org.corridor.monitoring.MonitoringVisits;
import org.corridor.monitoring.Unit;
import org.corridor.monitoring.VisitDraft;
import org.corridor.monitoring.VisitStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The below-plan rule on a plan and visits made in the test: at a location of its own, in a year of its own (1980s),
 * so that other tests' visits and plans never count. A plan of two visits a week; three weeks running below it raise
 * one alert (the default of {@code corridor.alerts.below-plan.weeks}).
 */
@CorridorTest
class MonitoringBelowPlanAlertsTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MonitoringPlans plans;

    @Autowired
    MonitoringVisits visits;

    @Autowired
    AlertRules rules;

    @Autowired
    Alerts alerts;

    @Autowired
    Sharing sharing;

    UUID skopje;
    UUID location;
    CorridorUser focalPoint;
    CorridorUser viewer;

    @BeforeEach
    void freshLocation() {
        skopje = region.operation("skopje");
        location = region.newPlace("MK", LocationKind.BORDER_CROSSING, "Plan crossing", 41.1, 22.5).id();
        focalPoint = region.user("belowplan", "Skopje focal point", Role.FOCAL_POINT, skopje);
        viewer = region.user("belowplan", "Skopje viewer", Role.VIEWER, skopje);
    }

    /**
     * A plan of two visits a week for as many weeks from {@code monday} as are given, and each week's visits (from its
     * Tuesday on). The plan ends with them, so that the weeks after it, empty, are not below it.
     */
    void planAndVisit(LocalDate monday, int... visitsAWeek) {
        for (int week = 0; week < visitsAWeek.length; week++) {
            for (int v = 0; v < visitsAWeek[week]; v++) {
                var start = monday.plusWeeks(week).plusDays(1 + v).atTime(LocalTime.of(9, 0)).atZone(Region.ZONE)
                        .toInstant();
                visits.record(focalPoint, new VisitDraft(skopje, location, Unit.MONITORING, null, Set.of(), 2, start,
                        start.plusSeconds(3600 * 6), "Monitoring", VisitStatus.COMPLETED, null, List.of(), null),
                        false);
            }
        }
        // The plan last: each visit recorded sets the rules off on the weeks as they then stand (the later visits not
        // yet recorded), which without a plan raise nothing.
        plans.create(focalPoint, new PlanDraft(skopje, location, Unit.MONITORING, 2, monday,
                monday.plusWeeks(visitsAWeek.length).minusDays(1), null));
    }

    List<Alert> belowPlan(CorridorUser reader) {
        return alerts.list(reader, new AlertFilter(AlertKind.MONITORING_BELOW_PLAN, null, null), 0, 1000).items()
                .stream().filter(a -> location.equals(a.locationId())).toList();
    }

    @Test
    void twoWeeksRunningBelowPlanRaiseNothing() {
        LocalDate monday = LocalDate.of(1980, 3, 3);
        planAndVisit(monday, 2, 1, 0);

        rules.evaluateWeeksEnding(Actor.SYSTEM, monday, monday.plusWeeks(2).plusDays(6));

        assertThat(belowPlan(viewer)).isEmpty();
    }

    @Test
    void theThirdWeekRunningBelowPlanRaisesOneAlertWithItsEvidenceAndAGrowingRunNoMore() {
        LocalDate monday = LocalDate.of(1981, 3, 2);
        planAndVisit(monday, 2, 1, 0, 1, 0, 0);

        rules.evaluateWeeksEnding(Actor.SYSTEM, monday.plusWeeks(3), monday.plusWeeks(3).plusDays(6));
        assertThat(belowPlan(viewer)).singleElement().satisfies(alert -> {
            assertThat(alert.operationId()).isEqualTo(skopje);
            assertThat(alert.periodStart()).isEqualTo(monday.plusWeeks(1));
            assertThat(alert.periodEnd()).isEqualTo(monday.plusWeeks(3).plusDays(6));
            assertThat(alert.causeKey()).isEqualTo("below-plan:location:" + location);
            assertThat(alert.summary()).isEqualTo("Plan crossing was monitored below plan 3 weeks running, from "
                    + "9 March 1981 to 29 March 1981: 1, 0 and 1 visits against weekly targets of 2, 2 and 2.");
            assertThat(alert.evidence()).containsEntry("weeks", "1981-W11, 1981-W12 and 1981-W13")
                    .containsEntry("visitsInRun", 2).containsEntry("targetInRun", 6).containsEntry("weeksRunning", 3);
        });

        // The run grows to five weeks: evaluated again, week by week or at once, it is still one alert.
        rules.evaluateWeeksEnding(Actor.SYSTEM, monday, monday.plusWeeks(5).plusDays(6));
        rules.evaluateWeeksEnding(Actor.SYSTEM, monday.plusWeeks(5), monday.plusWeeks(5).plusDays(6));
        assertThat(belowPlan(viewer)).hasSize(1);
    }

    @Test
    void aWeekAtTargetBreaksTheRunAndTheNextRunOfThreeIsANewAlert() {
        LocalDate monday = LocalDate.of(1982, 3, 1);
        planAndVisit(monday, 1, 1, 2, 0, 1, 0, 3, 1, 1);

        rules.evaluateWeeksEnding(Actor.SYSTEM, monday, monday.plusWeeks(8).plusDays(6));

        assertThat(belowPlan(viewer)).singleElement().satisfies(alert -> {
            assertThat(alert.periodStart()).isEqualTo(monday.plusWeeks(3));
            assertThat(alert.periodEnd()).isEqualTo(monday.plusWeeks(5).plusDays(6));
        });
    }

    @Test
    void aRunThatBeganBeforeTheWeeksEvaluatedIsRaisedWhenItReachesThreeWeeksInThem() {
        LocalDate monday = LocalDate.of(1983, 3, 7);
        planAndVisit(monday, 0, 0, 0, 0);

        // Only the fourth week is evaluated (a day's run after a server was down for a while): the run is found whole.
        rules.evaluateWeeksEnding(Actor.SYSTEM, monday.plusWeeks(3), monday.plusWeeks(3).plusDays(6));

        assertThat(belowPlan(viewer)).singleElement().extracting(Alert::periodStart).isEqualTo(monday);
    }

    @Test
    void theAlertIsReadOnlyWhereTheOperationsFiguresAreRead() {
        LocalDate monday = LocalDate.of(1984, 3, 5);
        planAndVisit(monday, 0, 0, 0);
        rules.evaluateWeeksEnding(Actor.SYSTEM, monday, monday.plusWeeks(2).plusDays(6));

        CorridorUser coordinator = region.user("belowplan", "Coordinator", Role.REGIONAL_COORDINATOR, null);
        CorridorUser serbian = region.user("belowplan", "Serbian officer", Role.OFFICER, region.operation("serbia"));
        CorridorUser head = region.user("belowplan", "Skopje head", Role.HEAD_OF_OPERATION, skopje);
        assertThat(belowPlan(viewer)).hasSize(1);
        assertThat(belowPlan(coordinator)).hasSize(1);
        assertThat(belowPlan(serbian)).as("another operation's alert").isEmpty();

        SharingPolicy before = sharing.policyOf(skopje);
        SharingPolicy kept = sharing.change(head, new SharingPolicy(skopje, DistributionLevel.OPERATION, Map.of(),
                before.version()));
        try {
            assertThat(belowPlan(coordinator)).as("figures kept within the operation").isEmpty();
            assertThat(belowPlan(viewer)).hasSize(1);
        } finally {
            sharing.change(head, new SharingPolicy(skopje, before.figuresLevel(), before.defaultLevels(),
                    kept.version()));
        }
    }
}
