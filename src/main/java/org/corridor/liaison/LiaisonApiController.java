package org.corridor.liaison;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.corridor.kernel.Etags;
import org.corridor.kernel.PagedItems;
import org.corridor.kernel.RecordPage;
import org.corridor.kernel.RecordNotFound;
import org.corridor.accounts.CorridorUser;
import org.corridor.liaison.ActionPointStatus;
import org.corridor.liaison.ActionPoints;
import org.corridor.liaison.ActionPoints.ActionPoint;
import org.corridor.liaison.ActionPoints.ActionPointDraft;
import org.corridor.liaison.Meeting;
import org.corridor.liaison.MeetingDraft;
import org.corridor.liaison.MeetingKind;
import org.corridor.liaison.MeetingSeries;
import org.corridor.liaison.MeetingSeries.Series;
import org.corridor.liaison.MeetingSeries.SeriesDraft;
import org.corridor.liaison.Meetings;
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

/** Meetings, meeting series and action points over /api/v1: paged lists, ETags, If-Match on updates. */
@RestController
@Tag(name = "Liaison")
class LiaisonApiController {

    /** The list counts its records up to this many, then says "at least" (totalIsLowerBound). */
    @Value("${corridor.api.list-count-limit:" + RecordPage.COUNT_LIMIT + "}")
    private long countLimit;

    private final Meetings meetings;
    private final MeetingSeries series;
    private final ActionPoints actionPoints;

    LiaisonApiController(Meetings meetings, MeetingSeries series, ActionPoints actionPoints) {
        this.meetings = meetings;
        this.series = series;
        this.actionPoints = actionPoints;
    }

    @GetMapping("/api/v1/meetings")
    @Operation(summary = "Meetings the caller may read, latest first, paged; filter by operation, kind, organisation and days (inclusive)")
    PagedItems<Meeting> meetings(@AuthenticationPrincipal CorridorUser user,
            @RequestParam(required = false) UUID operation, @RequestParam(required = false) MeetingKind kind,
            @RequestParam(required = false) UUID organisation,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PagedItems.of(meetings.list(user, new Meetings.MeetingFilter(operation, kind, organisation, from, to),
                Math.max(page, 0), PagedItems.size(size), countLimit));
    }

    @GetMapping("/api/v1/meetings/{id}")
    @Operation(summary = "One meeting, with its version as the ETag")
    ResponseEntity<Meeting> meeting(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id) {
        Meeting meeting = meetings.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        return Etags.ok(meeting.version(), meeting);
    }

    @PostMapping("/api/v1/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a meeting (officers and focal points); day and times in the region's local time; 422 lists each bad field")
    ResponseEntity<Meeting> createMeeting(@AuthenticationPrincipal CorridorUser user, @RequestBody MeetingDraft request) {
        Meeting meeting = meetings.create(user, request);
        return Etags.created("/api/v1/meetings/" + meeting.id(), meeting.version(), meeting);
    }

    @PutMapping("/api/v1/meetings/{id}")
    @Operation(summary = "Change a meeting; send the ETag you read as If-Match (412 if someone changed it since, 428 without it)")
    ResponseEntity<Meeting> updateMeeting(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody MeetingDraft request) {
        long expected = Etags.requireVersion(ifMatch);
        Meeting meeting = meetings.update(user, id, expected, request);
        return Etags.ok(meeting.version(), meeting);
    }

    @GetMapping("/api/v1/meeting-series")
    @Operation(summary = "Meeting series the caller may read, latest first, paged; filter by operation")
    PagedItems<Series> seriesList(@AuthenticationPrincipal CorridorUser user,
            @RequestParam(required = false) UUID operation, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PagedItems.of(series.list(user, operation, Math.max(page, 0), PagedItems.size(size)));
    }

    @GetMapping("/api/v1/meeting-series/{id}")
    @Operation(summary = "One meeting series, with its version as the ETag")
    ResponseEntity<Series> oneSeries(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id) {
        Series found = series.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        return Etags.ok(found.version(), found);
    }

    @PostMapping("/api/v1/meeting-series")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Set up a weekly series; its meetings are created at the same local time every week")
    ResponseEntity<Series> createSeries(@AuthenticationPrincipal CorridorUser user, @RequestBody SeriesDraft request) {
        Series created = series.create(user, request);
        return Etags.created("/api/v1/meeting-series/" + created.id(), created.version(), created);
    }

    @PutMapping("/api/v1/meeting-series/{id}")
    @Operation(summary = "Change a series and regenerate its meetings; those edited or cancelled one by one stay as they are")
    ResponseEntity<Series> updateSeries(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody SeriesDraft request) {
        long expected = Etags.requireVersion(ifMatch);
        Series changed = series.update(user, id, expected, request);
        return Etags.ok(changed.version(), changed);
    }

    @GetMapping("/api/v1/action-points")
    @Operation(summary = "Action points of meetings the caller may read, latest due first, paged; filter by operation and status")
    PagedItems<ActionPoint> actionPointList(@AuthenticationPrincipal CorridorUser user,
            @RequestParam(required = false) UUID operation, @RequestParam(required = false) ActionPointStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PagedItems.of(actionPoints.list(user, operation, status, Math.max(page, 0), PagedItems.size(size)));
    }

    @GetMapping("/api/v1/action-points/{id}")
    @Operation(summary = "One action point, with its version as the ETag")
    ResponseEntity<ActionPoint> actionPoint(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id) {
        ActionPoint point = actionPoints.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        return Etags.ok(point.version(), point);
    }

    @PostMapping("/api/v1/action-points")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an action point of a meeting; 422 lists each bad field")
    ResponseEntity<ActionPoint> createActionPoint(@AuthenticationPrincipal CorridorUser user,
            @RequestBody ActionPointDraft request) {
        ActionPoint point = actionPoints.create(user, request);
        return Etags.created("/api/v1/action-points/" + point.id(), point.version(), point);
    }

    @PutMapping("/api/v1/action-points/{id}")
    @Operation(summary = "Change an action point (e.g. mark it DONE); send the ETag you read as If-Match")
    ResponseEntity<ActionPoint> updateActionPoint(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody ActionPointDraft request) {
        long expected = Etags.requireVersion(ifMatch);
        ActionPoint point = actionPoints.update(user, id, expected, request);
        return Etags.ok(point.version(), point);
    }
}
