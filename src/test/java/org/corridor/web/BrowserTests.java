package org.corridor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.corridor.DemoCorridorTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/**
 * The pages as a phone and a desktop browser show them, signed in as the demo accounts. Every page
 * visited must pass axe-core without serious or critical violations and trigger no CSP refusal.
 */
// Demo mode publishes its password, so it listens on loopback only, as the 'demo' profile does.
@DemoCorridorTest
class BrowserTests {

    @RegisterExtension
    static final Chrome chrome = Chrome.withJavaScript();

    @RegisterExtension
    static final Chrome chromeWithoutScript = Chrome.withoutJavaScript();

    private boolean menuIsOpen() {
        return "true".equals(chrome.find(".nav-toggle").getAttribute("aria-expanded"));
    }

    private void openMenu() {
        if (!menuIsOpen()) {
            chrome.find(".nav-toggle").click();
        }
    }

    @Test
    void officerSignsInOnAPhoneVisitsEveryPageOfTheMenuAndSignsOut() {
        chrome.resize(Chrome.PHONE);
        chrome.open("/");
        assertThat(chrome.driver().getCurrentUrl()).endsWith("/login");
        chrome.assertPageIsSound();

        chrome.signIn("officer", "corridor-demo");
        assertThat(chrome.currentPath()).isEqualTo("/");
        assertThat(chrome.find("h1").getText()).contains("Oliver Officer");
        assertThat(chrome.find("#start-roles").getText()).contains("Mission to Skopje · Officer");
        assertThat(chrome.find(".site-nav").isDisplayed()).as("menu collapsed on a phone").isFalse();
        chrome.assertPageIsSound();
        chrome.screenshot("dashboard-phone");

        chrome.find(".nav-toggle").click();
        assertThat(menuIsOpen()).isTrue();
        assertThat(chrome.find(".site-nav").isDisplayed()).isTrue();
        assertThat(chrome.find(".site-nav .who").getText()).contains("Oliver Officer", "Mission to Skopje · Officer");
        chrome.assertPageIsSound();
        chrome.screenshot("dashboard-phone-menu");

        List<String> pages = chrome.findAll(".site-nav a").stream().map(link -> link.getAttribute("href")).toList();
        assertThat(pages).isNotEmpty();
        for (String page : pages) {
            openMenu();
            WebElement link = chrome.find(".site-nav a[href='" + page.substring(chrome.url("").length()) + "']");
            chrome.clickAndWaitForPage(link);
            assertThat(chrome.driver().getCurrentUrl()).isEqualTo(page);
            // Modules add their pages one by one; a menu entry whose module is not built yet shows the
            // not-found page, which must itself pass. What the menu offers must never be refused or fail.
            assertThat(chrome.findAll(".status-code")).as("status of %s", page)
                    .allSatisfy(status -> assertThat(status.getText()).isEqualTo("404"));
            assertThat(chrome.find(".site-nav").isDisplayed()).as("menu collapsed again on %s", page).isFalse();
            chrome.assertPageIsSound();
        }

        openMenu();
        chrome.clickAndWaitForPage(chrome.find(".site-nav .link-button"));
        assertThat(chrome.driver().getCurrentUrl()).isEqualTo(chrome.url("/login?signedOut"));
        assertThat(chrome.find(".notice").isDisplayed()).isTrue();
        chrome.assertPageIsSound();
        chrome.open("/");
        assertThat(chrome.driver().getCurrentUrl()).endsWith("/login");
    }

    @Test
    void viewerLooksUpPlacesAndOrganisationsInTheDirectoryOnAPhone() {
        chrome.resize(Chrome.PHONE);
        chrome.signIn("viewer", "corridor-demo");
        chrome.open("/directory");
        assertThat(chrome.findAll(".tile a")).hasSizeGreaterThanOrEqualTo(5);
        chrome.assertPageIsSound();

        chrome.clickAndWaitForPage(chrome.find(".tile a[href='/directory/locations']"));
        assertThat(chrome.findAll(".table tbody tr")).isNotEmpty();
        chrome.assertPageIsSound();
        chrome.find("#q").sendKeys("Gevgelija");
        chrome.clickAndWaitForPage(chrome.find(".search button[type=submit]"));
        List<WebElement> places = chrome.findAll(".table tbody tr");
        assertThat(places).isNotEmpty().allSatisfy(row -> assertThat(row.getText()).containsIgnoringCase("Gevgelija"));
        assertThat(chrome.find("#q").getDomProperty("value")).isEqualTo("Gevgelija");
        chrome.assertPageIsSound();
        chrome.screenshot("directory-locations-phone");

        chrome.clickAndWaitForPage(chrome.find(".table tbody tr th a"));
        assertThat(chrome.currentPath()).matches("/directory/locations/[0-9a-f-]{36}");
        assertThat(chrome.find(".summary-list").getText()).contains("North Macedonia");
        chrome.assertPageIsSound();
        chrome.screenshot("directory-location-phone");

        chrome.clickAndWaitForPage(chrome.find(".breadcrumbs a[href='/directory']"));
        chrome.clickAndWaitForPage(chrome.find(".tile a[href='/directory/organisations']"));
        chrome.assertPageIsSound();
        chrome.find("#q").sendKeys("myla");
        chrome.clickAndWaitForPage(chrome.find(".search button[type=submit]"));
        assertThat(chrome.find(".table tbody").getText()).contains("MYLA");
        chrome.assertPageIsSound();
        chrome.clickAndWaitForPage(chrome.find(".table tbody tr th a"));
        assertThat(chrome.currentPath()).matches("/directory/organisations/[0-9a-f-]{36}");
        chrome.assertPageIsSound();
        chrome.screenshot("directory-organisation-phone");

        chrome.resize(Chrome.DESKTOP);
        chrome.open("/directory/locations?q=Gevgelija");
        chrome.assertPageIsSound();
        chrome.screenshot("directory-locations-desktop");
    }

