package org.corridor.alerts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.corridor.directory.CountrySummary;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationKind;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OperationSummary;
import org.corridor.flows.RouteEvents;
import org.corridor.flows.RouteEvents.RouteEvent;
import org.corridor.kernel.Actor;
import org.springframework.stereotype.Component;

/**
 * Route closure: a closure or restriction recorded at a border crossing, or for a country as a whole (no place named:
 * a measure at its borders). The alert goes to the operations hosted in that country and to the one that recorded it,
 * and is read only by those who read the event at its level (an OPERATION-level event reaches only its operation).
 * It sets off the off-route preparedness rule for the countries on the alternative routes.
 */
@Component
class RouteClosureRule {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final RouteEvents events;
    private final Directory directory;
    private final Alerts alerts;
    private final OffRoutePreparednessRule offRoute;

    RouteClosureRule(RouteEvents events, Directory directory, Alerts alerts, OffRoutePreparednessRule offRoute) {
        this.events = events;
        this.directory = directory;
        this.alerts = alerts;
        this.offRoute = offRoute;
    }

    /** Raises the alerts of the closures and restrictions from {@code from} to {@code to}; how many were new. */
    int raise(Actor actor, LocalDate from, LocalDate to) {
        int raised = 0;
        for (RouteEvent event : events.closuresAndRestrictionsAcrossTheRegion(from, to)) {
            Optional<LocationSummary> location = event.locationId() == null ? Optional.empty()
                    : directory.location(event.locationId());
            if (location.isPresent() && location.get().kind() != LocationKind.BORDER_CROSSING) {
                continue; // a transit centre's closure moves no border
            }
            Optional<CountrySummary> countryOf = directory.country(event.countryId());
            String country = countryOf.map(CountrySummary::name).orElse("?");
            String where = location.map(LocationSummary::name).orElse(country + "'s borders");
            String summary = "%s at %s on %s: %s".formatted(
                    event.kind() == RouteEvents.Kind.CLOSURE ? "Closure" : "Restriction", where,
                    DAY.format(event.occurredOn()), event.title());
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("event", event.kind().name());
            evidence.put("place", where);
            evidence.put("country", country);
            evidence.put("occurredOn", event.occurredOn().toString());
            evidence.put("title", event.title());
            for (UUID receiver : receivers(event)) {
                raised += alerts.raise(actor, NewAlert.aboutRecord(AlertKind.ROUTE_CLOSURE, receiver, event.countryId(),
                        event.locationId(), "route-event:" + event.id(), event.occurredOn(), event.occurredOn(),
                        evidence, summary, event.operationId(), event.distributionLevel(), "route_event", event.id()))
                        .isPresent() ? 1 : 0;
            }
            raised += offRoute.raise(actor, new OffRoutePreparednessRule.Trigger(
                    location.map(LocationSummary::code).orElse(null), countryOf.map(CountrySummary::iso2).orElse(null),
                    event.countryId(), event.locationId(), "route-event:" + event.id(), event.occurredOn(),
                    event.occurredOn(), summary + ".",
                    List.of(new NewAlert.Source(event.operationId(), event.distributionLevel()))));
        }
        return raised;
    }

    private Set<UUID> receivers(RouteEvent event) {
        Set<UUID> receivers = new LinkedHashSet<>();
        directory.operationsHostedIn(event.countryId()).stream().map(OperationSummary::id).forEach(receivers::add);
        receivers.add(event.operationId());
        return receivers;
    }
}
