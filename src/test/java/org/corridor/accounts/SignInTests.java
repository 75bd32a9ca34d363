package org.corridor.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.corridor.CorridorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@CorridorTest
class SignInTests {

    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Test
    void signsInWithTheRightPassword() throws Exception {
        accounts.create("nadia", "Nadia", PASSWORD, List.of(Membership.of(Role.REGIONAL_COORDINATOR)));

        mvc.perform(formLogin("/login").user("nadia").password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void refusesAWrongPasswordWithoutSayingWhichPartWasWrong() throws Exception {
        accounts.create("omar", "Omar", PASSWORD, List.of());

        mvc.perform(formLogin("/login").user("omar").password("wrong-password")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("nobody-here").password("wrong-password")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void locksTheAccountAfterFiveFailedSignInsEvenAgainstTheRightPassword() throws Exception {
        accounts.create("petra", "Petra", PASSWORD, List.of());
        for (int attempt = 1; attempt <= UserAccounts.MAX_FAILED_SIGN_INS; attempt++) {
            mvc.perform(formLogin("/login").user("petra").password("guess-" + attempt)).andExpect(redirectedUrl("/login?error"));
        }

        // the same answer as for a wrong password or an unknown name: a locked account does not reveal that it exists
        mvc.perform(formLogin("/login").user("petra").password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        assertThat(accounts.findByUsername("petra").orElseThrow().lockedUntil())
                .isAfter(java.time.Instant.now().plus(UserAccounts.LOCK_DURATION).minusSeconds(60));
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() throws Exception {
        accounts.create("quinn", "Quinn", PASSWORD, List.of());
        for (int attempt = 1; attempt < UserAccounts.MAX_FAILED_SIGN_INS; attempt++) {
            mvc.perform(formLogin("/login").user("quinn").password("guess-" + attempt));
        }
        mvc.perform(formLogin("/login").user("quinn").password(PASSWORD)).andExpect(redirectedUrl("/"));

        mvc.perform(formLogin("/login").user("quinn").password("one-more-guess")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("quinn").password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void resettingThePasswordUnlocksTheAccount() throws Exception {
        accounts.create("rosa", "Rosa", PASSWORD, List.of());
        for (int attempt = 1; attempt <= UserAccounts.MAX_FAILED_SIGN_INS; attempt++) {
            mvc.perform(formLogin("/login").user("rosa").password("guess-" + attempt));
        }
        accounts.resetPassword("rosa", "a-brand-new-password");

        mvc.perform(formLogin("/login").user("rosa").password("a-brand-new-password")).andExpect(redirectedUrl("/"));
    }

    @Test
    void refusesAFormPostWithoutCsrfToken() throws Exception {
        CorridorUser sam = accounts.create("sam", "Sam", PASSWORD, List.of());

        mvc.perform(post("/account/tokens").param("name", "script").with(user(sam))).andExpect(status().isForbidden());
        mvc.perform(post("/account/tokens").param("name", "script").with(user(sam)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.tokens(sam.id())).hasSize(1);
    }

    @Test
    void signInWithoutCsrfTokenIsRefused() throws Exception {
        accounts.create("tara", "Tara", PASSWORD, List.of());

        mvc.perform(post("/login").param("username", "tara").param("password", PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void aLockedAccountAndAnUnknownNameGetTheSameAnswer() throws Exception {
        accounts.create("svenja", "Svenja", PASSWORD, List.of());
        for (int attempt = 1; attempt <= UserAccounts.MAX_FAILED_SIGN_INS + 1; attempt++) {
            String existing = mvc.perform(formLogin("/login").user("svenja").password("guess-" + attempt)).andReturn()
                    .getResponse().getRedirectedUrl();
            String unknown = mvc.perform(formLogin("/login").user("no-such-svenja").password("guess-" + attempt)).andReturn()
                    .getResponse().getRedirectedUrl();
            assertThat(existing).as("attempt %d", attempt).isEqualTo(unknown).isEqualTo("/login?error");
        }
    }

    @Test
    void lockOutLeavesTheUsersApiTokensWorking() throws Exception {
        accounts.create("tobias", "Tobias", PASSWORD, List.of());
        String token = accounts.createToken(accounts.findByUsername("tobias").orElseThrow().id(), "nightly export").secret();
        for (int attempt = 1; attempt <= UserAccounts.MAX_FAILED_SIGN_INS; attempt++) {
            mvc.perform(formLogin("/login").user("tobias").password("guess-" + attempt));
        }
        assertThat(accounts.findByUsername("tobias").orElseThrow().isAccountNonLocked()).isFalse();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/me")
                .header("Authorization", "Bearer " + token))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
    }
}
