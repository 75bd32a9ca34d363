package org.corridor.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.DistributionLevel;
import org.corridor.kernel.Problem;
import org.corridor.kernel.RecordRejected;
import org.corridor.reports.Reports.ReportView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@CorridorTest
class ReferenceSymbolsTests {

    static final List<Recipient> SECRETARIAT = List.of(new Recipient(RecipientKind.SECRETARIAT, null, null));

    @Autowired
    RegionFixture region;

    @Autowired
    Reports reports;

    @Autowired
    ReferenceSymbols symbols;

    @Autowired
    JdbcClient jdbc;

    ReportPeople people;

    @BeforeEach
    void people() {
        people = new ReportPeople(region);
    }

    @Test
    void parallelDistributionsNeverShareANumber() throws Exception {
        List<ReportView> approved = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            approved.add(people.reportIn(reports, ReportStatus.APPROVED, DistributionLevel.OSCE));
        }
        ExecutorService pool = Executors.newFixedThreadPool(approved.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ReportView>> done = new ArrayList<>();
            for (ReportView report : approved) {
                done.add(pool.submit(() -> {
                    start.await();
                    // each in its own transaction, as two servers would
                    return reports.distribute(people.head, report.id(), report.version(), SECRETARIAT);
                }));
            }
            start.countDown();
            Set<String> given = ConcurrentHashMap.newKeySet();
            for (Future<ReportView> result : done) {
                given.add(result.get(60, TimeUnit.SECONDS).symbol());
            }
            assertThat(given).hasSize(approved.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void numbersDrawnAtTheSameInstantAreAllDifferent() throws Exception {
        LocalDate day = LocalDate.of(2093, 5, 5);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> drawn = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                drawn.add(pool.submit(() -> {
                    start.await();
                    return symbols.next(day);
                }));
            }
            start.countDown();
            Set<String> given = ConcurrentHashMap.newKeySet();
            for (Future<String> symbol : drawn) {
                given.add(symbol.get(60, TimeUnit.SECONDS));
            }
            assertThat(given).hasSize(40).contains("SEC.FR/1/93", "SEC.FR/40/93");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWithdrawnReportsNumberIsNeverIssuedAgain() {
        ReportView withdrawn = people.reportIn(reports, ReportStatus.WITHDRAWN, DistributionLevel.OSCE);
        ReportView next = people.reportIn(reports, ReportStatus.DISTRIBUTED, DistributionLevel.OSCE);
        assertThat(withdrawn.symbol()).isNotNull();
        assertThat(number(next.symbol())).isGreaterThan(number(withdrawn.symbol()));
        // and it cannot be given by hand either
        ReportView draft = people.reportIn(reports, ReportStatus.APPROVED, DistributionLevel.OSCE);
        assertThatThrownBy(() -> reports.recordEarlierDistribution(people.head, draft.id(), draft.version(),
                withdrawn.symbol(), LocalDate.now(), SECRETARIAT)).isInstanceOf(RecordRejected.class)
                .satisfies(e -> assertThat(((RecordRejected) e).problems()).extracting(Problem::code)
                        .contains("report.error.symbolTaken"));
    }

    @Test
    void theSequenceStartsAgainEachYear() {
        assertThat(symbols.next(LocalDate.of(2091, 12, 31))).isEqualTo("SEC.FR/1/91");
        assertThat(symbols.next(LocalDate.of(2091, 12, 31))).isEqualTo("SEC.FR/2/91");
        assertThat(symbols.next(LocalDate.of(2092, 1, 1))).isEqualTo("SEC.FR/1/92");
        assertThat(symbols.next(LocalDate.of(2091, 6, 1))).isEqualTo("SEC.FR/3/91");
    }

    @Test
    void anEarlierDistributionMovesTheSequenceSoItsNumberIsNeverIssued() {
        ReportView report = people.reportIn(reports, ReportStatus.DRAFT, DistributionLevel.PARTICIPATING_STATES);
        ReportView recorded = reports.recordEarlierDistribution(people.head, report.id(), report.version(),
                "SEC.FR/230/13", LocalDate.of(2013, 3, 31), SECRETARIAT);
        assertThat(recorded.status()).isEqualTo(ReportStatus.DISTRIBUTED);
        assertThat(recorded.symbol()).isEqualTo("SEC.FR/230/13");
        assertThat(recorded.editions()).containsExactly(0);
        assertThat(symbols.last(2013)).isGreaterThanOrEqualTo(230);
        assertThat(number(symbols.next(LocalDate.of(2013, 4, 1)))).isGreaterThan(230);
        // a lower number later does not move the sequence back
        ReportView older = people.reportIn(reports, ReportStatus.APPROVED, DistributionLevel.OSCE);
        reports.recordEarlierDistribution(people.head, older.id(), older.version(), "SEC.FR/12/13",
                LocalDate.of(2013, 1, 20), SECRETARIAT);
        assertThat(symbols.last(2013)).isGreaterThan(230);
    }

    @Test
    void anEarlierRevisionKeepsItsRevisionNumber() {
        ReportView report = people.reportIn(reports, ReportStatus.DRAFT, DistributionLevel.OSCE);
        ReportView recorded = reports.recordEarlierDistribution(people.head, report.id(), report.version(),
                "SEC.FR/444/13/Rev.1", LocalDate.of(2013, 6, 10), SECRETARIAT);
        assertThat(recorded.symbol()).isEqualTo("SEC.FR/444/13/Rev.1");
        assertThat(recorded.revision()).isEqualTo(1);
        assertThat(symbols.last(2013)).isGreaterThanOrEqualTo(444);
        // its revision after that is Rev.2 of the same base
        ReportView revision = reports.revise(people.officer, recorded.id(), recorded.version());
        revision = reports.submit(people.officer, revision.id(), revision.version());
        revision = reports.approve(people.head, revision.id(), revision.version());
        revision = reports.distribute(people.head, revision.id(), revision.version(), SECRETARIAT);
        assertThat(revision.symbol()).isEqualTo("SEC.FR/444/13/Rev.2");
    }

    @Test
    void anEarlierDistributionIsTheHeadsAndItsSymbolMustFitThePattern() {
        ReportView report = people.reportIn(reports, ReportStatus.DRAFT, DistributionLevel.OSCE);
        assertThatThrownBy(() -> reports.recordEarlierDistribution(people.officer, report.id(), report.version(),
                "SEC.FR/231/13", LocalDate.of(2013, 3, 31), SECRETARIAT)).isInstanceOf(ReportActionRefused.class);
        assertThatThrownBy(() -> reports.recordEarlierDistribution(people.head, report.id(), report.version(),
                "PC.FR/231/13", LocalDate.of(2013, 3, 31), SECRETARIAT)).isInstanceOf(RecordRejected.class)
                .satisfies(e -> assertThat(((RecordRejected) e).problems()).extracting(Problem::code)
                        .containsExactly("report.error.symbolPattern"));
        assertThatThrownBy(() -> reports.recordEarlierDistribution(people.head, report.id(), report.version(),
                "SEC.FR/231/13", LocalDate.of(2014, 3, 31), SECRETARIAT)).isInstanceOf(RecordRejected.class)
                .satisfies(e -> assertThat(((RecordRejected) e).problems()).extracting(Problem::code)
                        .containsExactly("report.error.symbolYear"));
    }

    @Test
    void aConfiguredPatternIsFollowedAndReadBack() {
        ReferenceSymbols custom = new ReferenceSymbols(jdbc, "OSCE/{yyyy}/FR-{seq}");
        assertThat(custom.format(7, 2016)).isEqualTo("OSCE/2016/FR-7");
        assertThat(custom.parse("OSCE/2016/FR-7/Rev.2")).hasValueSatisfying(p -> {
            assertThat(p.base()).isEqualTo("OSCE/2016/FR-7");
            assertThat(p.sequence()).isEqualTo(7);
            assertThat(p.year()).isEqualTo(2016);
            assertThat(p.revision()).isEqualTo(2);
        });
        assertThat(custom.parse("SEC.FR/7/16")).isEmpty();
        assertThat(symbols.parse("SEC.FR/230/16")).hasValueSatisfying(p -> assertThat(p.year()).isEqualTo(2016));
        assertThat(symbols.parse("SEC.FR/230/16; drop table report")).isEmpty();
        assertThatThrownBy(() -> new ReferenceSymbols(jdbc, "SEC.FR/{yy}")).isInstanceOf(IllegalArgumentException.class);
    }

    static int number(String symbol) {
        return Integer.parseInt(symbol.split("/")[1]);
    }
}
