package org.corridor.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import org.corridor.DemoCorridorTest;
import org.corridor.web.Chrome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/**
 * The liaison pages as the demo officer of Skopje uses them, on the demo scenario: the meeting list,
 * the calendar, who meets whom, the meeting series and the meeting and series forms with their problems
 * shown pass axe-core and the CSP.
 */
// Demo mode publishes its password, so it listens on loopback only, as the 'demo' profile does.
@DemoCorridorTest
class LiaisonBrowserTests {

    @RegisterExtension
    static final Chrome chrome = Chrome.withJavaScript();

    private void signInAsOfficer() {
        chrome.signInToDemo("officer");
    }

    @Test
    void theMeetingListAndItsFiltersAreAccessible() {
        chrome.resize(Chrome.DESKTOP);
        signInAsOfficer();
        chrome.open("/liaison/meetings?kind=JOINT_VISIT");
        assertThat(chrome.find("h1").getText()).isEqualTo("Meetings");
        assertThat(chrome.find("table").getText()).contains("Joint visit of the Heads of the Missions to Serbia and Skopje");
        chrome.assertPageIsSound();
    }

    @Test
    void theCalendarAndWhoMeetsWhomAreAccessible() {
        chrome.resize(Chrome.DESKTOP);
        signInAsOfficer();
        chrome.open("/liaison/calendar?month=2015-11");
        assertThat(chrome.find(".calendar").getText()).contains("10:00 Weekly coordination meeting");
        chrome.assertPageIsSound();
        chrome.open("/liaison/who-meets-whom?from=2015-09-01&to=2016-06-30");
        assertThat(chrome.findAll(".contacts-network line")).isNotEmpty();
        chrome.assertPageIsSound();
    }

    @Test
    void theMeetingFormShowsItsProblemsAccessibly() {
        chrome.resize(Chrome.PHONE);
        signInAsOfficer();
        chrome.open("/liaison/meetings/new");
        chrome.assertPageIsSound();
        WebElement title = chrome.find("#title");
        title.clear();
        WebElement end = chrome.find("#endTime");
        end.clear();
        chrome.clickAndWaitForPage(chrome.find(".form button[type=submit]"));
        assertThat(chrome.driver().switchTo().activeElement()).isEqualTo(chrome.find(".error-summary"));
        assertThat(chrome.find("#title-error").getText()).contains("Give the meeting a title");
        chrome.assertPageIsSound();
    }

    @Test
    void theSeriesPagesAreAccessible() {
        chrome.resize(Chrome.DESKTOP);
        signInAsOfficer();
        chrome.open("/liaison/series");
        assertThat(chrome.find("h1").getText()).isEqualTo("Meeting series");
        chrome.assertPageIsSound();
        chrome.clickAndWaitForPage(chrome.find("table a"));
        assertThat(chrome.find("h1").getText()).isEqualTo("Weekly coordination meeting on the refugee and migrant situation");
        assertThat(chrome.find(".summary-list").getText()).contains("Every Wednesday at 10:00, for 90 minutes");
        assertThat(chrome.findAll(".occurrence-cancelled")).isNotEmpty(); // the holiday week of 30 December 2015
        chrome.assertPageIsSound();
        chrome.clickAndWaitForPage(chrome.find(".occurrence-cancelled"));
        assertThat(chrome.find(".summary-list").getText()).contains("Weekly coordination meeting");
        assertThat(chrome.find(".actions .button").getText()).isEqualTo("Change only this meeting");
        chrome.assertPageIsSound();
    }

    @Test
    void theSeriesFormShowsItsProblemsAccessibly() {
        chrome.resize(Chrome.PHONE);
        signInAsOfficer();
        chrome.open("/liaison/series/new");
        chrome.assertPageIsSound();
        chrome.find("#title").sendKeys("Weekly coordination in Gevgelija");
        chrome.find("#count").sendKeys("500");
        chrome.clickAndWaitForPage(chrome.find(".form button[type=submit]"));
        assertThat(chrome.driver().switchTo().activeElement()).isEqualTo(chrome.find(".error-summary"));
        assertThat(chrome.find("#count-error").getText()).contains("from 1 to 160");
        chrome.assertPageIsSound();
    }

    @Test
    void whoMeetsWhomShowsTheDemoWithoutChosenDates() {
        chrome.resize(Chrome.DESKTOP);
        signInAsOfficer();
        chrome.open("/liaison/who-meets-whom");
        // The demo's meetings are from 2015-2016, long before today: the page falls back to their whole span, says so.
        assertThat(chrome.find(".period").getText()).startsWith("Meetings from 2015-")
                .contains("There were no meetings in the last twelve months");
        assertThat(chrome.findAll(".contacts-network line")).isNotEmpty();
        chrome.assertPageIsSound();
    }

    /**
     * Measured as the browser draws them (getBBox, in the picture's units): every label inside the view box, no two
     * overlapping, and each node's full name in its title and in the tables beside the picture.
     */
    @Test
    void whoMeetsWhomsLabelsAreWholeInsideThePictureAndNeverOverlap() {
        chrome.resize(Chrome.DESKTOP);
        chrome.signInToDemo("coordinator");
        chrome.open("/liaison/who-meets-whom?from=2015-09-01&to=2016-06-30");

        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> measured = (java.util.Map<String, Object>) chrome.driver().executeScript("""
                const svg = document.querySelector('.contacts-network');
                const view = svg.viewBox.baseVal;
                const tables = [...document.querySelectorAll('table')].map(t => t.textContent).join(' ');
                const labels = [...svg.querySelectorAll('text.node-label')].map(t => {
                  const b = t.getBBox();
                  return {name: t.parentNode.querySelector('title').textContent, x: b.x, y: b.y,
                          right: b.x + b.width, bottom: b.y + b.height};
                });
                const problems = [];
                for (const l of labels) {
                  if (l.x < view.x || l.y < view.y || l.right > view.x + view.width || l.bottom > view.y + view.height) {
                    problems.push('outside the picture: ' + l.name);
                  }
                  if (!tables.includes(l.name)) {
                    problems.push('not named in full in the tables: ' + l.name);
                  }
                }
                for (let i = 0; i < labels.length; i++) {
                  for (let j = i + 1; j < labels.length; j++) {
                    const a = labels[i], b = labels[j];
                    if (a.x < b.right && b.x < a.right && a.y < b.bottom && b.y < a.bottom) {
                      problems.push('overlapping: ' + a.name + ' and ' + b.name);
                    }
                  }
                }
                return {count: labels.length, problems: problems};
                """);

        assertThat((Long) measured.get("count")).as("labels drawn").isGreaterThan(6);
        assertThat((java.util.List<?>) measured.get("problems")).isEmpty();
        chrome.screenshot("who-meets-whom");
        chrome.assertPageIsSound();
    }
}
