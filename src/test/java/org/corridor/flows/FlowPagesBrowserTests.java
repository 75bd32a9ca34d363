package org.corridor.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.corridor.DemoCorridorTest;
import org.corridor.RegionFixture;
import org.corridor.web.Chrome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The flows pages in a real browser over the demo's 2015–2016 route, as a viewer reads them on a phone:
 * the chart with its route-event markers, the map and the timeline, each clean for axe-core and the CSP.
 */
// Demo mode publishes its password, so it listens on loopback only, as the 'demo' profile does.
@DemoCorridorTest
class FlowPagesBrowserTests {

    @RegisterExtension
    static final Chrome chrome = Chrome.withJavaScript();

    @Autowired
    RegionFixture region;

    private void signInAsViewer() {
        chrome.resize(Chrome.PHONE);
        chrome.signInToDemo("viewer");
    }

    @Test
    void chartOfGevgelijaDrawsTheAutumn2015PeakWithTheRouteEvents() {
        signInAsViewer();
        var gevgelija = region.place("MK-GEVGELIJA-BCP");
        chrome.open("/flows/chart?location=" + gevgelija + "&direction=ENTRY&from=2015-08-20&to=2016-03-20");
        new WebDriverWait(chrome.driver(), Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(chrome.driver()
                .executeScript("var c = document.querySelector('canvas[data-flow-chart]');"
                        + " return !!(window.Chart && Chart.getChart(c));")));

        Number days = (Number) chrome.driver().executeScript(
                "return Chart.getChart(document.querySelector('canvas[data-flow-chart]')).data.labels.length;");
        assertThat(days.intValue()).as("one point a day from 20 August 2015 to 20 March 2016").isGreaterThan(200);
        assertThat(chrome.find("main").getText()).contains("The route closes");
        chrome.assertPageIsSound();
    }

    @Test
    void mapAndTimelineReadWellOnAPhone() {
        signInAsViewer();
        chrome.open("/flows/map?direction=ENTRY&from=2015-10-01&to=2015-10-31");
        new WebDriverWait(chrome.driver(), Duration.ofSeconds(15))
                .until(d -> !chrome.findAll(".region-map[data-countries-loaded]").isEmpty());
        assertThat(chrome.findAll(".region-map path.region-map-point")).isNotEmpty();
        chrome.assertPageIsSound();

        chrome.open("/flows/events");
        assertThat(chrome.find("main").getText()).contains("Clashes at the Horgoš crossing", "The route closes");
        chrome.assertPageIsSound();
    }
}
