package org.corridor.regional;

import static org.assertj.core.api.Assertions.assertThat;

import org.corridor.DemoCorridorTest;
import org.corridor.web.Chrome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The public figures page in a real browser, as a delegation reader reads it on a phone over the demo's autumn 2015:
 * the weekly tables and the activities table with their withheld cells, the rule unfolded; clean for axe-core and the
 * CSP.
 */
@DemoCorridorTest
class PublicFiguresBrowserTests {

    @RegisterExtension
    static final Chrome chrome = Chrome.withJavaScript();

    @Test
    void aDelegationReaderReadsThePublishedFiguresWithTheirRule() {
        chrome.resize(Chrome.PHONE);
        chrome.signInToDemo("delegation");
        chrome.open("/regional/public?from=2015-10-01&to=2015-12-31");

        assertThat(chrome.findAll("table.public-flows")).isNotEmpty();
        assertThat(chrome.findAll("table.public-activities tbody tr")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(chrome.find("a[data-public-download]").getAttribute("href")).contains("/regional/public.csv");
        chrome.assertPageIsSound();
        chrome.find("details.public-rule > summary").click();
        assertThat(chrome.find("details.public-rule p").isDisplayed()).isTrue();
        chrome.assertPageIsSound();
        chrome.screenshot("regional-public-phone");
    }
}
