package org.corridor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for browser tests, with the checks every page must pass: no serious or critical
 * accessibility violation (axe-core) and nothing refused by the Content Security Policy.
 *
 * <p>Register it in a test class with {@code @RegisterExtension static final Chrome chrome = Chrome.withJavaScript();}.
 * The browser starts on first use and is shared by every browser test of the JVM (one with script, one without):
 * starting Chromium costs seconds, and each test starts signed out on a blank page anyway. It quits when the
 * last test of the run has finished. Debian's
 * {@code chromium} and {@code chromium-driver} are used by their paths, never a downloaded driver; where
 * they are missing the tests are skipped, not failed.
 */
public final class Chrome implements BeforeEachCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace SHARED = ExtensionContext.Namespace.create(Chrome.class);

    public static final Dimension PHONE = new Dimension(390, 844);
    public static final Dimension DESKTOP = new Dimension(1280, 900);

    static final File BINARY = new File("/usr/bin/chromium");
    static final File DRIVER = new File("/usr/bin/chromedriver");

    private static final Path PROFILES = Path.of("target", "chrome-profiles");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private final boolean javaScript;
    private ExtensionContext.Store store;

    private Chrome(boolean javaScript) {
        this.javaScript = javaScript;
    }

    public static Chrome withJavaScript() {
        return new Chrome(true);
    }

    /** For proving that pages work for people whose browser runs no script. */
    public static Chrome withoutJavaScript() {
        return new Chrome(false);
    }

    /** Checked for each test, not once for the class, so that every browser test is reported as skipped. */
    @Override
    public void beforeEach(ExtensionContext context) {
        Assumptions.assumeTrue(BINARY.canExecute() && DRIVER.canExecute(),
                "Browser tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver");
        store = context.getRoot().getStore(SHARED);
        Browser browser = store.get(javaScript, Browser.class);
        if (browser != null) {
            clear(browser.driver());
            resize(PHONE);
        }
    }

    /** The next class finds the shared browser signed out (its server is another one) and its log read. */
    @Override
    public void afterAll(ExtensionContext context) {
        Browser browser = context.getRoot().getStore(SHARED).get(javaScript, Browser.class);
        if (browser != null) {
            clear(browser.driver());
        }
    }

    /** Signed out everywhere (all ports of 127.0.0.1 share their cookies), on a blank page, its console read. */
    private static void clear(ChromeDriver driver) {
        driver.manage().deleteAllCookies();
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.manage().logs().get(LogType.BROWSER);
    }

    public ChromeDriver driver() {
        if (store == null) {
            throw new IllegalStateException("Register Chrome with @RegisterExtension: it is started before each test");
        }
        Browser browser = store.get(javaScript, Browser.class);
        if (browser == null) {
            browser = start(javaScript);
            store.put(javaScript, browser);
            resize(PHONE);
        }
        return browser.driver();
    }

    /** One Chromium of the run, with its own profile; the root store closes it after the last test. */
    private record Browser(ChromeDriver driver, Path profile) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            driver.quit();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    private static Browser start(boolean javaScript) {
        Path profile;
        try {
            profile = Files.createDirectories(PROFILES.resolve(UUID.randomUUID().toString())).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--user-data-dir=" + profile);
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
                .usingAnyFreePort().build();
        ChromeDriver started = new ChromeDriver(service, options);
        started.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(started, profile);
    }

    /**
     * Sizes the page's viewport, not the window: the test is about what a 390px-wide phone shows. Headless
     * windows may refuse to be that narrow, so the viewport is set through the DevTools protocol.
     */
    public void resize(Dimension viewport) {
        ChromeDriver chrome = driver();
        chrome.manage().window().setSize(viewport);
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", viewport.getWidth(), "height", viewport.getHeight(), "deviceScaleFactor", 1,
                "mobile", viewport.getWidth() < 600));
    }

    public void open(String url) {
        driver().get(url);
    }

    /** Signs in as one of the demo accounts (all share the demo password) on a server on loopback. */
    public void signInToDemo(int port, String username) {
        signIn(port, username, "corridor-demo");
    }

    /** Signs in through the form, as a person types, on a server on loopback. */
    public void signIn(int port, String username, String password) {
        open("http://127.0.0.1:" + port + "/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        clickAndWaitForPage(find(".form button[type=submit]"));
    }

    public WebElement find(String cssSelector) {
        return driver().findElement(By.cssSelector(cssSelector));
    }

    public List<WebElement> findAll(String cssSelector) {
        return driver().findElements(By.cssSelector(cssSelector));
    }

    /** Clicks something that loads a new page and waits until the old one is gone. */
    public void clickAndWaitForPage(WebElement element) {
        WebElement page = driver().findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver(), Duration.ofSeconds(15)).until(d -> isGone(page));
        new WebDriverWait(driver(), Duration.ofSeconds(15)).until(
                d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
    }

    /**
     * Whether an element's page has been replaced. While the old page unloads Chromium may report the
     * element as belonging to no document instead of as stale; both mean it is gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Both checks every page must pass. */
    public void assertPageIsSound() {
        assertAccessible();
        assertNoCspViolations();
    }

    public void assertAccessible() {
        Results results = new AxeBuilder().analyze(driver());
        assertThat(results.isErrored()).as("axe-core could not run: %s", results.getErrorMessage()).isFalse();
        List<Rule> failing = results.getViolations().stream()
                .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
                .toList();
        if (!failing.isEmpty()) {
            fail("Accessibility violations on " + driver().getCurrentUrl() + ":\n" + failing.stream()
                    .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                            + rule.getNodes().stream().map(node -> "    at " + node.getTarget())
                                    .collect(Collectors.joining("\n")))
                    .collect(Collectors.joining("\n")));
        }
    }

    /**
     * The browser reports what the Content Security Policy refused on its console. Reading the log
     * empties it, so each call sees what happened since the previous one.
     */
    public void assertNoCspViolations() {
        List<String> refused = driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
        assertThat(refused).as("Refused by the Content Security Policy on %s", driver().getCurrentUrl()).isEmpty();
    }

    /** The whole page, not only the viewport, as target/screenshots/{name}.png. */
    public Path screenshot(String name) {
        ChromeDriver chrome = driver();
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                .get("cssContentSize");
        Number width = (Number) content.get("width");
        Number height = (Number) content.get("height");
        Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Path file = Files.createDirectories(SCREENSHOTS).resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
