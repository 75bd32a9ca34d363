package org.corridor.interchange;

import java.util.Locale;

/**
 * A column of a table read from a file: its position (from 0), its header text as written (may be empty), in a HXL
 * file its hashtag (null where the column has none), and the line of the row that names it (the hashtag row, else
 * the header row; 0 where unknown), so that a note about the column points at that line.
 */
public record TableColumn(int index, String header, HxlTag tag, long line) {

    public TableColumn(int index, String header, HxlTag tag) {
        this(index, header, tag, 0);
    }

    /** The line naming the columns: that of the first column, or 0 for a file without columns. */
    public static long lineOf(java.util.List<TableColumn> columns) {
        return columns.isEmpty() ? 0 : columns.get(0).line();
    }

    /** The header as a key: trimmed, lower case. */
    public String key() {
        return header == null ? "" : header.trim().toLowerCase(Locale.ROOT);
    }

    /** How a report names the column: its tag, or its header, or its letter-free position. */
    public String label() {
        if (tag != null) {
            return tag.toString();
        }
        return header == null || header.isBlank() ? "column " + (index + 1) : header.trim();
    }
}
