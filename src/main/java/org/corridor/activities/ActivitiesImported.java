package org.corridor.activities;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A file of activities was imported (written, not a dry run): published once per file, in the import's transaction,
 * so that it is delivered only when the activities are committed.
 *
 * @param jobId the import's job, whose report says more
 * @param operationId the operation the activities are of
 * @param activitiesCreated new activities written
 * @param activitiesCorrected existing activities the file changed
 * @param firstDay the first day of the activities written or changed (null when none was)
 * @param lastDay the last day of those activities (their last end, or start where they have no end)
 */
public record ActivitiesImported(UUID jobId, UUID operationId, long activitiesCreated, long activitiesCorrected,
        LocalDate firstDay, LocalDate lastDay) {
}
