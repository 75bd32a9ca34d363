package org.corridor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.corridor.DemoCorridorTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The lists on a phone at a border crossing (issue 18): each row a card with its labels, nothing pushed off the
 * screen, the filters folded until asked for; the month's calendar with Sunday in sight. Every page must pass
 * axe-core and trigger no CSP refusal.
 */
@DemoCorridorTest
class PhoneListsBrowserTests {

    @RegisterExtension
    static final Chrome chrome = Chrome.withJavaScript();

    private void assertFitsThePhone(String page) {
        Number pageWidth = (Number) chrome.driver().executeScript("return document.documentElement.scrollWidth");
        Number screen = (Number) chrome.driver().executeScript("return window.innerWidth");
        // A phone widens its viewport to what sticks out: name it, so that a failure says which element to mend.
        Object wide = chrome.driver().executeScript("""
                return Array.from(document.querySelectorAll('body *'))
                  .filter(e => e.getBoundingClientRect().right > arguments[0] + 1)
                  .filter(e => !Array.from(e.children).some(c => c.getBoundingClientRect().right > arguments[0] + 1))
                  .slice(0, 5).map(e => e.tagName + '.' + e.className + ' "' + e.textContent.trim().slice(0, 60) + '"')
                  .join('; ')""", Chrome.PHONE.getWidth());
        assertThat(screen.intValue()).as("the phone's width on " + page + "; sticking out: " + wide)
                .isEqualTo(Chrome.PHONE.getWidth());
        assertThat(pageWidth.intValue()).as("no sideways scrolling on " + page + "; sticking out: " + wide)
                .isLessThanOrEqualTo(screen.intValue());
    }

    /**
     * Of the elements the selector finds, those not shown or not wholly within the phone's width, named; with
     * {@code shownOnly} only the shown ones are checked. One script in the page: a WebDriver round trip for each
     * cell of three lists took half a minute.
     */
    private List<String> offTheScreen(String selector, boolean shownOnly) {
        @SuppressWarnings("unchecked")
        List<String> off = (List<String>) chrome.driver().executeScript("""
                return Array.from(document.querySelectorAll(arguments[0]))
                  .filter(e => !arguments[2] || e.checkVisibility())
                  .filter(e => { const box = e.getBoundingClientRect();
                                 return !e.checkVisibility() || box.left < 0 || box.right > arguments[1]; })
                  .map(e => e.tagName + '.' + e.className + ' "' + e.textContent.trim().slice(0, 60) + '"')""",
                selector, Chrome.PHONE.getWidth(), shownOnly);
        return off;
    }

    /** Every element the selector finds is shown and wholly on the phone's screen; there is at least one. */
    private void assertAllOnScreen(String selector) {
        assertThat(chrome.findAll(selector)).as(selector).isNotEmpty();
        assertThat(offTheScreen(selector, false)).as(selector + " off the screen or hidden").isEmpty();
    }

    private void assertFiltersFolded() {
        WebElement fold = chrome.find("details.filters-fold");
        assertThat(fold.getDomAttribute("open")).as("folded").isNull();
        assertThat(fold.findElement(By.tagName("summary")).getText()).isEqualTo("Filters");
        assertThat(chrome.findAll(".filters select")).isNotEmpty().noneMatch(WebElement::isDisplayed);
    }

    @Test
    void theVisitsListShowsEachVisitAsACardWithItsPersonsAndConcernsAndItsFiltersFolded() {
        chrome.resize(Chrome.PHONE);
        chrome.signInToDemo("officer");
        chrome.open("/monitoring/visits");

        assertFiltersFolded();
        assertFitsThePhone("the visits");
        assertAllOnScreen("td[data-label='Concerns'] .tag");
        // other tests' visits of these days, on top of the list, may have no figure: an empty cell is left out
        List<WebElement> persons = chrome.findAll("td[data-label='Persons observed']:not(:empty)");
        assertThat(persons).isNotEmpty();
        assertThat(offTheScreen("td[data-label='Persons observed']:not(:empty)", false)).isEmpty();
        assertThat(persons.get(0).getText()).matches("[0-9,]+");
        String label = (String) chrome.driver().executeScript(
                "return getComputedStyle(arguments[0], '::before').content", persons.get(0));
        assertThat(label).as("the card names the figure").isEqualTo("\"Persons observed\"");
        chrome.assertPageIsSound();
        chrome.screenshot("visits-cards-phone");

        chrome.find("details.filters-fold summary").click();
        assertThat(chrome.find("#f-unit").isDisplayed()).isTrue();
        assertFitsThePhone("the visits, filters open");
        chrome.assertPageIsSound();

        chrome.open("/monitoring/visits?unit=MONITORING");
        assertThat(chrome.find("details.filters-fold").getDomAttribute("open")).as("open with a filter set").isNotNull();
        assertThat(chrome.find("#f-unit").isDisplayed()).isTrue();
    }

