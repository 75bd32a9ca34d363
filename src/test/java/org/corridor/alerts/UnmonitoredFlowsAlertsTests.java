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
import org.corridor.flows.Direction;
import org.corridor.flows.FlowCountDraft;
import org.corridor.flows.FlowCounts;
import org.corridor.flows.PeriodKind;
import org.corridor.kernel.Actor;
import org.corridor.kernel.Region;
import org.corridor.monitoring.MonitoringVisits;
import org.corridor.monitoring.Unit;
import org.corridor.monitoring.VisitDraft;
import org.corridor.monitoring.VisitStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The flows-without-monitoring rule on counts and visits made in the test, at a location of its own in Serbia (the
 * Mission to Serbia would monitor it), in a year of its own (the 1970s). The minimum is the default, 50 a week.
 */
@CorridorTest
class UnmonitoredFlowsAlertsTests {

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    @Autowired
    RegionFixture region;

    @Autowired
    FlowCounts counts;

    @Autowired
    MonitoringVisits visits;

    @Autowired
    AlertRules rules;

    @Autowired
    Alerts alerts;

    @Autowired
    Sharing sharing;

    UUID serbia;
    UUID location;
    CorridorUser focalPoint;
    CorridorUser viewer;

    @BeforeEach
    void freshLocation() {
        serbia = region.operation("serbia");
        location = place("RS");
        focalPoint = region.user("unmon", "Serbian focal point", Role.FOCAL_POINT, serbia);
        viewer = region.user("unmon", "Serbian viewer", Role.VIEWER, serbia);
    }

    UUID place(String country) {
        return region.newPlace(country, LocationKind.BORDER_CROSSING, "Quiet crossing", 44.1, 20.5).id();
    }

    /** Exits counted on the Wednesday of the week of {@code monday}. */
    void count(CorridorUser user, UUID operation, UUID where, LocalDate monday, int total) {
        LocalDate day = monday.plusDays(2);
        counts.upsert(user, List.of(new FlowCountDraft(operation, PeriodKind.DAY, day, day, null, where, Direction.EXIT,
                null, total, null, null, null, null, null, DistributionLevel.OSCE)));
    }

    void visit(LocalDate monday) {
        var start = monday.plusDays(3).atTime(LocalTime.of(9, 0)).atZone(Region.ZONE).toInstant();
        visits.record(focalPoint, new VisitDraft(serbia, location, Unit.MONITORING, null, Set.of(), 2, start,
                start.plusSeconds(3600 * 6), "Monitoring", VisitStatus.COMPLETED, null, List.of(), null), false);
    }

    List<Alert> unmonitored(CorridorUser reader, UUID where) {
        return alerts.list(reader, new AlertFilter(AlertKind.FLOWS_WITHOUT_MONITORING, null, null), 0, 1000).items()
                .stream().filter(a -> where.equals(a.locationId())).toList();
    }

    @Test
    void fiftyPeopleInAWeekWithoutAVisitRaiseOneAlertForTheOperationOfTheCountry() {
        LocalDate monday = LocalDate.of(1971, 3, 1);
        count(focalPoint, serbia, location, monday, 50);

        rules.evaluateWeeksEnding(Actor.SYSTEM, monday, monday.plusDays(6));
        rules.evaluateWeeksEnding(Actor.SYSTEM, monday, monday.plusDays(6));

        assertThat(unmonitored(viewer, location)).singleElement().satisfies(alert -> {
            assertThat(alert.operationId()).isEqualTo(serbia);
            assertThat(alert.periodStart()).isEqualTo(monday);
            assertThat(alert.periodEnd()).isEqualTo(monday.plusDays(6));
            assertThat(alert.summary()).isEqualTo("Quiet crossing: 50 people counted in the week 1 March 1971 to "
                    + "7 March 1971 (exits, own observation) and the OSCE Mission to Serbia made no visit there that week.");
            assertThat(alert.evidence()).containsEntry("weekTotal", 50).containsEntry("visits", 0)
                    .containsEntry("minimumWeeklyCount", 50).containsEntry("week", "1971-W09");
        });
    }

