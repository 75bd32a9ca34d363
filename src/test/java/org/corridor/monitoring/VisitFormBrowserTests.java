package org.corridor.monitoring;

import org.corridor.DemoCorridorTest;
import org.corridor.RegionFixture;
import org.corridor.kernel.Region;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.corridor.web.Chrome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Recording a monitoring visit on a phone, as the Skopje officer of the demo scenario: the short form,
 * its folded sections, its problems and the personal-data warning; and the list of visits with its
 * filters. Every page shown must pass axe-core and trigger no CSP refusal.
 */
// Demo mode publishes its password, so it listens on loopback only, as the 'demo' profile does.
@DemoCorridorTest
class VisitFormBrowserTests {

    private static final List<String> ESSENTIAL_FIELDS =
            List.of("locationId", "unit", "startDate", "startTime", "endTime", "purpose", "status");
    private static final List<String> FOLDED_FIELDS =
            List.of("endDate", "teamCount", "distributionLevel", "personsTotal", "men", "narrative", "followUps0-action");
    private static final String MORE = "Team, overnight stay and sharing";
    private static final String OBSERVATIONS = "What the team observed";
    private static final String FOLLOW_UPS = "Follow-up actions";

    @RegisterExtension
    static final Chrome chrome = Chrome.withJavaScript();

    @Autowired
    RegionFixture region;

    /** Where the demo officer last went: the scenario's latest Skopje visits are at this crossing. */
    UUID gevgelijaCrossing;
    LocalDate yesterday;

    @BeforeEach
    void demoData() {
        gevgelijaCrossing = region.place("MK-GEVGELIJA-BCP");
        // A completed visit must have ended; yesterday's has, whatever the time of day the test runs.
        yesterday = LocalDate.now(Region.ZONE).minusDays(1);
    }

    private void signInAsOfficer() {
        chrome.signInToDemo("officer");
    }

    private void openRecordAVisitFromTheMenu() {
        chrome.find(".nav-toggle").click();
        chrome.clickAndWaitForPage(chrome.find(".site-nav a[href='/monitoring/visits']"));
        chrome.clickAndWaitForPage(chrome.find("a.button[href='/monitoring/visits/new']"));
        assertThat(chrome.currentPath()).isEqualTo("/monitoring/visits/new");
    }

    private WebElement section(String title) {
        return chrome.findAll("details.form-section").stream()
                .filter(details -> details.findElement(By.tagName("summary")).getText().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("No form section " + title));
    }

    private boolean isOpen(String title) {
        return section(title).getDomAttribute("open") != null;
    }

    private void unfold(String title) {
        if (!isOpen(title)) {
            section(title).findElement(By.tagName("summary")).click();
        }
    }

    private void type(String id, String text) {
        WebElement field = chrome.find("#" + id);
        field.clear();
        field.sendKeys(text);
    }

    /** Date and time inputs take keys in the browser's locale order; their value is the same everywhere. */
    private void setValue(String id, String value) {
        chrome.driver().executeScript("""
                arguments[0].value = arguments[1];
                arguments[0].dispatchEvent(new Event('input', {bubbles: true}));
                arguments[0].dispatchEvent(new Event('change', {bubbles: true}));""", chrome.find("#" + id), value);
    }

    private void save() {
        chrome.clickAndWaitForPage(chrome.find(".actions button[type=submit]"));
    }

