package org.corridor.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.corridor.CorridorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A server started on an empty database outside demo mode. */
@CorridorTest
class FirstStartTests {

    @Autowired
    UserAccounts accounts;

    @Autowired
    MockMvc mvc;

    @Test
    void theFirstStartCreatesAnAdministrator() {
        assertThat(accounts.findByUsername("admin").orElseThrow().memberships()).containsExactly(Membership.of(Role.ADMIN));
    }

    @Test
    void theSignInPageOffersNoDemoAccountsOutsideDemoMode() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("Sign in")))
                .andExpect(content().string(not(containsString(DemoAccounts.PASSWORD))));
    }
}
