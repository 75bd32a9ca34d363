package org.corridor.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.corridor.DemoCorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Role;
import org.corridor.web.Chrome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An officer records an activity and one of its trainings through the forms, then finds the training on the
 * activity's page and in the capacity-building totals, and goes from the 4W matrix to the activities of a cell.
 * Every page passes axe-core and the CSP. The test makes its own officer and records, dated in 2031 so that
 * no other record is in its period; it uses none of the demo's.
 */
// Same server settings as the other browser tests, so that they share one application context.
@DemoCorridorTest
class ActivityPagesBrowserTests {

    @RegisterExtension
    static final Chrome chrome = Chrome.withJavaScript();

    @Autowired
    RegionFixture region;

    private void signInAsNewOfficerOfSkopje() {
        CorridorUser officer = region.user("act.browser", "Activities Officer", Role.OFFICER, region.operation("skopje"));
        chrome.signIn(officer.getUsername(), RegionFixture.PASSWORD);
    }

    /** Date inputs take typed keys in the browser's locale; the value is set as the form sends it. */
    private void setDate(String selector, String isoDate) {
        chrome.driver().executeScript("arguments[0].value = arguments[1]", chrome.find(selector), isoDate);
    }

    private void type(String selector, String text) {
        WebElement input = chrome.find(selector);
        input.clear();
        input.sendKeys(text);
    }

    @Test
    void officerRecordsAnActivityAndATrainingAndFollowsThemToTheTotalsAndTheMatrix() {
        chrome.resize(Chrome.DESKTOP);
        signInAsNewOfficerOfSkopje();
        String title = "Training of border police on referral " + org.corridor.RegionFixture.tag();

        chrome.open("/activities");
        chrome.assertPageIsSound();
        chrome.clickAndWaitForPage(chrome.find("a[href$='/activities/new']"));
        chrome.assertPageIsSound();
        type("#title", title);
        new Select(chrome.find("#responseArea")).selectByValue("POLICING_AND_MIGRATION_CRIME");
        chrome.find("#dimension-HUMAN").click();
        new Select(chrome.find("#kind")).selectByValue("PROJECT");
        new Select(chrome.find("#status")).selectByValue("ONGOING");
        setDate("#startsOn", "2031-05-01");
        setDate("#endsOn", "2031-06-30");
        chrome.clickAndWaitForPage(chrome.find(".form button[type=submit]"));
        assertThat(chrome.find("h1").getText()).isEqualTo(title);
        assertThat(chrome.find("#capacity-events ~ p").getText()).contains("No training or workshop recorded");
        chrome.assertPageIsSound();

        chrome.clickAndWaitForPage(chrome.find("a[href$='/capacity-events/new']"));
        chrome.assertPageIsSound();
        type("#topic", "Identifying victims of trafficking");
        setDate("#startsOn", "2031-05-12");
        setDate("#endsOn", "2031-05-13");
        new Select(chrome.find("#locationId")).selectByIndex(1);
        type("#BORDER_POLICE-target", "25");
        type("#BORDER_POLICE-achieved", "-22");
        chrome.clickAndWaitForPage(chrome.find(".form button[type=submit]"));
        assertThat(chrome.driver().switchTo().activeElement()).isEqualTo(chrome.find(".error-summary"));
        chrome.screenshot("capacity-event-form-errors");
        assertThat(chrome.find("#BORDER_POLICE-achieved-error").getText())
                .isEqualTo("Border police: achieved, total – Enter a whole number, 0 or more.");
        chrome.assertPageIsSound();
        type("#BORDER_POLICE-achieved", "22");
        type("#BORDER_POLICE-achievedWomen", "9");
        type("#BORDER_POLICE-achievedMen", "13");
        type("#SOCIAL_WORKERS-target", "10");
        type("#SOCIAL_WORKERS-achieved", "8");
        chrome.clickAndWaitForPage(chrome.find(".form button[type=submit]"));
        assertThat(chrome.find("h1").getText()).isEqualTo(title);
        String events = chrome.find("#capacity-events + * + .table-scroll, #capacity-events ~ .table-scroll").getText();
        assertThat(events).contains("Identifying victims of trafficking", "2031-05-12 – 2031-05-13",
                "Border police: 22 of 25 (9 women, 13 men)", "Social workers: 8 of 10");
        chrome.screenshot("activity-with-training");
        chrome.assertPageIsSound();

        chrome.resize(Chrome.PHONE);
        chrome.clickAndWaitForPage(chrome.find("a[href$='/edit'][href*='/capacity-events/']"));
        assertThat(chrome.find("#BORDER_POLICE-achievedWomen").getDomProperty("value")).isEqualTo("9");
        chrome.screenshot("capacity-event-form-phone");
        Number pageWidth = (Number) chrome.driver().executeScript("return document.documentElement.scrollWidth");
        assertThat(pageWidth.intValue()).as("the participants table scrolls, not the page")
                .isLessThanOrEqualTo(Chrome.PHONE.getWidth());
        chrome.assertPageIsSound();
        chrome.resize(Chrome.DESKTOP);

        String skopje = region.operation("skopje").toString();
        chrome.open("/activities/capacity?operation=" + skopje + "&from=2031-05-01&to=2031-05-31");
        String totals = chrome.find("table").getText();
        assertThat(totals).contains("Border police 1 25 22 9 13", "Social workers 1 10 8 — —");
        new WebDriverWait(chrome.driver(), Duration.ofSeconds(15))
                .until(d -> !chrome.findAll("canvas[data-capacity-chart-ready]").isEmpty());
        assertThat(chrome.find(".chart-box").isDisplayed()).as("the chart of targets against achieved").isTrue();
        chrome.screenshot("capacity-totals");
        chrome.assertPageIsSound();

        chrome.open("/activities/matrix?from=2031-05-01&to=2031-05-31");
        chrome.screenshot("activities-matrix");
        chrome.assertPageIsSound();
        WebElement cell = chrome.find("a[href*='operation=" + skopje + "'][href*='area=POLICING_AND_MIGRATION_CRIME']");
        chrome.clickAndWaitForPage(cell);
        chrome.screenshot("activities-list-from-matrix");
        assertThat(chrome.find("table").getText()).contains(title);
        assertThat(new Select(chrome.find("#f-area")).getFirstSelectedOption().getDomAttribute("value"))
                .as("the list's filter shows the cell it came from").isEqualTo("POLICING_AND_MIGRATION_CRIME");
        chrome.assertPageIsSound();
    }
}
