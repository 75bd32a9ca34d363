package org.corridor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corridor.AdjustedSettingsTest;
import org.corridor.monitoring.MonitoringPlans.IntensityWeek;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The region map (/js/region-map.js) and the intensity chart (/js/intensity-chart.js) in a real browser,
 * on a page with exactly the markup the real pages use. The page is served by {@link Fixture}, which
 * exists only in the context of {@link AdjustedSettingsTest} (which imports it): not in the one whose route list
 * {@code AccessRulesTests} checks.
 */
// Demo mode publishes its password, so it listens on loopback only, as the 'demo' profile does.
@AdjustedSettingsTest
public class MapAndChartBrowserTests {

    /** A point of the map, in the shape region-map.js reads. */
    record MapPoint(String name, double lat, double lon, long count, String colour, String url, String label) {
    }

    /** A week of the chart, in the shape intensity-chart.js reads, made from what MonitoringPlans gives. */
    record ChartWeek(String label, long visits, Integer target, boolean below) {
        static ChartWeek of(IntensityWeek week) {
            return new ChartWeek(week.label(), week.visits(), week.target(), week.belowTarget());
        }
    }

    /** A name that would break the page if the data block were not escaped: quotes, a closing tag, non-ASCII. */
    static final String AWKWARD_NAME = "Tabanovce \"transit\" centre's </script><b>gate</b> – Табановце";

    static final List<MapPoint> POINTS = List.of(
            new MapPoint("Gevgelija", 41.1403, 22.5028, 40, "ok", "/monitoring/locations/gevgelija", "40 visits, at target"),
            new MapPoint(AWKWARD_NAME, 42.2133, 21.7161, 18, "warn", "/monitoring/locations/tabanovce",
                    "18 visits, below target in 3 weeks"),
            new MapPoint("Preševo", 42.3094, 21.6492, 25, "ok", "/monitoring/locations/presevo", "25 visits, at target"),
            new MapPoint("Horgoš", 46.1556, 19.9711, 4, "alert", "/monitoring/locations/horgos", "4 visits, none for two weeks"),
            new MapPoint("Šid", 45.1283, 19.2264, 9, "warn", "/monitoring/locations/sid", "9 visits, below target in 1 week"),
            new MapPoint("Pristina", 42.6629, 21.1655, 1, "ok", "/monitoring/locations/pristina", "1 visit"));

    static final List<ChartWeek> WEEKS = weeks();

