package org.corridor.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.corridor.alerts.MonitoringWeekRuns.Run;
import org.junit.jupiter.api.Test;

/** Runs of weeks and when one is raised, without Spring; and the two monitoring rules' settings. */
class MonitoringWeekRunsTests {

    static final LocalDate W = LocalDate.of(2016, 2, 29);

    @Test
    void consecutiveWeeksMakeOneRunAndAGapStartsAnother() {
        TreeSet<LocalDate> flagged = new TreeSet<>(List.of(W, W.plusWeeks(1), W.plusWeeks(2), W.plusWeeks(4)));

        assertThat(MonitoringWeekRuns.runs(flagged)).containsExactly(new Run(W, 3), new Run(W.plusWeeks(4), 1));
        assertThat(MonitoringWeekRuns.runs(new TreeSet<>())).isEmpty();
    }

    @Test
    void aRunIsRaisedAtItsLengthWithItsFirstWeeksAndWhileItStillRuns() {
        LocalDate window = W.minusWeeks(52);
        Run five = new Run(W, 5);

        assertThat(MonitoringWeekRuns.raised(five, 3, window, W.plusWeeks(2), W.plusWeeks(2))).contains(new Run(W, 3));
        assertThat(MonitoringWeekRuns.raised(five, 3, window, W.plusWeeks(4), W.plusWeeks(4))).contains(new Run(W, 3));
        assertThat(MonitoringWeekRuns.raised(new Run(W, 2), 3, window, W, W.plusWeeks(1))).isEmpty();
        assertThat(MonitoringWeekRuns.raised(five, 3, window, W.plusWeeks(6), W.plusWeeks(6)))
                .as("ended before the weeks evaluated").isEmpty();
        assertThat(MonitoringWeekRuns.raised(five, 3, W, W.plusWeeks(4), W.plusWeeks(4)))
                .as("reaching back to the window's start: older than a year, raised when it began").isEmpty();
    }

    @Test
    void settingsThatCannotBeRightStopTheStartWithASentence() {
        assertThatThrownBy(() -> new AlertSettings.BelowPlan(0)).hasMessage(
                "corridor.alerts.below-plan.weeks is from 1 to 26 weeks running; not 0");
        assertThatThrownBy(() -> new AlertSettings.BelowPlan(27)).hasMessageContaining("not 27");
        assertThat(new AlertSettings.BelowPlan(1).weeks()).isEqualTo(1);
        assertThatThrownBy(() -> new AlertSettings.UnmonitoredFlows(0)).hasMessage(
                "corridor.alerts.unmonitored-flows.minimum-weekly-count is at least 1 person a week; not 0");
        assertThat(new AlertSettings.UnmonitoredFlows(1).minimumWeeklyCount()).isEqualTo(1);
    }
}
