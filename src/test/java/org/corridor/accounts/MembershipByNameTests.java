package org.corridor.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Code outside accounts (the command line, the demo) names a role as text; accounts turns it into a membership. */
class MembershipByNameTests {

    private final UUID operation = UUID.randomUUID();

    @Test
    void aRoleIsNamedAsTypedInAnyCase() {
        assertThat(Membership.named("focal-point", operation)).isEqualTo(new Membership(operation, Role.FOCAL_POINT));
        assertThat(Membership.named(" Officer ", operation)).isEqualTo(Membership.officer(operation));
        assertThat(Membership.named("REGIONAL_COORDINATOR", null)).isEqualTo(Membership.of(Role.REGIONAL_COORDINATOR));
        assertThat(Membership.named("admin", null)).isEqualTo(Membership.administrator());
        assertThat(Membership.named("head_of_operation", operation).roleName()).isEqualTo("HEAD_OF_OPERATION");
    }

    @Test
    void anUnknownRoleIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> Membership.named("superuser", operation))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("There is no role 'superuser'")
                .hasMessageContaining("VIEWER, OFFICER, FOCAL_POINT, HEAD_OF_OPERATION, REGIONAL_COORDINATOR, DELEGATION_READER, ADMIN");
        assertThatThrownBy(() -> Membership.isHeldInOperation(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOperationIsNeededExactlyForTheRolesHeldInOne() {
        assertThat(Membership.isHeldInOperation("viewer")).isTrue();
        assertThat(Membership.isHeldInOperation("delegation_reader")).isFalse();
        assertThatThrownBy(() -> Membership.named("officer", null))
                .hasMessage("OFFICER is held in a field operation: name the operation.");
        assertThatThrownBy(() -> Membership.named("delegation-reader", operation))
                .hasMessage("DELEGATION_READER is not held in a field operation: name no operation.");
    }
}