    /** 2015-W45 to 2016-W08, across the 53-week year; no plan before W47, so no target there. */
    private static List<ChartWeek> weeks() {
        List<ChartWeek> weeks = new ArrayList<>();
        LocalDate monday = LocalDate.of(2015, 11, 2).with(DayOfWeek.MONDAY);
        long[] visits = {1, 2, 4, 3, 2, 5, 4, 1, 3, 3, 4, 2, 0, 3, 4, 5};
        for (int i = 0; i < visits.length; i++) {
            LocalDate start = monday.plusWeeks(i);
            Integer target = i < 2 ? null : 3;
            weeks.add(ChartWeek.of(new IntensityWeek(start, start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), visits[i], target)));
        }
        return weeks;
    }

    @Controller
    public static class Fixture {
        private final JsonMapper json;

        Fixture(JsonMapper json) {
            this.json = json;
        }

        @GetMapping("/test-fixtures/map")
        String map(Model model) {
            model.addAttribute("points", POINTS);
            model.addAttribute("pointsJson", dataBlock(POINTS));
            model.addAttribute("weeks", WEEKS);
            model.addAttribute("weeksJson", dataBlock(WEEKS));
            return "test-fixtures/map";
        }

        /** JSON for a {@code <script type="application/json">} block, as the real pages make it: no {@code <} can end the block early. */
        private String dataBlock(Object value) {
            return json.writeValueAsString(value).replace("<", "\\u003c");
        }
    }

    @RegisterExtension
    static final Chrome chrome = Chrome.withJavaScript();

    @RegisterExtension
    static final Chrome chromeWithoutScript = Chrome.withoutJavaScript();

    @LocalServerPort
    int port;

    private void signInAndOpenTheFixture(Chrome browser) {
        browser.open(chrome.url("/login"));
        browser.find("#username").sendKeys("officer");
        browser.find("#password").sendKeys("corridor-demo");
        browser.clickAndWaitForPage(browser.find(".form button[type=submit]"));
        browser.open(chrome.url("/test-fixtures/map"));
    }

    /** The outlines arrive by a request of their own after the page has loaded. */
    private void waitForTheMap() {
        new WebDriverWait(chrome.driver(), Duration.ofSeconds(15))
                .until(d -> !chrome.findAll(".region-map[data-countries-loaded]").isEmpty());
        new WebDriverWait(chrome.driver(), Duration.ofSeconds(15))
                .until(d -> Boolean.TRUE.equals(chrome.driver().executeScript(
                        "var c = document.querySelector('canvas[data-intensity-chart]');"
                                + " return !!(window.Chart && Chart.getChart(c));")));
    }

    private Object script(String javaScript, Object... arguments) {
        return chrome.driver().executeScript(javaScript, arguments);
    }

    @Test
    void mapDrawsTheCountriesOfTheRegionAndOneMarkerPerPointOnAPhone() {
        chrome.resize(Chrome.PHONE);
        signInAndOpenTheFixture(chrome);
        waitForTheMap();

        assertThat(chrome.findAll(".region-map path.region-map-country")).hasSizeGreaterThan(10);
        assertThat(chrome.findAll(".region-map path.region-map-country-xk")).as("Kosovo, outlined on its own").hasSize(1);
        assertThat(chrome.findAll(".region-map path.region-map-country-mk.region-map-country-route")).hasSize(1);
        assertThat(chrome.findAll(".region-map path.region-map-country-al.region-map-country-route")).isEmpty();
        assertThat(chrome.findAll(".region-map path.region-map-point")).hasSize(POINTS.size());
        assertThat(chrome.findAll(".region-map path.region-map-point-alert")).hasSize(1);
        // Paths can exist and still show nothing: the page's "svg { max-width: 100% }" once squeezed the outlines' SVG to nothing.
        Number outlines = (Number) script("return document.querySelector('.leaflet-countries-pane svg').getBoundingClientRect().width;");
        assertThat(outlines.doubleValue()).as("width of the outlines' drawing")
                .isGreaterThanOrEqualTo(chrome.find(".region-map").getSize().getWidth());
        chrome.assertPageIsSound();
        chrome.screenshot("map-fixture-phone");
    }

    @Test
    void markersAreSizedByCountWithTheSmallestStillVisible() {
        chrome.resize(Chrome.PHONE);
        signInAndOpenTheFixture(chrome);
        waitForTheMap();

        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) script("return Array.from(document.querySelectorAll('.region-map-point'))"
                + ".map(function (p) { return p.getBBox().width; }).sort(function (a, b) { return a - b; });");
        assertThat(widths.get(0).doubleValue()).as("smallest circle (1 visit)").isGreaterThanOrEqualTo(10);
        assertThat(widths.get(widths.size() - 1).doubleValue()).as("largest circle (40 visits)")
                .isGreaterThan(widths.get(0).doubleValue() * 3);
    }

    /** Crete is the region's southern edge: in view only while the whole region is. */
    private boolean creteIsInView() {
        return Boolean.TRUE.equals(script("var greece = document.querySelector('.region-map-country-gr').getBoundingClientRect();"
                + " var map = document.querySelector('.region-map').getBoundingClientRect();"
                + " return greece.bottom <= map.bottom && greece.bottom > map.top;"));
    }

    @Test
    void turningThePhoneSidewaysShowsTheWholeRegionAgain() {
        chrome.resize(Chrome.PHONE);
        signInAndOpenTheFixture(chrome);
        waitForTheMap();
        assertThat(creteIsInView()).isTrue();
        int uprightHeight = chrome.find(".region-map").getSize().getHeight();

        chrome.resize(new Dimension(740, 360));

        assertThat(chrome.find(".region-map").getSize().getHeight()).as("a lower map").isLessThan(uprightHeight - 50);
        new WebDriverWait(chrome.driver(), Duration.ofSeconds(5)).until(d -> creteIsInView());
    }

    @Test
    void markerOpensAPopupNamingThePlaceAsWrittenWithALinkToIt() {
        chrome.resize(Chrome.DESKTOP);
        signInAndOpenTheFixture(chrome);
        waitForTheMap();

        // The point of a name that would break an unescaped data block: it must arrive exactly as written.
        WebElement tabanovce = chrome.findAll(".region-map path.region-map-point-warn").stream()
                .filter(path -> path.getSize().getWidth() > 25).findFirst().orElseThrow();
        tabanovce.click();
        new WebDriverWait(chrome.driver(), Duration.ofSeconds(5))
                .until(d -> !chrome.findAll(".leaflet-popup-content a").isEmpty());

        WebElement link = chrome.find(".leaflet-popup-content a");
        assertThat(link.getText()).isEqualTo(AWKWARD_NAME);
        assertThat(link.getAttribute("href")).isEqualTo(chrome.url("/monitoring/locations/tabanovce"));
        assertThat(chrome.find(".leaflet-popup-content .region-map-popup-label").getText())
                .isEqualTo("18 visits, below target in 3 weeks");
        assertThat(chrome.findAll(".leaflet-popup-content b")).as("no markup from the data").isEmpty();
        chrome.assertPageIsSound();
    }

    @Test
    void chartDrawsOneBarPerWeekBelowTargetWeeksInTheirOwnColourAndTheTargetAsASteppedLine() {
        chrome.resize(Chrome.PHONE);
        signInAndOpenTheFixture(chrome);
        waitForTheMap();
        WebElement canvas = chrome.find("canvas[data-intensity-chart]");

        assertThat(canvas.getAttribute("role")).isEqualTo("img");
        assertThat(canvas.getAttribute("aria-label")).startsWith("Visits a week at Gevgelija");
        assertThat(((Number) script("return Chart.getChart(arguments[0]).getDatasetMeta(0).data.length;", canvas)).intValue())
                .as("bars").isEqualTo(WEEKS.size());
        assertThat(script("return Chart.getChart(arguments[0]).data.labels;", canvas))
                .isEqualTo(WEEKS.stream().map(ChartWeek::label).toList());
        assertThat(WEEKS).extracting(ChartWeek::label).contains("2015-W53");
        assertThat(script("var d = Chart.getChart(arguments[0]).data.datasets[1]; return [d.type, d.stepped];", canvas))
                .isEqualTo(List.of("line", "middle"));

        @SuppressWarnings("unchecked")
        List<String> colours = (List<String>) script("return Chart.getChart(arguments[0]).data.datasets[0].backgroundColor;", canvas);
        String below = colours.get(indexOfFirst(true));
        String atTarget = colours.get(indexOfFirst(false));
        assertThat(below).isNotEqualTo(atTarget);
        for (int i = 0; i < WEEKS.size(); i++) {
            assertThat(colours.get(i)).as("week %s", WEEKS.get(i).label()).isEqualTo(WEEKS.get(i).below() ? below : atTarget);
        }
        chrome.assertPageIsSound();
    }

    private static int indexOfFirst(boolean below) {
        for (int i = 0; i < WEEKS.size(); i++) {
            if (WEEKS.get(i).below() == below) {
                return i;
            }
        }
        throw new IllegalStateException("the fixture needs weeks below and at target");
    }

    @Test
    void theMapNeedsNothingFromOutsideTheServer() {
        chrome.resize(Chrome.DESKTOP);
        signInAndOpenTheFixture(chrome);
        waitForTheMap();

        assertThat(chrome.findAll(".region-map img")).as("no tiles").isEmpty();
        @SuppressWarnings("unchecked")
        List<String> requested = (List<String>) script(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        assertThat(requested).contains(chrome.url("/geo/region-countries.geojson"))
                .allSatisfy(address -> assertThat(address).startsWith(chrome.url("/")));
        chrome.assertNoCspViolations();
        chrome.screenshot("map-fixture-desktop");
    }

    @Test
    void outlinesAreServedAsGeoJson() throws Exception {
        HttpResponse<String> outlines = SignedInClient.signIn(port, "viewer", "corridor-demo").get("/geo/region-countries.geojson");

        assertThat(outlines.statusCode()).isEqualTo(200);
        assertThat(outlines.headers().firstValue("Content-Type")).hasValue("application/geo+json");
        assertThat(outlines.body()).startsWith("{\"type\":\"FeatureCollection\"").contains("\"iso2\":\"XK\"");
    }

    @Test
    void withoutJavaScriptThePageShowsTheTablesAndNoEmptyMapOrChart() {
        chromeWithoutScript.resize(Chrome.PHONE);
        signInAndOpenTheFixture(chromeWithoutScript);

        assertThat(chromeWithoutScript.find(".region-map").isDisplayed()).isFalse();
        assertThat(chromeWithoutScript.find(".chart-box").isDisplayed()).isFalse();
        assertThat(chromeWithoutScript.findAll(".table tbody tr")).hasSize(POINTS.size() + WEEKS.size());
        assertThat(chromeWithoutScript.find(".table tbody td a").getText()).isEqualTo("Gevgelija");
    }

    @Test
    void dataBlocksAreJsonAsWritten() {
        chrome.resize(Chrome.PHONE);
        signInAndOpenTheFixture(chrome);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> points = (List<Map<String, Object>>) script(
                "return JSON.parse(document.getElementById('visit-points').textContent);");
        assertThat(points).hasSize(POINTS.size());
        assertThat(points.get(1)).containsEntry("name", AWKWARD_NAME).containsEntry("colour", "warn")
                .containsEntry("lat", 42.2133).containsEntry("count", 18L);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> weeks = (List<Map<String, Object>>) script(
                "return JSON.parse(document.getElementById('intensity-weeks').textContent);");
        assertThat(weeks.get(0)).containsEntry("label", "2015-W45").containsEntry("target", null).containsEntry("below", false);
    }
}
