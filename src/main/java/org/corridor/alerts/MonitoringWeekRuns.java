package org.corridor.alerts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/**
 * Runs of consecutive ISO weeks a monitoring rule found (below plan, flows without a visit), and when a run is raised:
 * once, when it reaches its length, with its period fixed to its first weeks up to that one; not again while it
 * grows, and again only for a new run after a week that broke it. A run is looked for up to {@link #LOOKBACK_WEEKS}
 * weeks before the weeks evaluated; one that reaches back that far is older than a year and was raised when it began
 * (so a plan left open for years without visits does not raise a new alert every day).
 */
final class MonitoringWeekRuns {

    static final int LOOKBACK_WEEKS = 52;

    /** A run of {@code weeks} consecutive weeks from the week starting on Monday {@code firstWeek}. */
    record Run(LocalDate firstWeek, int weeks) {

        LocalDate lastWeek() {
            return firstWeek.plusWeeks(weeks - 1L);
        }
    }

    /**
     * The weeks a rule evaluates, as Mondays: those ending from Sunday {@code firstSunday} to Sunday
     * {@code lastSunday}, runs looked for from {@link #LOOKBACK_WEEKS} weeks before the first ({@code windowStart}).
     */
    record EvaluatedWeeks(LocalDate windowStart, LocalDate firstWeek, LocalDate lastWeek) {

        static EvaluatedWeeks endingOn(LocalDate firstSunday, LocalDate lastSunday) {
            LocalDate firstWeek = firstSunday.minusDays(6);
            return new EvaluatedWeeks(firstWeek.minusWeeks(LOOKBACK_WEEKS), firstWeek, lastSunday.minusDays(6));
        }

        /** The run as raised in these weeks, if it is (see {@link MonitoringWeekRuns#raised}). */
        java.util.Optional<Run> raised(Run run, int length) {
            return MonitoringWeekRuns.raised(run, length, windowStart, firstWeek, lastWeek);
        }
    }

    private MonitoringWeekRuns() {
    }

    /** The runs of consecutive weeks among the flagged weeks (Mondays). */
    static List<Run> runs(SortedSet<LocalDate> flagged) {
        List<Run> runs = new ArrayList<>();
        LocalDate start = null;
        LocalDate previous = null;
        for (LocalDate week : flagged) {
            if (previous == null || !week.equals(previous.plusWeeks(1))) {
                if (start != null) {
                    runs.add(new Run(start, (int) (java.time.temporal.ChronoUnit.WEEKS.between(start, previous) + 1)));
                }
                start = week;
            }
            previous = week;
        }
        if (start != null) {
            runs.add(new Run(start, (int) (java.time.temporal.ChronoUnit.WEEKS.between(start, previous) + 1)));
        }
        return runs;
    }

    /**
     * The run's first {@code length} weeks, the alert's period, where the run is raised when the weeks from Monday
     * {@code firstWeek} to Monday {@code lastWeek} are evaluated (weeks flagged from {@code windowStart} on): it reached
     * its length by then, it still ran in the weeks evaluated, and it began after the window's first week.
     */
    static java.util.Optional<Run> raised(Run run, int length, LocalDate windowStart, LocalDate firstWeek,
            LocalDate lastWeek) {
        boolean begunInWindow = run.firstWeek().isAfter(windowStart);
        boolean longEnough = run.weeks() >= length && !run.firstWeek().plusWeeks(length - 1L).isAfter(lastWeek);
        boolean stillRunning = !run.lastWeek().isBefore(firstWeek);
        return begunInWindow && longEnough && stillRunning ? java.util.Optional.of(new Run(run.firstWeek(), length))
                : java.util.Optional.empty();
    }
}
