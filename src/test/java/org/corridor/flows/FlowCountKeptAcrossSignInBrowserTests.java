package org.corridor.flows;

import static org.assertj.core.api.Assertions.assertThat;

import org.corridor.DemoCorridorTest;
import org.corridor.web.Chrome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
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

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCountWithATotalInWordsTypedWhenTheSessionEndedIsBackAsTypedAfterSigningIn() {
        chrome.resize(Chrome.PHONE);
        chrome.signInToDemo("officer");
        chrome.open("/flows/counts/new");
        chrome.assertPageIsSound();
        chrome.find("#total").sendKeys("nineteen");
        chrome.find("#men").sendKeys("1,200");
        chrome.find("#nationalities").sendKeys(NATIONALITIES);
        chrome.endTheSession(jdbc);

        chrome.clickAndWaitForPage(chrome.find(".form button[type=submit]"));

        assertThat(chrome.currentPath()).isEqualTo("/login");
        chrome.signInToDemoOnThisPage("officer");

        assertThat(chrome.currentPath()).isEqualTo("/flows/counts/new");
        assertThat(chrome.valueOf("total")).isEqualTo("nineteen");
        assertThat(chrome.valueOf("men")).isEqualTo("1200");
        assertThat(chrome.valueOf("nationalities")).isEqualTo(NATIONALITIES);
        assertThat(chrome.find(".notice").getText()).contains("Your session had ended");
        chrome.assertPageIsSound();
    }
}
