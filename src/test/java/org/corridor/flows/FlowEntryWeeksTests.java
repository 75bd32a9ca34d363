package org.corridor.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.ReadScope;
import org.corridor.accounts.Role;
import org.corridor.directory.LocationKind;
import org.corridor.directory.LocationSummary;
import org.corridor.interchange.ImportJobs;
import org.corridor.interchange.ImportReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The weekly sums of daily entries (flow_entry_week) that the regional overview's persons entering at each location
 * reads: after every kind of write of counts, the overview's figure is the sum straight from flow_count, for periods
 * that start and end mid-week and on the weeks' edges, as each kind of reader reads it; and the weekly sums are the
 * counts' sums. Each test writes counts of a year of its own (1926–1929, used by no other test) at a place of its
 * own.
 */
@CorridorTest
class FlowEntryWeeksTests {

    static final UUID UNHCR = UUID.fromString("783234c2-74cb-4153-8c09-cb6ebadc16b0");

    @Autowired RegionFixture region;
    @Autowired FlowCounts counts;
    @Autowired FlowFigures figures;
    @Autowired FlowImport flowImport;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @TempDir Path dir;

    UUID albania;
    UUID country;
    UUID place;
    String placeCode;
    CorridorUser focal;
    List<CorridorUser> readers;

    @BeforeEach
    void setUp() {
        albania = region.operation("albania");
        country = region.country("AL");
        LocationSummary crossing = region.newPlace("AL", LocationKind.BORDER_CROSSING, "Weekly entries", 41.3, 19.8);
        place = crossing.id();
        placeCode = crossing.code();
        focal = region.user("ew.focal", "Focal", Role.FOCAL_POINT, albania);
        UUID serbia = region.operation("serbia");
        readers = List.of(focal, region.user("ew.coord", "Coordinator", Role.REGIONAL_COORDINATOR, null),
                region.user("ew.serbia", "Serbian officer", Role.OFFICER, serbia),
                region.user("ew.deleg", "Delegation", Role.DELEGATION_READER, null));
    }

