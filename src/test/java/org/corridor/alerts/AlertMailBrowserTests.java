package org.corridor.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.corridor.DemoCorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Role;
import org.corridor.web.Chrome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The alert e-mail page reached from the menu, refused and then saved, and the administrators' outbox, in Chromium:
 * each page passes axe-core and triggers no CSP refusal. As a person of its own, so the demo accounts keep theirs.
 */
@DemoCorridorTest
class AlertMailBrowserTests {

    @RegisterExtension
    static final Chrome chrome = Chrome.withJavaScript();

    @Autowired
    RegionFixture region;

    @Test
    void aPersonChoosesADailyDigestFromTheMenuAfterPuttingAProblemRight() {
        CorridorUser officer = region.user("mailui", "Mail officer", Role.OFFICER, region.operation("albania"));
        chrome.resize(Chrome.PHONE);
        chrome.signIn(officer.getUsername(), RegionFixture.PASSWORD);
        chrome.find(".nav-toggle").click();
        chrome.clickAndWaitForPage(chrome.find(".site-nav a[href='/alerts/subscription']"));
        chrome.assertPageIsSound();

        chrome.find("#delivery-DAILY_DIGEST").click();
        chrome.clickAndWaitForPage(chrome.find("form.form button[type=submit]"));
        assertThat(chrome.find(".error-summary").getText()).contains("Enter the e-mail address to send alerts to");
        chrome.assertPageIsSound();

        chrome.find("#email").sendKeys("mail.officer@example.org");
        chrome.clickAndWaitForPage(chrome.find("form.form button[type=submit]"));
        assertThat(chrome.find(".notice").getText()).isEqualTo("Your alert e-mail choices are saved.");
        assertThat(chrome.find("#delivery-DAILY_DIGEST").isSelected()).isTrue();
        chrome.assertPageIsSound();
    }

    @Test
    void anAdministratorReadsTheOutbox() {
        chrome.resize(Chrome.DESKTOP);
        chrome.signInToDemo("admin");
        chrome.clickAndWaitForPage(chrome.find(".site-nav a[href='/admin/outbox']"));
        assertThat(chrome.find("h1").getText()).isEqualTo("Mail outbox");
        chrome.assertPageIsSound();
    }
}
