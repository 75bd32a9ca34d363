package org.corridor.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Role;
import org.corridor.directory.Directory;
import org.corridor.flows.Direction;
import org.corridor.flows.FlowCountDraft;
import org.corridor.flows.FlowCounts;
import org.corridor.flows.PeriodKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The exports of the flow counts list (CSV, HXL-tagged CSV, XLSX, GeoJSON) and the map's GeoJSON. */
@CorridorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlowExportTests {

    static final LocalDate DAY = LocalDate.of(1921, 10, 20);

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    FlowCounts counts;

    @Autowired
    JsonMapper json;

    CorridorUser officer;
    UUID unhcr;

    @BeforeAll
    void countsAtGevgelijaAndANationalTotal() {
        UUID skopje = region.operation("skopje");
        UUID gevgelija = region.place("MK-GEVGELIJA-BCP");
        UUID mk = region.country("MK");
        unhcr = directory.organisations().stream().filter(o -> "UNHCR".equals(o.acronym())).findFirst().orElseThrow().id();
        officer = region.user("flowexport", "Export", Role.OFFICER, skopje);
        counts.upsert(officer, List.of(
                new FlowCountDraft(skopje, null, DAY, null, null, gevgelija, Direction.ENTRY, unhcr, 5000, 2000, 1000,
                        1500, 40, Map.of("SYR", 3000, "AFG", 1000), null),
                new FlowCountDraft(skopje, null, DAY.plusDays(1), null, null, gevgelija, Direction.ENTRY, unhcr, 4000,
                        null, null, null, null, null, null),
                new FlowCountDraft(skopje, null, DAY.plusDays(1), null, null, gevgelija, Direction.ENTRY, null, 3900,
                        null, null, null, null, null, null),
                new FlowCountDraft(skopje, PeriodKind.MONTH, DAY.withDayOfMonth(1), null, mk, null, Direction.ENTRY,
                        unhcr, 120000, null, null, null, null, null, null)));
    }

    String period() {
        return "?from=" + DAY.withDayOfMonth(1) + "&to=" + DAY.plusDays(1);
    }

    List<CSVRecord> csv(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        String text = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    @Test
    void csvHasItsHeaderAndOneRowPerCount() throws Exception {
        List<CSVRecord> rows = csv("/flows.csv" + period());

        assertThat(rows.get(0).toList()).isEqualTo(FlowExportController.HEADERS);
        assertThat(rows).hasSize(5);
        assertThat(rows.get(1).get(3)).as("country as ISO alpha-3").isEqualTo("MKD");
    }

    @Test
    void theHxlFileHasNoByteOrderMarkSoItsFirstHeaderReadsAsWritten() throws Exception {
        byte[] body = mvc.perform(get("/flows.hxl.csv" + period()).with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(new String(body, StandardCharsets.UTF_8)).startsWith(FlowExportController.HEADERS.get(0) + ",");
    }

    @Test
    void hxlHasTheHashtagRowRightAfterTheHeaderRow() throws Exception {
        List<CSVRecord> rows = csv("/flows.hxl.csv" + period() + "&source=" + unhcr + "&periodKind=DAY");

        assertThat(rows.get(0).toList()).isEqualTo(FlowExportController.HEADERS);
        assertThat(rows.get(1).toList()).containsSubsequence("#date+start", "#date+end", "#country+code", "#loc+code",
                "#loc+name", "#meta+direction", "#org", "#affected+total", "#affected+m", "#affected+f",
                "#affected+children", "#affected+unaccompanied");
        assertThat(rows).hasSize(4);
        CSVRecord first = rows.get(3);
        Map<String, String> byTag = new java.util.HashMap<>();
        for (int i = 0; i < rows.get(1).size(); i++) {
            byTag.put(rows.get(1).get(i), first.get(i));
        }
        assertThat(byTag).containsEntry("#date+start", DAY.toString()).containsEntry("#date+end", DAY.toString())
                .containsEntry("#loc+code", "MK-GEVGELIJA-BCP").containsEntry("#country+code", "MKD")
                .containsEntry("#org", "UNHCR").containsEntry("#meta+direction", "ENTRY")
                .containsEntry("#affected+total", "5000").containsEntry("#affected+m", "2000")
                .containsEntry("#affected+f", "1000").containsEntry("#affected+children", "1500")
                .containsEntry("#affected+unaccompanied", "40");
    }

    @Test
    void xlsxIsAWorkbook() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/flows.xlsx" + period()).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse();

        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(response.getContentAsByteArray()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("period_start");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(4);
        }
    }

    JsonNode geoJson(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/geo+json");
        return json.readTree(response.getContentAsString());
    }

    @Test
    void theListsGeoJsonLinkGivesExactlyTheCountsTheListShows() throws Exception {
        for (String filter : List.of(period(), period() + "&source=" + unhcr, period() + "&periodKind=DAY")) {
            String page = mvc.perform(get("/flows" + filter).with(user(officer))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/flows\\.geojson[^\"]*)\"")
                    .matcher(page);
            assertThat(link.find()).as(filter).isTrue();
            java.util.Set<String> listed = new java.util.TreeSet<>();
            java.util.regex.Matcher row = java.util.regex.Pattern.compile("href=\"/flows/counts/([0-9a-f-]{36})\"")
                    .matcher(page);
            while (row.find()) {
                listed.add(row.group(1));
            }
            java.util.Set<String> exported = new java.util.TreeSet<>();
            geoJson(link.group(1).replace("&amp;", "&")).get("features")
                    .forEach(f -> exported.add(f.get("properties").get("id").asString()));

            assertThat(listed).as(filter).isNotEmpty();
            assertThat(exported).as(filter).isEqualTo(listed);
        }
    }

    @Test
    void aNationalTotalIsInTheGeoJsonAtItsCountrysRepresentativePointMarkedAsSuch() throws Exception {
        JsonNode features = geoJson("/flows.geojson" + period() + "&periodKind=MONTH").get("features");

        assertThat(features).hasSize(1);
        JsonNode national = features.get(0);
        assertThat(national.get("properties").get("national_total").asBoolean()).isTrue();
        assertThat(national.get("properties").get("point_is").asString()).isEqualTo("country representative point");
        assertThat(national.get("properties").get("country_point").asString()).isEqualTo("capital: Skopje");
        assertThat(national.get("properties").get("location_code").isNull()).isTrue();
        assertThat(national.get("properties").get("total").asInt()).isEqualTo(120000);
        assertThat(national.get("geometry").get("coordinates").get(0).asDouble()).as("longitude first")
                .isBetween(21.4, 21.5);
        assertThat(national.get("geometry").get("coordinates").get(1).asDouble()).isBetween(41.9, 42.1);

        JsonNode atGevgelija = geoJson("/flows.geojson" + period() + "&periodKind=DAY").get("features").get(0);
        assertThat(atGevgelija.get("properties").get("point_is").asString()).isEqualTo("location");
        assertThat(atGevgelija.get("properties").get("national_total").asBoolean()).isFalse();
    }

    @Test
    void everyCountryOfTheRegionHasARepresentativePointInsideItsOutline() throws Exception {
        JsonNode outlines;
        try (var in = getClass().getResourceAsStream("/static/geo/region-countries.geojson")) {
            outlines = json.readTree(in);
        }
        Map<UUID, org.corridor.directory.CountryPoint> points = directory.countryPoints();
        for (var country : directory.countries()) {
            JsonNode outline = null;
            for (JsonNode feature : outlines.get("features")) {
                if (feature.get("properties").get("iso2").asString().equals(country.iso2())) {
                    outline = feature.get("geometry");
                }
            }
            if (outline == null) {
                continue; // a country added by a test, or one beyond the map
            }
            org.corridor.directory.CountryPoint point = points.get(country.id());
            assertThat(point).as(country.name()).isNotNull();
            assertThat(inside(outline, point.longitude(), point.latitude())).as(country.name()).isTrue();
        }
    }

    /** Whether the point lies in one of the (multi)polygon's outer rings: even-odd ray casting. */
    static boolean inside(JsonNode geometry, double x, double y) {
        List<JsonNode> polygons = new java.util.ArrayList<>();
        if (geometry.get("type").asString().equals("Polygon")) {
            polygons.add(geometry.get("coordinates"));
        } else {
            geometry.get("coordinates").forEach(polygons::add);
        }
        for (JsonNode polygon : polygons) {
            JsonNode ring = polygon.get(0);
            boolean in = false;
            for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                double xi = ring.get(i).get(0).asDouble(), yi = ring.get(i).get(1).asDouble();
                double xj = ring.get(j).get(0).asDouble(), yj = ring.get(j).get(1).asDouble();
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                    in = !in;
                }
            }
            if (in) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theMapsGeoJsonHasOnePointPerLocationWithTheDailyCountsOfOneSourceSummed() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/flows/map.geojson" + period() + "&source=" + unhcr)
                .with(user(officer))).andExpect(status().isOk()).andReturn().getResponse();

        assertThat(response.getContentType()).startsWith("application/geo+json");
        JsonNode collection = json.readTree(response.getContentAsString());
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features")).hasSize(1);
        JsonNode feature = collection.get("features").get(0);
        assertThat(feature.get("type").asString()).isEqualTo("Feature");
        assertThat(feature.get("geometry").get("type").asString()).isEqualTo("Point");
        assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).as("longitude first").isBetween(22.0, 23.0);
        assertThat(feature.get("geometry").get("coordinates").get(1).asDouble()).isBetween(41.0, 42.0);
        assertThat(feature.get("properties").get("location_code").asString()).isEqualTo("MK-GEVGELIJA-BCP");
        assertThat(feature.get("properties").get("total").asLong()).as("9000, not with the own observation or the month")
                .isEqualTo(9000);
        assertThat(feature.get("properties").get("days_counted").asInt()).isEqualTo(2);
    }
}
