package org.corridor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The accessibility check every browser test relies on runs axe-core itself (see {@link Chrome#axeViolations}): it
 * must find what axe-core finds, and fail a page only for serious and critical violations. No server is needed: the
 * pages are data URLs.
 */
class ChromeTests {

    @RegisterExtension
    static final Chrome chrome = Chrome.withJavaScript();

    private static void show(String body) {
        chrome.open("data:text/html;charset=utf-8," + URLEncoder.encode("""
                <!doctype html><html lang="en"><head><title>A page</title></head><body><main><h1>A page</h1>
                """ + body + "</main></body></html>", StandardCharsets.UTF_8).replace("+", "%20"));
    }

    @Test
    void failsAPageWithSeriousOrCriticalViolationsAndNamesEachWithWhereItIs() {
        show("<img src='x.png'><input type='text'><a href='#'></a><h4>A skipped level</h4>");

        assertThat(chrome.axeViolations()).extracting(rule -> rule.getId() + " " + rule.getImpact())
                .contains("image-alt critical", "label critical", "link-name serious", "heading-order moderate");
        assertThatThrownBy(chrome::assertAccessible)
                .hasMessageContaining("- image-alt (critical)")
                .hasMessageContaining("at [img]")
                .hasMessageContaining("- label (critical)")
                .hasMessageContaining("- link-name (serious)")
                .hasMessageNotContaining("heading-order");
    }

    @Test
    void passesAPageWhoseOnlyViolationsAreModerate() {
        show("<p>Some text.</p><h4>A skipped level</h4>");

        assertThat(chrome.axeViolations()).extracting(rule -> rule.getId()).containsExactly("heading-order");
        chrome.assertAccessible();
    }

    @Test
    void checksThePageAsItIsNowWhenCheckedAgain() {
        show("<p>Some text.</p>");
        chrome.assertAccessible();

        chrome.driver().executeScript("document.querySelector('main').insertAdjacentHTML('beforeend', \"<img src='y.png'>\")");

        assertThatThrownBy(chrome::assertAccessible).hasMessageContaining("- image-alt (critical)");
    }
}
