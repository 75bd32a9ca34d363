package org.corridor.alerts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.alerts.Alerts.AlertFilter;
import org.corridor.kernel.Etags;
import org.corridor.kernel.PagedItems;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.TextLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Alerts over /api/v1: the list with the pages' filters, one alert with its version as the ETag, and its
 * acknowledgement and resolution (If-Match, as every change of the API). Reading an alert here does not mark it read:
 * a script that polls must not empty its owner's bell. Who has no alerts at all is refused (403); an alert the caller
 * may not read does not exist (404); acting on one of another operation is refused (403).
 */
@RestController
@Tag(name = "Alerts", description = "What the early-warning rules found, for the operations that must act on it")
class AlertApiController {

    private static final String IF_MATCH = "the alert's ETag as read (its version); 428 without it, 412 if someone changed it since";

    /** An acknowledgement's or a resolution's comment, and the confirmation that what looks like personal data is not. */
    record AlertComment(
            @Nullable @Schema(maxLength = TextLimits.PARAGRAPH, description = "what will be done (acknowledgement, "
                    + "optional) or what was done (resolution, required)") String comment,
            @Nullable @Schema(description = "true: what looks like personal data in the comment is not") Boolean confirmPersonalData) {

        boolean confirmed() {
            return Boolean.TRUE.equals(confirmPersonalData);
        }
    }

    private final Alerts alerts;

    AlertApiController(Alerts alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/api/v1/alerts")
    @Operation(summary = "The alerts the caller reads, newest first, paged",
            description = "The alerts of the caller's operations (of every operation for the regional coordinator), "
                    + "each only where the caller reads what it is about. Without filters, every state; the alerts "
                    + "page opens on the open ones (state=OPEN).")
    PagedItems<Alert> list(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) AlertKind kind,
            @RequestParam(required = false) UUID operation, @RequestParam(required = false) AlertState state,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        requireAlerts(user);
        return PagedItems.of(alerts.list(user, new AlertFilter(kind, operation, state), Math.max(page, 0),
                PagedItems.size(size)));
    }

    @GetMapping("/api/v1/alerts/{id}")
    @Operation(summary = "One alert with its evidence and history; its version as the ETag")
    ResponseEntity<Alert> read(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id) {
        requireAlerts(user);
        Alert alert = alerts.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        return Etags.ok(alert.version(), alert);
    }

    @PostMapping("/api/v1/alerts/{id}/acknowledgement")
    @Operation(summary = "Acknowledge an open alert, with an optional comment (the people of its operation)",
            description = "Send the ETag you read as If-Match. 422 if the alert is no longer open or the comment is "
                    + "too long or looks like personal data (confirmPersonalData: true if it is not).")
    ResponseEntity<Alert> acknowledge(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Parameter(description = IF_MATCH) String ifMatch,
            @RequestBody(required = false) AlertComment body) {
        requireAlerts(user);
        AlertComment comment = body == null ? new AlertComment(null, null) : body;
        Alert alert = alerts.acknowledge(user, id, Etags.requireVersion(ifMatch), comment.comment(),
                comment.confirmed());
        return Etags.ok(alert.version(), alert);
    }

    @PostMapping("/api/v1/alerts/{id}/resolution")
    @Operation(summary = "Resolve an alert, saying how (comment required; the people of its operation)",
            description = "Send the ETag you read as If-Match. Resolving an open alert acknowledges it too. 422 "
                    + "without a comment, for an alert resolved already, or a comment that looks like personal data.")
    ResponseEntity<Alert> resolve(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) @Parameter(description = IF_MATCH) String ifMatch,
            @RequestBody(required = false) AlertComment body) {
        requireAlerts(user);
        AlertComment comment = body == null ? new AlertComment(null, null) : body;
        Alert alert = alerts.resolve(user, id, Etags.requireVersion(ifMatch), comment.comment(), comment.confirmed());
        return Etags.ok(alert.version(), alert);
    }

    private void requireAlerts(CorridorUser user) {
        if (!alerts.mayHaveAlerts(user)) {
            throw new AccessDeniedException("Alerts are for the people of the operations and the regional coordinator");
        }
    }
}
