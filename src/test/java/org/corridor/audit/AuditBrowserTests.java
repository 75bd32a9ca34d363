package org.corridor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.corridor.DemoCorridorTest;
import org.corridor.web.Chrome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The audit log as the demo's head of the Mission to Serbia reads it passes axe-core and the CSP, its problems too. */
@DemoCorridorTest
class AuditBrowserTests {

    @RegisterExtension
    static final Chrome chrome = Chrome.withJavaScript();

    @Test
    void theHeadsAuditLogItsFiltersAndTheChainCheckAreSound() {
        chrome.resize(Chrome.DESKTOP);
        chrome.signInToDemo("head.serbia");
        chrome.open("/audit?recordType=monitoring_visit");
        assertThat(chrome.find("h1").getText()).isEqualTo("Audit log");
        assertThat(chrome.find(".audit-table").getText()).contains("Sonja Officer").contains("Monitoring visit");
        assertThat(chrome.findAll(".audit-record a")).isNotEmpty();
        chrome.screenshot("audit-head");
        chrome.assertPageIsSound();

        chrome.open("/audit?from=2016-03-08&to=2016-03-01");
        assertThat(chrome.find(".error-summary").getText()).contains("not before its start");
        assertThat(chrome.find("#to-error").getText()).contains("not before its start");
        chrome.assertPageIsSound();

        chrome.open("/audit/verification");
        assertThat(chrome.find(".notice").getText()).contains("intact");
        chrome.assertPageIsSound();
    }
}