    @Test
    void officerRecordsAVisitOnAPhoneFixingWhatTheFormPointsOut() {
        chrome.resize(Chrome.PHONE);
        signInAsOfficer();
        openRecordAVisitFromTheMenu();

        assertThat(ESSENTIAL_FIELDS).allSatisfy(id -> assertThat(chrome.find("#" + id).isDisplayed()).as(id).isTrue());
        assertThat(FOLDED_FIELDS).allSatisfy(id -> assertThat(chrome.find("#" + id).isDisplayed()).as(id).isFalse());
        assertThat(chrome.findAll("details.form-section summary")).extracting(WebElement::getText)
                .containsExactly(MORE, OBSERVATIONS, FOLLOW_UPS);
        assertThat(List.of(MORE, OBSERVATIONS, FOLLOW_UPS)).noneMatch(this::isOpen);
        assertThat(chrome.valueOf("startDate")).isEqualTo(LocalDate.now(Region.ZONE).toString());
        assertThat(new Select(chrome.find("#locationId")).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo(gevgelijaCrossing.toString());
        assertThat(chrome.find("#locationId").getSize().getHeight()).as("touch target").isGreaterThanOrEqualTo(44);
        assertThat(section(OBSERVATIONS).getSize().getHeight()).as("touch target").isGreaterThanOrEqualTo(44);
        assertFitsThePhone();
        chrome.assertPageIsSound();
        chrome.screenshot("visit-form-phone");

        setValue("startDate", yesterday.toString());
        setValue("startTime", "15:00");
        setValue("endTime", "09:00");
        type("purpose", "Border monitoring at the crossing");
        unfold(OBSERVATIONS);
        type("personsTotal", "100");
        type("men", "150");
        save();

        assertThat(chrome.currentPath()).isEqualTo("/monitoring/visits");
        WebElement summary = chrome.find(".error-summary");
        assertThat(chrome.driver().switchTo().activeElement()).isEqualTo(summary);
        assertThat(summary.findElements(By.tagName("a"))).extracting(a -> a.getDomAttribute("href"))
                .containsExactly("#endTime", "#personsTotal");
        assertThat(summary.getText()).contains("The visit must end after it starts", "more than the total of 100");
        assertThat(chrome.find("#endTime-error").getText()).startsWith("The visit must end after it starts");
        assertThat(chrome.find("#personsTotal-error").getText()).as("its section is opened")
                .startsWith("Men, women and children add up to 150");
        assertThat(isOpen(OBSERVATIONS)).isTrue();
        assertThat(isOpen(MORE)).isFalse();
        assertThat(List.of(chrome.valueOf("startDate"), chrome.valueOf("startTime"), chrome.valueOf("endTime"), chrome.valueOf("purpose"),
                chrome.valueOf("personsTotal"), chrome.valueOf("men")))
                .containsExactly(yesterday.toString(), "15:00", "09:00", "Border monitoring at the crossing", "100", "150");
        assertFitsThePhone();
        chrome.assertPageIsSound();
        chrome.screenshot("visit-form-phone-errors");

        setValue("endTime", "17:00");
        type("men", "50");
        save();

        assertThat(chrome.currentPath()).matches("/monitoring/visits/[0-9a-f-]{36}");
        assertThat(chrome.find(".notice").getText()).isEqualTo("The visit is saved.");
        assertThat(chrome.find("h1").getText()).contains(yesterday.toString());
        chrome.assertPageIsSound();
        chrome.screenshot("visit-detail-phone");
    }

    @Test
    void aPhoneNumberInTheNarrativeIsKeptOnlyOnceConfirmed() {
        chrome.resize(Chrome.PHONE);
        signInAsOfficer();
        openRecordAVisitFromTheMenu();
        setValue("startDate", yesterday.toString());
        type("purpose", "Visit to the transit area");
        unfold(OBSERVATIONS);
        type("narrative", "A volunteer asked us to call her back on +389 70 123 456 about the queues.");
        save();

        WebElement warning = chrome.find(".warning-summary");
        assertThat(chrome.driver().switchTo().activeElement()).isEqualTo(warning);
        assertThat(warning.getText()).contains("may contain personal data", "a phone number", "+389 70 123 456");
        assertThat(warning.findElement(By.tagName("a")).getDomAttribute("href")).isEqualTo("#confirmPersonalData");
        assertThat(chrome.findAll(".error-summary")).isEmpty();
        assertThat(isOpen(OBSERVATIONS)).isTrue();
        assertThat(chrome.valueOf("narrative")).contains("+389 70 123 456");
        assertThat(chrome.find("#confirmPersonalData").isSelected()).isFalse();
        assertFitsThePhone();
        chrome.assertPageIsSound();
        chrome.screenshot("visit-form-phone-warning");

        chrome.find("label[for=confirmPersonalData]").click();
        assertThat(chrome.find("#confirmPersonalData").isSelected()).as("the label ticks the box").isTrue();
        save();

        assertThat(chrome.currentPath()).matches("/monitoring/visits/[0-9a-f-]{36}");
        assertThat(chrome.find(".notice").getText()).isEqualTo("The visit is saved.");
        assertThat(chrome.find(".narrative").getText()).contains("+389 70 123 456");
        chrome.assertPageIsSound();
    }

    @Test
    void theListFiltersVisitsAndExportsWhatItShows() {
        chrome.resize(Chrome.PHONE);
        signInAsOfficer();
        chrome.open("/monitoring/visits");
        assertThat(chrome.findAll(".filters select, .filters input")).extracting(field -> field.getDomAttribute("name"))
                .containsExactly("operation", "location", "unit", "status", "from", "to");
        assertThat(chrome.findAll(".table tbody tr")).hasSize(VisitController.PAGE_SIZE);
        assertThat(chrome.find("a[href^='/monitoring/visits.csv']").getDomAttribute("href")).isEqualTo("/monitoring/visits.csv");
        assertFitsThePhone();
        chrome.assertPageIsSound();
        chrome.screenshot("visits-phone");

        chrome.find("details.filters-fold summary").click();
        new Select(chrome.find("#f-location")).selectByValue(gevgelijaCrossing.toString());
        new Select(chrome.find("#f-unit")).selectByValue("MONITORING");
        setValue("f-to", "2015-10-31");
        chrome.clickAndWaitForPage(chrome.find(".filters button[type=submit]"));

        String query = "location=" + gevgelijaCrossing + "&unit=MONITORING&to=2015-10-31";
        assertThat(chrome.driver().getCurrentUrl()).contains("location=" + gevgelijaCrossing, "unit=MONITORING", "to=2015-10-31");
        assertThat(chrome.find("a[href^='/monitoring/visits.csv']").getDomAttribute("href"))
                .isEqualTo("/monitoring/visits.csv?" + query);
        assertThat(chrome.find("a[href^='/monitoring/visits.xlsx']").getDomAttribute("href"))
                .isEqualTo("/monitoring/visits.xlsx?" + query);
        List<WebElement> rows = chrome.findAll(".table tbody tr");
        assertThat(rows).isNotEmpty().hasSizeLessThan(VisitController.PAGE_SIZE);
        assertThat(rows).allSatisfy(row -> assertThat(row.getText()).contains("Gevgelija", "Monitoring unit"));
        assertThat(new Select(chrome.find("#f-unit")).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("MONITORING");
        chrome.assertPageIsSound();

        chrome.resize(Chrome.DESKTOP);
        chrome.assertAccessible();
        chrome.screenshot("visits-desktop");
    }

    @Test
    void onADesktopTheFormPutsTimesAndCountsSideBySide() {
        chrome.resize(Chrome.DESKTOP);
        signInAsOfficer();
        chrome.open("/monitoring/visits/new");
        unfold(OBSERVATIONS);

        assertThat(chrome.find("#startTime").getLocation().getY()).isEqualTo(chrome.find("#endTime").getLocation().getY());
        assertThat(chrome.find("#men").getLocation().getY()).isEqualTo(chrome.find("#women").getLocation().getY());
        chrome.assertPageIsSound();
        chrome.screenshot("visit-form-desktop");
    }

    private void assertFitsThePhone() {
        Number pageWidth = (Number) chrome.driver().executeScript("return document.documentElement.scrollWidth");
        assertThat(pageWidth.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(Chrome.PHONE.getWidth());
    }

    @Test
    void theIntensityChartAndTheOfflineMapDrawTheDemoMonitoring() {
        chrome.resize(Chrome.DESKTOP);
        signInAsOfficer();
        chrome.open("/monitoring/intensity?from=2015-08-24&to=2016-09-25&location="
                + region.place("MK-GEVGELIJA-BCP"));
        new org.openqa.selenium.support.ui.WebDriverWait(chrome.driver(), java.time.Duration.ofSeconds(15))
                .until(d -> Boolean.TRUE.equals(chrome.driver().executeScript(
                        "var c = document.querySelector('canvas[data-intensity-chart]'); return !!(window.Chart && Chart.getChart(c));")));
        long bars = ((Number) chrome.driver().executeScript(
                "return Chart.getChart(document.querySelector('canvas[data-intensity-chart]')).getDatasetMeta(0).data.length;")).longValue();
        assertThat(bars).isEqualTo(chrome.findAll("table tbody tr").size()).isGreaterThan(50);
        assertThat(chrome.findAll("tr.below-target")).isNotEmpty();
        chrome.screenshot("intensity-desktop");
        chrome.assertPageIsSound();

        chrome.open("/monitoring/map");
        new org.openqa.selenium.support.ui.WebDriverWait(chrome.driver(), java.time.Duration.ofSeconds(15))
                .until(d -> !chrome.findAll(".region-map[data-countries-loaded]").isEmpty());
        assertThat(chrome.findAll(".region-map path.region-map-country")).hasSizeGreaterThan(10);
        assertThat(chrome.findAll(".region-map path.region-map-point")).hasSize(chrome.findAll("table tbody tr").size());
        assertThat(chrome.findAll(".region-map img")).as("no map tiles: the map works offline").isEmpty();
        chrome.screenshot("map-desktop");
        chrome.assertPageIsSound();
    }
}
