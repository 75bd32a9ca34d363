package org.corridor.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.corridor.alerts.Alerts.AlertFilter;
import org.corridor.flows.FlowImport;
import org.corridor.flows.RouteEvents;
import org.corridor.flows.RouteEvents.Kind;
import org.corridor.flows.RouteEvents.RouteEvent;
import org.corridor.flows.RouteEvents.RouteEventDraft;
import org.corridor.interchange.ImportJobs;
import org.corridor.interchange.ImportReport;
import org.corridor.kernel.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rules run after the data changed (a written import file, a route event) and on a schedule, one server at a time. */
@CorridorTest
class AlertTriggersTests {

    @Autowired
    RegionFixture region;

    @Autowired
    FlowImport flowImport;

    @Autowired
    RouteEvents events;

    @Autowired
    Alerts alerts;

    @Autowired
    AlertRules rules;

    @Test
    void anImportedFileRaisesOneAlertForItsShiftNotOneARow() throws Exception {
        UUID serbia = region.operation("serbia");
        CorridorUser focalPoint = region.user("trig", "Serbian focal point", Role.FOCAL_POINT, serbia);
        LocalDate sunday = LocalDate.of(1992, 10, 4);
        StringBuilder csv = new StringBuilder("date,location_code,direction,source,total\n");
        for (int back = 34; back >= 0; back--) {
            csv.append(sunday.minusDays(back)).append(",RS-SID,EXIT,,").append(back >= 7 ? 900 : 50).append('\n');
        }
        Path file = Files.createTempFile("alerts-import", ".csv");
        Files.writeString(file, csv);

        ImportReport report = flowImport.importFile(focalPoint, serbia, file, "sid.csv", null, false, null);
        assertThat(report.status()).isEqualTo(ImportJobs.Status.WRITTEN);

        List<Alert> raised = eventually(() -> alerts.list(focalPoint, new AlertFilter(AlertKind.ROUTE_SHIFT, serbia,
                null), 0, 1000).items().stream().filter(a -> a.periodEnd().getYear() == 1992).toList());
        assertThat(raised).singleElement().satisfies(alert -> {
            assertThat(alert.periodEnd()).isEqualTo(sunday);
            assertThat(alert.summary()).startsWith("Exits at Šid").contains("fell by 94 %");
        });
    }

    @Test
    void aClosureAtABorderReachesTheHostOperationAndIfOperationLevelOnlyIt() {
        UUID skopje = region.operation("skopje");
        CorridorUser officer = region.user("trig", "Skopje officer", Role.OFFICER, skopje);
        CorridorUser coordinator = region.user("trig", "Coordinator", Role.REGIONAL_COORDINATOR, null);
        LocalDate day = LocalDate.of(1992, 3, 8);
        RouteEvent closure = events.record(officer, new RouteEventDraft(skopje, day, null,
                region.place("MK-GEVGELIJA-BCP"), Kind.CLOSURE, "Border closed to all without visas", null, null,
                DistributionLevel.OPERATION), false);

        List<Alert> raised = eventually(() -> closureAlertsAbout(officer, closure.id()));
        assertThat(raised).singleElement().satisfies(alert -> {
            assertThat(alert.operationId()).isEqualTo(skopje);
            assertThat(alert.summary()).isEqualTo("Closure at Gevgelija–Idomeni border crossing on 8 March 1992: "
                    + "Border closed to all without visas");
            assertThat(alert.sourceRecordId()).isEqualTo(closure.id());
        });
        assertThat(closureAlertsAbout(coordinator, closure.id())).isEmpty();
    }

    @Test
    void aClosureAtATransitCentreOrAnIncidentRaisesNothing() {
        UUID skopje = region.operation("skopje");
        CorridorUser officer = region.user("trig", "Skopje officer", Role.OFFICER, skopje);
        LocalDate day = LocalDate.of(1992, 5, 8);
        RouteEvent centre = events.record(officer, new RouteEventDraft(skopje, day, null,
                region.place("MK-GEVGELIJA-TC"), Kind.CLOSURE, "Centre closed", null, null, DistributionLevel.OSCE),
                false);
        RouteEvent incident = events.record(officer, new RouteEventDraft(skopje, day, null,
                region.place("MK-GEVGELIJA-BCP"), Kind.INCIDENT, "Scuffle", null, null, DistributionLevel.OSCE), false);

        rules.evaluateEvents(Actor.SYSTEM, day, day); // as the listener does, so that nothing is left to wait for
        assertThat(closureAlertsAbout(officer, centre.id())).isEmpty();
        assertThat(closureAlertsAbout(officer, incident.id())).isEmpty();
    }

    @Test
    void aScheduledRunWaitsForNoOtherServerAndSkipsWhileOneRuns() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<Boolean> otherServer = other.submit(() -> rules.whileNoOtherServerRuns(() -> {
                holding.countDown();
                await(release);
            }));
            await(holding);
            boolean[] ranHere = {false};
            assertThat(rules.whileNoOtherServerRuns(() -> ranHere[0] = true)).isFalse();
            assertThat(ranHere[0]).isFalse();
            release.countDown();
            assertThat(otherServer.get(10, TimeUnit.SECONDS)).isTrue();
            // The lock goes with the other server's transaction.
            assertThat(rules.whileNoOtherServerRuns(() -> ranHere[0] = true)).isTrue();
            assertThat(ranHere[0]).isTrue();
        } finally {
            other.shutdownNow();
        }
    }

    List<Alert> closureAlertsAbout(CorridorUser reader, UUID event) {
        return alerts.list(reader, new AlertFilter(AlertKind.ROUTE_CLOSURE, null, null), 0, 1000).items().stream()
                .filter(a -> event.equals(a.sourceRecordId())).toList();
    }

    /** The listeners run after the commit, on a thread of their own: waits up to 20 seconds for something found. */
    static <T> List<T> eventually(Supplier<List<T>> found) {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        List<T> now = found.get();
        while (now.isEmpty() && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            now = found.get();
        }
        return now;
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
