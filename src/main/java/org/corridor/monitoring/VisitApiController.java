package org.corridor.monitoring;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.corridor.kernel.TextLimits;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.Etags;
import org.corridor.kernel.RecordPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.monitoring.FollowUp;
import org.corridor.monitoring.MonitoringVisits;
import org.corridor.monitoring.Observations;
import org.corridor.monitoring.Unit;
import org.corridor.monitoring.VisitDetails;
import org.corridor.monitoring.VisitDraft;
import org.corridor.monitoring.VisitStatus;
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
@Tag(name = "Monitoring visits")
class VisitApiController {

    /** The list counts its records up to this many, then says "at least" (totalIsLowerBound). */
    @Value("${corridor.api.list-count-limit:" + RecordPage.COUNT_LIMIT + "}")
    private long countLimit;

    private final MonitoringVisits visits;

    VisitApiController(MonitoringVisits visits) {
        this.visits = visits;
    }

    /** A visit as sent to the API; {@code confirmPersonalData} answers the personal-data warning. */
    record VisitRequest(UUID operationId, UUID locationId, Unit unit, @Schema(maxLength = TextLimits.LINE) String unitName, Set<UUID> teamMembers,
            Integer teamCount, Instant startsAt, Instant endsAt, @Schema(maxLength = VisitDraft.PURPOSE_LENGTH) String purpose, VisitStatus status,
            Observations observations, @ArraySchema(maxItems = TextLimits.ITEMS) List<FollowUp> followUps, DistributionLevel distributionLevel,
            Boolean confirmPersonalData) {

        VisitDraft toDraft() {
            return new VisitDraft(operationId, locationId, unit, unitName, teamMembers, teamCount, startsAt, endsAt,
                    purpose, status, observations, followUps, distributionLevel);
        }
    }

    record VisitResponse(VisitDetails visit, boolean overnight) {
    }

    record Page(List<VisitDetails> items, int page, int size, long totalItems, int totalPages,
            boolean totalIsLowerBound) {
    }

    @GetMapping("/api/v1/visits")
    @Operation(summary = "Monitoring visits the caller may read, newest first, filtered and paged")
    Page list(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) UUID operation,
            @RequestParam(required = false) UUID location, @RequestParam(required = false) Unit unit,
            @RequestParam(required = false) VisitStatus status, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        int pageSize = Math.max(1, Math.min(size, 500));
        var result = visits.list(user, new MonitoringVisits.VisitFilter(operation, location, unit, status, from, to),
                Math.max(page, 0), pageSize, countLimit);
        return new Page(result.items(), result.page(), result.size(), result.totalItems(), result.totalPages(),
                result.totalIsLowerBound());
    }

    @GetMapping("/api/v1/visits/{id}")
    @Operation(summary = "One visit, with its version as the ETag")
    ResponseEntity<VisitResponse> get(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id) {
        VisitDetails visit = visits.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        return Etags.ok(visit.version(), new VisitResponse(visit, visit.overnight()));
    }

    @PostMapping("/api/v1/visits")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a visit; 422 lists each bad field, or asks to confirm text that looks like personal data")
    ResponseEntity<VisitResponse> create(@AuthenticationPrincipal CorridorUser user, @RequestBody VisitRequest request) {
        VisitDetails visit = visits.record(user, request.toDraft(), Boolean.TRUE.equals(request.confirmPersonalData()));
        return Etags.created("/api/v1/visits/" + visit.id(), visit.version(), new VisitResponse(visit, visit.overnight()));
    }

    @PutMapping("/api/v1/visits/{id}")
    @Operation(summary = "Change a visit; send the ETag you read as If-Match (412 if someone changed it since, 428 without it)")
    ResponseEntity<VisitResponse> update(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody VisitRequest request) {
        long expected = Etags.requireVersion(ifMatch);
        VisitDetails visit = visits.update(user, id, expected, request.toDraft(), Boolean.TRUE.equals(request.confirmPersonalData()));
        return Etags.ok(visit.version(), new VisitResponse(visit, visit.overnight()));
    }
}
