package org.corridor.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.kernel.Etags;
import org.corridor.kernel.PagedItems;
import org.corridor.kernel.TextLimits;
import org.corridor.reports.Reports.CommentView;
import org.corridor.reports.Reports.ReportDraft;
import org.corridor.reports.Reports.ReportFilter;
import org.corridor.reports.Reports.ReportSummary;
import org.corridor.reports.Reports.ReportView;
import org.corridor.reports.Reports.SectionDraft;
import org.corridor.reports.Reports.VersionSummary;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports over /api/v1: create, read, change (If-Match), list with filters and word search, one endpoint a review
 * transition, comments, versions and their comparison, the document as it reads and its frozen editions. A refusal
 * by role is a 403 saying who may; by status a 422 saying why; a save after someone else's a 412 saying who changed
 * which sections.
 */
@RestController
@Tag(name = "Reports", description = "Reports composed from the data: review, reference symbols, distribution, versions")
class ReportApiController {

    private static final String IF_MATCH = "the report's ETag as read (its version); 428 without it, 412 if someone changed it since";

    /** The details and sections of a report as the authors change them (its operation and type never change). */
    record ReportChange(@Schema(maxLength = TextLimits.LINE) String title, LocalDate periodFrom, LocalDate periodTo,
            DistributionLevel level, List<UUID> authorIds,
            @ArraySchema(maxItems = ReportRecord.MAX_SECTIONS) List<SectionDraft> sections,
            @Schema(description = "true: what looks like personal data in the text is not") Boolean confirmPersonalData) {
    }

    record ReturnRequest(@Schema(maxLength = TextLimits.PARAGRAPH, description = "what the authors should change") String comment) {
    }

    record WithdrawRequest(@Schema(maxLength = TextLimits.PARAGRAPH) String reason) {
    }

    record DistributionRequest(@ArraySchema(minItems = 1, maxItems = TextLimits.ITEMS) List<Recipient> recipients) {
    }

    record CommentRequest(UUID sectionId, UUID replyTo, @Schema(maxLength = TextLimits.PARAGRAPH) String text) {
    }

    private final Reports reports;

    ReportApiController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/reports")
    @Operation(summary = "Reports the caller may read, latest change first, paged",
            description = "Filter by operation, type, status, period (reports overlapping from–to) and words (full text "
                    + "over title and sections, accents ignored: 'Presevo' finds 'Preševo'). Reports not yet "
                    + "distributed are listed only to who drafts or reviews them.")
    PagedItems<ReportSummary> list(@AuthenticationPrincipal CorridorUser user,
            @RequestParam(required = false) UUID operation, @RequestParam(required = false) ReportType type,
            @RequestParam(required = false) ReportStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Parameter(description = "words to search for") String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        String words = q == null ? null : q.substring(0, Math.min(q.length(), 200));
        return PagedItems.of(reports.list(user, new ReportFilter(operation, type, status, from, to, words),
                Math.max(page, 0), PagedItems.size(size)));
    }

    @GetMapping("/api/v1/reports/{id}")
    @Operation(summary = "One report with its sections, history, distribution and what the caller may do; its version as the ETag")
    ResponseEntity<ReportView> read(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id) {
        ReportView report = reports.find(user, id).orElseThrow(() -> new org.corridor.kernel.RecordNotFound(id));
        return Etags.ok(report.version(), report);
    }

    @PostMapping("/api/v1/reports")
    @Operation(summary = "Start a report (officers and focal points; the regional coordinator for REGIONAL, with no operation)",
            description = "It starts as a DRAFT with its type's template of sections; without authorIds the caller is its author. 422 lists each bad field.")
    ResponseEntity<ReportView> create(@AuthenticationPrincipal CorridorUser user, @RequestBody ReportDraft request) {
        ReportView report = reports.create(user, request);
        return Etags.created("/api/v1/reports/" + report.id(), report.version(), report);
    }

    @PutMapping("/api/v1/reports/{id}")
    @Operation(summary = "Change a draft's details and sections (in order; a section without id is new, one left out is removed)",
            description = "Send the ETag you read as If-Match. 412 says who saved since, when, and which sections they changed.")
    ResponseEntity<ReportView> change(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Parameter(description = IF_MATCH) String ifMatch,
            @RequestBody ReportChange request) {
        long expected = Etags.requireVersion(ifMatch);
        ReportView report = reports.change(user, id, expected, new ReportDraft(null, null, request.title(),
                request.periodFrom(), request.periodTo(), request.level(), request.authorIds(),
                request.confirmPersonalData()), request.sections());
        return Etags.ok(report.version(), report);
    }

    @PostMapping("/api/v1/reports/{id}/submit")
    @Operation(summary = "Submit a draft (or a returned report) for review: its officers and focal points")
    ResponseEntity<ReportView> submit(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Parameter(description = IF_MATCH) String ifMatch) {
        return answer(reports.submit(user, id, Etags.requireVersion(ifMatch)));
    }

