package org.corridor.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.kernel.Counts;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.corridor.accounts.Sharing;
import org.corridor.accounts.SharingPolicy;
import org.corridor.accounts.UserAccounts;
import org.corridor.directory.Directory;
import org.corridor.flows.Direction;
import org.corridor.flows.FlowCount;
import org.corridor.flows.FlowCountDraft;
import org.corridor.flows.FlowCounts;
import org.corridor.flows.RouteEvents;
import org.corridor.flows.RouteEvents.RouteEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12 for flows: every read of counts and route events goes through the one read rule. A count and an event at
 * each level, of the Mission to Skopje, are read by exactly those the rule names (a member of Skopje, a member of
 * Serbia, the regional coordinator, a delegation reader, an administrator) in the list, the detail, each export and the
 * API; the figures (chart, map, GeoJSON) add the counts of every operation whose figures the reader may read, whatever
 * the counts' level, and say "not shared with you" where they leave counts out; no event's text reaches a reader the
 * rule does not name.
 */
@CorridorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlowSharingTests {

    /** The counts and events of this class are in a year no other test uses. */
    static final LocalDate FIRST = LocalDate.of(1912, 5, 1);
    static final String PERIOD = "from=1912-05-01&to=1912-05-10";

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Directory directory;

    @Autowired
    FlowCounts counts;

    @Autowired
    RouteEvents events;

    @Autowired
    Sharing sharing;

    @Autowired
    JsonMapper json;

    enum Reader {
        SKOPJE_MEMBER, SERBIA_MEMBER, COORDINATOR, DELEGATION_READER, ADMIN
    }

    final Map<Reader, CorridorUser> readers = new EnumMap<>(Reader.class);
    final Map<Reader, String> tokens = new EnumMap<>(Reader.class);
    /** Skopje's count at Gevgelija of each level: total 1001 (OPERATION) to 1004 (PUBLIC), each on a day of its own. */
    final Map<DistributionLevel, FlowCount> countAt = new EnumMap<>(DistributionLevel.class);
    final Map<DistributionLevel, RouteEvent> eventAt = new EnumMap<>(DistributionLevel.class);
    UUID skopje;
    UUID serbia;
    UUID gevgelija;
    UUID presevo;
    UUID macedonia;
    CorridorUser skopjeOfficer;
    CorridorUser serbiaOfficer;
    /** Unique to this run, in every event's title and description, so that no other test's event matches. */
    final String marker = RegionFixture.tag();

    CorridorUser account(Role role, UUID operation) {
        return region.user("flowshare", "Sharing", role, operation);
    }

    @BeforeAll
    void countsAndEventsAtEveryLevel() {
        skopje = region.operation("skopje");
        serbia = region.operation("serbia");
        gevgelija = region.place("MK-GEVGELIJA-BCP");
        presevo = region.place("RS-PRESEVO-OSC");
        macedonia = region.country("MK");
        skopjeOfficer = account(Role.OFFICER, skopje);
        serbiaOfficer = account(Role.OFFICER, serbia);
        readers.put(Reader.SKOPJE_MEMBER, account(Role.VIEWER, skopje));
        readers.put(Reader.SERBIA_MEMBER, account(Role.VIEWER, serbia));
        readers.put(Reader.COORDINATOR, account(Role.REGIONAL_COORDINATOR, null));
        readers.put(Reader.DELEGATION_READER, account(Role.DELEGATION_READER, null));
        readers.put(Reader.ADMIN, account(Role.ADMIN, null));
        readers.forEach((reader, user) -> tokens.put(reader, "Bearer " + accounts.createToken(user.id(), "t").secret()));
        for (DistributionLevel level : DistributionLevel.values()) {
            countAt.put(level, counts.record(skopjeOfficer, new FlowCountDraft(skopje, null,
                    FIRST.plusDays(level.ordinal()), null, null, gevgelija, Direction.ENTRY, null,
                    1001 + level.ordinal(), null, null, null, null, null, level)));
            eventAt.put(level, events.record(skopjeOfficer, new RouteEvents.RouteEventDraft(skopje,
                    FIRST.plusDays(level.ordinal()), macedonia, gevgelija, RouteEvents.Kind.INCIDENT,
                    "Title " + level + " " + marker, "Narrative " + level + " " + marker, null, level), false));
        }
        // Serbia keeps its count at Preševo to itself; its figures are shared at OSCE level, as by default.
        counts.record(serbiaOfficer, new FlowCountDraft(serbia, null, FIRST, null, null, presevo, Direction.ENTRY,
                null, 2001, null, null, null, null, null, DistributionLevel.OPERATION));
    }

    /** Who reads a record at the level, as DESIGN.md's rule says. */
    static boolean rule(Reader reader, DistributionLevel level) {
        return switch (reader) {
            case SKOPJE_MEMBER -> true;
            case SERBIA_MEMBER, COORDINATOR -> level != DistributionLevel.OPERATION;
            case DELEGATION_READER -> level == DistributionLevel.PARTICIPATING_STATES || level == DistributionLevel.PUBLIC;
            case ADMIN -> level == DistributionLevel.PUBLIC;
        };
    }

    String page(Reader reader, String url) throws Exception {
        return page(readers.get(reader), url);
    }

    String page(CorridorUser reader, String url) throws Exception {
        return mvc.perform(get(url).with(user(reader))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    int statusOf(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    JsonNode api(Reader reader, String url) throws Exception {
        return json.readTree(mvc.perform(get(url).header("Authorization", tokens.get(reader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    String gevgelijaCounts() {
        return "location=" + gevgelija + "&" + PERIOD;
    }

    @Test
    void eachCountIsListedOpenedAndServedByTheApiExactlyToThoseTheRuleNames() throws Exception {
        for (Reader reader : Reader.values()) {
            String list = page(reader, "/flows?" + gevgelijaCounts());
            List<Integer> apiTotals = new ArrayList<>();
            api(reader, "/api/v1/flow-counts?" + gevgelijaCounts()).get("items")
                    .forEach(item -> apiTotals.add(item.get("total").asInt()));
            for (DistributionLevel level : DistributionLevel.values()) {
                FlowCount count = countAt.get(level);
                boolean reads = rule(reader, level);
                String what = reader + " and a count at " + level;
                assertThat(list.contains(">" + Counts.of(count.total()) + "<")).as(what + " (list)").isEqualTo(reads);
                assertThat(apiTotals.contains(count.total())).as(what + " (API list)").isEqualTo(reads);
                assertThat(statusOf(get("/flows/counts/" + count.id()).with(user(readers.get(reader)))))
                        .as(what + " (detail)").isEqualTo(reads ? 200 : 404);
                assertThat(statusOf(get("/api/v1/flow-counts/" + count.id())
                        .header("Authorization", tokens.get(reader)))).as(what + " (API detail)")
                        .isEqualTo(reads ? 200 : 404);
            }
        }
    }

    @Test
    void eachExportHoldsACountExactlyForThoseTheRuleNames() throws Exception {
        for (Reader reader : Reader.values()) {
            String csv = page(reader, "/flows.csv?" + gevgelijaCounts());
            String hxl = page(reader, "/flows.hxl.csv?" + gevgelijaCounts());
            List<Integer> xlsx = xlsxTotals(reader);
            for (DistributionLevel level : DistributionLevel.values()) {
                FlowCount count = countAt.get(level);
                boolean reads = rule(reader, level);
                String what = reader + " and a count at " + level;
                assertThat(csv.contains(count.id().toString())).as(what + " (CSV)").isEqualTo(reads);
                assertThat(hxl.contains(count.id().toString())).as(what + " (HXL)").isEqualTo(reads);
                assertThat(xlsx.contains(count.total())).as(what + " (XLSX)").isEqualTo(reads);
            }
        }
    }

    List<Integer> xlsxTotals(Reader reader) throws Exception {
        byte[] bytes = mvc.perform(get("/flows.xlsx?" + gevgelijaCounts()).with(user(readers.get(reader))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<Integer> totals = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            int column = FlowExportController.HEADERS.indexOf("total");
            for (Row row : workbook.getSheetAt(0)) {
                Cell cell = row.getCell(column);
                if (cell != null && cell.getCellType() == CellType.NUMERIC) {
                    totals.add((int) cell.getNumericCellValue());
                }
            }
        }
        return totals;
    }

    /** What the figures of Gevgelija add up to for each reader: every count where the reader reads Skopje's figures. */
    static final Map<Reader, Integer> GEVGELIJA_FIGURE = Map.of(Reader.SKOPJE_MEMBER, 4010, Reader.SERBIA_MEMBER, 4010,
            Reader.COORDINATOR, 4010, Reader.DELEGATION_READER, 1003 + 1004, Reader.ADMIN, 1004);

    @Test
    void theChartAddsEveryCountOfAnOperationWhoseFiguresTheReaderReadsAndNamesTheOneThatDoesNotShare()
            throws Exception {
        for (Reader reader : Reader.values()) {
            String chart = page(reader, "/flows/chart?location=" + gevgelija + "&direction=ENTRY&source=own&" + PERIOD);
            assertThat(chart).as(reader.toString())
                    .contains(String.format(java.util.Locale.ENGLISH, "%,d persons counted on", GEVGELIJA_FIGURE.get(reader)));
            boolean figuresShared = reader != Reader.DELEGATION_READER && reader != Reader.ADMIN;
            assertThat(chart.contains("OSCE Mission to Skopje does not share these figures with you."))
                    .as(reader.toString()).isEqualTo(!figuresShared);
        }
    }

    @Test
    void coordinatorSeesSerbiasInternalCountAsAFigureButNotAsARecord() throws Exception {
        String chart = page(Reader.COORDINATOR, "/flows/chart?location=" + presevo + "&direction=ENTRY&source=own&"
                + PERIOD);
        assertThat(chart).contains("2,001 persons counted on 1 of 10 days").doesNotContain("Not shared with you");
        assertThat(page(Reader.COORDINATOR, "/flows?location=" + presevo + "&" + PERIOD)).doesNotContain(">2001<");
    }

    @Test
    void whereEveryCountOfAPlaceIsLeftOutTheChartSaysNotSharedNeverZero() throws Exception {
        for (Reader reader : List.of(Reader.DELEGATION_READER, Reader.ADMIN)) {
            String chart = page(reader, "/flows/chart?location=" + presevo + "&direction=ENTRY&source=own&" + PERIOD);
            assertThat(chart).as(reader.toString()).contains("Not shared with you")
                    .contains("OSCE Mission to Serbia does not share these figures with you.")
                    .doesNotContain("0 persons counted").doesNotContain("No counts for this place");
        }
    }

    @Test
    void theMapSizesPlacesByTheReadersFiguresAndSaysNotSharedWhereTheyAreLeftOut() throws Exception {
        for (Reader reader : Reader.values()) {
            String map = page(reader, "/flows/map?direction=ENTRY&source=own&" + PERIOD);
            assertThat(map).as(reader.toString()).contains(">" + Counts.of(GEVGELIJA_FIGURE.get(reader)) + "<");
            boolean serbiaShares = reader != Reader.DELEGATION_READER && reader != Reader.ADMIN;
            assertThat(map.contains(">2,001<")).as(reader.toString()).isEqualTo(serbiaShares);
            assertThat(map.contains("not-shared-row")).as(reader.toString()).isEqualTo(!serbiaShares);
            assertThat(map).as(reader.toString()).doesNotContain("\"count\":0");
        }
    }

    @Test
    void theGeoJsonGivesTheReadersFiguresAndNoTotalWhereTheyAreNotShared() throws Exception {
        for (Reader reader : Reader.values()) {
            Map<String, JsonNode> byCode = new LinkedHashMap<>();
            json.readTree(page(reader, "/flows/map.geojson?direction=ENTRY&source=own&" + PERIOD)).get("features")
                    .forEach(f -> byCode.put(f.get("properties").get("location_code").asString(), f.get("properties")));
            assertThat(byCode.get("MK-GEVGELIJA-BCP").get("total").asInt()).as(reader.toString())
                    .isEqualTo(GEVGELIJA_FIGURE.get(reader));
            JsonNode presevoPoint = byCode.get("RS-PRESEVO-OSC");
            if (reader == Reader.DELEGATION_READER || reader == Reader.ADMIN) {
                assertThat(presevoPoint.get("shared").asBoolean()).isFalse();
                assertThat(presevoPoint.get("total").isNull()).isTrue();
                assertThat(presevoPoint.get("not_shared_by").toString()).contains("serbia");
                assertThat(byCode.get("MK-GEVGELIJA-BCP").get("not_shared_by").toString()).contains("skopje");
            } else {
                assertThat(presevoPoint.get("total").asInt()).isEqualTo(2001);
                assertThat(presevoPoint.get("not_shared_by").isEmpty()).isTrue();
            }
        }
    }

    @Test
    void aRouteEventsTextReachesExactlyThoseTheRuleNamesOnTheTimelineTheApiAndTheChart() throws Exception {
        for (Reader reader : Reader.values()) {
            String timeline = page(reader, "/flows/events?country=" + macedonia);
            String chart = page(reader, "/flows/chart?country=" + macedonia + "&direction=ENTRY&source=own&" + PERIOD);
            String apiList = api(reader, "/api/v1/route-events?country=" + macedonia + "&" + PERIOD).toString();
            for (DistributionLevel level : DistributionLevel.values()) {
                RouteEvent event = eventAt.get(level);
                boolean reads = rule(reader, level);
                String what = reader + " and an event at " + level;
                assertThat(timeline.contains(event.title())).as(what + " (timeline)").isEqualTo(reads);
                assertThat(chart.contains(event.title())).as(what + " (chart)").isEqualTo(reads);
                assertThat(chart).as(what + " (chart)").doesNotContain(event.description());
                assertThat(apiList.contains(event.title())).as(what + " (API list)").isEqualTo(reads);
                assertThat(statusOf(get("/api/v1/route-events/" + event.id())
                        .header("Authorization", tokens.get(reader)))).as(what + " (API detail)")
                        .isEqualTo(reads ? 200 : 404);
            }
        }
    }

    @Test
    void anOperationThatKeepsItsFiguresToItselfIsNotSharedWithTheCoordinator() throws Exception {
        CorridorUser head = account(Role.HEAD_OF_OPERATION, serbia);
        SharingPolicy before = sharing.policyOf(serbia);
        SharingPolicy changed = sharing.change(head, new SharingPolicy(serbia, DistributionLevel.OPERATION,
                before.defaultLevels(), before.version()));
        try {
            String chart = page(Reader.COORDINATOR, "/flows/chart?location=" + presevo
                    + "&direction=ENTRY&source=own&" + PERIOD);
            assertThat(chart).contains("Not shared with you").doesNotContain("2,001");
            assertThat(page(Reader.SERBIA_MEMBER, "/flows/chart?location=" + presevo + "&direction=ENTRY&source=own&"
                    + PERIOD)).contains("2,001 persons counted");
        } finally {
            sharing.change(head, new SharingPolicy(serbia, before.figuresLevel(), before.defaultLevels(),
                    changed.version()));
        }
    }

    @Test
    void theChartOpensWhereTheCoordinatorHasFiguresToRead() throws Exception {
        String chart = page(Reader.COORDINATOR, "/flows/chart");
        assertThat(chart).doesNotContain("persons counted on 0 of").doesNotContain("Not shared with you");
    }

    String serbianForm(LocalDate on) throws Exception {
        return mvc.perform(post("/flows/counts/new").with(user(serbiaOfficer)).with(csrf())
                        .param("operationId", serbia.toString()).param("periodKind", "DAY")
                        .param("periodStart", on.toString()).param("locationId", gevgelija.toString())
                        .param("direction", "ENTRY").param("total", "5"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theFormNamesTheOperationThatHasTheCountOnlyWhereTheRecorderMayReadThatCount() throws Exception {
        assertThat(serbianForm(countAt.get(DistributionLevel.OSCE).periodStart()))
                .contains("OSCE Mission to Skopje has already recorded this count").contains("Ask its focal point");
        assertThat(serbianForm(countAt.get(DistributionLevel.OPERATION).periodStart()))
                .contains("Another operation has recorded this count").doesNotContain("has already recorded")
                .as("says what to do").contains("Check the source first", "the regional coordinator can tell you");
    }

    @Test
    void theApiAndItsBulkAnswerNameTheOperationThatHasTheCountOnlyWhereTheSenderMayReadThatCount() throws Exception {
        CorridorUser serbianFocalPoint = account(Role.FOCAL_POINT, serbia);
        String token = "Bearer " + accounts.createToken(serbianFocalPoint.id(), "t").secret();
        String item = """
                {"operationId":"%s","periodStart":"%s","locationId":"%s","direction":"ENTRY","total":5}""";
        String internal = item.formatted(serbia, countAt.get(DistributionLevel.OPERATION).periodStart(), gevgelija);
        String shared = item.formatted(serbia, countAt.get(DistributionLevel.OSCE).periodStart(), gevgelija);

        JsonNode bulk = json.readTree(mvc.perform(post("/api/v1/flow-counts/bulk").header("Authorization", token)
                        .contentType("application/json").content("[" + internal + "," + shared + "]"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(bulk.get("errors").get(0).get("index").asInt()).isZero();
        assertThat(bulk.get("errors").get(0).get("message").asString()).startsWith("Another operation")
                .doesNotContain("Skopje");
        assertThat(bulk.get("errors").get(1).get("message").asString())
                .startsWith("OSCE Mission to Skopje has already recorded this count");

        String single = mvc.perform(post("/api/v1/flow-counts").header("Authorization", token)
                        .contentType("application/json").content(internal))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(single).contains("Another operation").doesNotContain("Skopje");
    }

    @Test
    void theCountAndEventFormsOfferTheOperationsOwnPlacesFirstAndTheOthersInAGroup() throws Exception {
        for (String form : List.of("/flows/counts/new", "/flows/events/new")) {
            String page = page(skopjeOfficer, form);
            String list = page.substring(page.indexOf("id=\"locationId\""));
            list = list.substring(0, list.indexOf("</select>"));
            int own = list.indexOf("<optgroup label=\"Your operation");
            int others = list.indexOf("<optgroup label=\"Other places\">");
            assertThat(own).as(form).isPositive().isLessThan(others);
            assertThat(list.indexOf("value=\"" + region.place("MK-GEVGELIJA-BCP") + "\"")).as(form).isBetween(own, others);
            assertThat(list.indexOf("value=\"" + region.place("AT-VIENNA") + "\"")).as(form).isGreaterThan(others);
        }
    }

    @Test
    void newCountsAndEventsStartWithTheLevelTheOperationsHeadChose() throws Exception {
        CorridorUser head = account(Role.HEAD_OF_OPERATION, skopje);
        SharingPolicy before = sharing.policyOf(skopje);
        assertThat(page(skopjeOfficer, "/flows/counts/new")).containsPattern(
                "id=\"distributionLevel-OSCE\"[^>]*checked");
        Map<org.corridor.accounts.RecordKind, DistributionLevel> levels = new EnumMap<>(before.defaultLevels());
        levels.put(org.corridor.accounts.RecordKind.FLOW_COUNT, DistributionLevel.PUBLIC);
        levels.put(org.corridor.accounts.RecordKind.ROUTE_EVENT, DistributionLevel.PARTICIPATING_STATES);
        SharingPolicy changed = sharing.change(head, new SharingPolicy(skopje, before.figuresLevel(), levels,
                before.version()));
        try {
            assertThat(page(skopjeOfficer, "/flows/counts/new"))
                    .containsPattern("id=\"distributionLevel-PUBLIC\"[^>]*checked")
                    .doesNotContainPattern("id=\"distributionLevel-OSCE\"[^>]*checked");
            assertThat(page(skopjeOfficer, "/flows/events/new"))
                    .containsPattern("id=\"distributionLevel-PARTICIPATING_STATES\"[^>]*checked");
            String token = "Bearer " + accounts.createToken(skopjeOfficer.id(), "t").secret();
            mvc.perform(post("/api/v1/flow-counts").header("Authorization", token).contentType("application/json")
                            .content("""
                                    {"operationId":"%s","periodStart":"1912-06-01","locationId":"%s","direction":"EXIT",
                                     "total":5}""".formatted(skopje, gevgelija)))
                    .andExpect(status().isCreated())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                            .jsonPath("$.distributionLevel").value("PUBLIC"));
            RouteEvent event = events.record(skopjeOfficer, new RouteEvents.RouteEventDraft(skopje,
                    LocalDate.of(1912, 6, 1), macedonia, null, RouteEvents.Kind.OPENING, "Default " + marker, null,
                    null, null), false);
            assertThat(event.distributionLevel()).isEqualTo(DistributionLevel.PARTICIPATING_STATES);
        } finally {
            sharing.change(head, new SharingPolicy(skopje, before.figuresLevel(), before.defaultLevels(),
                    changed.version()));
        }
    }
}
