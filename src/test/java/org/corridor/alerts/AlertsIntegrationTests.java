package org.corridor.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.corridor.alerts.Alerts.AlertFilter;
import org.corridor.kernel.Actor;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.StaleRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@CorridorTest
class AlertsIntegrationTests {

    static final LocalDate MONDAY = LocalDate.of(2015, 9, 14);

    @Autowired
    RegionFixture region;

    @Autowired
    Alerts alerts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    UUID serbia;
    UUID skopje;
    CorridorUser serbianOfficer;
    CorridorUser skopjeOfficer;
    CorridorUser coordinator;

    @BeforeEach
    void people() {
        serbia = region.operation("serbia");
        skopje = region.operation("skopje");
        serbianOfficer = region.user("alerts", "Serbian officer", Role.OFFICER, serbia);
        skopjeOfficer = region.user("alerts", "Skopje officer", Role.OFFICER, skopje);
        coordinator = region.user("alerts", "Coordinator", Role.REGIONAL_COORDINATOR, null);
    }

    /** A cause of its own for every test: tests share the database. */
    static String cause() {
        return "test:" + UUID.randomUUID();
    }

    NewAlert figuresAlert(UUID receiver, String cause) {
        return NewAlert.aboutFigures(AlertKind.ROUTE_SHIFT, receiver, null, region.place("RS-HORGOS"), cause, MONDAY,
                MONDAY.plusDays(6), Map.of("lastSevenDays", 120, "dailyAverageBefore", 2900.5),
                "The flow at Horgoš fell by 96 %.", List.of(receiver));
    }

    NewAlert recordAlert(UUID receiver, DistributionLevel level, String cause) {
        return NewAlert.aboutRecord(AlertKind.ROUTE_CLOSURE, receiver, null, null, cause, MONDAY, MONDAY,
                Map.of("kind", "CLOSURE"), "A closure was recorded at Horgoš.", receiver, level, "route_event",
                UUID.randomUUID());
    }

    @Test
    void raisesOnceForTheSameCauseAndPeriod() {
        String cause = cause();
        Optional<UUID> first = alerts.raise(Actor.SYSTEM, figuresAlert(serbia, cause));
        Optional<UUID> again = alerts.raise(Actor.SYSTEM, figuresAlert(serbia, cause));

        assertThat(first).isPresent();
        assertThat(again).isEmpty();
        assertThat(rowsOf(cause)).isEqualTo(1);
        Alert alert = alerts.find(serbianOfficer, first.orElseThrow()).orElseThrow();
        assertThat(alert.evidence()).containsEntry("lastSevenDays", 120).containsEntry("dailyAverageBefore", 2900.5);
        assertThat(alert.state()).isEqualTo(AlertState.OPEN);
        assertThat(audited(first.orElseThrow())).containsExactly("CREATE");
    }

    @Test
    void raisesAgainForAnotherPeriodOrAnotherOperation() {
        String cause = cause();
        NewAlert alert = figuresAlert(serbia, cause);
        alerts.raise(Actor.SYSTEM, alert);

        assertThat(alerts.raise(Actor.SYSTEM, NewAlert.aboutFigures(alert.kind(), serbia, null, alert.locationId(),
                cause, MONDAY.plusDays(7), MONDAY.plusDays(13), Map.of(), "A week later.", List.of(serbia))))
                .isPresent();
        assertThat(alerts.raise(Actor.SYSTEM, figuresAlert(skopje, cause))).isPresent();
        assertThat(rowsOf(cause)).isEqualTo(3);
    }

    /** Two servers on one database: each raises in a transaction of its own at the same moment; one alert is kept. */
    @Test
    void twoTransactionsRacingRaiseOnce() throws Exception {
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String cause = cause();
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Optional<UUID>>> raised = new ArrayList<>();
                for (int server = 0; server < 2; server++) {
                    raised.add(servers.submit(() -> transactions.execute(status -> {
                        try {
                            together.await(10, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return alerts.raise(Actor.SYSTEM, figuresAlert(serbia, cause));
                    })));
                }
                long kept = 0;
                for (Future<Optional<UUID>> one : raised) {
                    kept += one.get(30, TimeUnit.SECONDS).isPresent() ? 1 : 0;
                }
                assertThat(kept).as("round %d", round).isEqualTo(1);
                assertThat(rowsOf(cause)).isEqualTo(1);
            }
        } finally {
            servers.shutdownNow();
        }
    }

