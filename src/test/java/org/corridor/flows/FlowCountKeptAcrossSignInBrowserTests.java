package org.corridor.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.corridor.DemoCorridorTest;
import org.corridor.web.Chrome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A flow count typed when the session ends is back as typed after signing in (issue 18), a total typed in words
 * included: the count form's fields are typed, and what did not convert is kept as it was typed all the same.
 */
@DemoCorridorTest
class FlowCountKeptAcrossSignInBrowserTests {

    private static final String NATIONALITIES = "SYR=12\nAFG=7, kept across sign-in";

    @RegisterExtension
    static final Chrome chrome = Chrome.withJavaScript();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String value(String id) {
        return chrome.find("#" + id).getDomProperty("value");
    }

    @Test
    void aCountWithATotalInWordsTypedWhenTheSessionEndedIsBackAsTypedAfterSigningIn() {
        chrome.resize(Chrome.PHONE);
        chrome.signInToDemo(port, "officer");
        chrome.open("http://127.0.0.1:" + port + "/flows/counts/new");
        chrome.assertPageIsSound();
        chrome.find("#total").sendKeys("nineteen");
        chrome.find("#men").sendKeys("1,200");
        chrome.find("#nationalities").sendKeys(NATIONALITIES);
        chrome.endTheSession(jdbc);

        chrome.clickAndWaitForPage(chrome.find(".form button[type=submit]"));

        assertThat(URI.create(chrome.driver().getCurrentUrl()).getPath()).isEqualTo("/login");
        chrome.signInToDemoOnThisPage("officer");

        assertThat(URI.create(chrome.driver().getCurrentUrl()).getPath()).isEqualTo("/flows/counts/new");
        assertThat(value("total")).isEqualTo("nineteen");
        assertThat(value("men")).isEqualTo("1200");
        assertThat(value("nationalities")).isEqualTo(NATIONALITIES);
        assertThat(chrome.find(".notice").getText()).contains("Your session had ended");
        chrome.assertPageIsSound();
    }
}
