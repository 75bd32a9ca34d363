package org.corridor.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import org.corridor.DemoCorridorTest;
import org.corridor.web.Chrome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not only visits: a meeting typed when the session ends (the record form shared by monitoring, flows and liaison)
 * is back as typed after signing in, not saved (issue 18).
 */
@DemoCorridorTest
class MeetingKeptAcrossSignInBrowserTests {

    private static final String TITLE = "Border police briefing, kept across sign-in";
    private static final String SUMMARY = "The police described the new registration point; typed before the session ended.";

    @RegisterExtension
    static final Chrome chrome = Chrome.withJavaScript();

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMeetingTypedWhenTheSessionEndedIsBackAsTypedAfterSigningIn() {
        chrome.resize(Chrome.PHONE);
        chrome.signInToDemo("officer");
        chrome.open("/liaison/meetings/new");
        chrome.find("#title").clear();
        chrome.find("#title").sendKeys(TITLE);
        chrome.find("#summary").sendKeys(SUMMARY);
        chrome.endTheSession(jdbc);

        chrome.clickAndWaitForPage(chrome.find(".form button[type=submit]"));

        assertThat(chrome.currentPath()).isEqualTo("/login");
        assertThat(chrome.find(".notice").getText())
                .isEqualTo("Your session ended; sign in and the form will be here as you typed it.");
        chrome.signInToDemoOnThisPage("officer");

        assertThat(chrome.currentPath()).isEqualTo("/liaison/meetings/new");
        assertThat(chrome.valueOf("title")).isEqualTo(TITLE);
        assertThat(chrome.valueOf("summary")).isEqualTo(SUMMARY);
        assertThat(chrome.find(".notice").getText()).contains("Your session had ended");
        assertThat(jdbc.sql("select count(*) from meeting where title = ?").param(TITLE).query(Long.class).single())
                .isZero();
        chrome.assertPageIsSound();
    }
}
