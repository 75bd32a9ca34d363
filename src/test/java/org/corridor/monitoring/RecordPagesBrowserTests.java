package org.corridor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.corridor.DemoCorridorTest;
import org.corridor.web.Chrome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The plan, assessment and deployment pages on a phone, as the demo focal point of Skopje uses them:
 * each page, and each form with its problems shown, passes axe-core and the Content Security Policy.
 */
// Demo mode publishes its password, so it listens on loopback only, as the 'demo' profile does.
@DemoCorridorTest
class RecordPagesBrowserTests {

    @RegisterExtension
    static final Chrome chrome = Chrome.withJavaScript();

    private void signInAsFocalPoint() {
        chrome.resize(Chrome.PHONE);
        chrome.signInToDemo("focal");
    }

    private void type(String field, String text) {
        WebElement input = chrome.find("#" + field);
        input.clear();
        input.sendKeys(text);
    }

    private void choose(String field, String value) {
        new Select(chrome.find("#" + field)).selectByValue(value);
    }

    private void chooseFirstLocation() {
        new Select(chrome.find("#locationId")).selectByIndex(1);
    }

    private void save() {
        chrome.clickAndWaitForPage(chrome.find(".form button[type=submit]"));
    }

    @Test
    void aFocalPointSetsAPlanFromTheMonitoringSectionOnAPhone() {
        signInAsFocalPoint();
        chrome.open("/monitoring/visits");
        chrome.clickAndWaitForPage(chrome.find(".section-nav a[href='/monitoring/plans']"));
        assertThat(chrome.find("h1").getText()).isEqualTo("Monitoring plans");
        Number pageWidth = (Number) chrome.driver().executeScript("return document.documentElement.scrollWidth");
        assertThat(pageWidth.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(Chrome.PHONE.getWidth());
        chrome.assertPageIsSound();

        chrome.clickAndWaitForPage(chrome.find("a[href='/monitoring/plans/new']"));
        chrome.assertPageIsSound();
        type("targetPerWeek", "0");
        save();
        assertThat(chrome.driver().switchTo().activeElement()).isEqualTo(chrome.find(".error-summary"));
        assertThat(chrome.find("#targetPerWeek-error").getText()).contains("from 1 to 50");
        chrome.assertPageIsSound();
        chrome.screenshot("plan-form-errors-phone");

        chooseFirstLocation();
        choose("unit", "MONITORING");
        type("targetPerWeek", "2");
        save();
        assertThat(chrome.find(".notice").getText()).isEqualTo("The monitoring plan is saved.");
        chrome.assertPageIsSound();

        chrome.clickAndWaitForPage(chrome.find(".table a[href$='/edit']"));
        assertThat(chrome.find("h1").getText()).isEqualTo("Change this monitoring plan");
        chrome.assertPageIsSound();
    }

    @Test
    void aFocalPointRecordsAnAssessmentConfirmingTextThatLooksLikePersonalData() {
        signInAsFocalPoint();
        chrome.open("/monitoring/assessments/new");
        chrome.assertPageIsSound();

        type("authority", "Border police at the southern border");
        chooseFirstLocation();
        choose("rating", "PARTLY_PREPARED");
        choose("source", "FIRST_HAND");
        type("narrative", "The duty officer is on 070 123 456");
        save();
        assertThat(chrome.find(".warning-summary").getText()).contains("070 123 456");
        chrome.assertPageIsSound();
        chrome.screenshot("assessment-form-personal-data-phone");

        chrome.find("#confirmPersonalData").click();
        save();
        assertThat(chrome.find(".rating").getText()).isEqualTo("Partly prepared");
        chrome.assertPageIsSound();

        chrome.clickAndWaitForPage(chrome.find("a[href$='/edit']"));
        chrome.assertPageIsSound();
        chrome.open("/monitoring/assessments");
        chrome.assertPageIsSound();
        chrome.screenshot("assessments-phone");
    }

    @Test
    void aFocalPointRecordsADeploymentOnAPhone() {
        signInAsFocalPoint();
        chrome.open("/monitoring/deployments/new");
        chrome.assertPageIsSound();

        type("officers", "500");
        save();
        assertThat(chrome.find("#officers-error").getText()).contains("from 1 to 100");
        chrome.assertPageIsSound();

        chooseFirstLocation();
        type("officers", "2");
        choose("premises", "CONTAINER");
        type("purpose", "Monitoring at the transit centre");
        save();
        assertThat(chrome.find(".notice").getText()).isEqualTo("The deployment is saved.");
        chrome.assertPageIsSound();
        chrome.screenshot("deployments-phone");

        chrome.clickAndWaitForPage(chrome.find(".table a[href$='/edit']"));
        chrome.assertPageIsSound();
    }
}
