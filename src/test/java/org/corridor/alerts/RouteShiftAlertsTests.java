package org.corridor.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.corridor.alerts.Alerts.AlertFilter;
import org.corridor.flows.Direction;
import org.corridor.flows.FlowCountDraft;
import org.corridor.flows.FlowCounts;
import org.corridor.flows.PeriodKind;
import org.corridor.kernel.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The route-shift rule on counts made in the test. Each test counts in a year of its own, long before the demo's, so
 * that the tests sharing the database never see each other's counts.
 */
@CorridorTest
class RouteShiftAlertsTests {

    @Autowired
    RegionFixture region;

    @Autowired
    FlowCounts counts;

    @Autowired
    RouteShiftRule rule;

    @Autowired
    Alerts alerts;

    UUID serbia;
    CorridorUser focalPoint;
    CorridorUser serbianViewer;

    @BeforeEach
    void people() {
        serbia = region.operation("serbia");
        focalPoint = region.user("shift", "Serbian focal point", Role.FOCAL_POINT, serbia);
        serbianViewer = region.user("shift", "Serbian viewer", Role.VIEWER, serbia);
    }

    /** 28 days of {@code before} a day, then 7 of {@code lastWeek} a day, exits at Šid, ending on {@code lastDay}. */
    void count(LocalDate lastDay, int before, int lastWeek) {
        List<FlowCountDraft> drafts = new ArrayList<>();
        for (int back = 34; back >= 0; back--) {
            LocalDate day = lastDay.minusDays(back);
            int total = back >= 7 ? before : lastWeek;
            drafts.add(new FlowCountDraft(serbia, PeriodKind.DAY, day, day, null, region.place("RS-SID"), Direction.EXIT,
                    null, total, null, null, null, null, null, DistributionLevel.OSCE));
        }
        counts.upsert(focalPoint, drafts);
    }

    List<Alert> shiftsOf(CorridorUser reader, LocalDate lastDay) {
        return alerts.list(reader, new AlertFilter(AlertKind.ROUTE_SHIFT, serbia, null), 0, 1000).items().stream()
                .filter(a -> a.periodEnd().equals(lastDay) && region.place("RS-SID").equals(a.locationId())).toList();
    }

    @Test
    void aFallRaisesOneAlertForTheHostOperationWithItsEvidenceAndNotAgain() {
        LocalDate sunday = LocalDate.of(1995, 10, 1);
        count(sunday, 500, 100);

        // At least this test's alert (other tests of this shared database count in these weeks too), and never twice.
        assertThat(rule.raise(Actor.SYSTEM, sunday)).isPositive();
        assertThat(rule.raise(Actor.SYSTEM, sunday)).isZero();

        List<Alert> found = shiftsOf(serbianViewer, sunday);
        assertThat(found).hasSize(1);
        Alert alert = found.get(0);
        assertThat(alert.locationId()).isEqualTo(region.place("RS-SID"));
        assertThat(alert.periodStart()).isEqualTo(sunday.minusDays(6));
        assertThat(alert.summary()).isEqualTo("Exits at Šid (own observation, day counts) fell by 80 % in the week "
                + "25 September 1995 to 1 October 1995: 100 a day against 500 a day in the four weeks before.");
        assertThat(alert.evidence()).containsEntry("lastWeekTotal", 700).containsEntry("fourWeeksTotal", 14000)
                .containsEntry("changePercent", -80).containsEntry("thresholdPercent", -60)
                .containsEntry("minimumWeeklyCount", 200);
    }

    @Test
    void aFallThatGoesOnForWeeksIsOneAlertAtItsFirstWeekAndAFallAfterARecoveryIsAnother() {
        LocalDate firstWeek = LocalDate.of(1955, 10, 2); // a year no other test counts in (FlowCountApiControllerTests takes the 1960s)
        count(firstWeek, 500, 100);
        LocalDate secondWeek = firstWeek.plusWeeks(1);
        count(secondWeek.minusWeeks(1), 500, 100); // the same days again, unchanged
        List<FlowCountDraft> goingOn = new ArrayList<>();
        for (LocalDate day = firstWeek.plusDays(1); !day.isAfter(secondWeek); day = day.plusDays(1)) {
            goingOn.add(new FlowCountDraft(serbia, PeriodKind.DAY, day, day, null, region.place("RS-SID"),
                    Direction.EXIT, null, 100, null, null, null, null, null, DistributionLevel.OSCE));
        }
        counts.upsert(focalPoint, goingOn);

        rule.raiseWeeks(Actor.SYSTEM, firstWeek, secondWeek);

        assertThat(shiftsOf(serbianViewer, firstWeek)).hasSize(1);
        // 100 a day against 400 in the four weeks before: still a fall of 75 %, the same run.
        assertThat(shiftsOf(serbianViewer, secondWeek)).isEmpty();
        assertThat(rule.raise(Actor.SYSTEM, secondWeek)).isZero();

        // Back to 500 for four weeks, then a fall again: a new run, a new alert.
        LocalDate again = secondWeek.plusWeeks(5);
        count(again, 500, 100);
        rule.raiseWeeks(Actor.SYSTEM, secondWeek.plusWeeks(1), again);
        assertThat(shiftsOf(serbianViewer, again)).hasSize(1);
    }

    @Test
    void aRiseRaisesAnAlertToo() {
        LocalDate sunday = LocalDate.of(1996, 10, 6);
        count(sunday, 100, 250);

        assertThat(rule.raise(Actor.SYSTEM, sunday)).isPositive();
        assertThat(shiftsOf(serbianViewer, sunday)).singleElement().extracting(Alert::summary).asString()
                .contains("rose by 150 %");
    }

    @Test
    void aSteadyFlowOrSmallNumbersRaiseNothing() {
        LocalDate steady = LocalDate.of(1997, 10, 5);
        count(steady, 500, 450);
        LocalDate small = LocalDate.of(1998, 10, 4);
        count(small, 20, 0);

        rule.raise(Actor.SYSTEM, steady);
        rule.raise(Actor.SYSTEM, small);
        assertThat(shiftsOf(serbianViewer, steady)).isEmpty();
        assertThat(shiftsOf(serbianViewer, small)).isEmpty();
    }

    @Test
    void theAlertIsReadOnlyByThoseWhoReadTheOperationsFigures() {
        LocalDate sunday = LocalDate.of(1999, 10, 3);
        count(sunday, 500, 0);
        rule.raise(Actor.SYSTEM, sunday);

        CorridorUser coordinator = region.user("shift", "Coordinator", Role.REGIONAL_COORDINATOR, null);
        CorridorUser delegation = region.user("shift", "Delegation", Role.DELEGATION_READER, null);
        CorridorUser skopje = region.user("shift", "Skopje officer", Role.OFFICER, region.operation("skopje"));
        assertThat(shiftsOf(coordinator, sunday)).hasSize(1);
        assertThat(shiftsOf(delegation, sunday)).isEmpty();
        assertThat(shiftsOf(skopje, sunday)).isEmpty();
    }
}
