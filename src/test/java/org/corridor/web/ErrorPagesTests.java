package org.corridor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.corridor.CorridorTest;
import org.corridor.accounts.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Over real HTTP, since error pages are rendered by the servlet container's error dispatch. */
@CorridorTest
class ErrorPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    SignedInClient viewer;

    @BeforeEach
    void signIn() throws Exception {
        viewer = SignedInClient.signInWithoutMemberships(port, accounts, "errors.viewer");
    }

    @Test
    void anUnknownAddressShowsTheFriendlyNotFoundPage() throws Exception {
        HttpResponse<String> response = viewer.get("/no/such/page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").contains("Go to the dashboard").doesNotContain("Exception");
    }

    @Test
    void aForbiddenPageSaysWhoToAsk() throws Exception {
        HttpResponse<String> response = viewer.get("/admin/users");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("You do not have access to this page").doesNotContain("Exception");
    }

    @Test
    void aMalformedIdInTheAddressIsABadRequestNotAStackTrace() throws Exception {
        HttpResponse<String> response = viewer.get("/admin/users/not-a-uuid");

        assertThat(response.statusCode()).isIn(400, 403);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = viewer.get("/");

        assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void anUnknownApiPathAnswersProblemJson() throws Exception {
        var owner = accounts.findByUsername("errors.viewer").orElseThrow();
        String token = accounts.createToken(owner.id(), "errors").secret();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/no-such-thing"))
                .header("Authorization", "Bearer " + token).GET().build();

        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":404").doesNotContain("Exception");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        HttpResponse<String> response = SignedInClient.anonymous(port).get("/");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
    }
}
