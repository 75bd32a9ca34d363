package org.corridor.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.corridor.DemoAsLoadedTest;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's borders as the regional coordinator opens them: Tabanovce (the Mission to Skopje's exits) against
 * Preševo (the Mission to Serbia's entries) in the last twelve months with data, week by week with both sides.
 */
@DemoAsLoadedTest
class BorderDemoTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JsonMapper json;

    @Test
    void tabanovceAgainstPresevoShowsWeeksCountedOnBothSides() throws Exception {
        CorridorUser coordinator = accounts.findByUsername("coordinator").orElseThrow();
        JsonNode answer = json.readTree(mvc.perform(get("/api/v1/regional/borders/tabanovce-presevo")
                .with(user(coordinator))).andReturn().getResponse().getContentAsString());

        assertThat(answer.at("/exitSource/value").asString()).isEqualTo("own");
        assertThat(answer.at("/entrySource/value").asString()).isEqualTo("own");
        List<String> bothSides = new ArrayList<>();
        for (JsonNode week : answer.get("weeks")) {
            if (week.get("basis").asString().equals("DAYS_ON_BOTH_SIDES") && week.get("daysCompared").asInt() == 7) {
                bothSides.add(week.get("week").asString());
            }
        }
        assertThat(bothSides).as("the weeks of the route's winter, counted on both sides").contains("2015-W50",
                "2016-W05").hasSizeGreaterThan(10);
        assertThat(answer.at("/totals/exits").asLong()).isGreaterThan(answer.at("/totals/entries").asLong())
                .as("some who left Macedonia were not counted entering Serbia");

        String page = mvc.perform(get("/regional/borders").with(user(coordinator))).andReturn().getResponse()
                .getContentAsString();
        // Opens on the first border counted on both sides (nobody counted at Idomeni), with every border listed.
        assertThat(page).contains("<h1>Borders: Tabanovce → Preševo (North Macedonia → Serbia)</h1>")
                .contains("data-week=\"2015-W50\"").contains("Idomeni → Gevgelija", "Šid → Tovarnik")
                .contains("aria-current=\"page\"");
        JsonNode borders = json.readTree(mvc.perform(get("/api/v1/regional/borders").with(user(coordinator)))
                .andReturn().getResponse().getContentAsString());
        assertThat(borders).allSatisfy(border -> assertThat(border.get("problems")).as(border.toString()).isEmpty());
    }
}
