package org.corridor.regional;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.corridor.flows.Direction;
import org.corridor.kernel.TextLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The borders whose two sides are reconciled, and when a difference is a divergence ({@code corridor.regional.*}; the
 * defaults are in application.properties). A setting that cannot be right (no name, a side without a code, a share
 * outside 0–1) stops the start with a sentence naming it; a code the directory does not hold is said on the page
 * and in the log at start instead, because locations are added while Corridor runs.
 *
 * @param borders each border: a name for links and the API (lower case letters, digits, dashes), a title for people,
 *        the exit side and the entry side, each a location code ({@code MK-TABANOVCE-BCP}) or a country code
 *        ({@code HU}) with the direction counted there (EXIT and ENTRY when left out)
 * @param reconciliation when a day or week diverges
 */
@ConfigurationProperties("corridor.regional")
record BorderReconciliationSettings(List<Border> borders, @DefaultValue Reconciliation reconciliation) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    BorderReconciliationSettings {
        borders = borders == null ? List.of() : List.copyOf(borders);
        Set<String> names = new HashSet<>();
        for (Border border : borders) {
            if (!names.add(border.name())) {
                throw new IllegalArgumentException("Two borders are named '" + border.name()
                        + "' (corridor.regional.borders[…].name): each needs a name of its own");
            }
        }
    }

    /** One border: exits counted on one side against entries counted on the other. */
    record Border(String name, String title, Side exit, Side entry) {

        Border {
            if (name == null || !NAME.matcher(name).matches() || name.length() > 60) {
                throw new IllegalArgumentException("A border's name (corridor.regional.borders[…].name) is up to 60 "
                        + "lower-case letters, digits and dashes, such as tabanovce-presevo; not '" + name + "'");
            }
            if (exit == null || exit.code() == null || exit.code().isBlank()) {
                throw new IllegalArgumentException("The border '" + name + "' needs the code of its exit side "
                        + "(corridor.regional.borders[…].exit.code): a location code or a country code");
            }
            if (entry == null || entry.code() == null || entry.code().isBlank()) {
                throw new IllegalArgumentException("The border '" + name + "' needs the code of its entry side "
                        + "(corridor.regional.borders[…].entry.code): a location code or a country code");
            }
            if (title != null && TextLimits.tooLong(title, TextLimits.LINE)) {
                throw new IllegalArgumentException("The title of the border '" + name + "' is longer than "
                        + TextLimits.LINE + " characters");
            }
            for (Side side : new Side[] {exit, entry}) {
                if (side.direction() == Direction.PRESENT) {
                    throw new IllegalArgumentException("The border '" + name + "' counts PRESENT at " + side.code()
                            + ": how many were there is a stock, not a flow; a side counts EXIT or ENTRY");
                }
            }
            title = title == null || title.isBlank() ? name : title.strip();
            exit = new Side(exit.code().strip(), exit.direction() == null ? Direction.EXIT : exit.direction());
            entry = new Side(entry.code().strip(), entry.direction() == null ? Direction.ENTRY : entry.direction());
        }
    }

    /** A side of a border: a location code or a country code, and the direction counted there. */
    record Side(String code, Direction direction) {
    }

    /**
     * When a day or week diverges: both sides counted, the larger count at least {@code minimumCount} (a few people
     * more or less on a quiet day is no finding), and the difference more than {@code divergenceShare} of the larger.
     */
    record Reconciliation(@DefaultValue("0.25") double divergenceShare, @DefaultValue("50") long minimumCount) {

        Reconciliation {
            if (!(divergenceShare > 0 && divergenceShare < 1)) {
                throw new IllegalArgumentException("corridor.regional.reconciliation.divergence-share is a share "
                        + "between 0 and 1 (0.25 flags differences of more than a quarter), not " + divergenceShare);
            }
            if (minimumCount < 0) {
                throw new IllegalArgumentException("corridor.regional.reconciliation.minimum-count is 0 or more, not "
                        + minimumCount);
            }
        }
    }
}
