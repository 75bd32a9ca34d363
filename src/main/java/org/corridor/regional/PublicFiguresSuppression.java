package org.corridor.regional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Small-cell suppression of a table with published totals, so that a published figure never reveals a small group of
 * people, and a suppressed one cannot be worked out from a total and the other cells.
 *
 * <p><b>The method</b> (primary and complementary suppression, checked by bounds, as statistical offices do it):
 * <ol>
 * <li><b>Primary:</b> every entry (cell or total) from 1 to {@code minimum − 1} is withheld and shown as "&lt;5". A
 * true zero is published as 0: nobody was counted, so no one can be singled out, and a zero tells a reader that the
 * place was watched; a place with no count at all is no entry, not a zero.</li>
 * <li><b>Complementary:</b> the tables are audited as an attacker would: starting from what is published (a number
 * exactly; "&lt;5" as 1 to {@code minimum − 1}; a complementary "x" as at least {@code minimum}), the bounds of every
 * withheld entry are narrowed through every line (parts summing to a total) until nothing changes. While some withheld
 * entry is pinned to one value, one more entry of a line that pins it is withheld: its smallest non-zero published part
 * (the least information lost), else the line's total. Then the audit runs again, until no withheld entry is
 * pinned.</li>
 * </ol>
 * A zero is never a complement (withholding it protects nothing). If no line offers one, every non-zero entry of the
 * table is withheld: the safe end, reached only by pathological tables. The minimum must be at least 3: with 2, "&lt;2"
 * would itself say 1.
 */
final class PublicFiguresSuppression {

    /** How an entry is published. */
    enum Mark {
        /** The number itself. */
        SHOWN,
        /** Between 1 and the minimum − 1: shown as "&lt;5". */
        SMALL,
        /** Withheld to protect a small entry from subtraction: shown as "x". */
        PROTECTING
    }

    /** Parts (indices of entries) that add up to a total (index of an entry). */
    record Line(int[] parts, int total) {
    }

    /** What is infinite for the bounds: far above any count, far below overflow when added up. */
    static final long UNBOUNDED = Long.MAX_VALUE / 1024;

    private PublicFiguresSuppression() {
    }

    /** The marks of the entries after primary and complementary suppression. */
    static Mark[] suppress(long[] values, List<Line> lines, int minimum) {
        if (minimum < 3) {
            throw new IllegalArgumentException("The minimum count of public figures is at least 3");
        }
        Mark[] marks = new Mark[values.length];
        for (int i = 0; i < values.length; i++) {
            marks[i] = values[i] > 0 && values[i] < minimum ? Mark.SMALL : Mark.SHOWN;
        }
        // Each round withholds at least one more entry, so there are at most as many rounds as entries.
        for (int round = 0; round <= values.length; round++) {
            long[][] bounds = bounds(values, marks, lines, minimum);
            int complement = complement(values, marks, lines, bounds);
            if (complement == -2) {
                return marks; // nothing is pinned
            }
            if (complement == -1) {
                break;
            }
            marks[complement] = Mark.PROTECTING;
        }
        for (int i = 0; i < values.length; i++) {
            if (marks[i] == Mark.SHOWN && values[i] != 0) {
                marks[i] = Mark.PROTECTING;
            }
        }
        return marks;
    }

    /** -2: no withheld entry is pinned; -1: one is, and no line offers a complement; else the entry to withhold. */
    private static int complement(long[] values, Mark[] marks, List<Line> lines, long[][] bounds) {
        boolean pinned = false;
        for (int entry = 0; entry < values.length; entry++) {
            final int e = entry;
            if (marks[e] == Mark.SHOWN || bounds[0][e] < bounds[1][e]) {
                continue;
            }
            pinned = true;
            for (Line line : lines) {
                boolean isTotal = line.total() == e;
                if (!isTotal && Arrays.stream(line.parts()).noneMatch(p -> p == e)) {
                    continue;
                }
                int best = -1;
                for (int p : line.parts()) {
                    if (p != e && marks[p] == Mark.SHOWN && values[p] > 0 && (best < 0 || values[p] < values[best])) {
                        best = p;
                    }
                }
                if (best < 0 && !isTotal && marks[line.total()] == Mark.SHOWN && values[line.total()] > 0) {
                    best = line.total();
                }
                if (best >= 0) {
                    return best;
                }
            }
        }
        return pinned ? -1 : -2;
    }

    /**
     * What an attacker knows of each entry, {@code [0]} the lowest and {@code [1]} the highest value, after narrowing
     * through every line until nothing changes.
     */
    static long[][] bounds(long[] values, Mark[] marks, List<Line> lines, int minimum) {
        long[] lo = new long[values.length];
        long[] hi = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            switch (marks[i]) {
                case SHOWN -> {
                    lo[i] = values[i];
                    hi[i] = values[i];
                }
                case SMALL -> {
                    lo[i] = 1;
                    hi[i] = minimum - 1;
                }
                case PROTECTING -> {
                    lo[i] = minimum;
                    hi[i] = UNBOUNDED;
                }
            }
        }
        boolean changed = true;
        for (int round = 0; changed && round < 10_000; round++) {
            changed = false;
            for (Line line : lines) {
                long sumLo = 0;
                long sumHi = 0;
                for (int p : line.parts()) {
                    sumLo = add(sumLo, lo[p]);
                    sumHi = add(sumHi, hi[p]);
                }
                int t = line.total();
                if (sumLo > lo[t]) {
                    lo[t] = sumLo;
                    changed = true;
                }
                if (sumHi < hi[t]) {
                    hi[t] = sumHi;
                    changed = true;
                }
                for (int p : line.parts()) {
                    long othersLo = sumLo - lo[p];
                    long othersHi = sumHi >= UNBOUNDED || hi[p] >= UNBOUNDED ? recount(line, hi, p) : sumHi - hi[p];
                    long newLo = othersHi >= UNBOUNDED ? lo[p] : Math.max(lo[p], lo[t] - othersHi);
                    long newHi = hi[t] >= UNBOUNDED ? hi[p] : Math.min(hi[p], hi[t] - othersLo);
                    if (newLo != lo[p] || newHi != hi[p]) {
                        lo[p] = newLo;
                        hi[p] = newHi;
                        changed = true;
                    }
                }
            }
        }
        return new long[][] {lo, hi};
    }

    private static long recount(Line line, long[] hi, int except) {
        long sum = 0;
        for (int p : line.parts()) {
            if (p != except) {
                sum = add(sum, hi[p]);
            }
        }
        return sum;
    }

    private static long add(long a, long b) {
        return a >= UNBOUNDED || b >= UNBOUNDED ? UNBOUNDED : Math.min(UNBOUNDED, a + b);
    }

    /** A table's lines, built while its entries are added: a convenience for the tables of {@link PublicFigures}. */
    static final class Table {
        private final List<Long> values = new ArrayList<>();
        private final List<Line> lines = new ArrayList<>();

        int add(long value) {
            values.add(value);
            return values.size() - 1;
        }

        void line(List<Integer> parts, int total) {
            lines.add(new Line(parts.stream().mapToInt(Integer::intValue).toArray(), total));
        }

        long[] values() {
            return values.stream().mapToLong(Long::longValue).toArray();
        }

        List<Line> lines() {
            return List.copyOf(lines);
        }

        Mark[] suppress(int minimum) {
            return PublicFiguresSuppression.suppress(values(), lines, minimum);
        }
    }
}
