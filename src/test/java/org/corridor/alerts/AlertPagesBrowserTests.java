package org.corridor.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.corridor.DemoCorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.UserAccounts;
import org.corridor.directory.Directory;
import org.corridor.kernel.Actor;
import org.corridor.web.Chrome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bell and the alerts pages in a real browser, as the demo's officer of Skopje uses them: the bell with its
 * number, the list, one alert, and resolving it through the form (first without a comment, then with one); clean for
 * axe-core and the CSP.
 */
@DemoCorridorTest
class AlertPagesBrowserTests {

    @RegisterExtension
    static final Chrome chrome = Chrome.withJavaScript();

    @Autowired
    RegionFixture region;

    @Autowired
    Alerts alerts;
    @Autowired
    Directory directory;
    @Autowired
    UserAccounts accounts;

    @Test
    void theOfficerSeesTheBellOpensAnAlertAndResolvesIt() {
        UUID skopje = region.operation("skopje");
        LocalDate monday = LocalDate.of(2016, 3, 7);
        String summary = "Browser test " + org.corridor.RegionFixture.tag()
                + ": entries at Gevgelija fell by 92 % in the week 7 to 13 March 2016.";
        UUID id = alerts.raise(Actor.SYSTEM, NewAlert.aboutFigures(AlertKind.ROUTE_SHIFT, skopje, null,
                directory.locationByCode("MK-GEVGELIJA-BCP").map(l -> l.id()).orElse(null),
                "browser:" + UUID.randomUUID(), monday, monday.plusDays(6),
                Map.of("dailyAverageLastWeek", 150.0, "dailyAverageBefore", 1875.0, "changePercent", -92), summary,
                List.of(skopje))).orElseThrow();
        long unread = alerts.unreadCount(accounts.findByUsername("officer").orElseThrow());

        chrome.resize(Chrome.DESKTOP);
        chrome.signInToDemo("officer");
        chrome.open("/alerts");
        WebElement bell = chrome.find(".nav-alerts a");
        assertThat(bell.isDisplayed()).isTrue();
        assertThat(bell.getAttribute("aria-label")).isEqualTo("Alerts, " + unread + " unread");
        assertThat(chrome.find(".nav-alerts .alert-count").getText()).isEqualTo(String.valueOf(unread));
        assertThat(chrome.find("table.alerts-table").getText()).contains(summary);
        chrome.assertPageIsSound();
        chrome.screenshot("alerts-desktop");

        chrome.open("/alerts/" + id);
        assertThat(chrome.find(".alert-summary").getText()).isEqualTo(summary);
        assertThat(chrome.find(".nav-alerts a").getAttribute("aria-label"))
                .isEqualTo(unread - 1 == 0 ? "Alerts, none unread" : "Alerts, " + (unread - 1) + " unread");
        chrome.assertPageIsSound();

        chrome.clickAndWaitForPage(chrome.find("#resolve-form button[type=submit]"));
        assertThat(chrome.driver().switchTo().activeElement()).isEqualTo(chrome.find(".error-summary"));
        assertThat(chrome.find("#resolve-comment-error").getText()).contains("Say how the alert was resolved");
        chrome.assertPageIsSound();
        chrome.screenshot("alert-resolve-error-desktop");

        chrome.find("#resolve-comment").sendKeys("Two more teams at Gevgelija from 14 March.");
        chrome.clickAndWaitForPage(chrome.find("#resolve-form button[type=submit]"));
        assertThat(chrome.find(".notice").getText()).isEqualTo("The alert is resolved.");
        assertThat(chrome.find(".alert-history").getText()).contains("Resolved by Oliver Officer")
                .contains("Two more teams at Gevgelija from 14 March.");
        assertThat(alerts.find(accounts.findByUsername("officer").orElseThrow(), id).orElseThrow().state())
                .isEqualTo(AlertState.RESOLVED);
        chrome.assertPageIsSound();
    }
}