    /** A transaction that raised and has not committed yet holds the key: the other waits, then raises nothing. */
    @Test
    void aRaiseWaitingOnAnUncommittedOneRaisesNothing() throws Exception {
        String cause = cause();
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier firstRaised = new CyclicBarrier(2);
            Future<Optional<UUID>> first = servers.submit(() -> transactions.execute(status -> {
                Optional<UUID> id = alerts.raise(Actor.SYSTEM, figuresAlert(serbia, cause));
                await(firstRaised);
                sleep(500); // the second is blocked on the key meanwhile
                return id;
            }));
            Future<Optional<UUID>> second = servers.submit(() -> {
                await(firstRaised);
                return transactions.execute(status -> alerts.raise(Actor.SYSTEM, figuresAlert(serbia, cause)));
            });
            assertThat(first.get(30, TimeUnit.SECONDS)).isPresent();
            assertThat(second.get(30, TimeUnit.SECONDS)).isEmpty();
            assertThat(rowsOf(cause)).isEqualTo(1);
        } finally {
            servers.shutdownNow();
        }
    }

    @Test
    void anAlertAboutAnOperationLevelRecordReachesOnlyThatOperation() {
        UUID id = alerts.raise(Actor.SYSTEM, recordAlert(serbia, DistributionLevel.OPERATION, cause())).orElseThrow();

        assertThat(alerts.find(serbianOfficer, id)).isPresent();
        assertThat(alerts.find(coordinator, id)).isEmpty();
        assertThat(alerts.find(skopjeOfficer, id)).isEmpty();
        assertThat(alerts.list(coordinator, AlertFilter.ANY, 0, 1000).items()).extracting(Alert::id)
                .doesNotContain(id);
    }

    @Test
    void theCoordinatorFollowsEveryOperationsAlertsAboutWhatIsSharedWithTheOsce() {
        UUID record = alerts.raise(Actor.SYSTEM, recordAlert(serbia, DistributionLevel.OSCE, cause())).orElseThrow();
        UUID figures = alerts.raise(Actor.SYSTEM, figuresAlert(serbia, cause())).orElseThrow();

        assertThat(alerts.find(coordinator, record)).isPresent();
        assertThat(alerts.find(coordinator, figures)).isPresent();
        // Another operation's people read the record, but the alert is not theirs to follow.
        assertThat(alerts.find(skopjeOfficer, record)).isEmpty();
    }

    @Test
    void anAlertForOneOperationAboutAnothersRecordIsReadOnlyBySomeoneWhoReadsThatRecord() {
        UUID aboutSerbia = alerts.raise(Actor.SYSTEM, NewAlert.aboutRecord(AlertKind.OFF_ROUTE_PREPAREDNESS, skopje,
                null, null, cause(), MONDAY, MONDAY, Map.of(), "Serbia's internal note.", serbia,
                DistributionLevel.OPERATION, "route_event", UUID.randomUUID())).orElseThrow();

        assertThat(alerts.find(skopjeOfficer, aboutSerbia)).isEmpty();
        CorridorUser both = region.user("alerts", "Both", new org.corridor.accounts.Membership(skopje, Role.OFFICER),
                new org.corridor.accounts.Membership(serbia, Role.VIEWER));
        assertThat(alerts.find(both, aboutSerbia)).isPresent();
    }

    @Test
    void filtersByKindOperationAndState() {
        String cause = cause();
        UUID shift = alerts.raise(Actor.SYSTEM, figuresAlert(serbia, cause)).orElseThrow();
        UUID closure = alerts.raise(Actor.SYSTEM, recordAlert(serbia, DistributionLevel.OSCE, cause)).orElseThrow();

        assertThat(alerts.list(serbianOfficer, new AlertFilter(AlertKind.ROUTE_CLOSURE, serbia, AlertState.OPEN), 0,
                1000).items()).extracting(Alert::id).contains(closure).doesNotContain(shift);
        assertThat(alerts.list(serbianOfficer, new AlertFilter(null, skopje, null), 0, 1000).items()).isEmpty();
        assertThat(alerts.list(serbianOfficer, new AlertFilter(null, null, AlertState.RESOLVED), 0, 1000).items())
                .extracting(Alert::id).doesNotContain(shift, closure);
    }

    @Test
    void acknowledgesThenResolvesWithCommentsAudited() {
        UUID id = alerts.raise(Actor.SYSTEM, figuresAlert(serbia, cause())).orElseThrow();

        Alert acknowledged = alerts.acknowledge(serbianOfficer, id, 0, "  We check with the border police.  ");
        assertThat(acknowledged.state()).isEqualTo(AlertState.ACKNOWLEDGED);
        assertThat(acknowledged.acknowledgedBy()).isEqualTo(serbianOfficer.id());
        assertThat(acknowledged.acknowledgementComment()).isEqualTo("We check with the border police.");
        assertThat(acknowledged.version()).isEqualTo(1);

        Alert resolved = alerts.resolve(serbianOfficer, id, 1, "Teams moved to Šid.");
        assertThat(resolved.state()).isEqualTo(AlertState.RESOLVED);
        assertThat(resolved.resolutionComment()).isEqualTo("Teams moved to Šid.");
        assertThat(audited(id)).containsExactly("CREATE", "UPDATE", "UPDATE");
    }

    @Test
    void resolvingAnOpenAlertAcknowledgesItToo() {
        UUID id = alerts.raise(Actor.SYSTEM, figuresAlert(serbia, cause())).orElseThrow();

        Alert resolved = alerts.resolve(serbianOfficer, id, 0, "Nothing to do: a counting gap.");

        assertThat(resolved.acknowledgedBy()).isEqualTo(serbianOfficer.id());
        assertThat(resolved.acknowledgedAt()).isEqualTo(resolved.resolvedAt());
    }

    @Test
    void refusesActionBySomeoneOutsideTheOperation() {
        UUID id = alerts.raise(Actor.SYSTEM, figuresAlert(serbia, cause())).orElseThrow();

        assertThatThrownBy(() -> alerts.acknowledge(coordinator, id, 0, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> alerts.resolve(coordinator, id, 0, "Done"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(alerts.find(serbianOfficer, id).orElseThrow().state()).isEqualTo(AlertState.OPEN);
    }

    @Test
    void refusesAResolutionWithoutCommentAStaleVersionAndATooLongComment() {
        UUID id = alerts.raise(Actor.SYSTEM, figuresAlert(serbia, cause())).orElseThrow();

        assertThatThrownBy(() -> alerts.resolve(serbianOfficer, id, 0, "  ")).isInstanceOf(RecordRejected.class)
                .hasMessageContaining("alert.error.resolutionComment");
        assertThatThrownBy(() -> alerts.acknowledge(serbianOfficer, id, 0, "x".repeat(4001)))
                .isInstanceOf(RecordRejected.class).hasMessageContaining("text.error.tooLong");
        alerts.acknowledge(serbianOfficer, id, 0, null);
        assertThatThrownBy(() -> alerts.resolve(serbianOfficer, id, 0, "Done")).isInstanceOf(StaleRecord.class);
        assertThatThrownBy(() -> alerts.acknowledge(serbianOfficer, id, 1, null)).isInstanceOf(RecordRejected.class)
                .hasMessageContaining("alert.error.notOpen");
    }

    @Test
    void theBellCountsOpenAlertsNotYetRead() {
        CorridorUser reader = region.user("alerts", "Bell", Role.VIEWER, serbia);
        long before = alerts.unreadCount(reader);
        UUID one = alerts.raise(Actor.SYSTEM, figuresAlert(serbia, cause())).orElseThrow();
        UUID two = alerts.raise(Actor.SYSTEM, figuresAlert(serbia, cause())).orElseThrow();
        assertThat(alerts.unreadCount(reader)).isEqualTo(before + 2);

        alerts.markRead(reader, one);
        alerts.markRead(reader, one);
        assertThat(alerts.unreadCount(reader)).isEqualTo(before + 1);
        assertThat(alerts.find(reader, one).orElseThrow().read()).isTrue();
        assertThat(alerts.find(serbianOfficer, one).orElseThrow().read()).isFalse();

        alerts.resolve(serbianOfficer, two, 0, "Handled.");
        assertThat(alerts.unreadCount(reader)).isEqualTo(before);
    }

    long rowsOf(String cause) {
        return jdbc.sql("select count(*) from alert where cause_key = :cause").param("cause", cause).query(Long.class)
                .single();
    }

    List<String> audited(UUID id) {
        return jdbc.sql("select action from audit_entry where record_type = 'alert' and record_id = :id order by seq")
                .param("id", id.toString()).query(String.class).list();
    }

    static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
