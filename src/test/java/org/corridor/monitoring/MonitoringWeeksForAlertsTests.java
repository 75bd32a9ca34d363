package org.corridor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Role;
import org.corridor.directory.LocationKind;
import org.corridor.monitoring.MonitoringPlans.PlanDraft;
import org.corridor.monitoring.MonitoringPlans.PlannedWeek;
import org.corridor.monitoring.MonitoringVisits.WeekVisits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reads the alerts' monitoring rules make across the region, whatever the levels: each planned location's weeks
 * with visits against the summed targets, and visits per operation, location and week. A location of its own per
 * test, in 1986, so other tests' records never count.
 */
@CorridorTest
class MonitoringWeeksForAlertsTests {

    /** A Monday. */
    static final LocalDate WEEK = LocalDate.of(1986, 3, 3);

    @Autowired
    RegionFixture region;

    @Autowired
    MonitoringVisits visits;

    @Autowired
    MonitoringPlans plans;

    UUID skopje;
    UUID location;
    CorridorUser focalPoint;

    @BeforeEach
    void freshLocation() {
        skopje = region.operation("skopje");
        location = region.newPlace("MK", LocationKind.BORDER_CROSSING, "Weeks crossing", 41.1, 22.5).id();
        focalPoint = region.user("weeks", "Skopje focal point", Role.FOCAL_POINT, skopje);
    }

    void visitOn(String localStart, VisitStatus status) {
        visits.record(focalPoint, VisitDraftTests.workingDay(skopje, location, localStart, status), false);
    }

    @Test
    void plannedWeeksCountVisitsAgainstTheSummedTargetsOfThePlansCoveringEachWeek() {
        plans.create(focalPoint, new PlanDraft(skopje, location, Unit.POLICE_DEVELOPMENT, 2, WEEK, WEEK.plusDays(13),
                null));
        plans.create(focalPoint, new PlanDraft(skopje, location, Unit.MONITORING, 1, WEEK.plusDays(10), null, null));
        visitOn("1986-03-03T00:30", VisitStatus.COMPLETED); // Monday just after midnight, the region's clock
        visitOn("1986-03-09T23:30", VisitStatus.COMPLETED); // Sunday night: still the first week
        visitOn("1986-03-11T09:00", VisitStatus.CANCELLED); // does not count
        visitOn("1986-03-12T09:00", VisitStatus.COMPLETED);

        List<PlannedWeek> weeks = plans.plannedWeeksAcrossTheRegion(WEEK.minusWeeks(1), WEEK.plusDays(20)).stream()
                .filter(w -> w.locationId().equals(location)).toList();

        assertThat(weeks).containsExactly(new PlannedWeek(skopje, location, WEEK, 2, 2),
                new PlannedWeek(skopje, location, WEEK.plusWeeks(1), 1, 3),
                new PlannedWeek(skopje, location, WEEK.plusWeeks(2), 0, 1));
        assertThat(weeks).extracting(PlannedWeek::belowTarget).containsExactly(false, true, true);
        assertThat(plans.plannedWeeksAcrossTheRegion(WEEK.minusWeeks(1), WEEK.plusDays(20), location))
                .as("at one place alone").isEqualTo(weeks);
    }

    @Test
    void visitsByWeekAcrossTheRegionLeaveOutCancelledVisitsAndEmptyWeeks() {
        visitOn("1986-06-02T00:30", VisitStatus.COMPLETED);
        visitOn("1986-06-08T23:30", VisitStatus.COMPLETED);
        visitOn("1986-06-10T09:00", VisitStatus.CANCELLED);
        visitOn("1986-06-24T09:00", VisitStatus.COMPLETED);
        LocalDate june = LocalDate.of(1986, 6, 2);

        List<WeekVisits> weeks = visits.visitsByWeekAcrossTheRegion(june.plusDays(3), june.plusDays(22)).stream()
                .filter(w -> w.locationId().equals(location)).toList();

        assertThat(weeks).containsExactly(new WeekVisits(skopje, location, june, 2),
                new WeekVisits(skopje, location, june.plusWeeks(3), 1));
        assertThat(visits.visitsByWeekAcrossTheRegion(june.plusDays(3), june.plusDays(22), location))
                .as("at the visit's own place alone, what a recorded visit re-evaluates").isEqualTo(weeks);
    }
}
