package org.corridor.regional;

import static org.assertj.core.api.Assertions.assertThat;

import org.corridor.DemoCorridorTest;
import org.corridor.web.Chrome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The regional overview as the demo's regional coordinator opens it: from the main navigation, on a desktop and a
 * phone, with a bad period; axe-core and the CSP pass.
 */
@DemoCorridorTest
class RegionalOverviewBrowserTests {

    @RegisterExtension
    static final Chrome chrome = Chrome.withJavaScript();

    @Test
    void theCoordinatorOpensTheOverviewFromTheNavigationAndItIsAccessible() {
        chrome.resize(Chrome.DESKTOP);
        chrome.signInToDemo("coordinator");
        chrome.open("/");
        chrome.clickAndWaitForPage(chrome.find("#site-nav a[href='/regional']"));
        assertThat(chrome.find("h1").getText()).isEqualTo("Regional overview");
        // The default period follows the latest record, and other browser tests add records to this demo today:
        // the demo's own year is chosen as a reader would.
        chrome.open("/regional?from=2015-09-25&to=2016-09-24");
        assertThat(chrome.find("#engagement").getText()).contains("OSCE Mission to Serbia FRONTLINE")
                .contains("ROUTINE");
        chrome.assertPageIsSound();
        chrome.resize(Chrome.PHONE);
        chrome.open("/regional?from=2016-06-01&to=2016-01-01");
        assertThat(chrome.find("#r-to-error").getText()).contains("before the first day");
        chrome.assertPageIsSound();
    }
}
