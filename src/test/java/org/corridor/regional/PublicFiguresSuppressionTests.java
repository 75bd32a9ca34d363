package org.corridor.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.corridor.regional.PublicFiguresSuppression.Line;
import org.corridor.regional.PublicFiguresSuppression.Mark;
import org.junit.jupiter.api.Test;

/**
 * Primary and complementary suppression without Spring: the edges (a count exactly at the minimum, a row with one small
 * count, a zero, small counts that bounds would pin) and the subtraction attack over generated tables, by an attacker
 * written here on its own, not by the class's audit.
 */
class PublicFiguresSuppressionTests {

    static final int MINIMUM = 5;

    /** A row of cells with its total as the last entry. */
    static Mark[] row(long... cells) {
        PublicFiguresSuppression.Table t = new PublicFiguresSuppression.Table();
        List<Integer> parts = new ArrayList<>();
        long sum = 0;
        for (long c : cells) {
            parts.add(t.add(c));
            sum += c;
        }
        t.line(parts, t.add(sum));
        return t.suppress(MINIMUM);
    }

    @Test
    void aCountExactlyAtTheMinimumIsPublished() {
        assertThat(row(5, 10, 20)).containsOnly(Mark.SHOWN);
        assertThat(row(4, 10, 20)[0]).isEqualTo(Mark.SMALL);
    }

    @Test
    void aRowWithOneSmallCountWithholdsItsSmallestOtherCountToo() {
        assertThat(row(3, 40, 20, 60)).containsExactly(Mark.SMALL, Mark.SHOWN, Mark.PROTECTING, Mark.SHOWN, Mark.SHOWN);
    }

    @Test
    void aZeroIsPublishedAndNeverWithheldToProtect() {
        assertThat(row(3, 0, 50, 70)).containsExactly(Mark.SMALL, Mark.SHOWN, Mark.PROTECTING, Mark.SHOWN, Mark.SHOWN);
        assertThat(row(0, 0, 10)).containsOnly(Mark.SHOWN);
    }

    @Test
    void aComplementThatLeavesTheSmallCountPinnedIsJoinedByAnother() {
        // 1 and 5 withheld: total − published = 6, and "x" ≥ 5 leaves only 1 for "<5"; so 100 goes too.
        assertThat(row(1, 5, 100, 300)).containsExactly(Mark.SMALL, Mark.PROTECTING, Mark.PROTECTING, Mark.SHOWN,
                Mark.SHOWN);
        // Two small counts of 4: their sum 8 says 4 and 4.
        assertThat(row(4, 4, 100, 300)).containsExactly(Mark.SMALL, Mark.SMALL, Mark.PROTECTING, Mark.SHOWN,
                Mark.SHOWN);
    }

    @Test
    void aRowWhoseOtherCountsAreZeroWithholdsItsTotalOrItsOneNonZeroCount() {
        assertThat(row(3, 0, 0)).containsExactly(Mark.SMALL, Mark.SHOWN, Mark.SHOWN, Mark.SMALL);
        assertThat(row(3, 0, 7)).containsExactly(Mark.SMALL, Mark.SHOWN, Mark.PROTECTING, Mark.SHOWN);
    }

