package org.corridor.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corridor.DemoCorridorTest;
import org.corridor.web.Chrome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The activities import as Skopje's focal point uses it in a browser: upload, check only, the report; clean for axe-core. */
// Demo mode publishes its password, so it listens on loopback only, as the 'demo' profile does.
@DemoCorridorTest
class ActivityImportBrowserTests {

    @RegisterExtension
    static final Chrome chrome = Chrome.withJavaScript();

    @Test
    void aFocalPointChecksAFileAndReadsWhatIsWrongWithIt() throws IOException {
        chrome.resize(Chrome.PHONE);
        chrome.signInToDemo("focal");
        chrome.open("/activities");
        chrome.clickAndWaitForPage(chrome.find("a[href='/activities/import']"));
        chrome.assertPageIsSound();

        chrome.clickAndWaitForPage(chrome.find("button[value=check]"));
        assertThat(chrome.find(".error-summary").getText()).contains("Choose a file to import.");
        chrome.assertPageIsSound();

        Path file = Files.createDirectories(Path.of("target", "browser-uploads")).resolve("activities.csv");
        Files.writeString(file, "title,response_area,dimensions,kind,status,starts_on\n"
                + "Browser training,SPORTS,HUMAN,PROJECT,PLANNED,2016-01-01\n");
        chrome.find("#file").sendKeys(file.toAbsolutePath().toString());
        chrome.clickAndWaitForPage(chrome.find("button[value=check]"));

        assertThat(chrome.find("main").getText()).contains("Rejected", "response_area", "SPORTS", "seven response areas");
        chrome.assertPageIsSound();
    }
}
