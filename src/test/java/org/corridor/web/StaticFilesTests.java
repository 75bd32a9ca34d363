package org.corridor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.CorridorTest;
import org.corridor.accounts.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Over real HTTP: the security filter's no-store headers and the resource chain meet only in a real response. */
@CorridorTest
class StaticFilesTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    SignedInClient viewer;

    @BeforeEach
    void signIn() throws Exception {
        viewer = SignedInClient.signInWithoutMemberships(port, accounts, "static.viewer");
    }

    @Test
    void pagesLinkTheStyleSheetByItsContentSoABrowserMayKeepIt() throws Exception {
        HttpResponse<String> page = viewer.get("/");
        Matcher styleSheet = Pattern.compile("/css/corridor-[0-9a-f]{32}\\.css").matcher(page.body());

        assertThat(styleSheet.find()).as("a content-hashed style sheet link in %s", page.body()).isTrue();
        HttpResponse<String> css = viewer.get(styleSheet.group());
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("max-age=").doesNotContain("no-store"));
    }

    @Test
    void pagesThemselvesAreNeverCached() throws Exception {
        HttpResponse<String> page = viewer.get("/");

        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
    }
}
