package org.corridor.monitoring;

import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.Etags;
import org.corridor.kernel.PagedItems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.monitoring.TemporaryDeployments;
import org.corridor.monitoring.TemporaryDeployments.Deployment;
import org.corridor.monitoring.TemporaryDeployments.DeploymentDraft;
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
@Tag(name = "Temporary deployments")
class DeploymentApiController {

    private final TemporaryDeployments deployments;

    DeploymentApiController(TemporaryDeployments deployments) {
        this.deployments = deployments;
    }

    @GetMapping("/api/v1/deployments")
    @Operation(summary = "Temporary deployments the caller may read, latest first, paged; filter by operation")
    PagedItems<Deployment> list(@AuthenticationPrincipal CorridorUser user,
            @RequestParam(required = false) UUID operation, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PagedItems.of(deployments.list(user, operation, Math.max(page, 0), PagedItems.size(size)));
    }

    @GetMapping("/api/v1/deployments/{id}")
    @Operation(summary = "One temporary deployment, with its version as the ETag")
    ResponseEntity<Deployment> get(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id) {
        Deployment deployment = deployments.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        return Etags.ok(deployment.version(), deployment);
    }

    @PostMapping("/api/v1/deployments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a temporary deployment (focal points and heads of operation); 422 lists each bad field")
    ResponseEntity<Deployment> create(@AuthenticationPrincipal CorridorUser user, @RequestBody DeploymentDraft request) {
        Deployment deployment = deployments.record(user, request);
        return Etags.created("/api/v1/deployments/" + deployment.id(), deployment.version(), deployment);
    }

    @PutMapping("/api/v1/deployments/{id}")
    @Operation(summary = "Change a temporary deployment; send the ETag you read as If-Match (412 if someone changed it since, 428 without it)")
    ResponseEntity<Deployment> update(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody DeploymentDraft request) {
        long expected = Etags.requireVersion(ifMatch);
        Deployment deployment = deployments.update(user, id, expected, request);
        return Etags.ok(deployment.version(), deployment);
    }
}
