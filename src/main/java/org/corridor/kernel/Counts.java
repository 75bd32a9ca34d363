package org.corridor.kernel;

import java.util.Locale;

/**
 * How a count is written wherever Corridor writes one outside a template (map labels, report sections): digits
 * grouped by thousands with a comma, as the pages' tables write them with {@code #numbers.formatInteger(n, 1,
 * 'COMMA')}, so that "191,849" on the map is the "191,849" of the chart beside it.
 */
public final class Counts {

    private Counts() {
    }

    public static String of(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}
