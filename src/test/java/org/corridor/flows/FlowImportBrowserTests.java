package org.corridor.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.corridor.DemoCorridorTest;
import org.corridor.web.Chrome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The import page as Skopje's focal point uses it: with script the upload shows its progress and ends on the
 * report; without script the plain form does the same. Both pages clean for axe-core and the CSP.
 */
@DemoCorridorTest
class FlowImportBrowserTests {

    @RegisterExtension
    static final Chrome chrome = Chrome.withJavaScript();

    /**
     * Thirty thousand daily counts at Tabanovce from 1990 (the earliest date an import takes) to 2010, before the
     * demo's figures: a file of 1.2 MB, larger than the servlet container takes by default.
     */
    private static Path countsFile() throws IOException {
        StringBuilder csv = new StringBuilder("date,location_code,direction,total\n");
        LocalDate day = LocalDate.of(1990, 1, 6);
        for (int i = 0; i < 7_500; i++, day = day.plusDays(1)) {
            for (String direction : new String[] {"ENTRY", "EXIT", "PRESENT"}) {
                csv.append(day).append(",MK-TABANOVCE-BCP,").append(direction).append(',').append(i % 97).append('\n');
            }
            csv.append(day).append(",MK-TABANOVCE-TC,ENTRY,").append(i % 89).append('\n');
        }
        Path dir = Files.createDirectories(Path.of("target", "browser-uploads"));
        Path file = Files.writeString(dir.resolve("tabanovce-" + System.nanoTime() + ".csv"), csv).toAbsolutePath();
        assertThat(Files.size(file)).isGreaterThan(1024 * 1024);
        return file;
    }

    @Test
    void uploadShowsItsProgressAndEndsOnTheReport() throws IOException {
        chrome.resize(Chrome.DESKTOP);
        chrome.signInToDemo("focal");
        chrome.open("/flows/import");
        chrome.assertPageIsSound();

        chrome.find("#file").sendKeys(countsFile().toString());
        chrome.find("button[value=import]").click();

        new WebDriverWait(chrome.driver(), Duration.ofSeconds(10))
                .until(d -> chrome.find("#import-progress").isDisplayed());
        new WebDriverWait(chrome.driver(), Duration.ofSeconds(60))
                .until(d -> d.getCurrentUrl().matches(".*/flows/import/[0-9a-f-]{36}$"));
        assertThat(chrome.find("main").getText()).contains("Imported", "30000");
        chrome.assertPageIsSound();
    }
}
