package org.corridor.regional;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exits counted on one side of a border against entries counted on the other, day by day and ISO week by ISO week:
 * the difference (exits − entries), its trend, and the days and weeks where the two diverge. Pure arithmetic on the
 * two sides' figures, so that its rules are tested without a database.
 *
 * <p><b>Missing is not zero.</b> A day one side did not count is shown as missing (or as not shared with the reader,
 * when the operation that counted it keeps its figures from them), has no difference and is never a divergence.
 *
 * <p><b>Weeks.</b> Weeks are whole ISO weeks (Monday to Sunday), also at the ends of the period. Where both sides
 * counted days in the week, the week compares the sums of the days counted on both sides only, so that a day missing
 * on one side does not pass for a difference. Where one side publishes weekly figures instead (UNHCR's weekly
 * totals), the week compares its weekly figure with the other side's (or with its seven days, when it counted all
 * seven). Otherwise the week is not compared.
 *
 * <p><b>Divergence.</b> A day or week diverges when both sides counted, the larger of the two counts is at least the
 * minimum count, and the difference is more than the divergence share of the larger count (exactly the share is not
 * beyond it).
 *
 * <p><b>Trend.</b> A day's trend is the mean difference of the seven days up to it, shown once four of them have a
 * difference; a week's is the mean difference of the four weeks up to it, shown once two of them have one.
 */
record BorderComparison(List<Day> days, List<Week> weeks, List<Divergence> divergences, Totals totals) {

    static final int DAYS_IN_TREND = 7;
    static final int DAYS_FOR_TREND = 4;
    static final int WEEKS_IN_TREND = 4;
    static final int WEEKS_FOR_TREND = 2;

    /** What is known of one side for a day or a week. */
    @Schema(name = "BorderFigureState")
    enum State {
        COUNTED, MISSING, NOT_SHARED
    }

    /** What a week compares: the days both sides counted, the weekly figures, or nothing. */
    @Schema(name = "BorderWeekBasis")
    enum Basis {
        DAYS_ON_BOTH_SIDES, WEEKLY_FIGURES, NONE
    }

    /**
     * One side's figures: daily counts by day, weekly figures by their Monday, and the days and weeks with counts
     * the reader may not read.
     */
    record Side(Map<LocalDate, Long> daily, Map<LocalDate, Long> weekly, Set<LocalDate> daysNotShared,
            Set<LocalDate> weeksNotShared) {

        State stateOn(LocalDate day) {
            return daily.containsKey(day) ? State.COUNTED
                    : daysNotShared.contains(day) ? State.NOT_SHARED : State.MISSING;
        }
    }

    @Schema(name = "BorderDay")
    record Day(LocalDate date, @Nullable Long exits, State exitsState, @Nullable Long entries, State entriesState,
            @Nullable Long difference, @Nullable Double share, @Nullable Double trend, boolean diverges) {
    }

    @Schema(name = "BorderWeek")
    record Week(String week, LocalDate firstDay, LocalDate lastDay, Basis basis, @Nullable Long exits, State exitsState,
            @Nullable Long entries, State entriesState, int daysCompared, int daysOnlyExits, int daysOnlyEntries,
            @Nullable Long difference, @Nullable Double share, @Nullable Double trend, boolean diverges) {
    }

    /** Consecutive days that diverge, with their sums. */
    @Schema(name = "BorderDivergence")
    record Divergence(LocalDate from, LocalDate to, int days, long exits, long entries, long difference) {
    }

    /** The period's days: counted on both sides (with their sums), on one side only, on neither. */
    @Schema(name = "BorderTotals")
    record Totals(int daysCompared, long exits, long entries, long difference, int daysOnlyExits, int daysOnlyEntries,
            int daysOnNeither, int daysDiverging, int weeksDiverging) {
    }

    /**
     * Compares the sides over {@code from}–{@code to}. The sides' figures should reach back to the Monday three
     * weeks before the week of {@code from} and on to the Sunday of the week of {@code to} (see {@link #window}), so
     * that the first trends and the whole weeks at the ends are as complete as the others.
     */
    static BorderComparison of(Side exits, Side entries, LocalDate from, LocalDate to, double divergenceShare,
            long minimumCount) {
        LocalDate[] window = window(from, to);
        List<Day> allDays = new ArrayList<>();
        for (LocalDate day = window[0]; !day.isAfter(window[1]); day = day.plusDays(1)) {
            Long out = exits.daily().get(day);
            Long in = entries.daily().get(day);
            Long difference = out != null && in != null ? out - in : null;
            Double share = difference == null ? null : share(out, in);
            boolean diverges = difference != null && diverges(out, in, divergenceShare, minimumCount);
            allDays.add(new Day(day, out, exits.stateOn(day), in, entries.stateOn(day), difference, share,
                    trend(allDays, difference, DAYS_IN_TREND, DAYS_FOR_TREND, Day::difference), diverges));
        }
        List<Day> days = allDays.stream().filter(d -> !d.date().isBefore(from) && !d.date().isAfter(to)).toList();

        List<Week> allWeeks = new ArrayList<>();
        for (LocalDate monday = window[0]; !monday.isAfter(window[1]); monday = monday.plusWeeks(1)) {
            allWeeks.add(week(exits, entries, monday, allWeeks, divergenceShare, minimumCount));
        }
        List<Week> weeks = allWeeks.stream().filter(w -> !w.lastDay().isBefore(from) && !w.firstDay().isAfter(to))
                .toList();

        List<Divergence> divergences = new ArrayList<>();
        List<Day> run = new ArrayList<>();
        for (Day day : days) {
            if (day.diverges()) {
                run.add(day);
            } else {
                close(run, divergences);
            }
        }
        close(run, divergences);

        int compared = 0;
        long out = 0;
        long in = 0;
        int onlyExits = 0;
        int onlyEntries = 0;
        int neither = 0;
        for (Day day : days) {
            if (day.difference() != null) {
                compared++;
                out += day.exits();
                in += day.entries();
            } else if (day.exits() != null) {
                onlyExits++;
            } else if (day.entries() != null) {
                onlyEntries++;
            } else {
                neither++;
            }
        }
        return new BorderComparison(days, weeks, divergences, new Totals(compared, out, in, out - in, onlyExits,
                onlyEntries, neither, (int) days.stream().filter(Day::diverges).count(),
                (int) weeks.stream().filter(Week::diverges).count()));
    }

