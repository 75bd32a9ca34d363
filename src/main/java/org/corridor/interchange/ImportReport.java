package org.corridor.interchange;

import java.util.UUID;

/**
 * What an import did or, for a dry run or a rejected file, would have done: the same for every kind of import.
 *
 * @param created new records written (or that would be)
 * @param updated existing records corrected (or that would be)
 * @param unchanged rows identical to the record they match, which change nothing
 */
public record ImportReport(UUID jobId, ImportJobs.Status status, TableFormat format, long rowsRead, long created,
        long updated, long unchanged, long rowsRejected, ProblemLog problems) {
}
