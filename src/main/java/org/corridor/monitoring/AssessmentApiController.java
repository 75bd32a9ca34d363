package org.corridor.monitoring;

import io.swagger.v3.oas.annotations.media.Schema;
import org.corridor.kernel.TextLimits;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.Etags;
import org.corridor.kernel.PagedItems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.monitoring.PreparednessAssessments;
import org.corridor.monitoring.PreparednessAssessments.Assessment;
import org.corridor.monitoring.PreparednessAssessments.AssessmentDraft;
import org.corridor.monitoring.PreparednessAssessments.ContingencyPlan;
import org.corridor.monitoring.PreparednessAssessments.Rating;
import org.corridor.monitoring.PreparednessAssessments.Source;
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
@Tag(name = "Preparedness assessments")
class AssessmentApiController {

    private final PreparednessAssessments assessments;

    AssessmentApiController(PreparednessAssessments assessments) {
        this.assessments = assessments;
    }

    /** An assessment as sent to the API; {@code confirmPersonalData} answers the personal-data warning. */
    record AssessmentRequest(UUID operationId, @Schema(maxLength = TextLimits.LINE) String authority, UUID locationId, @Schema(maxLength = TextLimits.LINE) String area, LocalDate assessedOn,
            Rating rating, ContingencyPlan contingencyPlan, Source source, @Schema(maxLength = TextLimits.NARRATIVE) String narrative,
            DistributionLevel distributionLevel, Boolean confirmPersonalData) {

        AssessmentDraft toDraft() {
            return new AssessmentDraft(operationId, authority, locationId, area, assessedOn, rating, contingencyPlan,
                    source, narrative, distributionLevel);
        }

        boolean confirmed() {
            return Boolean.TRUE.equals(confirmPersonalData);
        }
    }

    @GetMapping("/api/v1/assessments")
    @Operation(summary = "Preparedness assessments the caller may read, newest first, paged; filter by operation")
    PagedItems<Assessment> list(@AuthenticationPrincipal CorridorUser user,
            @RequestParam(required = false) UUID operation, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PagedItems.of(assessments.list(user, operation, Math.max(page, 0), PagedItems.size(size)));
    }

    @GetMapping("/api/v1/assessments/{id}")
    @Operation(summary = "One preparedness assessment, with its version as the ETag")
    ResponseEntity<Assessment> get(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id) {
        Assessment assessment = assessments.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        return Etags.ok(assessment.version(), assessment);
    }

    @PostMapping("/api/v1/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a preparedness assessment; 422 lists each bad field, or asks to confirm text that looks like personal data")
    ResponseEntity<Assessment> create(@AuthenticationPrincipal CorridorUser user,
            @RequestBody AssessmentRequest request) {
        Assessment assessment = assessments.record(user, request.toDraft(), request.confirmed());
        return Etags.created("/api/v1/assessments/" + assessment.id(), assessment.version(), assessment);
    }

    @PutMapping("/api/v1/assessments/{id}")
    @Operation(summary = "Change a preparedness assessment; send the ETag you read as If-Match (412 if someone changed it since, 428 without it)")
    ResponseEntity<Assessment> update(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody AssessmentRequest request) {
        long expected = Etags.requireVersion(ifMatch);
        Assessment assessment = assessments.update(user, id, expected, request.toDraft(), request.confirmed());
        return Etags.ok(assessment.version(), assessment);
    }
}
