package org.corridor.reports;

import java.time.LocalDate;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;

/**
 * Draws generated sections of the kinds it {@link #draws}: the reports module draws an operation's own; the regional
 * module, which reads the reports, draws the sections that compare operations (so neither module needs the other's
 * internals, and reports does not depend on regional). Draws a generated section from the data for a report's operation (null: the whole region) and period, through the
 * other modules' public interfaces, as the given user reads it: what the user may not read is said to be "not
 * shared", never left out silently or counted as zero.
 */
public interface SectionGenerator {

    boolean draws(SectionKind kind);

    GeneratedContent generate(SectionKind kind, UUID operationId, LocalDate from, LocalDate to, CorridorUser reader);

    /**
     * The same, as one section of a document being drawn: a generator whose sections share a computation keeps it in
     * the {@code drawing} (see {@link DocumentDrawing}), so it runs once a document, not once a section. By default
     * nothing is shared.
     */
    default GeneratedContent generate(SectionKind kind, UUID operationId, LocalDate from, LocalDate to,
            CorridorUser reader, DocumentDrawing drawing) {
        return generate(kind, operationId, from, to, reader);
    }
}
