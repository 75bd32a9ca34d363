package org.corridor.accounts;

import jakarta.annotation.Nullable;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who a token acts as: lets an integration check its token and the rights it carries. */
@RestController
class MeApiController {

    @GetMapping("/api/v1/me")
    Me me(@AuthenticationPrincipal CorridorUser user) {
        return new Me(user.id(), user.getUsername(), user.displayName(),
                user.memberships().stream().map(m -> new Me.Role(m.role().name(), m.operationId())).toList());
    }

    record Me(UUID id, String username, String displayName, List<Role> roles) {
        record Role(String role, @Nullable UUID operationId) {
        }
    }
}
