package org.corridor.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.corridor.alerts.AlertSettings.RouteShift;
import org.corridor.alerts.RouteShiftRule.Shift;
import org.corridor.alerts.RouteShiftRule.Way;
import org.corridor.flows.Direction;
import org.corridor.flows.FlowFigures.WeekAgainstFourBefore;
import org.corridor.flows.PeriodKind;
import org.junit.jupiter.api.Test;

/** The route-shift rule's thresholds, without Spring: −60 % / +100 % against the four weeks before, at least 200 a week. */
class RouteShiftRuleTests {

    static final RouteShift DEFAULTS = new RouteShift(60, 100, 200);

    /** Seven daily counts summing to {@code lastWeek} against 28 summing to {@code fourWeeks}. */
    static Optional<Shift> daily(long lastWeek, long fourWeeks) {
        return daily(lastWeek, 7, fourWeeks, 28);
    }

    static Optional<Shift> daily(long lastWeek, int lastDays, long fourWeeks, int daysBefore) {
        return RouteShiftRule.assess(DEFAULTS, new WeekAgainstFourBefore(UUID.randomUUID(), UUID.randomUUID(),
                Direction.ENTRY, null, PeriodKind.DAY, lastWeek, lastDays, fourWeeks, daysBefore, Set.of()));
    }

    @Test
    void aFallOfExactlySixtyPercentIsAShiftAndOneLessIsNot() {
        // Four weeks of 1,000 a week (4,000); a week of 400 is −60 %, 401 is −59.9 %.
        assertThat(daily(400, 4000)).map(Shift::way).contains(Way.FALL);
        assertThat(daily(400, 4000)).map(Shift::changePercent).contains(-60L);
        assertThat(daily(401, 4000)).isEmpty();
        assertThat(daily(399, 4000)).map(Shift::way).contains(Way.FALL);
    }

    @Test
    void aRiseOfExactlyOneHundredPercentIsAShiftAndOneLessIsNot() {
        assertThat(daily(2000, 4000)).map(Shift::way).contains(Way.RISE);
        assertThat(daily(2000, 4000)).map(Shift::changePercent).contains(100L);
        assertThat(daily(1999, 4000)).isEmpty();
        assertThat(daily(2001, 4000)).map(Shift::way).contains(Way.RISE);
    }

    @Test
    void smallNumbersDoNotAlarmBelowTheMinimumWeeklyCount() {
        // 50 a week falling to 0, rising to 199: neither side reaches 200 a week.
        assertThat(daily(0, 200)).isEmpty();
        assertThat(daily(199, 40)).isEmpty();
        // At the minimum, on either side, it does.
        assertThat(daily(0, 800)).map(Shift::way).contains(Way.FALL);
        assertThat(daily(200, 40)).map(Shift::way).contains(Way.RISE);
    }

    @Test
    void aRiseFromNothingHasNoPercentage() {
        Optional<Shift> began = daily(700, 0);
        assertThat(began).map(Shift::way).contains(Way.RISE);
        assertThat(began.orElseThrow().changePercent()).isNull();
        assertThat(daily(0, 0)).isEmpty();
    }

    @Test
    void daysNobodyCountedAreNotReadAsAFall() {
        // Three days counted at 1,000 a day against 28 at 1,000: the same daily average, whatever the week's sum.
        assertThat(daily(3000, 3, 28_000, 28)).isEmpty();
        // The minimum is the week's equivalent of the daily average: 28 a day is 196 a week, 29 a day 203.
        assertThat(daily(84, 3, 0, 28)).isEmpty();
        assertThat(daily(87, 3, 0, 28)).map(Shift::way).contains(Way.RISE);
    }

    @Test
    void weeklyFiguresCompareWeekAgainstTheFourWeeksAverage() {
        WeekAgainstFourBefore weekly = new WeekAgainstFourBefore(UUID.randomUUID(), null, Direction.ENTRY,
                UUID.randomUUID(), PeriodKind.WEEK, 3_000, 1, 40_000, 4, Set.of());
        assertThat(RouteShiftRule.assess(DEFAULTS, weekly)).map(Shift::way).contains(Way.FALL);
        assertThat(RouteShiftRule.assess(DEFAULTS, weekly).orElseThrow().changePercent()).isEqualTo(-70L);
    }

    @Test
    void aThresholdThatCannotBeRightStopsTheStartNamingTheSetting() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RouteShift(0, 100, 200))
                .hasMessageContaining("corridor.alerts.route-shift.fall-percent");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RouteShift(60, 100, 0))
                .hasMessageContaining("corridor.alerts.route-shift.minimum-weekly-count");
    }

    @Test
    void thresholdsAreSettings() {
        RouteShift strict = new RouteShift(30, 50, 1000);
        WeekAgainstFourBefore series = new WeekAgainstFourBefore(UUID.randomUUID(), UUID.randomUUID(), Direction.EXIT,
                null, PeriodKind.DAY, 700, 7, 4000, 28, Set.of());
        assertThat(RouteShiftRule.assess(DEFAULTS, series)).isEmpty();
        assertThat(RouteShiftRule.assess(strict, series)).map(Shift::way).contains(Way.FALL);
    }
}