    @Test
    void twoRuleRunsAtOnceOverTheSameWeeksBothFinishAndRaiseEachAlertOnce() throws Exception {
        LocalDate monday = LocalDate.of(1957, 3, 4); // a year no other test counts in
        for (int week = 0; week < 12; week += 2) { // six runs of one week each: six alerts
            count(focalPoint, serbia, location, monday.plusWeeks(week), 500);
        }
        // As two listeners run (each in a transaction of its own): one over all the weeks, one over the later weeks
        // first. Each raising what the other has raised but not committed, while holding the audit chain's head,
        // deadlocked before the runs took turns.
        var transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var forward = two.submit(() -> {
                start.await();
                return transactions.execute(status -> rules.evaluateWeeksEnding(Actor.SYSTEM, monday,
                        monday.plusWeeks(11).plusDays(6)));
            });
            var laterFirst = two.submit(() -> {
                start.await();
                return transactions.execute(status -> rules.evaluateWeeksEnding(Actor.SYSTEM, monday.plusWeeks(6),
                        monday.plusWeeks(11).plusDays(6)) + rules.evaluateWeeksEnding(Actor.SYSTEM, monday,
                        monday.plusWeeks(5).plusDays(6)));
            });
            start.countDown();
            // Both finish; what they raised counts other tests' records of these weeks too (plans without an end).
            assertThat(forward.get(60, java.util.concurrent.TimeUnit.SECONDS)
                    + laterFirst.get(60, java.util.concurrent.TimeUnit.SECONDS)).isGreaterThanOrEqualTo(6);
        } finally {
            two.shutdownNow();
        }
        assertThat(unmonitored(viewer, location)).filteredOn(a -> a.periodStart().getYear() == 1957).hasSize(6);
    }

    @Test
    void fewerThanTheMinimumOrAVisitThatWeekRaiseNothing() {
        LocalDate monday = LocalDate.of(1972, 3, 6);
        count(focalPoint, serbia, location, monday, 49);
        count(focalPoint, serbia, location, monday.plusWeeks(1), 5000);
        visit(monday.plusWeeks(1));

        rules.evaluateWeeksEnding(Actor.SYSTEM, monday, monday.plusWeeks(1).plusDays(6));

        assertThat(unmonitored(viewer, location)).isEmpty();
    }

    @Test
    void weeksRunningWithoutAVisitAreOneAlertUntilAVisitBreaksTheRun() {
        LocalDate monday = LocalDate.of(1973, 3, 5);
        for (int week = 0; week < 6; week++) {
            count(focalPoint, serbia, location, monday.plusWeeks(week), 800);
        }
        visit(monday.plusWeeks(3));

        rules.evaluateWeeksEnding(Actor.SYSTEM, monday, monday.plusWeeks(1).plusDays(6));
        rules.evaluateWeeksEnding(Actor.SYSTEM, monday.plusWeeks(2), monday.plusWeeks(5).plusDays(6));

        assertThat(unmonitored(viewer, location)).extracting(Alert::periodStart)
                .containsExactlyInAnyOrder(monday, monday.plusWeeks(4));
    }

    @Test
    void flowsInACountryNoOperationIsHostedInRaiseNothing() {
        LocalDate monday = LocalDate.of(1974, 3, 4);
        UUID croatian = place("HR");
        count(focalPoint, serbia, croatian, monday, 5000);

        rules.evaluateWeeksEnding(Actor.SYSTEM, monday, monday.plusDays(6));

        CorridorUser coordinator = region.user("unmon", "Coordinator", Role.REGIONAL_COORDINATOR, null);
        assertThat(unmonitored(coordinator, croatian)).isEmpty();
    }

    @Test
    void anotherOperationsCountsReachTheOperationOfTheCountryOnlyWhereItsFiguresAreShared() {
        LocalDate monday = LocalDate.of(1975, 3, 3);
        UUID skopje = region.operation("skopje");
        CorridorUser macedonian = region.user("unmon", "Skopje focal point", Role.FOCAL_POINT, skopje);
        CorridorUser head = region.user("unmon", "Skopje head", Role.HEAD_OF_OPERATION, skopje);
        count(macedonian, skopje, location, monday, 300);
        rules.evaluateWeeksEnding(Actor.SYSTEM, monday, monday.plusDays(6));

        assertThat(unmonitored(viewer, location)).singleElement().extracting(Alert::operationId).isEqualTo(serbia);
        assertThat(unmonitored(macedonian, location)).as("Serbia's alert, not Skopje's").isEmpty();

        SharingPolicy before = sharing.policyOf(skopje);
        SharingPolicy kept = sharing.change(head, new SharingPolicy(skopje, DistributionLevel.OPERATION, Map.of(),
                before.version()));
        try {
            assertThat(unmonitored(viewer, location)).as("Skopje's counts kept within Skopje").isEmpty();
        } finally {
            sharing.change(head, new SharingPolicy(skopje, before.figuresLevel(), before.defaultLevels(),
                    kept.version()));
        }
        assertThat(unmonitored(viewer, location)).hasSize(1);
    }
}
