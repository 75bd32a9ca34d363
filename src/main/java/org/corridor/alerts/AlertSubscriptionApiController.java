package org.corridor.alerts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.corridor.accounts.CorridorUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own alert e-mails over /api/v1: read and change; a refused change is a 422 naming each field. */
@RestController
@Tag(name = "Alerts")
class AlertSubscriptionApiController {

    private final AlertSubscriptions subscriptions;

    AlertSubscriptionApiController(AlertSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping("/api/v1/alerts/subscription")
    @Operation(summary = "Which alerts the caller is sent by e-mail and how (the default until they choose)")
    AlertSubscription subscription(@AuthenticationPrincipal CorridorUser user) {
        return subscriptions.of(user);
    }

    @PutMapping("/api/v1/alerts/subscription")
    @Operation(summary = "Change which alerts the caller is sent by e-mail: kinds, operations among those they follow, "
            + "delivery (NONE, IMMEDIATELY, DAILY_DIGEST) and address (null: the derived one); 422 names each bad field")
    AlertSubscription change(@AuthenticationPrincipal CorridorUser user,
            @RequestBody AlertSubscriptionChange change) {
        return subscriptions.change(user, change);
    }
}
