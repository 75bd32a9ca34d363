package org.corridor.interchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What was wrong with a file: line, column, value and reason for each problem. A file of a million bad rows
 * must not fill the memory, so only the first {@link #capacity()} entries are kept; all are counted.
 */
public final class ProblemLog {

    public static final int DEFAULT_CAPACITY = 10_000;

    /** How much of a bad value an entry keeps. */
    static final int SHOWN_CHARACTERS = 200;

    /** One problem; {@code note} marks what was only reported and did not stop the import (an unknown column). */
    public record Entry(long line, String column, String value, String reason, boolean note) {
    }

    private final int capacity;
    private final List<Entry> entries = new ArrayList<>();
    private long errors;
    private long notes;

    public ProblemLog() {
        this(DEFAULT_CAPACITY);
    }

    public ProblemLog(int capacity) {
        this.capacity = capacity;
    }

    /** A problem that makes the file unfit to import. */
    public void error(long line, String column, String value, String reason) {
        errors++;
        keep(new Entry(line, column, value, reason, false));
    }

    /** Something reported and otherwise ignored. */
    public void note(long line, String column, String value, String reason) {
        notes++;
        keep(new Entry(line, column, value, reason, true));
    }

    private void keep(Entry entry) {
        if (entries.size() < capacity) {
            entries.add(new Entry(entry.line(), entry.column(), shown(entry.value()), entry.reason(), entry.note()));
        }
    }

    /** A value as the report shows it: a cell longer than a line is cut, with a marker, so a report stays small. */
    static String shown(String value) {
        if (value == null || value.length() <= SHOWN_CHARACTERS) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(SHOWN_CHARACTERS - 1)) ? SHOWN_CHARACTERS - 1 : SHOWN_CHARACTERS;
        return value.substring(0, end) + "… (" + value.length() + " characters)";
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    public long errorCount() {
        return errors;
    }

    public long noteCount() {
        return notes;
    }

    /** The kept entries, in the order they were found. */
    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** Whether problems were found beyond those kept. */
    public boolean truncated() {
        return errors + notes > entries.size();
    }

    public int capacity() {
        return capacity;
    }
}