    @Test
    void wrongPasswordShowsTheErrorSummaryAndFocusesIt() {
        chrome.resize(Chrome.PHONE);
        chrome.signIn("officer", "not-the-password");

        assertThat(chrome.driver().getCurrentUrl()).isEqualTo(chrome.url("/login?error"));
        WebElement summary = chrome.find(".error-summary");
        assertThat(summary.getText()).contains("There is a problem", "The username or password is wrong");
        assertThat(chrome.driver().switchTo().activeElement()).isEqualTo(summary);
        assertThat(chrome.find(".field-invalid .field-error").isDisplayed()).isTrue();
        chrome.assertPageIsSound();
        chrome.screenshot("signin-error-phone");
    }

    @Test
    void desktopShowsTheNavigationWithoutAMenuButton() {
        chrome.resize(Chrome.DESKTOP);
        chrome.open("/login");
        chrome.assertPageIsSound();
        chrome.screenshot("signin-desktop");

        chrome.signIn("head", "corridor-demo");
        assertThat(chrome.find(".nav-toggle").isDisplayed()).isFalse();
        assertThat(chrome.find(".site-nav").isDisplayed()).isTrue();
        assertThat(chrome.find(".site-nav a[aria-current=page]").getText()).isEqualTo("Dashboard");
        chrome.assertPageIsSound();
        chrome.screenshot("dashboard-desktop");
    }

    @Test
    void signInPageFitsAPhone() {
        chrome.resize(Chrome.PHONE);
        chrome.open("/login");

        Number pageWidth = (Number) chrome.driver().executeScript("return document.documentElement.scrollWidth");
        assertThat(pageWidth.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(Chrome.PHONE.getWidth());
        assertThat(chrome.find("#username").getSize().getHeight()).as("touch target").isGreaterThanOrEqualTo(44);
        assertThat(chrome.find(".form .button").getSize().getHeight()).as("touch target").isGreaterThanOrEqualTo(44);
        chrome.assertPageIsSound();
        chrome.screenshot("signin-phone");
    }

    @Test
    void unknownAddressShowsTheNotFoundPage() {
        chrome.resize(Chrome.PHONE);
        chrome.signIn("viewer", "corridor-demo");
        chrome.open("/no-such-page");

        assertThat(chrome.find(".status-code").getText()).isEqualTo("404");
        assertThat(chrome.find("h1").getText()).isEqualTo("Page not found");
        chrome.assertPageIsSound();
        chrome.screenshot("not-found-phone");
    }

    @Test
    void withoutJavaScriptThePhoneShowsTheNavigationOpen() {
        chromeWithoutScript.resize(Chrome.PHONE);
        chromeWithoutScript.signIn("officer", "corridor-demo");

        assertThat(chromeWithoutScript.find(".nav-toggle").isDisplayed()).isFalse();
        assertThat(chromeWithoutScript.find(".site-nav").isDisplayed()).isTrue();
        assertThat(chromeWithoutScript.find(".site-nav .link-button").isDisplayed()).isTrue();
        chromeWithoutScript.screenshot("dashboard-phone-no-script");
    }

    @Test
    void cspCheckCatchesAnInlineStyle() {
        chrome.open("/login");
        chrome.driver().executeScript("document.body.insertAdjacentHTML('beforeend', '<p style=\"color: red\">x</p>')");

        assertThatThrownBy(chrome::assertNoCspViolations).hasMessageContaining("Content Security Policy");
    }

    @Test
    void accessibilityCheckCatchesAnUnlabelledField() {
        chrome.open("/login");
        chrome.driver().executeScript("document.querySelector('main').insertAdjacentHTML('beforeend', '<input type=\"text\">')");

        assertThatThrownBy(chrome::assertAccessible).hasMessageContaining("label (critical)");
    }
}