    @Test
    void theFiltersAreOpenOnAWideScreen() {
        chrome.resize(Chrome.DESKTOP);
        chrome.signInToDemo("officer");
        for (String list : List.of("/monitoring/visits", "/liaison/meetings", "/activities", "/flows")) {
            chrome.open(list);
            assertThat(chrome.find("details.filters-fold").getDomAttribute("open")).as(list).isNotNull();
            assertThat(chrome.findAll(".filters select").get(0).isDisplayed()).as(list).isTrue();
            assertThat(chrome.find("table.cards thead").isDisplayed()).as("a table on a desktop").isTrue();
        }
    }

    @Test
    void meetingsActivitiesAndFlowCountsFitThePhoneWithTheirFiltersFolded() {
        chrome.resize(Chrome.PHONE);
        chrome.signInToDemo("officer");
        for (String list : List.of("/liaison/meetings", "/activities", "/flows")) {
            chrome.open(list);
            assertFiltersFolded();
            assertFitsThePhone(list);
            assertThat(chrome.findAll("table.cards tbody td")).as(list).isNotEmpty();
            assertThat(offTheScreen("table.cards tbody td", true)).as(list + ": cells off the screen").isEmpty();
            chrome.assertPageIsSound();
        }
    }

    @Test
    void theAuditLogFitsThePhone() {
        chrome.resize(Chrome.PHONE);
        chrome.signInToDemo("admin");
        chrome.open("/audit");
        assertThat(chrome.findAll("table.cards tbody tr")).isNotEmpty();
        assertFitsThePhone("the audit log");
        chrome.findAll("table.cards details summary").stream().limit(3).forEach(WebElement::click);
        assertFitsThePhone("the audit log, changes open");
        chrome.assertPageIsSound();
        chrome.screenshot("audit-phone");
    }

    @Test
    void anImportReportWithProblemsFitsThePhone() throws IOException {
        chrome.resize(Chrome.PHONE);
        chrome.signInToDemo("focal");
        chrome.open("/flows/import");
        Path dir = Files.createDirectories(Path.of("target", "browser-uploads"));
        Path file = Files.writeString(dir.resolve("phone-report-" + System.nanoTime() + ".csv"), """
                date,location_code,direction,total
                1991-03-04,MK-TABANOVCE-BCP,ENTRY,twelve
                1991-03-05,MK-NOWHERE-AT-ALL-A-VERY-LONG-CODE-THAT-NOBODY-HAS-EVER-SEEN,ENTRY,3
                """).toAbsolutePath();
        chrome.find("#file").sendKeys(file.toString());
        chrome.find("button[value=check]").click();
        new WebDriverWait(chrome.driver(), Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().matches(".*/flows/import/[0-9a-f-]{36}$"));

        assertThat(chrome.findAll("table.cards tbody tr")).hasSizeGreaterThanOrEqualTo(2);
        assertFitsThePhone("the import report");
        chrome.assertPageIsSound();
        chrome.screenshot("import-report-phone");
    }

    @Test
    void theMonthCalendarFitsThePhoneWithSundayInSightAndItsMeetingsListedByDay() {
        chrome.resize(Chrome.PHONE);
        chrome.signInToDemo("officer");
        chrome.open("/liaison/calendar?month=2015-11");

        assertFitsThePhone("the calendar");
        List<WebElement> days = chrome.findAll(".calendar thead th");
        assertThat(days).hasSize(7);
        assertThat(days.get(6).findElement(By.tagName("abbr")).getDomAttribute("title")).isEqualTo("Sunday");
        assertAllOnScreen(".calendar thead th");
        assertAllOnScreen(".calendar tbody td");
        assertAllOnScreen(".calendar-agenda .calendar-meetings a");
        assertThat(chrome.findAll(".calendar td:not(.calendar-other-month) .calendar-marker"))
                .as("a mark on each day of the month with meetings").allMatch(WebElement::isDisplayed)
                .hasSameSizeAs(chrome.findAll(".calendar-agenda-days > li"));
        chrome.assertPageIsSound();
        chrome.screenshot("calendar-phone");

        chrome.resize(Chrome.DESKTOP);
        chrome.open("/liaison/calendar?month=2015-11");
        assertThat(chrome.find(".calendar-agenda").isDisplayed()).as("the grid shows the meetings on a desktop").isFalse();
        assertThat(chrome.findAll(".calendar td .calendar-meetings a")).isNotEmpty().allMatch(WebElement::isDisplayed);
    }
}
