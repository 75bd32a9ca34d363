package org.corridor.interchange;

import java.util.Locale;

/**
 * A column of a table read from a file: its position (from 0), its header text as written (may be empty), and in a
 * HXL file its hashtag (null where the column has none).
 */
public record TableColumn(int index, String header, HxlTag tag) {

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
