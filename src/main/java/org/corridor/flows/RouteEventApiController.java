package org.corridor.flows;

import io.swagger.v3.oas.annotations.media.Schema;
import org.corridor.kernel.TextLimits;
import org.corridor.kernel.PagedItems;
import org.corridor.kernel.RecordPage;
import org.corridor.kernel.Etags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.kernel.RecordNotFound;
import org.corridor.flows.RouteEvents;
import org.corridor.flows.RouteEvents.Kind;
import org.corridor.flows.RouteEvents.RouteEvent;
import org.corridor.flows.RouteEvents.RouteEventDraft;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Route events")
class RouteEventApiController {

    /** The list counts its records up to this many, then says "at least" (totalIsLowerBound). */
    @Value("${corridor.api.list-count-limit:" + RecordPage.COUNT_LIMIT + "}")
    private long countLimit;

    private final RouteEvents events;

    RouteEventApiController(RouteEvents events) {
        this.events = events;
    }

    /** A route event as sent to the API; {@code confirmPersonalData} answers the personal-data warning. */
    record RouteEventRequest(UUID operationId, LocalDate occurredOn, UUID countryId, UUID locationId, Kind kind,
            @Schema(maxLength = TextLimits.LINE) String title, @Schema(maxLength = TextLimits.PARAGRAPH) String description, @Schema(maxLength = TextLimits.LINE) String sourceReference, DistributionLevel distributionLevel,
            Boolean confirmPersonalData) {

        RouteEventDraft toDraft() {
            return new RouteEventDraft(operationId, occurredOn, countryId, locationId, kind, title, description,
                    sourceReference, distributionLevel);
        }

        boolean confirmed() {
            return Boolean.TRUE.equals(confirmPersonalData);
        }
    }

    @GetMapping("/api/v1/route-events")
    @Operation(summary = "Route events the caller may read, newest first, paged; filter by country, kind and period")
    PagedItems<RouteEvent> list(@AuthenticationPrincipal CorridorUser user,
            @RequestParam(required = false) UUID country, @RequestParam(required = false) Kind kind,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PagedItems.of(events.list(user, country, kind, from, to, Math.max(page, 0), PagedItems.size(size),
                countLimit));
    }

    @GetMapping("/api/v1/route-events/{id}")
    @Operation(summary = "One route event, with its version as the ETag")
    ResponseEntity<RouteEvent> get(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id) {
        RouteEvent event = events.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        return Etags.ok(event.version(), event);
    }

    @PostMapping("/api/v1/route-events")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a route event (without distributionLevel it takes its operation's default level for "
            + "route events); 422 lists each bad field, or asks to confirm text that looks like personal data")
    ResponseEntity<RouteEvent> create(@AuthenticationPrincipal CorridorUser user, @RequestBody RouteEventRequest request) {
        RouteEvent event = events.record(user, request.toDraft(), request.confirmed());
        return Etags.created("/api/v1/route-events/" + event.id(), event.version(), event);
    }

    @PutMapping("/api/v1/route-events/{id}")
    @Operation(summary = "Change a route event; send the ETag you read as If-Match (412 if someone changed it since, 428 without it)")
    ResponseEntity<RouteEvent> update(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody RouteEventRequest request) {
        long expected = Etags.requireVersion(ifMatch);
        RouteEvent event = events.update(user, id, expected, request.toDraft(), request.confirmed());
        return Etags.ok(event.version(), event);
    }
}
