package org.corridor.flows;

import java.time.LocalDate;
import java.util.UUID;
import org.corridor.flows.RouteEvents.Kind;

/**
 * A route event was recorded: published in the transaction that recorded it, for modules that react to openings,
 * closures and incidents on the route.
 *
 * @param id the event's id
 * @param operationId the operation that recorded it
 * @param countryId the country it happened in
 * @param locationId the location it happened at, if it names one
 * @param kind what happened (opening, restriction, closure, policy change, incident)
 * @param occurredOn the day it happened
 */
public record RouteEventRecorded(UUID id, UUID operationId, UUID countryId, UUID locationId, Kind kind,
        LocalDate occurredOn) {
}
