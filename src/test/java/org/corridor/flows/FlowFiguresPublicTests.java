package org.corridor.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.corridor.directory.Directory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link FlowFigures#publicWeeklyTotals}: counts of every level by country, direction, source and whole ISO week; a
 * place's weekly figure instead of its days, a national figure instead of the locations', no month, no stock, no
 * week cut by the period; and the digest of the records used, the same while they are. Counts of 1936, no other
 * test's year.
 */
@CorridorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlowFiguresPublicTests {

    static final LocalDate MONDAY = LocalDate.of(1936, 6, 1);

    @Autowired
    RegionFixture region;
    @Autowired
    FlowCounts counts;
    @Autowired
    FlowFigures figures;
    @Autowired
    Directory directory;

    CorridorUser officer;
    UUID skopje;
    UUID mk;
    UUID gevgelija;
    UUID tabanovce;

    @BeforeAll
    void juneOf1936() {
        skopje = region.operation("skopje");
        mk = region.country("MK");
        gevgelija = region.place("MK-GEVGELIJA-BCP");
        tabanovce = region.place("MK-TABANOVCE-BCP");
        officer = region.user("publicweeks", "Officer", Role.OFFICER, skopje);
        counts.upsert(officer, List.of(
                count(PeriodKind.DAY, MONDAY, gevgelija, Direction.ENTRY, 100, DistributionLevel.OPERATION),
                count(PeriodKind.DAY, MONDAY.plusDays(3), gevgelija, Direction.ENTRY, 50, DistributionLevel.OSCE),
                // Tabanovce's weekly figure stands for the week; its day is not added to it.
                count(PeriodKind.WEEK, MONDAY, tabanovce, Direction.ENTRY, 700, DistributionLevel.OSCE),
                count(PeriodKind.DAY, MONDAY, tabanovce, Direction.ENTRY, 90, DistributionLevel.OSCE),
                count(PeriodKind.DAY, MONDAY, gevgelija, Direction.PRESENT, 300, DistributionLevel.OSCE),
                count(PeriodKind.MONTH, MONDAY, gevgelija, Direction.EXIT, 3000, DistributionLevel.OSCE),
                // The next week: a national figure wins over Gevgelija's day.
                count(PeriodKind.WEEK, MONDAY.plusWeeks(1), null, Direction.ENTRY, 2000, DistributionLevel.OPERATION),
                count(PeriodKind.DAY, MONDAY.plusWeeks(1), gevgelija, Direction.ENTRY, 60, DistributionLevel.OSCE),
                // A week the period cuts: left out.
                count(PeriodKind.DAY, MONDAY.plusWeeks(2), gevgelija, Direction.ENTRY, 70, DistributionLevel.OSCE)));
    }

    FlowCountDraft count(PeriodKind kind, LocalDate start, UUID place, Direction direction, int total,
            DistributionLevel level) {
        LocalDate end = switch (kind) {
            case DAY -> start;
            case WEEK -> start.plusDays(6);
            case MONTH -> start.withDayOfMonth(start.lengthOfMonth());
        };
        return new FlowCountDraft(skopje, kind, start, end, mk, place, direction, null, total, null, null, null, null,
                null, level);
    }

    @Test
    void weeksAddEveryLevelByTheRuleAndLeaveOutMonthsStocksAndCutWeeks() {
        FlowFigures.PublicWeeklyTotals totals = figures.publicWeeklyTotals(MONDAY.minusDays(2),
                MONDAY.plusWeeks(2).plusDays(5));

        assertThat(totals.weeks()).containsExactly(
                new FlowFigures.PublicWeek(mk, Direction.ENTRY, null, MONDAY, 100 + 50 + 700),
                new FlowFigures.PublicWeek(mk, Direction.ENTRY, null, MONDAY.plusWeeks(1), 2000));
        assertThat(totals.records()).as("Gevgelija's two days, Tabanovce's week, the national week").isEqualTo(4);
    }

    @Test
    void theDigestIsTheSameWhileTheRecordsAreAndChangesWithThem() {
        LocalDate from = MONDAY;
        LocalDate to = MONDAY.plusDays(6);
        String before = figures.publicWeeklyTotals(from, to).recordsDigest();
        assertThat(figures.publicWeeklyTotals(from, to).recordsDigest()).isEqualTo(before);
        counts.upsert(officer, List.of(count(PeriodKind.DAY, MONDAY.plusDays(3), gevgelija, Direction.ENTRY, 51,
                DistributionLevel.OSCE)));
        assertThat(figures.publicWeeklyTotals(from, to).recordsDigest()).isNotEqualTo(before);
        counts.upsert(officer, List.of(count(PeriodKind.DAY, MONDAY.plusDays(3), gevgelija, Direction.ENTRY, 50,
                DistributionLevel.OSCE)));
    }

    @Test
    void aPeriodWithoutAWholeWeekHasNoWeek() {
        FlowFigures.PublicWeeklyTotals totals = figures.publicWeeklyTotals(MONDAY.plusDays(1), MONDAY.plusDays(6));
        assertThat(totals.weeks()).isEmpty();
        assertThat(totals.records()).isZero();
    }
}
