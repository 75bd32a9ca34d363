package org.corridor.flows;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A file of flow counts was imported (written, not a dry run): published once per file, in the import's transaction,
 * so that it is delivered only when the counts are committed.
 *
 * @param jobId the import's job, whose report says more
 * @param operationId the operation the counts are of
 * @param countsCreated new counts written
 * @param countsCorrected existing counts whose figures the file changed
 * @param firstDay the first day the file's counts cover (null for a file of no counts)
 * @param lastDay the last day the file's counts cover
 */
public record FlowCountsImported(UUID jobId, UUID operationId, long countsCreated, long countsCorrected,
        LocalDate firstDay, LocalDate lastDay) {
}