    @PostMapping("/api/v1/reports/{id}/approve")
    @Operation(summary = "Approve a report in review (the head; the coordinator for REGIONAL): its document is frozen as it stands")
    ResponseEntity<ReportView> approve(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Parameter(description = IF_MATCH) String ifMatch) {
        return answer(reports.approve(user, id, Etags.requireVersion(ifMatch)));
    }

    @PostMapping("/api/v1/reports/{id}/return")
    @Operation(summary = "Return a report in review to its authors, with a comment saying what to change (required)")
    ResponseEntity<ReportView> returnToAuthors(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Parameter(description = IF_MATCH) String ifMatch,
            @RequestBody ReturnRequest request) {
        return answer(reports.returnToAuthors(user, id, Etags.requireVersion(ifMatch), request.comment()));
    }

    @PostMapping("/api/v1/reports/{id}/distribute")
    @Operation(summary = "Distribute an approved report to its recipients (at least one) under the next reference symbol")
    ResponseEntity<ReportView> distribute(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Parameter(description = IF_MATCH) String ifMatch,
            @RequestBody DistributionRequest request) {
        return answer(reports.distribute(user, id, Etags.requireVersion(ifMatch), request.recipients()));
    }

    @PostMapping("/api/v1/reports/{id}/withdraw")
    @Operation(summary = "Withdraw a distributed report, with the reason (required); its symbol stays taken")
    ResponseEntity<ReportView> withdraw(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Parameter(description = IF_MATCH) String ifMatch,
            @RequestBody WithdrawRequest request) {
        return answer(reports.withdraw(user, id, Etags.requireVersion(ifMatch), request.reason()));
    }

    @PostMapping("/api/v1/reports/{id}/revise")
    @Operation(summary = "Start the next revision (Rev.n) of a distributed report: a draft with its text; the distributed edition stays readable")
    ResponseEntity<ReportView> revise(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Parameter(description = IF_MATCH) String ifMatch) {
        return answer(reports.revise(user, id, Etags.requireVersion(ifMatch)));
    }

    @GetMapping("/api/v1/reports/{id}/document")
    @Operation(summary = "The report as it now reads: generated sections drawn live before approval, frozen from approval on")
    ReportDocument document(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id) {
        return reports.document(user, id);
    }

    @GetMapping("/api/v1/reports/{id}/editions/{revision}")
    @Operation(summary = "A frozen edition of the report: 0 the first, n its Rev.n")
    ReportDocument edition(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @PathVariable int revision) {
        return reports.edition(user, id, revision);
    }

    @GetMapping("/api/v1/reports/{id}/comments")
    @Operation(summary = "Comments on the report's sections, oldest first (who drafts or reviews the report)")
    List<CommentView> comments(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id) {
        return reports.comments(user, id);
    }

    @PostMapping("/api/v1/reports/{id}/comments")
    @Operation(summary = "Comment on a section, or answer a comment (replyTo)")
    ResponseEntity<CommentView> comment(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestBody CommentRequest request) {
        CommentView comment = reports.comment(user, id, request.sectionId(), request.replyTo(), request.text());
        return ResponseEntity.created(URI.create("/api/v1/reports/" + id + "/comments")).body(comment);
    }

    @PostMapping("/api/v1/reports/{id}/comments/{commentId}/resolve")
    @Operation(summary = "Mark a comment resolved")
    CommentView resolve(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @PathVariable UUID commentId) {
        return reports.resolveComment(user, id, commentId);
    }

    @GetMapping("/api/v1/reports/{id}/versions")
    @Operation(summary = "Every saved version of the report's text: number, who saved it, when")
    List<VersionSummary> versions(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id) {
        return reports.versions(user, id);
    }

    @GetMapping("/api/v1/reports/{id}/compare")
    @Operation(summary = "Two versions compared line by line; words removed in <del>, added in <ins>, the rest escaped")
    List<DiffRow> compare(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestParam int from, @RequestParam int to) {
        return reports.compare(user, id, from, to);
    }

    private static ResponseEntity<ReportView> answer(ReportView report) {
        return Etags.ok(report.version(), report);
    }

    /** A refusal by role says who may, not only "forbidden". */
    @ExceptionHandler(ReportActionRefused.class)
    ResponseEntity<ProblemDetail> refused(ReportActionRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Not allowed");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** Someone saved first: who, when and which sections, so the client can show it beside the kept text. */
    @ExceptionHandler(ReportChangedMeanwhile.class)
    ResponseEntity<ProblemDetail> changedMeanwhile(ReportChangedMeanwhile e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, e.getMessage());
        problem.setTitle("Changed by someone else");
        problem.setProperty("currentVersion", e.currentVersion());
        problem.setProperty("savedBy", e.savedBy());
        problem.setProperty("savedAt", e.savedAt() == null ? null : e.savedAt().toString());
        problem.setProperty("changedSections", e.changedSections());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
