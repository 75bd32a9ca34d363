package org.corridor.reports;

import java.time.LocalDate;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;

/**
 * Draws a generated section from the data for a report's operation (null: the whole region) and period, through the
 * other modules' public interfaces, as the given user reads it: what the user may not read is said to be "not
 * shared", never left out silently or counted as zero.
 */
interface SectionGenerator {

    GeneratedContent generate(SectionKind kind, UUID operationId, LocalDate from, LocalDate to, CorridorUser reader);
}
