package org.corridor.reports;

/**
 * One line of the comparison of two versions of a report's text, as safe HTML: the text escaped, with only
 * {@code <del>} (removed words) and {@code <ins>} (added words) as markup.
 *
 * @param kind EQUAL, INSERT, DELETE or CHANGE
 * @param oldHtml the line in the earlier version (empty for an insertion)
 * @param newHtml the line in the later version (empty for a deletion)
 */
public record DiffRow(String kind, String oldHtml, String newHtml) {
}