    /** The days whose figures a comparison of {@code from}–{@code to} reads: see {@link #of}. */
    static LocalDate[] window(LocalDate from, LocalDate to) {
        return new LocalDate[] {from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS_IN_TREND - 1),
                to.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))};
    }

    private static Week week(Side exits, Side entries, LocalDate monday, List<Week> earlier, double divergenceShare,
            long minimumCount) {
        LocalDate sunday = monday.plusDays(6);
        Set<LocalDate> exitDays = new HashSet<>();
        Set<LocalDate> entryDays = new HashSet<>();
        long pairedExits = 0;
        long pairedEntries = 0;
        long allExits = 0;
        long allEntries = 0;
        int paired = 0;
        boolean exitsHidden = exits.weeksNotShared().contains(monday);
        boolean entriesHidden = entries.weeksNotShared().contains(monday);
        for (LocalDate day = monday; !day.isAfter(sunday); day = day.plusDays(1)) {
            Long out = exits.daily().get(day);
            Long in = entries.daily().get(day);
            exitsHidden |= exits.daysNotShared().contains(day);
            entriesHidden |= entries.daysNotShared().contains(day);
            if (out != null) {
                exitDays.add(day);
                allExits += out;
            }
            if (in != null) {
                entryDays.add(day);
                allEntries += in;
            }
            if (out != null && in != null) {
                paired++;
                pairedExits += out;
                pairedEntries += in;
            }
        }
        int onlyExits = (int) exitDays.stream().filter(d -> !entryDays.contains(d)).count();
        int onlyEntries = (int) entryDays.stream().filter(d -> !exitDays.contains(d)).count();
        String label = monday.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        Long out;
        Long in;
        Basis basis;
        int compared;
        if (paired > 0) {
            out = pairedExits;
            in = pairedEntries;
            basis = Basis.DAYS_ON_BOTH_SIDES;
            compared = paired;
        } else {
            Long weeklyOut = exits.weekly().get(monday) != null ? exits.weekly().get(monday)
                    : exitDays.size() == 7 ? Long.valueOf(allExits) : null;
            Long weeklyIn = entries.weekly().get(monday) != null ? entries.weekly().get(monday)
                    : entryDays.size() == 7 ? Long.valueOf(allEntries) : null;
            boolean both = weeklyOut != null && weeklyIn != null;
            basis = both ? Basis.WEEKLY_FIGURES : Basis.NONE;
            compared = both ? 7 : 0;
            // Not compared: each side still shows what it counted, so the reader sees which side is missing.
            out = weeklyOut != null ? weeklyOut : exitDays.isEmpty() ? null : Long.valueOf(allExits);
            in = weeklyIn != null ? weeklyIn : entryDays.isEmpty() ? null : Long.valueOf(allEntries);
        }
        boolean comparedAtAll = basis != Basis.NONE;
        Long difference = comparedAtAll ? out - in : null;
        Double share = comparedAtAll ? share(out, in) : null;
        boolean diverges = comparedAtAll && diverges(out, in, divergenceShare, minimumCount);
        return new Week(label, monday, sunday, basis, out, state(out, exitsHidden), in, state(in, entriesHidden),
                compared, onlyExits, onlyEntries, difference, share,
                trend(earlier, difference, WEEKS_IN_TREND, WEEKS_FOR_TREND, Week::difference), diverges);
    }

    private static State state(Long value, boolean hidden) {
        return value != null ? State.COUNTED : hidden ? State.NOT_SHARED : State.MISSING;
    }

    /** The difference as a share of the larger count, to four places (0 when both counted nobody). */
    static double share(long exits, long entries) {
        long larger = Math.max(exits, entries);
        return larger == 0 ? 0 : Math.round(Math.abs(exits - entries) * 10_000.0 / larger) / 10_000.0;
    }

    static boolean diverges(long exits, long entries, double divergenceShare, long minimumCount) {
        long larger = Math.max(exits, entries);
        // Compared without rounding: exactly the share (75 of 100 at 0.25) is not beyond it.
        return larger > 0 && larger >= minimumCount && Math.abs(exits - entries) > divergenceShare * larger;
    }

    /** The mean of the latest differences (this one and those before it), to one place; null with too few of them. */
    private static <T> Double trend(List<T> earlier, Long current, int span, int needed,
            java.util.function.Function<T, Long> difference) {
        long sum = current == null ? 0 : current;
        int counted = current == null ? 0 : 1;
        for (int back = 1; back < span && earlier.size() - back >= 0; back++) {
            Long value = difference.apply(earlier.get(earlier.size() - back));
            if (value != null) {
                sum += value;
                counted++;
            }
        }
        return counted >= needed ? Math.round(sum * 10.0 / counted) / 10.0 : null;
    }

    private static void close(List<Day> run, List<Divergence> divergences) {
        if (run.isEmpty()) {
            return;
        }
        long out = run.stream().mapToLong(Day::exits).sum();
        long in = run.stream().mapToLong(Day::entries).sum();
        divergences.add(new Divergence(run.get(0).date(), run.get(run.size() - 1).date(), run.size(), out, in, out - in));
        run.clear();
    }
}
