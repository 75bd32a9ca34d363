package org.corridor.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.corridor.monitoring.VisitDraft;
import org.corridor.web.Chrome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A monitor at the border records a visit on a phone, with the demo scenario loaded. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"corridor.demo=true", "server.address=127.0.0.1"})
class VisitFormBrowserTests {

    @RegisterExtension
    static final Chrome chrome = Chrome.withJavaScript();

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.corridor.directory.Directory directory;

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void signInAsOfficer() {
        chrome.open(url("/login"));
        chrome.find("#username").sendKeys("officer");
        chrome.find("#password").sendKeys("corridor-demo");
        chrome.clickAndWaitForPage(chrome.find(".form button[type=submit]"));
    }

    private void type(String selector, String text) {
        WebElement field = chrome.find(selector);
        field.clear();
        field.sendKeys(text);
    }

    private boolean open(String summaryText) {
        return chrome.findAll("details.form-section").stream()
                .filter(d -> d.findElement(org.openqa.selenium.By.tagName("summary")).getText().contains(summaryText))
                .findFirst().orElseThrow().getAttribute("open") != null;
    }

    private void submit() {
        chrome.clickAndWaitForPage(chrome.find(".visit-form button[type=submit]"));
    }

    @Test
    void aMonitorRecordsAVisitOnAPhoneFixingMistakesAndConfirmingPersonalData() {
        chrome.resize(Chrome.PHONE);
        signInAsOfficer();
        chrome.open(url("/monitoring/visits"));
        chrome.assertPageIsSound();
        assertThat(chrome.find("a[href*='visits.csv']").getAttribute("href")).contains("/monitoring/visits.csv");
        chrome.clickAndWaitForPage(chrome.find("a[href$='/monitoring/visits/new']"));

        // Few fields at first; the rest folded; today's date and the last location used by this monitor.
        assertThat(chrome.find("#startDate").getAttribute("value"))
                .isEqualTo(LocalDate.now(VisitDraft.REGION_ZONE).toString());
        assertThat(new Select(chrome.find("#locationId")).getFirstSelectedOption().getText()).contains("Gevgelija");
        assertThat(chrome.find("#purpose").isDisplayed()).isTrue();
        assertThat(chrome.find("#personsTotal").isDisplayed()).isFalse();
        assertThat(open("observed")).isFalse();
        chrome.screenshot("visit-form-phone");
        chrome.assertPageIsSound();

        // Two mistakes: the visit ends before it starts, and more men than persons in total.
        setValue("#startDate", LocalDate.now(VisitDraft.REGION_ZONE).minusDays(1).toString());
        setValue("#startTime", "10:00");
        setValue("#endTime", "09:00");
        type("#purpose", "Border monitoring at the crossing");
        chrome.find("details.form-section:nth-of-type(2) summary").click();
        type("#personsTotal", "120");
        type("#men", "200");
        submit();

        WebElement summary = chrome.find(".error-summary");
        assertThat(summary.getText()).contains("must end after it starts").contains("more than the total");
        assertThat(chrome.driver().switchTo().activeElement()).isEqualTo(summary);
        assertThat(chrome.findAll(".error-summary a")).extracting(a -> a.getAttribute("href"))
                .anyMatch(href -> href.endsWith("#endTime")).anyMatch(href -> href.endsWith("#personsTotal"));
        assertThat(chrome.find("#men").getAttribute("value")).isEqualTo("200");
        assertThat(open("observed")).as("the section holding an error is open").isTrue();
        chrome.screenshot("visit-form-phone-errors");
        chrome.assertPageIsSound();

        setValue("#endTime", "16:00");
        type("#men", "60");
        submit();
        assertThat(chrome.find(".notice").getText()).contains("The visit is saved");
        chrome.assertPageIsSound();
    }

    @Test
    void personalDataInTheNarrativeIsKeptOnlyAfterConfirmation() {
        chrome.resize(Chrome.PHONE);
        signInAsOfficer();
        chrome.open(url("/monitoring/visits/new"));
        setValue("#startDate", LocalDate.now(VisitDraft.REGION_ZONE).minusDays(1).toString());
        type("#purpose", "Visit to the transit centre");
        chrome.find("details.form-section:nth-of-type(2) summary").click();
        type("#narrative", "The family can be reached at +389 70 123 456.");
        submit();

        chrome.screenshot("visit-form-phone-personal-data");
        assertThat(chrome.find(".warning-summary").getText()).contains("+389 70 123 456");
        chrome.assertPageIsSound();
        chrome.find("label[for=confirmPersonalData]").click();
        submit();
        assertThat(chrome.find(".notice").getText()).contains("The visit is saved");
    }

    /** Date and time inputs take typed digits in the browser's locale order; setting the value is unambiguous. */
    private void setValue(String selector, String value) {
        chrome.driver().executeScript("arguments[0].value = arguments[1];", chrome.find(selector), value);
    }


    @Test
    void theIntensityChartAndTheOfflineMapDrawTheDemoMonitoring() {
        chrome.resize(Chrome.DESKTOP);
        signInAsOfficer();
        chrome.open(url("/monitoring/intensity?location=" + directory.locationByCode("MK-GEVGELIJA-BCP").orElseThrow().id()));
        new org.openqa.selenium.support.ui.WebDriverWait(chrome.driver(), java.time.Duration.ofSeconds(15))
                .until(d -> Boolean.TRUE.equals(chrome.driver().executeScript(
                        "var c = document.querySelector('canvas[data-intensity-chart]'); return !!(window.Chart && Chart.getChart(c));")));
        long bars = ((Number) chrome.driver().executeScript(
                "return Chart.getChart(document.querySelector('canvas[data-intensity-chart]')).getDatasetMeta(0).data.length;")).longValue();
        assertThat(bars).isEqualTo(chrome.findAll("table tbody tr").size()).isGreaterThan(50);
        assertThat(chrome.findAll("tr.below-target")).isNotEmpty();
        chrome.screenshot("intensity-desktop");
        chrome.assertPageIsSound();

        chrome.open(url("/monitoring/map"));
        new org.openqa.selenium.support.ui.WebDriverWait(chrome.driver(), java.time.Duration.ofSeconds(15))
                .until(d -> !chrome.findAll(".region-map[data-countries-loaded]").isEmpty());
        assertThat(chrome.findAll(".region-map path.region-map-country")).hasSizeGreaterThan(10);
        assertThat(chrome.findAll(".region-map path.region-map-point")).hasSize(chrome.findAll("table tbody tr").size());
        assertThat(chrome.findAll(".region-map img")).as("no map tiles: the map works offline").isEmpty();
        chrome.screenshot("map-desktop");
        chrome.assertPageIsSound();
    }
}
