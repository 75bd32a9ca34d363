package org.corridor.regional;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.corridor.regional.BorderComparison.Basis;
import org.corridor.regional.BorderComparison.Day;
import org.corridor.regional.BorderComparison.State;
import org.corridor.regional.BorderComparison.Week;
import org.junit.jupiter.api.Test;

/** The reconciliation's arithmetic without a database: days, weeks, missing days, divergence and its edges, trends. */
class BorderComparisonTests {

    /** A Monday: 2031-W10 runs from 3 to 9 March 2031. */
    static final LocalDate MONDAY = LocalDate.of(2031, 3, 3);

    static BorderComparison.Side side(Map<LocalDate, Long> daily) {
        return new BorderComparison.Side(daily, Map.of(), Set.of(), Set.of());
    }

    static Map<LocalDate, Long> days(long... counts) {
        Map<LocalDate, Long> days = new HashMap<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] >= 0) {
                days.put(MONDAY.plusDays(i), counts[i]);
            }
        }
        return days;
    }

    static BorderComparison compare(Map<LocalDate, Long> exits, Map<LocalDate, Long> entries) {
        return BorderComparison.of(side(exits), side(entries), MONDAY, MONDAY.plusDays(6), 0.25, 50);
    }

    @Test
    void comparesEachDayAndTheWeekOfTheDaysBothSidesCounted() {
        BorderComparison c = compare(days(100, 200, 300, 400, 500, 600, 700), days(90, 190, 290, 390, 490, 590, 690));

        assertThat(c.days()).hasSize(7).allSatisfy(day -> assertThat(day.difference()).isEqualTo(10));
        Week week = c.weeks().get(0);
        assertThat(week.week()).isEqualTo("2031-W10");
        assertThat(week.basis()).isEqualTo(Basis.DAYS_ON_BOTH_SIDES);
        assertThat(week.exits()).isEqualTo(2800);
        assertThat(week.entries()).isEqualTo(2730);
        assertThat(week.difference()).isEqualTo(70);
        assertThat(week.daysCompared()).isEqualTo(7);
        assertThat(c.totals().daysCompared()).isEqualTo(7);
        assertThat(c.totals().difference()).isEqualTo(70);
        assertThat(c.days().get(3).trend()).as("four days with a difference: the trend starts").isEqualTo(10.0);
        assertThat(c.days().get(2).trend()).as("three are too few").isNull();
    }

    @Test
    void aDayCountedOnOneSideOnlyIsMissingNotZeroAndNeverDiverges() {
        // Tuesday has no exit count, Thursday no entry count, Sunday neither.
        BorderComparison c = compare(days(100, -1, 300, 400, 500, 600, -1), days(100, 5000, 300, -1, 500, 600, -1));

        Day tuesday = c.days().get(1);
        assertThat(tuesday.exits()).isNull();
        assertThat(tuesday.exitsState()).isEqualTo(State.MISSING);
        assertThat(tuesday.entries()).isEqualTo(5000);
        assertThat(tuesday.difference()).isNull();
        assertThat(tuesday.diverges()).isFalse();
        assertThat(c.days().get(3).entriesState()).isEqualTo(State.MISSING);
        Week week = c.weeks().get(0);
        assertThat(week.daysCompared()).as("the days both sides counted").isEqualTo(4);
        assertThat(week.exits()).isEqualTo(1500);
        assertThat(week.entries()).as("Tuesday's 5,000 entries are not set against a missing exit count").isEqualTo(1500);
        assertThat(week.daysOnlyExits()).isEqualTo(1);
        assertThat(week.daysOnlyEntries()).isEqualTo(1);
        assertThat(week.diverges()).isFalse();
        assertThat(c.totals().daysOnlyExits()).isEqualTo(1);
        assertThat(c.totals().daysOnlyEntries()).isEqualTo(1);
        assertThat(c.totals().daysOnNeither()).isEqualTo(1);
        assertThat(c.divergences()).isEmpty();
    }

    @Test
    void aDifferenceOfExactlyTheShareIsNotBeyondItAndOneMoreIs() {
        // 100 against 75: exactly 25 %; 100 against 74: 26 %.
        BorderComparison c = compare(days(100, 100, 100, 100), days(75, 74, 74, 75));

        assertThat(c.days().get(0).share()).isEqualTo(0.25);
        assertThat(c.days().get(0).diverges()).isFalse();
        assertThat(c.days().get(1).diverges()).isTrue();
        assertThat(c.days().get(2).diverges()).isTrue();
        assertThat(c.days().get(3).diverges()).isFalse();
        assertThat(c.divergences()).singleElement().satisfies(d -> {
            assertThat(d.from()).isEqualTo(MONDAY.plusDays(1));
            assertThat(d.to()).isEqualTo(MONDAY.plusDays(2));
            assertThat(d.days()).isEqualTo(2);
            assertThat(d.difference()).isEqualTo(52);
        });
    }

    @Test
    void smallCountsDoNotDivergeBelowTheMinimumCount() {
        // 49 against 10 is a large share of a small number; 50 against 10 reaches the minimum count.
        BorderComparison c = compare(days(49, 50, 10), days(10, 10, 49));

        assertThat(c.days().get(0).diverges()).isFalse();
        assertThat(c.days().get(1).diverges()).isTrue();
        assertThat(c.days().get(2).diverges()).as("fewer entries than exits or more: the larger side counts").isFalse();
        assertThat(BorderComparison.diverges(0, 0, 0.25, 0)).as("nobody on either side").isFalse();
    }

    @Test
    void aWeeklyFigureIsComparedWithTheOtherSidesWeeklyFigureOrItsSevenDays() {
        BorderComparison.Side weekly = new BorderComparison.Side(Map.of(), Map.of(MONDAY, 7000L, MONDAY.plusWeeks(1),
                7000L), Set.of(), Set.of());
        Map<LocalDate, Long> daily = days(1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000);
        BorderComparison c = BorderComparison.of(side(daily), weekly, MONDAY, MONDAY.plusDays(13), 0.25, 50);

        Week first = c.weeks().get(0);
        assertThat(first.basis()).isEqualTo(Basis.WEEKLY_FIGURES);
        assertThat(first.difference()).isZero();
        Week second = c.weeks().get(1);
        assertThat(second.basis()).as("two days of exits are not a week").isEqualTo(Basis.NONE);
        assertThat(second.exits()).isEqualTo(2000);
        assertThat(second.difference()).isNull();
        assertThat(second.diverges()).isFalse();
    }

    @Test
    void daysAnOperationKeepsFromTheReaderAreNotSharedRatherThanMissing() {
        BorderComparison.Side hidden = new BorderComparison.Side(Map.of(), Map.of(), Set.of(MONDAY), Set.of());
        BorderComparison c = BorderComparison.of(side(days(100)), hidden, MONDAY, MONDAY.plusDays(1), 0.25, 50);

        assertThat(c.days().get(0).entriesState()).isEqualTo(State.NOT_SHARED);
        assertThat(c.days().get(1).entriesState()).isEqualTo(State.MISSING);
        assertThat(c.weeks().get(0).entriesState()).isEqualTo(State.NOT_SHARED);
    }

    @Test
    void weeksAreWholeIsoWeeksAndTheirTrendTakesTheWeeksBefore() {
        Map<LocalDate, Long> exits = new HashMap<>();
        Map<LocalDate, Long> entries = new HashMap<>();
        for (int d = -21; d < 14; d++) {
            exits.put(MONDAY.plusDays(d), 100L);
            entries.put(MONDAY.plusDays(d), d < 0 ? 100L : 90L);
        }
        BorderComparison c = BorderComparison.of(side(exits), side(entries), MONDAY.plusDays(2), MONDAY.plusDays(9),
                0.25, 50);

        assertThat(c.days()).hasSize(8);
        assertThat(c.weeks()).extracting(Week::week).containsExactly("2031-W10", "2031-W11");
        assertThat(c.weeks().get(0).firstDay()).isEqualTo(MONDAY);
        assertThat(c.weeks().get(0).difference()).isEqualTo(70);
        // Three earlier weeks with no difference and this one with 70: a mean of 17.5.
        assertThat(c.weeks().get(0).trend()).isEqualTo(17.5);
        assertThat(c.days().get(0).trend()).as("the 7 days up to Wednesday: 3 of 10, 4 of 0").isEqualTo(4.3);
    }
}
