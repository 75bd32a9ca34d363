package org.corridor.activities;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.corridor.kernel.Etags;
import org.corridor.kernel.PagedItems;
import org.corridor.kernel.RecordPage;
import org.corridor.kernel.RecordNotFound;
import org.corridor.accounts.CorridorUser;
import org.corridor.activities.Activities;
import org.corridor.activities.Activity;
import org.corridor.activities.ActivityDraft;
import org.corridor.activities.ActivityFilter;
import org.corridor.activities.ActivityStatus;
import org.corridor.activities.CapacityEvent;
import org.corridor.activities.CapacityEventDraft;
import org.corridor.directory.Dimension;
import org.corridor.directory.ResponseArea;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
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
@Tag(name = "Activities")
class ActivityApiController {

    /** The list counts its records up to this many, then says "at least" (totalIsLowerBound). */
    @Value("${corridor.api.list-count-limit:" + RecordPage.COUNT_LIMIT + "}")
    private long countLimit;

    private final Activities activities;

    ActivityApiController(Activities activities) {
        this.activities = activities;
    }

    @GetMapping("/api/v1/activities")
    @Operation(summary = "Activities the caller may read, latest start first, paged; filter by operation, area, dimension, status, period (from/to), partner, words (q) and whether they are part of the migration response (response: true) or regular work outside it (false)")
    PagedItems<Activity> list(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) UUID operation,
            @RequestParam(required = false) ResponseArea area, @RequestParam(required = false) Dimension dimension,
            @RequestParam(required = false) ActivityStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID partner, @RequestParam(required = false) String q,
            @RequestParam(required = false) Boolean response,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PagedItems.of(activities.list(user, new ActivityFilter(operation, area, dimension, status, from, to,
                partner, q, false, response), Math.max(page, 0), PagedItems.size(size), countLimit));
    }

    @GetMapping("/api/v1/activities/{id}")
    @Operation(summary = "One activity, with its version as the ETag")
    ResponseEntity<Activity> get(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id) {
        Activity activity = activities.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        return Etags.ok(activity.version(), activity);
    }

    @PostMapping("/api/v1/activities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an activity (officers and focal points of its operation); 422 lists each bad field")
    ResponseEntity<Activity> create(@AuthenticationPrincipal CorridorUser user, @RequestBody ActivityDraft request) {
        Activity activity = activities.create(user, request);
        return Etags.created("/api/v1/activities/" + activity.id(), activity.version(), activity);
    }

    @PutMapping("/api/v1/activities/{id}")
    @Operation(summary = "Change an activity; send the ETag you read as If-Match (412 if someone changed it since, 428 without it)")
    ResponseEntity<Activity> update(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody ActivityDraft request) {
        long expected = Etags.requireVersion(ifMatch);
        Activity activity = activities.update(user, id, expected, request);
        return Etags.ok(activity.version(), activity);
    }

    @GetMapping("/api/v1/activities/{id}/capacity-events")
    @Operation(summary = "The capacity-building events of an activity, earliest first")
    List<CapacityEvent> events(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id) {
        return activities.events(user, id);
    }

    @GetMapping("/api/v1/capacity-events/{id}")
    @Operation(summary = "One capacity-building event, with its version as the ETag")
    ResponseEntity<CapacityEvent> event(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id) {
        CapacityEvent event = activities.findEvent(user, id).orElseThrow(() -> new RecordNotFound(id));
        return Etags.ok(event.version(), event);
    }

    @PostMapping("/api/v1/capacity-events")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a capacity-building event of an activity, with participants per target group; 422 lists each bad field")
    ResponseEntity<CapacityEvent> createEvent(@AuthenticationPrincipal CorridorUser user,
            @RequestBody CapacityEventDraft request) {
        CapacityEvent event = activities.createEvent(user, request);
        return Etags.created("/api/v1/capacity-events/" + event.id(), event.version(), event);
    }

    @PutMapping("/api/v1/capacity-events/{id}")
    @Operation(summary = "Change a capacity-building event; If-Match as for activities")
    ResponseEntity<CapacityEvent> updateEvent(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody CapacityEventDraft request) {
        long expected = Etags.requireVersion(ifMatch);
        CapacityEvent event = activities.updateEvent(user, id, expected, request);
        return Etags.ok(event.version(), event);
    }
}
