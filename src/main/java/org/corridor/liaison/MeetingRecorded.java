package org.corridor.liaison;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A meeting was recorded, changed, or cancelled or restored (an occurrence of a series too, when the series creates or
 * rewrites it); published in the transaction of the change, for other modules to react to.
 *
 * @param operationIds every operation that took part, the recording one first
 * @param status as it stands after the change
 */
public record MeetingRecorded(UUID meetingId, List<UUID> operationIds, MeetingKind kind, Instant startsAt,
        Status status) {

    public enum Status {
        /** Not cancelled, and not started yet when the change was made. */
        PLANNED,
        /** Not cancelled, and started before the change was made. */
        HELD,
        CANCELLED
    }
}
