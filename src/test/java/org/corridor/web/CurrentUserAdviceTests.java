package org.corridor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Membership;
import org.corridor.accounts.Role;
import org.corridor.directory.Directory;
import org.corridor.directory.OperationSummary;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/**
 * The header's roles are looked up in the directory only when a page shows them: the advice runs for every handler,
 * and an API answer, a redirect or an export paid a directory query for each of the member's roles.
 */
class CurrentUserAdviceTests {

    private static final UUID SKOPJE = UUID.randomUUID();

    private final Directory directory = mock(Directory.class);
    private final StaticMessageSource messages = new StaticMessageSource();
    private final CurrentUserAdvice advice = new CurrentUserAdvice(directory, messages);
    private final CorridorUser officer = new CorridorUser(UUID.randomUUID(), "officer", "Officer", "x", true,
            Instant.EPOCH, List.of(new Membership(SKOPJE, Role.OFFICER), new Membership(null, Role.ADMIN)));

    CurrentUserAdviceTests() {
        messages.addMessage("role.OFFICER", java.util.Locale.getDefault(), "Officer");
        when(directory.operation(any())).thenReturn(
                Optional.of(new OperationSummary(SKOPJE, "skopje", "Mission to Skopje", "MK", "Skopje")));
    }

    @Test
    void rolesAreNotLookedUpUntilAPageShowsThem() {
        List<String> roles = advice.currentRoles(officer);

        verify(directory, never()).operation(any());
        assertThat(roles).containsExactly("Mission to Skopje · Officer", "ADMIN");
        assertThat(roles).hasSize(2);
        verify(directory, times(1)).operation(SKOPJE);
    }

    @Test
    void nobodySignedInHasNoRoles() {
        assertThat(advice.currentRoles(null)).isEmpty();
    }
}
