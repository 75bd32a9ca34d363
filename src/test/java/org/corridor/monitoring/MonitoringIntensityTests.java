package org.corridor.monitoring;

import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.directory.LocationKind;
import org.corridor.kernel.Problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Role;
import org.corridor.monitoring.Observations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CorridorTest
class MonitoringIntensityTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MonitoringVisits visits;

    @Autowired
    MonitoringPlans plans;

    UUID operation;
    UUID location;
    CorridorUser focalPoint;

    /** A location of its own per test, so visits of other tests do not count. */
    @BeforeEach
    void freshLocation() {
        operation = region.operation("skopje");
        location = region.newPlace("MK", LocationKind.BORDER_CROSSING, "Test crossing", 41.1, 22.5).id();
        focalPoint = region.user("intensity", "Focal", Role.FOCAL_POINT, operation);
    }

    void visitOn(String localStart, VisitStatus status) {
        visits.record(focalPoint, VisitDraftTests.workingDay(operation, location, localStart, status), false);
    }

    @Test
    void countsVisitsPerIsoWeekAcrossTheYearEndAndWeek53() {
        visitOn("2015-12-24T09:00", VisitStatus.COMPLETED); // 2015-W52
        visitOn("2015-12-28T09:00", VisitStatus.COMPLETED); // 2015-W53 (Monday)
        visitOn("2016-01-03T20:00", VisitStatus.COMPLETED); // 2015-W53 (Sunday)
        visitOn("2016-01-04T00:30", VisitStatus.COMPLETED); // 2016-W01: Monday after midnight in the region, still Sunday in UTC
        visitOn("2016-01-05T09:00", VisitStatus.CANCELLED); // not counted

        var weeks = plans.intensity(focalPoint, operation, location, null, LocalDate.parse("2015-12-21"), LocalDate.parse("2016-01-11"));

        assertThat(weeks).extracting(MonitoringPlans.IntensityWeek::label, MonitoringPlans.IntensityWeek::visits)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2015-W52", 1L),
                        org.assertj.core.groups.Tuple.tuple("2015-W53", 2L),
                        org.assertj.core.groups.Tuple.tuple("2016-W01", 1L),
                        org.assertj.core.groups.Tuple.tuple("2016-W02", 0L));
    }

    @Test
    void marksWeeksBelowThePlansTarget() {
        plans.create(focalPoint, new MonitoringPlans.PlanDraft(operation, location, Unit.POLICE_DEVELOPMENT, 3,
                LocalDate.parse("2016-03-01"), LocalDate.parse("2016-03-31"), null));
        visitOn("2016-03-07T09:00", VisitStatus.COMPLETED);
        visitOn("2016-03-08T09:00", VisitStatus.COMPLETED);
        visitOn("2016-03-09T09:00", VisitStatus.COMPLETED);
        visitOn("2016-03-15T09:00", VisitStatus.COMPLETED);

        var weeks = plans.intensity(focalPoint, operation, location, null, LocalDate.parse("2016-03-07"), LocalDate.parse("2016-04-04"));

        assertThat(weeks).extracting(MonitoringPlans.IntensityWeek::label, MonitoringPlans.IntensityWeek::target,
                        MonitoringPlans.IntensityWeek::belowTarget)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2016-W10", 3, false),
                        org.assertj.core.groups.Tuple.tuple("2016-W11", 3, true),
                        org.assertj.core.groups.Tuple.tuple("2016-W12", 3, true),
                        org.assertj.core.groups.Tuple.tuple("2016-W13", 3, true),
                        org.assertj.core.groups.Tuple.tuple("2016-W14", null, false));
    }

    /** Each planned location's shortfall, all in one query, is what its own intensity chart shows week by week. */
    @Test
    void shortfallsOfEveryPlannedLocationAreWhatEachLocationsChartShows() {
        UUID second = region.newPlace("MK", LocationKind.BORDER_CROSSING, "Second test crossing", 41.2, 22.6).id();
        // The first location's target rises for two weeks (two plans cover them: their targets add up).
        plans.create(focalPoint, new MonitoringPlans.PlanDraft(operation, location, Unit.POLICE_DEVELOPMENT, 2,
                LocalDate.parse("2016-03-01"), LocalDate.parse("2016-03-31"), null));
        plans.create(focalPoint, new MonitoringPlans.PlanDraft(operation, location, Unit.POLICE_DEVELOPMENT, 1,
                LocalDate.parse("2016-03-14"), LocalDate.parse("2016-03-27"), null));
        plans.create(focalPoint, new MonitoringPlans.PlanDraft(operation, second, Unit.MONITORING, 1,
                LocalDate.parse("2016-03-07"), null, null));
        visitOn("2016-03-07T09:00", VisitStatus.COMPLETED);
        visitOn("2016-03-08T09:00", VisitStatus.COMPLETED);
        visitOn("2016-03-14T00:30", VisitStatus.COMPLETED); // Monday after midnight in the region: week 11
        visitOn("2016-03-15T09:00", VisitStatus.COMPLETED);
        visitOn("2016-03-16T09:00", VisitStatus.CANCELLED);
        visitOn("2016-03-21T09:00", VisitStatus.COMPLETED);
        var start = VisitDraftTests.at("2016-03-22T09:00");
        visits.record(focalPoint, new VisitDraft(operation, second, Unit.MONITORING, null, Set.of(), 2, start,
                start.plusSeconds(3600), "Monitoring", VisitStatus.COMPLETED, null, List.of(), null), false);
        LocalDate from = LocalDate.parse("2016-03-02");
        LocalDate to = LocalDate.parse("2016-04-05");

        MonitoringPlans.Shortfalls all = plans.shortfalls(focalPoint, operation, null, from, to);

        for (UUID place : List.of(location, second)) {
            List<MonitoringPlans.IntensityWeek> chart = plans.intensity(focalPoint, operation, place, null, from, to)
                    .stream().filter(w -> w.target() != null).toList();
            MonitoringPlans.LocationShortfall shortfall = all.locations().stream()
                    .filter(l -> l.locationId().equals(place)).findFirst().orElseThrow();
            assertThat(shortfall.plannedWeeks()).isEqualTo(chart.size());
            assertThat(shortfall.weeksBelowStarts()).isEqualTo(chart.stream()
                    .filter(MonitoringPlans.IntensityWeek::belowTarget).map(MonitoringPlans.IntensityWeek::weekStart)
                    .toList());
            assertThat(shortfall.lowestTarget()).isEqualTo(chart.stream()
                    .mapToInt(MonitoringPlans.IntensityWeek::target).min().orElseThrow());
            assertThat(shortfall.highestTarget()).isEqualTo(chart.stream()
                    .mapToInt(MonitoringPlans.IntensityWeek::target).max().orElseThrow());
        }
        MonitoringPlans.LocationShortfall first = all.locations().stream()
                .filter(l -> l.locationId().equals(location)).findFirst().orElseThrow();
        // W09 (Feb 29): 0 of 2; W10 (Mar 7): 2 of 2; W11: 2 of 3; W12: 1 of 3; W13 (Mar 28): 0 of 2; W14: no plan.
        assertThat(first.weeksBelowStarts()).containsExactly(LocalDate.parse("2016-02-29"),
                LocalDate.parse("2016-03-14"),
                LocalDate.parse("2016-03-21"), LocalDate.parse("2016-03-28"));
        assertThat(first.lowestTarget()).isEqualTo(2);
        assertThat(first.highestTarget()).isEqualTo(3);
        // By unit: only the second location's plan is of the monitoring unit.
        assertThat(plans.shortfalls(focalPoint, operation, Unit.MONITORING, from, to).locations())
                .extracting(MonitoringPlans.LocationShortfall::locationId).contains(second).doesNotContain(location);
    }

    @Test
    void rejectsAPlanEndingBeforeItStarts() {
        var draft = new MonitoringPlans.PlanDraft(operation, location, Unit.MONITORING, 2, LocalDate.parse("2016-05-01"),
                LocalDate.parse("2016-04-01"), null);

        assertThat(draft.problems()).extracting(Problem::code).containsExactly("plan.error.endsBeforeStart");
    }

    @Test
    void countsVisitsAndConcernsPerLocationForTheMap() {
        var start = VisitDraftTests.at("2016-02-01T09:00");
        for (int i = 0; i < 3; i++) {
            List<String> concerns = i == 0 ? List.of("overcrowding", "no interpreters") : i == 1 ? List.of("overcrowding") : List.of();
            visits.record(focalPoint, new VisitDraft(operation, location, Unit.MONITORING, null, Set.of(), 2, start.plusSeconds(86400L * i),
                    start.plusSeconds(86400L * i + 3600), "Map", VisitStatus.COMPLETED,
                    new Observations(null, null, null, null, null, null, null, null, null, concerns, null), List.of(), null), false);
        }

        var here = visits.byLocation(focalPoint, new MonitoringVisits.VisitFilter(operation, null, null, null,
                LocalDate.parse("2016-02-01"), LocalDate.parse("2016-02-29"))).stream()
                .filter(l -> l.locationId().equals(location)).findFirst().orElseThrow();

        assertThat(here.visits()).isEqualTo(3);
        assertThat(here.withConcerns()).isEqualTo(2);
        assertThat(here.topConcerns()).containsExactly("overcrowding", "no interpreters");
    }

    @Test
    void theVisitSpanIsEmptyWithoutVisits() {
        assertThat(visits.visitSpan(focalPoint, operation, location)).isEmpty();
        visitOn("2016-02-10T09:00", VisitStatus.COMPLETED);
        assertThat(visits.visitSpan(focalPoint, operation, location).orElseThrow())
                .containsExactly(LocalDate.parse("2016-02-10"), LocalDate.parse("2016-02-10"));
    }
}
