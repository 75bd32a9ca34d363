package org.corridor.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.corridor.flows.Direction;
import org.corridor.flows.FlowCount;
import org.corridor.flows.FlowCountDraft;
import org.corridor.flows.FlowCounts;
import org.corridor.flows.RouteEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The flows pages: list, form with its error summary, detail, chart, map and timeline. */
@CorridorTest
class FlowPagesTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    FlowCounts counts;

    @Autowired
    RouteEvents events;

    UUID skopje;
    UUID serbia;
    UUID gevgelija;
    CorridorUser officer;

    static int nextYear = 1930;
    LocalDate day;

    @BeforeEach
    void officerOfSkopje() {
        skopje = region.operation("skopje");
        serbia = region.operation("serbia");
        gevgelija = region.place("MK-GEVGELIJA-BCP");
        officer = member(Role.OFFICER, skopje);
        synchronized (FlowPagesTests.class) {
            day = LocalDate.of(nextYear++, 10, 20);
        }
    }

    CorridorUser member(Role role, UUID operation) {
        return region.user("flowpage", "Pages", role, operation);
    }

    FlowCount count(int total, DistributionLevel level) {
        return counts.record(officer, new FlowCountDraft(skopje, null, day, null, null, gevgelija, Direction.ENTRY, null,
                total, null, null, null, null, Map.of("SYR", 1), level));
    }

    @Test
    void theListShowsCountsWithTheirPlaceAndTheExportsKeepTheFilter() throws Exception {
        count(4321, null);

        mvc.perform(get("/flows").param("from", day.toString()).param("to", day.toString()).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("4,321")))
                .andExpect(content().string(containsString("Gevgelija")))
                .andExpect(content().string(containsString("/flows.hxl.csv?from=" + day + "&amp;to=" + day)));
    }

    @Test
    void aFormWithMistakesShowsTheErrorSummaryAndEachMessageBesideItsField() throws Exception {
        mvc.perform(post("/flows/counts/new").with(user(officer)).with(csrf())
                        .param("operationId", skopje.toString()).param("periodKind", "WEEK")
                        .param("periodStart", day.with(java.time.DayOfWeek.TUESDAY).toString())
                        .param("locationId", gevgelija.toString()).param("direction", "ENTRY")
                        .param("total", "ten").param("nationalities", "SYR 5\nnonsense"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"error-summary\"")))
                .andExpect(content().string(containsString("href=\"#total\"")))
                .andExpect(content().string(containsString("href=\"#periodStart\"")))
                .andExpect(content().string(containsString("href=\"#nationalities\"")))
                .andExpect(content().string(containsString("id=\"total-error\"")));
    }

    @Test
    void keepsAWordInANumberAndAnImpossibleDayAsTypedBesideTheirProblems() throws Exception {
        mvc.perform(post("/flows/counts/new").with(user(officer)).with(csrf())
                        .param("operationId", skopje.toString()).param("periodKind", "DAY")
                        .param("periodStart", "2016-02-30").param("locationId", gevgelija.toString())
                        .param("direction", "ENTRY").param("total", "twelve").param("men", "1,200"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"total-error\">Enter a whole number.")))
                .andExpect(content().string(containsString("value=\"twelve\"")))
                .andExpect(content().string(containsString("id=\"periodStart-error\">Enter a real date")))
                .andExpect(content().string(containsString("value=\"2016-02-30\"")))
                .andExpect(content().string(containsString("value=\"1200\"")));
    }

    @Test
    void aValidFormRecordsTheCountAndShowsIt() throws Exception {
        String location = mvc.perform(post("/flows/counts/new").with(user(officer)).with(csrf())
                        .param("operationId", skopje.toString()).param("periodKind", "DAY")
                        .param("periodStart", day.toString()).param("locationId", gevgelija.toString())
                        .param("direction", "EXIT").param("total", "1,250").param("children", "300")
                        .param("nationalities", "SYR=700\nAFG=400"))
                .andExpect(redirectedUrlPattern("/flows/counts/*"))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1250")))
                .andExpect(content().string(containsString("SYR 700")));
    }

    @Test
    void theEditFormsShowTheCountAndTheEventAsRecorded() throws Exception {
        FlowCount recorded = count(4321, DistributionLevel.OPERATION);
        mvc.perform(get("/flows/counts/" + recorded.id() + "/edit").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + gevgelija + "\" selected=\"selected\"")))
                .andExpect(content().string(containsString(
                        "value=\"" + recorded.countryId() + "\" selected=\"selected\"")))
                .andExpect(content().string(containsString("value=\"ENTRY\" selected=\"selected\"")))
                .andExpect(content().string(containsString("value=\"DAY\" selected=\"selected\"")))
                .andExpect(content().string(containsString("name=\"periodStart\" value=\"" + day + "\"")))
                .andExpect(content().string(containsString("name=\"total\" value=\"4321\"")))
                .andExpect(content().string(containsString(">SYR=1</textarea>")));
        RouteEvents.RouteEvent event = events.record(officer, new RouteEvents.RouteEventDraft(skopje, day, null,
                gevgelija, RouteEvents.Kind.POLICY_CHANGE, "Edit form test policy change " + day, null, null, null), false);
        mvc.perform(get("/flows/events/" + event.id() + "/edit").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + gevgelija + "\" selected=\"selected\"")))
                .andExpect(content().string(containsString(
                        "value=\"" + event.countryId() + "\" selected=\"selected\"")))
                .andExpect(content().string(containsString("value=\"POLICY_CHANGE\" selected=\"selected\"")))
                .andExpect(content().string(containsString("name=\"occurredOn\" value=\"" + day + "\"")));
    }

    @Test
    void anInternalCountOfAnotherOperationIsNotFoundAndOnlyRecordersSeeTheForm() throws Exception {
        FlowCount internal = count(10, DistributionLevel.OPERATION);

        mvc.perform(get("/flows/counts/" + internal.id()).with(user(member(Role.OFFICER, serbia))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/flows/counts/" + internal.id() + "/edit").with(user(member(Role.VIEWER, skopje))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/flows/counts/new").with(user(member(Role.REGIONAL_COORDINATOR, null))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theChartPageStatesTheSummingRuleAndShowsTheFiguresAsATable() throws Exception {
        count(777, null);

        mvc.perform(get("/flows/chart").param("location", gevgelija.toString()).param("source", "own")
                        .param("from", day.minusDays(3).toString()).param("to", day.plusDays(3).toString())
                        .with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("never added")))
                .andExpect(content().string(containsString("<td class=\"numeric\">777</td>")))
                .andExpect(content().string(containsString("data-flow-chart")))
                .andExpect(content().string(not(containsString("onclick"))));
    }

    @Test
    void theChartRefusesAPeriodThatEndsBeforeItStarts() throws Exception {
        mvc.perform(get("/flows/chart").param("from", "2016-03-01").param("to", "2016-01-01").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"error-summary\"")));
    }

    @Test
    void theMapListsLocationsWithTheirSummedCounts() throws Exception {
        count(555, null);

        mvc.perform(get("/flows/map").param("source", "own").param("from", day.toString()).param("to", day.toString())
                        .with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td class=\"numeric\">555</td>")))
                .andExpect(content().string(containsString("data-region-map")));
    }

    @Test
    void theTimelineShowsEventsByCountryWithTheirKindInWords() throws Exception {
        events.record(officer, new RouteEvents.RouteEventDraft(skopje, day, null, gevgelija, RouteEvents.Kind.CLOSURE,
                "Timeline test closure " + day, null, null, null), false);

        mvc.perform(get("/flows/events").with(user(member(Role.VIEWER, serbia))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Timeline test closure " + day)))
                .andExpect(content().string(containsString("event-kind-closure")))
                .andExpect(content().string(containsString("North Macedonia")));
    }

    @Test
    void theEventFormKeepsAnImpossibleDayAsTypedBesideItsProblem() throws Exception {
        mvc.perform(post("/flows/events/new").with(user(officer)).with(csrf())
                        .param("operationId", skopje.toString()).param("occurredOn", "2016-02-30")
                        .param("kind", "CLOSURE").param("title", "Closure on an impossible day"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"occurredOn-error\">Enter a real date")))
                .andExpect(content().string(containsString("value=\"2016-02-30\"")))
                .andExpect(content().string(containsString("value=\"Closure on an impossible day\"")));
    }

    @Test
    void theEventFormShowsItsProblems() throws Exception {
        mvc.perform(post("/flows/events/new").with(user(officer)).with(csrf())
                        .param("operationId", skopje.toString()).param("occurredOn", "2999-01-01")
                        .param("kind", "CLOSURE").param("title", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#occurredOn\"")))
                .andExpect(content().string(containsString("href=\"#countryId\"")))
                .andExpect(content().string(containsString("href=\"#title\"")));
        assertThat(events.list(officer, null, null, LocalDate.of(2999, 1, 1), null)).isEmpty();
    }
}
