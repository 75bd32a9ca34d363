package org.corridor.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.corridor.DemoAsLoadedTest;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The flow chart on the demo, as a delegation reader, who reads UNHCR's public weekly totals and nothing daily. */
@DemoAsLoadedTest
class FlowChartDemoTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Test
    void aChartOfWeeklyFiguresOnlySumsThemInsteadOfSayingZeroPersons() throws Exception {
        CorridorUser delegation = accounts.findByUsername("delegation").orElseThrow();

        String page = mvc.perform(get("/flows/chart").with(user(delegation))).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).containsPattern("[1-9][0-9,]* persons counted in [0-9]+ weekly figures")
                .doesNotContain("0 persons counted on 0 of");
    }

    @Test
    void theMapOpensOnTheLastThirtyDaysWithDailyCountsNotOnAnEmptyMonthAroundTodayForEveryReader() throws Exception {
        for (String username : java.util.List.of("officer", "coordinator", "delegation")) {
            CorridorUser reader = accounts.findByUsername(username).orElseThrow();

            String page = mvc.perform(get("/flows/map").with(user(reader))).andReturn().getResponse()
                    .getContentAsString();

            assertThat(page).as(username).doesNotContain("No daily counts in this period.")
                    .containsPattern("value=\"201[56]-[0-9]{2}-[0-9]{2}\"");
            if (username.equals("delegation")) {
                assertThat(page).as("the daily counts a delegation reader may not read are named as not shared")
                        .contains("class=\"not-shared-list\"").contains("does not share these figures with you");
            }
        }
    }
}