    /** The {@code n}th day from the year's first Monday (0: that Monday; 2: its Wednesday; 6: its Sunday). */
    static LocalDate day(int year, int n) {
        return LocalDate.of(year, 1, 1)
                .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY)).plusDays(n);
    }

    FlowCountDraft entry(LocalDate day, UUID source, int total, DistributionLevel level) {
        return new FlowCountDraft(albania, PeriodKind.DAY, day, null, country, place, Direction.ENTRY, source, total,
                null, null, null, null, Map.of(), level);
    }

    @Test
    void theOverviewsEntriesAreTheCountsAfterEachSaveCorrectionAndLevelChange() {
        int year = 1926;
        FlowCount monday = counts.record(focal, entry(day(year, 0), null, 100, DistributionLevel.OSCE));
        FlowCount wednesday = counts.record(focal, entry(day(year, 9), null, 40, DistributionLevel.OSCE));
        counts.record(focal, entry(day(year, 9), UNHCR, 70, DistributionLevel.OPERATION));
        counts.record(focal, new FlowCountDraft(albania, PeriodKind.DAY, day(year, 10), null, country, place,
                Direction.EXIT, null, 999, null, null, null, null, Map.of(), DistributionLevel.OSCE));
        for (int n = 11; n < 30; n += 3) {
            counts.record(focal, entry(day(year, n), null, n * 10, DistributionLevel.OSCE));
        }
        assertEntriesAreTheCounts(year);
        assertThat(entries(focal, day(year, 0), day(year, 13))).as("the fullest source of the weeks: own, 100+40+110")
                .isEqualTo(250L);

        counts.update(focal, wednesday.id(), wednesday.version(), entry(day(year, 9), null, 400, null));
        assertEntriesAreTheCounts(year);
        assertThat(entries(focal, day(year, 0), day(year, 13))).isEqualTo(610L);

        FlowCount shared = counts.find(focal, monday.id()).orElseThrow();
        counts.update(focal, shared.id(), shared.version(),
                entry(day(year, 0), null, 100, DistributionLevel.OPERATION));
        assertEntriesAreTheCounts(year);

        FlowCount moved = counts.find(focal, monday.id()).orElseThrow();
        counts.update(focal, moved.id(), moved.version(), entry(day(year, 22), UNHCR, 5, DistributionLevel.PUBLIC));
        assertEntriesAreTheCounts(year);
        assertThat(entries(focal, day(year, 0), day(year, 6))).as("the count moved to another day, week and source")
                .isNull();
    }

    @Test
    void theOverviewsEntriesAreTheCountsAfterBatches() {
        int year = 1927;
        List<FlowCountDraft> batch = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            batch.add(entry(day(year, n), n % 3 == 0 ? UNHCR : null, 10 + n, n % 4 == 0 ? DistributionLevel.OPERATION
                    : DistributionLevel.OSCE));
        }
        assertThat(counts.upsert(focal, batch).created()).isEqualTo(40);
        assertEntriesAreTheCounts(year);

        List<FlowCountDraft> corrections = new ArrayList<>();
        for (int n = 0; n < 40; n += 2) {
            corrections.add(entry(day(year, n), n % 3 == 0 ? UNHCR : null, 1000 + n, n % 5 == 0
                    ? DistributionLevel.PUBLIC : null));
        }
        corrections.add(entry(day(year, 41), null, 7, null));
        FlowCounts.BulkOutcome outcome = counts.upsert(focal, corrections);
        assertThat(outcome.updated()).isEqualTo(20);
        assertThat(outcome.created()).isEqualTo(1);
        assertEntriesAreTheCounts(year);

        assertThat(counts.upsert(focal, corrections).unchanged()).as("sent again: nothing changes").isEqualTo(21);
        assertEntriesAreTheCounts(year);
    }

    @Test
    void theOverviewsEntriesAreTheCountsAfterAnImportAndAReimportWithCorrections() throws IOException {
        int year = 1928;
        StringBuilder file = new StringBuilder("date,location_code,direction,source,total,distribution_level\n");
        for (int n = 0; n < 45; n++) {
            file.append(day(year, n)).append(',').append(placeCode).append(",ENTRY,").append(n % 2 == 0 ? "UNHCR" : "")
                    .append(',').append(20 + n).append(',').append(n % 3 == 0 ? "OPERATION" : "OSCE").append('\n')
                    .append(day(year, n)).append(',').append(placeCode).append(",EXIT,,").append(n + 1).append(",\n");
        }
        ImportReport first = importFile(file.toString());
        assertThat(first.status()).isEqualTo(ImportJobs.Status.WRITTEN);
        assertThat(first.created()).isEqualTo(90);
        assertEntriesAreTheCounts(year);

        StringBuilder corrections = new StringBuilder("date,location_code,direction,source,total,distribution_level\n");
        for (int n = 0; n < 50; n += 4) {
            corrections.append(day(year, n)).append(',').append(placeCode).append(",ENTRY,")
                    .append(n % 2 == 0 ? "UNHCR" : "").append(',').append(500 + n).append(',')
                    .append(n % 8 == 0 ? "PUBLIC" : "").append('\n');
        }
        ImportReport again = importFile(corrections.toString());
        assertThat(again.status()).isEqualTo(ImportJobs.Status.WRITTEN);
        assertThat(again.updated()).isEqualTo(12);
        assertThat(again.created()).isEqualTo(1);
        assertEntriesAreTheCounts(year);
    }

    @Test
    void theWeeklySumsAreTheCountsAfterAMixOfWrites() throws IOException {
        int year = 1929;
        counts.upsert(focal, List.of(entry(day(year, 0), null, 5, DistributionLevel.OSCE),
                entry(day(year, 1), UNHCR, 6, DistributionLevel.OPERATION)));
        FlowCount saved = counts.record(focal, entry(day(year, 2), null, 7, null));
        importFile("date,location_code,direction,source,total\n" + day(year, 1) + "," + placeCode + ",ENTRY,UNHCR,60\n"
                + day(year, 3) + "," + placeCode + ",ENTRY,,8\n" + day(year, 8) + "," + placeCode + ",ENTRY,,9\n");
        counts.update(focal, saved.id(), saved.version(), entry(day(year, 15), null, 70, DistributionLevel.PUBLIC));
        counts.upsert(focal, List.of(entry(day(year, 0), null, 50, DistributionLevel.OPERATION),
                entry(day(year, 16), UNHCR, 3, null)));

        Map<String, List<Long>> expected = new TreeMap<>();
        jdbc.sql("""
                select period_start - (extract(isodow from period_start)::int - 1) as week, source_organisation_id,
                       operation_id, distribution_level, sum(total), count(*)
                from flow_count where location_id = :place and period_kind = 'DAY' and direction = 'ENTRY'
                group by 1, 2, 3, 4""").param("place", place)
                .query(rs -> {
                    expected.put(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                            + rs.getString(4), List.of(rs.getLong(5), rs.getLong(6)));
                });
        Map<String, List<Long>> weeks = new TreeMap<>();
        jdbc.sql("""
                select week_start, source_organisation_id, operation_id, distribution_level, total, days
                from flow_entry_week where location_id = :place and days <> 0""").param("place", place)
                .query(rs -> {
                    weeks.put(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4),
                            List.of(rs.getLong(5), rs.getLong(6)));
                });
        assertThat(expected.values().stream().mapToLong(v -> v.get(0)).sum()).as("50 + 60 + 8 + 9 + 70 + 3")
                .isEqualTo(200);
        assertThat(weeks).isEqualTo(expected);
        assertThat(jdbc.sql("select count(*) from flow_entry_week where location_id = :place and days = 0"
                + " and total <> 0").param("place", place).query(Long.class).single())
                .as("a week left without counts sums to nothing").isZero();
        assertEntriesAreTheCounts(year);
    }

    @Test
    void twoTransactionsSavingCountsOfOneWeekEachAddTheirShare() throws Exception {
        int year = 1929;
        ExecutorService first = Executors.newSingleThreadExecutor();
        ExecutorService second = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch saved = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<?> one = first.submit(() -> transactions.executeWithoutResult(status -> {
                counts.record(focal, entry(day(year, 70), null, 11, DistributionLevel.OSCE));
                saved.countDown();
                await(release);
            }));
            await(saved);
            // The same week, place, source, operation and level, while the first's share is not committed yet.
            Future<?> two = second.submit(() -> counts.record(focal, entry(day(year, 72), null, 22,
                    DistributionLevel.OSCE)));
            boolean waited = false;
            for (int i = 0; i < 200 && !waited; i++) {
                waited = jdbc.sql("""
                        select exists (select 1 from pg_stat_activity where wait_event_type = 'Lock'
                                       and query like 'insert into flow_entry_week%')""").query(Boolean.class).single();
                Thread.sleep(50);
            }
            release.countDown();
            one.get(20, TimeUnit.SECONDS);
            two.get(20, TimeUnit.SECONDS);
            assertThat(waited).as("the second waited for the first's week").isTrue();
        } finally {
            first.shutdownNow();
            second.shutdownNow();
        }
        assertThat(jdbc.sql("""
                select total, days from flow_entry_week
                where location_id = :place and week_start = :week and source_organisation_id is null""")
                .param("place", place).param("week", day(year, 70))
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single())
                .isEqualTo(List.of(33L, 2L));
        assertEntriesAreTheCounts(year);
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    ImportReport importFile(String content) throws IOException {
        Path file = Files.writeString(dir.resolve("entries-" + UUID.randomUUID() + ".csv"), content);
        return flowImport.importFile(focal, albania, file, file.getFileName().toString(), null, false, null);
    }

    /**
     * For each reader and each period (mid-week to mid-week, Monday to Sunday, within one week, one whole week, from a
     * Sunday to a Monday), what the overview's entries give at the place is what the counts give, summed straight
     * from flow_count as the overview did before the weekly sums: the fullest source's sum and number of days, and
     * the operations whose counts there are not shared with the reader.
     */
    void assertEntriesAreTheCounts(int year) {
        List<LocalDate[]> periods = List.of(new LocalDate[] {day(year, 2), day(year, 22)},
                new LocalDate[] {day(year, 0), day(year, 27)}, new LocalDate[] {day(year, 1), day(year, 4)},
                new LocalDate[] {day(year, 7), day(year, 13)}, new LocalDate[] {day(year, 6), day(year, 14)},
                new LocalDate[] {day(year, -3), day(year, 60)}, new LocalDate[] {day(year, 9), day(year, 9)});
        for (CorridorUser reader : readers) {
            for (LocalDate[] period : periods) {
                FlowFigures.LocationEntries entries = figures.entriesByLocation(reader, period[0], period[1]);
                assertThat(entries.locations().stream().filter(l -> l.locationId().equals(place)).toList())
                        .as("%s, %s to %s", reader.memberships(), period[0], period[1])
                        .isEqualTo(fromCounts(reader, period[0], period[1]));
                assertThat(entries.notSharedByLocation().getOrDefault(place, Set.of()))
                        .as("not shared: %s, %s to %s", reader.memberships(), period[0], period[1])
                        .isEqualTo(notSharedFromCounts(reader, period[0], period[1]));
            }
        }
    }

    Long entries(CorridorUser reader, LocalDate from, LocalDate to) {
        return figures.entriesByLocation(reader, from, to).locations().stream()
                .filter(l -> l.locationId().equals(place)).map(FlowFigures.LocationFlow::total).findFirst().orElse(null);
    }

    List<FlowFigures.LocationFlow> fromCounts(CorridorUser reader, LocalDate from, LocalDate to) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = FlowCounts.whereFigures(figures.scopeOf(reader), dailyEntries(from, to), params);
        return jdbc.sql("select location_id, max(total) as total, max(days) as days from (select location_id,"
                        + " source_organisation_id, sum(total) as total, count(*) as days from flow_count" + where
                        + " group by location_id, source_organisation_id) s group by location_id")
                .params(params).query((rs, n) -> new FlowFigures.LocationFlow(rs.getObject(1, UUID.class),
                        rs.getLong(2), rs.getInt(3)))
                .list();
    }

    Set<UUID> notSharedFromCounts(CorridorUser reader, LocalDate from, LocalDate to) {
        ReadScope scope = figures.scopeOf(reader);
        Map<String, Object> params = new LinkedHashMap<>();
        String where = FlowCounts.where("not " + FlowCounts.figures(scope), scope, dailyEntries(from, to), params);
        return Set.copyOf(jdbc.sql("select distinct operation_id from flow_count" + where).params(params)
                .query(UUID.class).list());
    }

    FlowFilter dailyEntries(LocalDate from, LocalDate to) {
        return new FlowFilter(null, null, place, Direction.ENTRY, null, false, PeriodKind.DAY, from, to);
    }
}
