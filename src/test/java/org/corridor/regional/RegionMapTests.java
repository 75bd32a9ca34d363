package org.corridor.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.corridor.directory.Directory;
import org.corridor.flows.Direction;
import org.corridor.flows.FlowCountDraft;
import org.corridor.flows.FlowCounts;
import org.corridor.flows.PeriodKind;
import org.corridor.flows.RouteEvents;
import org.corridor.monitoring.MonitoringVisits;
import org.corridor.monitoring.Observations;
import org.corridor.monitoring.Unit;
import org.corridor.monitoring.VisitDraft;
import org.corridor.monitoring.VisitStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The regional map on records written here in 1953 at Preševo (Serbia): 100 persons entering each day of March
 * (OPERATION level: a figure all the same), two visits in March, one route event in April.
 */
@CorridorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionMapTests {

    static final LocalDate FIRST = LocalDate.of(1953, 3, 1);
    static final LocalDate LAST = LocalDate.of(1953, 4, 30);

    @Autowired
    RegionFixture region;
    @Autowired
    MockMvc mvc;
    @Autowired
    FlowCounts counts;
    @Autowired
    MonitoringVisits visits;
    @Autowired
    RouteEvents events;
    @Autowired
    Directory directory;
    @Autowired
    RegionMapPicture maps;
    @Autowired
    JsonMapper json;

    CorridorUser coordinator;

    @BeforeAll
    void recordsAtPresevo() {
        UUID serbia = region.operation("serbia");
        UUID presevo = region.place("RS-PRESEVO-OSC");
        coordinator = region.user("map", "Coordinator", Role.REGIONAL_COORDINATOR, null);
        CorridorUser officer = region.user("map", "Officer of Serbia", Role.OFFICER, serbia);
        List<FlowCountDraft> march = new ArrayList<>();
        for (LocalDate day = FIRST; day.isBefore(FIRST.plusMonths(1)); day = day.plusDays(1)) {
            march.add(new FlowCountDraft(serbia, PeriodKind.DAY, day, day, null, presevo, Direction.ENTRY, null, 100,
                    null, null, null, null, null, DistributionLevel.OPERATION));
        }
        counts.upsert(officer, march);
        for (int day : List.of(3, 17)) {
            LocalDate date = LocalDate.of(1953, 3, day);
            visits.record(officer, new VisitDraft(serbia, presevo, Unit.MONITORING, null, Set.of(), 2,
                    date.atTime(9, 0).toInstant(ZoneOffset.UTC), date.atTime(12, 0).toInstant(ZoneOffset.UTC),
                    "Map visit", VisitStatus.COMPLETED,
                    new Observations(null, null, null, null, null, null, null, null, null, null, null), List.of(),
                    DistributionLevel.OPERATION), true);
        }
        UUID serbiaCountry = region.country("RS");
        events.record(officer, new RouteEvents.RouteEventDraft(serbia, LocalDate.of(1953, 4, 2), serbiaCountry,
                presevo, RouteEvents.Kind.RESTRICTION, "Map restriction", null, null, DistributionLevel.OSCE), true);
    }

    @Test
    void eachPlaceHasItsPersonsVisitsAndRouteEventsForThePeriodAndForAMonth() {
        RegionMapPicture.Picture whole = maps.of(coordinator, new RegionalPeriod(FIRST, LAST), null);
        assertThat(whole.slices()).extracting(RegionMapPicture.Slice::label).containsExactly("1953-03", "1953-04");
        RegionMapPicture.Place presevo = place(whole);
        assertThat(presevo.persons()).isEqualTo(3100);
        assertThat(presevo.visits()).isEqualTo(2);
        assertThat(presevo.routeEvents()).isEqualTo(1);
        assertThat(whole.offices()).isNotEmpty();

        RegionMapPicture.Picture april = maps.of(coordinator, new RegionalPeriod(FIRST, LAST), 2);
        assertThat(april.from()).isEqualTo(LocalDate.of(1953, 4, 1));
        RegionMapPicture.Place inApril = place(april);
        assertThat(inApril.persons()).as("nobody counted in April: not 0").isNull();
        assertThat(inApril.notShared()).isFalse();
        assertThat(inApril.visits()).isZero();
        assertThat(inApril.routeEvents()).isEqualTo(1);
    }

    @Test
    void thePageAndTheApiGiveTheSameNumbers() throws Exception {
        JsonNode api = json.readTree(mvc.perform(get("/api/v1/regional/map").param("from", FIRST.toString())
                .param("to", LAST.toString()).header("Authorization", region.bearer(coordinator))).andReturn()
                .getResponse().getContentAsString());
        JsonNode presevo = null;
        for (JsonNode place : api.get("places")) {
            if ("RS-PRESEVO-OSC".equals(place.get("code").asString())) {
                presevo = place;
            }
        }
        assertThat(presevo).isNotNull();
        assertThat(presevo.get("persons").asLong()).isEqualTo(3100);
        assertThat(presevo.get("visits").asLong()).isEqualTo(2);
        assertThat(presevo.get("routeEvents").asLong()).isEqualTo(1);
        assertThat(api.get("slices")).hasSize(2);

        String page = mvc.perform(get("/regional/map").param("from", FIRST.toString()).param("to", LAST.toString())
                .with(user(coordinator))).andReturn().getResponse().getContentAsString();
        String name = presevo.get("name").asString();
        String row = page.substring(page.indexOf(name + " (RS)"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).containsSubsequence("3,100", ">2<", ">1<").doesNotContain("Not shared with you")
                .doesNotContain("not shared");
        assertThat(page).contains("data-region-map").contains("type=\"range\"")
                .contains("3,100 persons entering; 2 visits; 1 route events");
    }

    @Test
    void aMonthOutsideThePeriodIsSaidAndIsA400InTheApi() throws Exception {
        MockHttpServletResponse api = mvc.perform(get("/api/v1/regional/map").param("from", FIRST.toString())
                .param("to", LAST.toString()).param("slice", "7").header("Authorization", region.bearer(coordinator)))
                .andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentType()).contains("application/problem+json");
        assertThat(api.getContentAsString()).contains("Choose a month from 0 (the whole period) to 2.");
        String page = mvc.perform(get("/regional/map").param("from", FIRST.toString()).param("to", LAST.toString())
                .param("slice", "7").with(user(coordinator))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("id=\"m-slice-error\"");
    }

    private static RegionMapPicture.Place place(RegionMapPicture.Picture picture) {
        return picture.places().stream().filter(p -> p.code().equals("RS-PRESEVO-OSC")).findFirst().orElseThrow();
    }
}
