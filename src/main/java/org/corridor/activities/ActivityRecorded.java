package org.corridor.activities;

import java.util.UUID;
import org.corridor.directory.ResponseArea;

/**
 * An activity was recorded or changed; published in the transaction of the change, so other modules may keep
 * what they need of the 4W registry up to date.
 */
public record ActivityRecorded(UUID activityId, UUID operationId, ResponseArea responseArea, ActivityStatus status) {

    static ActivityRecorded of(Activity activity) {
        return new ActivityRecorded(activity.id(), activity.operationId(), activity.responseArea(), activity.status());
    }
}
