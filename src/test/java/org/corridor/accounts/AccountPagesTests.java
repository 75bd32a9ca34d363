package org.corridor.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@CorridorTest
class AccountPagesTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Test
    void anAdministratorAddsAnOfficerToAnOperation() throws Exception {
        CorridorUser admin = accounts.create("pages.admin", "Admin", "long-enough-password", List.of(Membership.of(Role.ADMIN)));
        UUID skopje = region.operation("skopje");

        mvc.perform(post("/admin/users").with(user(admin)).with(csrf())
                        .param("username", "new.officer").param("displayName", "New Officer")
                        .param("password", "long-enough-password").param("role", "OFFICER").param("operationId", skopje.toString()))
                .andExpect(status().is3xxRedirection());

        assertThat(accounts.findByUsername("new.officer").orElseThrow().memberships())
                .containsExactly(new Membership(skopje, Role.OFFICER));
    }

    @Test
    void rejectsAnOperationRoleWithoutAnOperationAndSaysWhy() throws Exception {
        CorridorUser admin = accounts.create("pages.admin2", "Admin", "long-enough-password", List.of(Membership.of(Role.ADMIN)));

        mvc.perform(post("/admin/users").with(user(admin)).with(csrf())
                        .param("username", "no.operation").param("displayName", "No Operation")
                        .param("password", "long-enough-password").param("role", "OFFICER").param("operationId", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the field operation this role is held in")));
        assertThat(accounts.findByUsername("no.operation")).isEmpty();
    }

    @Test
    void rejectsADuplicateUsernameAndAShortPassword() throws Exception {
        CorridorUser admin = accounts.create("pages.admin3", "Admin", "long-enough-password", List.of(Membership.of(Role.ADMIN)));

        mvc.perform(post("/admin/users").with(user(admin)).with(csrf())
                        .param("username", "pages.admin3").param("displayName", "Again")
                        .param("password", "long-enough-password").param("role", "ADMIN"))
                .andExpect(content().string(containsString("There is already a user called pages.admin3")));
        mvc.perform(post("/admin/users").with(user(admin)).with(csrf())
                        .param("username", "short.password").param("displayName", "Short")
                        .param("password", "short").param("role", "ADMIN"))
                .andExpect(content().string(containsString("at least 10 characters")));
        assertThat(accounts.findByUsername("short.password")).isEmpty();
    }

    @Test
    void aUserChangesTheirOwnPasswordAndSignsInWithTheNewOne() throws Exception {
        CorridorUser cara = accounts.create("pages.cara", "Cara", "long-enough-password", List.of());

        mvc.perform(post("/account/password").with(user(cara)).with(csrf())
                        .param("currentPassword", "long-enough-password").param("newPassword", "another-long-password")
                        .param("confirmPassword", "another-long-password"))
                .andExpect(redirectedUrl("/account/password"));

        mvc.perform(formLogin("/login").user("pages.cara").password("another-long-password")).andExpect(redirectedUrl("/"));
    }

    @Test
    void refusesAPasswordChangeWithTheWrongCurrentPassword() throws Exception {
        CorridorUser dan = accounts.create("pages.dan", "Dan", "long-enough-password", List.of());

        mvc.perform(post("/account/password").with(user(dan)).with(csrf())
                        .param("currentPassword", "not-my-password").param("newPassword", "another-long-password")
                        .param("confirmPassword", "another-long-password"))
                .andExpect(content().string(containsString("The current password is wrong")));
        mvc.perform(formLogin("/login").user("pages.dan").password("long-enough-password")).andExpect(redirectedUrl("/"));
    }
}
