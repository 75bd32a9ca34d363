package org.corridor.kernel;

import java.util.List;

/**
 * How long a free text may be, for every record kind (issue 17: a 1 MB narrative was scanned for minutes and a 20 MB
 * note made a 21 MB page). Three sizes, chosen from what the texts are for:
 * <ul>
 * <li>{@link #LINE}, 200: a title, a name, a place, an owner, a reference: what fits on one line of a list or a
 * table cell and is read at a glance; the longest demo title is under 100.</li>
 * <li>{@link #PARAGRAPH}, 4,000: a purpose, a description, topics, a decision, a note: a few paragraphs, about a
 * printed page; longer belongs in the narrative or a document.</li>
 * <li>{@link #NARRATIVE}, 20,000: a visit's or an assessment's narrative, a meeting's summary: a report of some
 * eight printed pages, well under the XLSX cell's 32,767, and scanned for personal data in milliseconds.</li>
 * </ul>
 * A draft's rules check its texts with {@link #check} before the personal-data scan runs, so an over-long text is
 * refused without being scanned. Lengths are counted in UTF-16 units, as a browser's {@code maxlength} counts them.
 */
public final class TextLimits {

    public static final int LINE = 200;
    public static final int PARAGRAPH = 4_000;
    public static final int NARRATIVE = 20_000;

    /** How many entries a list of texts may have (concerns, follow-ups, decisions, documents). */
    public static final int ITEMS = 100;

    /** The message code: "Up to {0} characters; this has {1}." */
    public static final String TOO_LONG = "text.error.tooLong";

    /** The message code: "Up to {0} entries; this has {1}." */
    public static final String TOO_MANY = "text.error.tooMany";

    private TextLimits() {
    }

    /** Whether the text is longer than the limit (no text is never too long). */
    public static boolean tooLong(String text, int limit) {
        return text != null && text.length() > limit;
    }

    /** Adds a problem beside the field if the text is longer than the limit; true if it did. */
    public static boolean check(List<Problem> problems, String field, String text, int limit) {
        if (tooLong(text, limit)) {
            problems.add(problem(field, text, limit));
            return true;
        }
        return false;
    }

    /** The problem of a text longer than the limit. */
    public static Problem problem(String field, String text, int limit) {
        return new Problem(field, TOO_LONG, limit, text.length());
    }
}
