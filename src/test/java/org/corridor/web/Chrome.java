package org.corridor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import javax.naming.OperationNotSupportedException;
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
import java.net.URI;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.junit.jupiter.SpringExtension;

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
    private static final boolean SCREENSHOTS_WANTED = Boolean.getBoolean("corridor.screenshots");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private final boolean javaScript;
    private String server;
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
        server = serverOf(context);
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
        boolean pageShown = !"about:blank".equals(chrome.getCurrentUrl());
        boolean changes = pageShown && !Boolean.TRUE.equals(chrome.executeScript(
                "return window.innerWidth === arguments[0] && window.innerHeight === arguments[1]",
                viewport.getWidth(), viewport.getHeight()));
        chrome.manage().window().setSize(viewport);
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", viewport.getWidth(), "height", viewport.getHeight(), "deviceScaleFactor", 1,
                "mobile", viewport.getWidth() < 600));
        if (changes) {
            awaitTheResizeHandled(chrome);
        }
    }

    /**
     * A page shown while the viewport changes re-lays itself 150 ms after the last resize event (corridor.js: a table
     * that now scrolls sideways becomes reachable by keyboard); what a test checks next is the page after that.
     * Waits 300 ms after the last resize event, or after now if the event came before this script ran (then the
     * page's own timer is already set and ends first).
     */
    private static void awaitTheResizeHandled(ChromeDriver chrome) {
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        chrome.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                let timer;
                const settled = () => { window.removeEventListener('resize', restart); done(); };
                const restart = () => { clearTimeout(timer); timer = setTimeout(settled, 300); };
                window.addEventListener('resize', restart);
                restart();
                """);
    }

    /** Opens a page: a path ({@code /monitoring/visits}) on the test's own server, or a whole address. */
    public void open(String pathOrUrl) {
        driver().get(pathOrUrl.startsWith("/") ? url(pathOrUrl) : pathOrUrl);
    }

    /** The address of a path on the test's own server (the application of its Spring test context, on loopback). */
    public String url(String path) {
        if (server == null) {
            throw new IllegalStateException("This test class starts no server on a port of its own");
        }
        return server + path;
    }

    /** The path of the page the browser is on, e.g. {@code /login} after a session ended. */
    public String currentPath() {
        return URI.create(driver().getCurrentUrl()).getPath();
    }

    /** What the field with this id holds now (its value as the browser would send it). */
    public String valueOf(String id) {
        return find("#" + id).getDomProperty("value");
    }

    /** Signs in as one of the demo accounts (all share the demo password) on the test's own server. */
    public void signInToDemo(String username) {
        signIn(username, "corridor-demo");
    }

    /** Signs in through the form, as a person types, on the test's own server. */
    public void signIn(String username, String password) {
        open("/login");
        typeAndSignIn(username, password);
    }

    /** The test's server on loopback, from its Spring test context; none for a class without one. */
    private static String serverOf(ExtensionContext context) {
        if (!AnnotatedElementUtils.hasAnnotation(context.getRequiredTestClass(), SpringBootTest.class)) {
            return null;
        }
        Integer port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getProperty("local.server.port", Integer.class);
        return port == null ? null : "http://127.0.0.1:" + port;
    }

    /** Signs in with the demo's password on the sign-in page the browser is on (e.g. after a session ended). */
    public void signInToDemoOnThisPage(String username) {
        typeAndSignIn(username, "corridor-demo");
    }

    private void typeAndSignIn(String username, String password) {
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        clickAndWaitForPage(find(".form button[type=submit]"));
    }

    /**
     * Ends the browser's session on the server, as an expiry does: its row in the session store is gone, the cookie
     * stays in the browser.
     */
    public void endTheSession(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        String session = new String(java.util.Base64.getDecoder().decode(
                driver().manage().getCookieNamed("SESSION").getValue()), java.nio.charset.StandardCharsets.US_ASCII);
        if (jdbc.sql("delete from spring_session where session_id = ?").param(session).update() != 1) {
            throw new IllegalStateException("No session " + session + " in the session store");
        }
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
        List<Rule> failing = axeViolations().stream()
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
     * Every rule axe-core finds violated on the page, with all its nodes: {@code axe.run} on the page as shown, with
     * axe-core's default rules and options, except that only the violations are collected and serialised (axe's
     * {@code resultTypes}; the passes, the incomplete and the inapplicable rules, which no test reads, are what made a
     * run's result megabytes). axe-core is injected once per page, not once per check. The pages have no frames, so
     * this is what axe-core-selenium's {@code AxeBuilder.analyze} found, without its detour for cross-origin frames
     * (a partial run, then a new blank window, axe-core injected again and the partial results sent back to it).
     */
    List<Rule> axeViolations() {
        ChromeDriver chrome = driver();
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        if (!Boolean.TRUE.equals(chrome.executeScript("return typeof window.axe === 'object'"))) {
            chrome.executeScript(AxeCore.SOURCE);
        }
        Object answer = chrome.executeAsyncScript(AXE_RUN);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) answer;
        assertThat(result.get("error")).as("axe-core could not run on %s", chrome.getCurrentUrl()).isNull();
        return AxeCore.JSON.convertValue(result.get("violations"), new TypeReference<List<Rule>>() { });
    }

    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
                .then(results => done({violations: JSON.parse(JSON.stringify(results.violations))}),
                      error => done({error: String(error && error.stack || error)}));
            """;

    /** axe-core's script as axe-core-selenium ships it, read once for the run. */
    private static final class AxeCore {

        static final String SOURCE;
        static final ObjectMapper JSON = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

        static {
            try {
                SOURCE = new EmbeddedResourceAxeProvider().getScript();
            } catch (IOException | OperationNotSupportedException e) {
                throw new IllegalStateException("axe-core's script is missing from axe-core-selenium", e);
            }
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

    /**
     * The whole page, not only the viewport, as target/screenshots/{name}.png, for a person to look at: only when
     * asked for with {@code -Dcorridor.screenshots=true} (e.g. {@code ./mvnw -o test -Dtest=BrowserTests
     * -Dcorridor.screenshots=true}). No test reads them, and each costs a full-page capture (0.3-4 s on two busy
     * cores), so an ordinary run takes none.
     */
    public void screenshot(String name) {
        if (!SCREENSHOTS_WANTED) {
            return;
        }
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
