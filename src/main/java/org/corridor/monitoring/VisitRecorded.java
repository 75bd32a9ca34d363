package org.corridor.monitoring;

import java.time.Instant;
import java.util.UUID;

/**
 * A visit was recorded or changed: published in the transaction of the change, for other modules to react to
 * (where and when the operation monitored, and whether the visit took place).
 */
public record VisitRecorded(UUID visitId, UUID operationId, UUID locationId, Instant startsAt, VisitStatus status) {

    static VisitRecorded of(VisitDetails visit) {
        return new VisitRecorded(visit.id(), visit.operationId(), visit.locationId(), visit.startsAt(), visit.status());
    }
}
