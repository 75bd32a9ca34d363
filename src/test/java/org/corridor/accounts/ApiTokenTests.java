package org.corridor.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.corridor.CorridorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@CorridorTest
class ApiTokenTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenCreatedOnTheTokensPageIsShownOnceAndSignsTheOwnerIn() throws Exception {
        CorridorUser uma = accounts.create("uma", "Uma", "long-enough-password", List.of(Membership.of(Role.REGIONAL_COORDINATOR)));

        MvcResult created = mvc.perform(post("/account/tokens").param("name", "nightly export").with(user(uma)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("issued")).andReturn();
        String secret = ((UserAccounts.IssuedToken) created.getFlashMap().get("issued")).secret();

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("uma"))
                .andExpect(jsonPath("$.roles[0].role").value("REGIONAL_COORDINATOR"));
        mvc.perform(get("/account/tokens").with(user(uma)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("nightly export")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(secret))));
    }

    @Test
    void tokensAreStoredOnlyAsHashes() {
        CorridorUser vic = accounts.create("vic", "Vic", "long-enough-password", List.of());
        var token = accounts.createToken(vic.id(), "script");

        assertThat(accounts.authenticateToken(token.secret())).contains(vic);
        assertThat(UserAccounts.hash(token.secret())).hasSize(64).isNotEqualTo(token.secret());
    }

    @Test
    void aRevokedTokenIsRefused() throws Exception {
        CorridorUser wes = accounts.create("wes", "Wes", "long-enough-password", List.of());
        var token = accounts.createToken(wes.id(), "script");

        mvc.perform(post("/account/tokens/" + token.id() + "/revoke").with(user(wes)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void nobodyRevokesAnotherUsersToken() throws Exception {
        CorridorUser xena = accounts.create("xena", "Xena", "long-enough-password", List.of());
        CorridorUser yuri = accounts.create("yuri", "Yuri", "long-enough-password", List.of());
        var token = accounts.createToken(xena.id(), "script");

        mvc.perform(post("/account/tokens/" + token.id() + "/revoke").with(user(yuri)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(accounts.authenticateToken(token.secret())).isPresent();
    }

    @Test
    void theApiRefusesRequestsWithoutTokenOrWithASessionCookieOnly() throws Exception {
        CorridorUser zoe = accounts.create("zoe", "Zoe", "long-enough-password", List.of());

        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer crd_made-up")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + "x".repeat(5000))).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenCarriesItsOwnersCurrentRightsNotThoseAtCreation() throws Exception {
        CorridorUser ana = accounts.create("ana", "Ana", "long-enough-password", List.of(Membership.of(Role.REGIONAL_COORDINATOR)));
        var token = accounts.createToken(ana.id(), "script");
        accounts.removeMembership(ana.id(), Membership.of(Role.REGIONAL_COORDINATOR));

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
                .andExpect(jsonPath("$.roles").isEmpty());
    }

    @Test
    void rejectsATokenWithoutAName() throws Exception {
        CorridorUser ben = accounts.create("ben", "Ben", "long-enough-password", List.of());

        mvc.perform(post("/account/tokens").param("name", "  ").with(user(ben)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Give the token a name")));
        assertThat(accounts.tokens(ben.id())).isEmpty();
    }

    @Test
    void lastUsedIsWrittenOnFirstUseThenAtMostOnceAMinute() {
        CorridorUser cleo = accounts.create("cleo", "Cleo", "long-enough-password", List.of());
        var token = accounts.createToken(cleo.id(), "script");
        assertThat(lastUsed(cleo)).isNull();

        accounts.authenticateToken(token.secret());
        Instant first = lastUsed(cleo);
        assertThat(first).isNotNull();

        // Further requests within the minute write nothing: the time stays that of the first.
        accounts.authenticateToken(token.secret());
        accounts.authenticateToken(token.secret());
        assertThat(lastUsed(cleo)).isEqualTo(first);

        // A minute later the next request writes it again, so "Last used" stays true to the minute.
        jdbc.sql("update api_token set last_used_at = last_used_at - interval '61 seconds' where id = :id")
                .param("id", token.id()).update();
        Instant aMinuteAgo = lastUsed(cleo);
        accounts.authenticateToken(token.secret());
        assertThat(lastUsed(cleo)).isAfter(aMinuteAgo.plus(Duration.ofSeconds(60)));
    }

    @Test
    void aTokenSignsItsOwnerInWithEveryMembershipTheyHold() {
        CorridorUser dora = accounts.create("dora", "Dora", "long-enough-password",
                List.of(Membership.of(Role.REGIONAL_COORDINATOR), Membership.of(Role.ADMIN)));
        var token = accounts.createToken(dora.id(), "script");

        CorridorUser signedIn = accounts.authenticateToken(token.secret()).orElseThrow();

        assertThat(signedIn.getUsername()).isEqualTo("dora");
        assertThat(signedIn.memberships()).containsExactlyInAnyOrderElementsOf(dora.memberships()).hasSize(2);
        assertThat(accounts.authenticateToken(token.secret() + "x")).isEmpty();
    }

    private Instant lastUsed(CorridorUser user) {
        return accounts.tokens(user.id()).get(0).lastUsedAt();
    }
}
