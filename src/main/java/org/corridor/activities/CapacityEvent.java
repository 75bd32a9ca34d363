package org.corridor.activities;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.corridor.activities.CapacityEventDraft.Participants;

/** A recorded capacity-building event of an activity. */
public record CapacityEvent(UUID id, UUID activityId, LocalDate startsOn, LocalDate endsOn, UUID locationId,
        String place, String topic, List<Participants> participants, long version) {
}