    @Test
    void aMinimumBelowThreeIsRefused() {
        assertThatThrownBy(() -> PublicFiguresSuppression.suppress(new long[] {1}, List.of(), 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noWithheldCountIsRecoverableFromAnyPublishedTotalInGeneratedTables() {
        Random random = new Random(20161);
        for (int n = 0; n < 3000; n++) {
            int rows = 1 + random.nextInt(6);
            int cols = 1 + random.nextInt(8);
            boolean margins = random.nextBoolean();
            int minimum = 3 + random.nextInt(8);
            PublicFiguresSuppression.Table table = new PublicFiguresSuppression.Table();
            int[][] cell = new int[rows][cols];
            long[][] v = new long[rows][cols];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    int kind = random.nextInt(4);
                    v[r][c] = kind == 0 ? 0 : kind == 1 ? 1 + random.nextInt(minimum - 1)
                            : kind == 2 ? minimum + random.nextInt(3) : random.nextInt(500);
                    cell[r][c] = table.add(v[r][c]);
                }
            }
            int[] rowTotal = new int[rows];
            for (int r = 0; r < rows; r++) {
                final int row = r;
                rowTotal[r] = table.add(IntStream.range(0, cols).mapToLong(c -> v[row][c]).sum());
                table.line(IntStream.range(0, cols).mapToObj(c -> cell[row][c]).toList(), rowTotal[r]);
            }
            if (margins) {
                int[] colTotal = new int[cols];
                for (int c = 0; c < cols; c++) {
                    final int col = c;
                    colTotal[c] = table.add(IntStream.range(0, rows).mapToLong(r -> v[r][col]).sum());
                    table.line(IntStream.range(0, rows).mapToObj(r -> cell[r][col]).toList(), colTotal[c]);
                }
                long[] values = table.values();
                int grand = table.add(IntStream.range(0, rows).mapToLong(r -> values[rowTotal[r]]).sum());
                table.line(IntStream.of(rowTotal).boxed().toList(), grand);
                table.line(IntStream.of(colTotal).boxed().toList(), grand);
            }
            long[] values = table.values();
            Mark[] marks = table.suppress(minimum);
            String seen = "table " + n + " minimum " + minimum + ": " + java.util.Arrays.toString(values) + " → "
                    + java.util.Arrays.toString(marks);
            for (int i = 0; i < values.length; i++) {
                if (marks[i] == Mark.SHOWN) {
                    assertThat(values[i] == 0 || values[i] >= minimum).as(seen).isTrue();
                }
                if (marks[i] == Mark.PROTECTING) {
                    assertThat(values[i]).as("a zero is never withheld: " + seen).isGreaterThanOrEqualTo(minimum);
                }
            }
            assertThat(recoveredBySubtraction(values, marks, table.lines())).as(seen).isEmpty();
            assertThat(pinnedByOneTotal(values, marks, table.lines(), minimum)).as(seen).isEmpty();
        }
    }

    /**
     * The plain attack: a published total less its published parts gives a line's one withheld part; what is worked
     * out is then known, and the attack goes on until nothing more comes out. The withheld entries it recovers.
     */
    static List<Integer> recoveredBySubtraction(long[] values, Mark[] marks, List<Line> lines) {
        boolean[] known = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            known[i] = marks[i] == Mark.SHOWN;
        }
        List<Integer> recovered = new ArrayList<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Line line : lines) {
                List<Integer> unknown = new ArrayList<>();
                for (int p : line.parts()) {
                    if (!known[p]) {
                        unknown.add(p);
                    }
                }
                if (!known[line.total()]) {
                    unknown.add(line.total());
                }
                if (unknown.size() == 1) {
                    known[unknown.get(0)] = true;
                    recovered.add(unknown.get(0));
                    progress = true;
                }
            }
        }
        return recovered;
    }

    /**
     * The attack with what the marks say: "&lt;5" is 1 to 4, "x" at least 5. For one published total at a time, the
     * withheld parts whose lowest and highest possible values meet.
     */
    static List<Integer> pinnedByOneTotal(long[] values, Mark[] marks, List<Line> lines, int minimum) {
        List<Integer> pinned = new ArrayList<>();
        for (Line line : lines) {
            if (marks[line.total()] != Mark.SHOWN) {
                continue;
            }
            long rest = values[line.total()];
            List<Integer> withheld = new ArrayList<>();
            for (int p : line.parts()) {
                if (marks[p] == Mark.SHOWN) {
                    rest -= values[p];
                } else {
                    withheld.add(p);
                }
            }
            for (int p : withheld) {
                long othersLow = 0;
                boolean othersUnbounded = false;
                long othersHigh = 0;
                for (int q : withheld) {
                    if (q != p) {
                        othersLow += marks[q] == Mark.SMALL ? 1 : minimum;
                        if (marks[q] == Mark.SMALL) {
                            othersHigh += minimum - 1;
                        } else {
                            othersUnbounded = true;
                        }
                    }
                }
                long low = Math.max(marks[p] == Mark.SMALL ? 1 : minimum, othersUnbounded ? 0 : rest - othersHigh);
                long high = Math.min(marks[p] == Mark.SMALL ? minimum - 1 : Long.MAX_VALUE, rest - othersLow);
                if (low >= high) {
                    pinned.add(p);
                }
            }
        }
        return pinned;
    }
}
