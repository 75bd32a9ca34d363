package org.corridor.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Optional;
import org.corridor.CorridorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What a post whose session has ended keeps, and what it never does: the whole journey of a visit kept across
 * sign-in, and that nobody else gets it, is in {@code VisitKeptAcrossSignInBrowserTests}; here the refusals.
 */
@CorridorTest
class KeptFormsTests {

    private static final String PASSWORD = "kept-forms-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    /** The signed cookie a browser gets on signing in as this user. */
    private Cookie signedInAs(String username) throws Exception {
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.create(username, username, PASSWORD, List.of());
        }
        Cookie cookie = mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andReturn()
                .getResponse().getCookie(KeptForms.AUTHOR_COOKIE);
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getAttribute("SameSite")).isEqualTo("Strict");
        return cookie;
    }

    /** A visit posted with no session and no token, as after the session has ended. */
    private static MockHttpServletRequestBuilder visitPosted() {
        return post("/monitoring/visits").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("purpose", "Typed at the crossing").param("narrative", "Queues at the fence");
    }

    @Test
    void aVisitPostedAfterTheSessionEndedSendsItsAuthorToSignInWithoutSavingIt() throws Exception {
        Cookie author = signedInAs("kept-ines");

        mvc.perform(visitPosted().cookie(author)).andExpect(redirectedUrl("/login?sessionEnded=visit"));
    }

    @Test
    void aPostWithoutTheSignedCookieIsRefusedAsBefore() throws Exception {
        // as another site's post arrives: the strict cookie is not sent with it
        mvc.perform(visitPosted()).andExpect(status().isForbidden());
    }

    @Test
    void aCookieNamingSomeoneWithoutOurSignatureIsRefused() throws Exception {
        Cookie real = signedInAs("kept-jonas");
        String forged = real.getValue().substring(0, real.getValue().indexOf('.') + 1) + "0".repeat(64);

        mvc.perform(visitPosted().cookie(new Cookie(KeptForms.AUTHOR_COOKIE, forged))).andExpect(status().isForbidden());
    }

    @Test
    void aPostFarLargerThanAnyRecordFormIsNotKept() throws Exception {
        Cookie author = signedInAs("kept-karin");

        mvc.perform(visitPosted().cookie(author).param("narrative", "x".repeat(KeptForms.MAX_CHARACTERS + 1)))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyRecordFormsAreKeptAndEachReturnsToItsOwnPage() throws Exception {
        String id = "0f8fad5b-d9cb-469f-a165-70867728950e";
        assertThat(KeptForms.formPageOf("/monitoring/visits")).contains("/monitoring/visits/new");
        assertThat(KeptForms.formPageOf("/monitoring/visits/" + id)).contains("/monitoring/visits/" + id + "/edit");
        assertThat(KeptForms.formPageOf("/liaison/meetings/new")).contains("/liaison/meetings/new");
        assertThat(KeptForms.formPageOf("/activities/" + id + "/capacity-events/" + id + "/edit"))
                .contains("/activities/" + id + "/capacity-events/" + id + "/edit");
        assertThat(KeptForms.formPageOf("/flows/counts/" + id + "/edit")).contains("/flows/counts/" + id + "/edit");
        // actions, not forms: nothing typed to keep, and never to be carried out again
        assertThat(KeptForms.formPageOf("/liaison/meetings/" + id + "/cancel")).isEqualTo(Optional.empty());
        assertThat(KeptForms.formPageOf("/account/password")).isEmpty();
        assertThat(KeptForms.formPageOf("/admin/users")).isEmpty();
        assertThat(KeptForms.formPageOf("/logout")).isEmpty();

        Cookie author = signedInAs("kept-lars");
        mvc.perform(post("/account/password").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("current", "x").cookie(author)).andExpect(status().isForbidden());
    }
}
