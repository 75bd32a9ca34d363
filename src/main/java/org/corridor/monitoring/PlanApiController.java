package org.corridor.monitoring;

import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.Etags;
import org.corridor.kernel.PagedItems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.monitoring.MonitoringPlans;
import org.corridor.monitoring.MonitoringPlans.Plan;
import org.corridor.monitoring.MonitoringPlans.PlanDraft;
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
@Tag(name = "Monitoring plans")
class PlanApiController {

    private final MonitoringPlans plans;

    PlanApiController(MonitoringPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/api/v1/monitoring-plans")
    @Operation(summary = "Monitoring plans the caller may read, latest start first, paged; filter by operation")
    PagedItems<Plan> list(@AuthenticationPrincipal CorridorUser user, @RequestParam(required = false) UUID operation,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PagedItems.of(plans.list(user, operation, Math.max(page, 0), PagedItems.size(size)));
    }

    @GetMapping("/api/v1/monitoring-plans/{id}")
    @Operation(summary = "One monitoring plan, with its version as the ETag")
    ResponseEntity<Plan> get(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id) {
        Plan plan = plans.find(user, id).orElseThrow(() -> new RecordNotFound(id));
        return Etags.ok(plan.version(), plan);
    }

    @PostMapping("/api/v1/monitoring-plans")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Set a monitoring plan (focal points and heads of operation); 422 lists each bad field")
    ResponseEntity<Plan> create(@AuthenticationPrincipal CorridorUser user, @RequestBody PlanDraft request) {
        Plan plan = plans.create(user, request);
        return Etags.created("/api/v1/monitoring-plans/" + plan.id(), plan.version(), plan);
    }

    @PutMapping("/api/v1/monitoring-plans/{id}")
    @Operation(summary = "Change a monitoring plan; send the ETag you read as If-Match (412 if someone changed it since, 428 without it)")
    ResponseEntity<Plan> update(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody PlanDraft request) {
        long expected = Etags.requireVersion(ifMatch);
        Plan plan = plans.update(user, id, expected, request);
        return Etags.ok(plan.version(), plan);
    }
}
