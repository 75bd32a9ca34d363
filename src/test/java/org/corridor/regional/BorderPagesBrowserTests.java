package org.corridor.regional;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.corridor.DemoCorridorTest;
import org.corridor.web.Chrome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The borders page in a real browser, as the regional coordinator reads it on a phone over the demo's autumn 2015:
 * the chart of both sides and their difference, the weeks, the days unfolded; clean for axe-core and the CSP.
 */
// Demo mode publishes its password, so it listens on loopback only, as the 'demo' profile does.
@DemoCorridorTest
class BorderPagesBrowserTests {

    @RegisterExtension
    static final Chrome chrome = Chrome.withJavaScript();

    @LocalServerPort
    int port;

    @Test
    void tabanovceAgainstPresevoDrawsBothSidesAndTheirDifference() {
        chrome.resize(Chrome.PHONE);
        chrome.signInToDemo("coordinator");
        chrome.open("http://127.0.0.1:" + port
                + "/regional/borders?border=tabanovce-presevo&from=2015-10-01&to=2015-12-31");
        new WebDriverWait(chrome.driver(), Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(chrome.driver()
                .executeScript("var c = document.querySelector('canvas[data-border-chart]');"
                        + " return !!(window.Chart && Chart.getChart(c));")));

        Number series = (Number) chrome.driver().executeScript(
                "return Chart.getChart(document.querySelector('canvas[data-border-chart]')).data.datasets.length;");
        Number days = (Number) chrome.driver().executeScript(
                "return Chart.getChart(document.querySelector('canvas[data-border-chart]')).data.labels.length;");
        assertThat(series.intValue()).as("exits, entries, difference, its trend").isEqualTo(4);
        assertThat(days.intValue()).as("one point a day from October to December 2015").isEqualTo(92);
        assertThat(chrome.find("canvas[data-border-chart]").getAttribute("aria-label")).contains("Tabanovce");
        assertThat(chrome.findAll("table.border-weeks tbody tr")).hasSizeGreaterThan(12);
        chrome.assertPageIsSound();

        chrome.find("details.border-days > summary").click();
        assertThat(chrome.find("details.border-days tbody tr[data-day='2015-10-20']").isDisplayed()).isTrue();
        chrome.assertPageIsSound();
        chrome.screenshot("regional-borders-phone");
    }
}
