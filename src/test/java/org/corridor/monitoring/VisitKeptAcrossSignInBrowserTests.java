package org.corridor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.corridor.DemoCorridorTest;
import org.corridor.web.Chrome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A session that ends while a visit is typed on a phone (issue 18): what was typed comes back after signing in, to
 * be checked and saved, never saved by itself; and to no one but the person who typed it.
 */
@DemoCorridorTest
class VisitKeptAcrossSignInBrowserTests {

    private static final String PURPOSE = "Night at the Tabanovce crossing, kept across sign-in";
    private static final String NARRATIVE = "Some 300 people waited at the fence in the rain; typed before the phone slept.";

    @RegisterExtension
    static final Chrome chrome = Chrome.withJavaScript();

    @Autowired
    JdbcClient jdbc;

    private void type(String id, String text) {
        chrome.find("#" + id).clear();
        chrome.find("#" + id).sendKeys(text);
    }

    /** The officer types a visit on a phone; the session then ends (expired and cleaned away) before saving. */
    private void typeAVisitAndLetTheSessionEnd() {
        chrome.resize(Chrome.PHONE);
        chrome.signInToDemo("officer");
        chrome.open("/monitoring/visits/new");
        type("purpose", PURPOSE);
        chrome.find("details.form-section:nth-of-type(2) summary").click();
        type("narrative", NARRATIVE);

        chrome.endTheSession(jdbc);

        chrome.clickAndWaitForPage(chrome.find(".actions button[type=submit]"));
    }

    private long visitsWithThePurpose() {
        return jdbc.sql("select count(*) from monitoring_visit where purpose = ?").param(PURPOSE).query(Long.class).single();
    }

    @Test
    void theVisitTypedWhenTheSessionEndedIsBackAsTypedAfterSigningIn() {
        typeAVisitAndLetTheSessionEnd();

        assertThat(chrome.currentPath()).isEqualTo("/login");
        assertThat(chrome.find(".notice").getText())
                .isEqualTo("Your session ended; sign in and your visit will be here as you typed it.");
        assertThat(chrome.driver().getPageSource()).doesNotContain("You do not have access");
        chrome.assertPageIsSound();

        chrome.signInToDemoOnThisPage("officer");

        assertThat(chrome.currentPath()).as("the form again, not saved").isEqualTo("/monitoring/visits/new");
        assertThat(chrome.find(".notice").getText()).contains("Your session had ended", "check it and save");
        assertThat(chrome.valueOf("purpose")).isEqualTo(PURPOSE);
        assertThat(chrome.valueOf("narrative")).isEqualTo(NARRATIVE);
        assertThat(chrome.find("#narrative").isDisplayed()).as("its section open").isTrue();
        assertThat(visitsWithThePurpose()).as("nothing saved without the officer").isZero();
        chrome.assertPageIsSound();

        chrome.open("/monitoring/visits/new");
        assertThat(chrome.valueOf("purpose")).as("shown once").isNotEqualTo(PURPOSE);
    }

    @Test
    void someoneElseSigningInOnThatPhoneDoesNotGetWhatWasTyped() {
        typeAVisitAndLetTheSessionEnd();
        assertThat(chrome.currentPath()).isEqualTo("/login");

        chrome.signInToDemoOnThisPage("focal");

        assertThat(chrome.currentPath()).isEqualTo("/");
        chrome.open("/monitoring/visits/new");
        assertThat(chrome.valueOf("purpose")).isNotEqualTo(PURPOSE);
        assertThat(chrome.driver().getPageSource()).doesNotContain(NARRATIVE);
        assertThat(chrome.findAll(".notice")).extracting(notice -> notice.getText())
                .noneMatch(text -> text.contains("Your session had ended"));
        assertThat(visitsWithThePurpose()).isZero();
    }
}
