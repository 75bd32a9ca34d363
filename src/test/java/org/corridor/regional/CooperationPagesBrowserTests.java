package org.corridor.regional;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.corridor.DemoCorridorTest;
import org.corridor.web.Chrome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The co-operation page and the map in a real browser, as the regional coordinator reads them over the demo: the
 * network drawn on the server with its table, and the map with its outlines (shipped with Corridor, no internet),
 * its circles and its month slider; clean for axe-core and the CSP.
 */
@DemoCorridorTest
class CooperationPagesBrowserTests {

    @RegisterExtension
    static final Chrome chrome = Chrome.withJavaScript();

    @Test
    void theCooperationNetworkAndTheMapAreSound() {
        chrome.signInToDemo("coordinator");
        // The demo's year, not the default (the latest record's year, which other tests of this demo move to today).
        chrome.open("/regional/co-operation?from=2015-09-25&to=2016-09-24");
        assertThat(chrome.findAll("svg.cooperation-network line.edge")).isNotEmpty();
        assertThat(chrome.findAll("table.cooperation-pairs tbody tr")).isNotEmpty();
        chrome.assertPageIsSound();

        chrome.open("/regional/map?from=2015-09-25&to=2016-09-24&slice=1");
        new WebDriverWait(chrome.driver(), Duration.ofSeconds(15)).until(d -> chrome.find("[data-region-map]")
                .getAttribute("data-countries-loaded") != null);
        assertThat(chrome.findAll("[data-region-map] path.region-map-point")).isNotEmpty();
        assertThat(chrome.find("input#m-slice").getAttribute("value")).isEqualTo("1");
        chrome.assertPageIsSound();
        chrome.screenshot("regional-map");
    }
}
