package org.corridor.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.corridor.AdjustedSettingsTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Role;
import org.corridor.flows.Direction;
import org.corridor.flows.FlowCountDraft;
import org.corridor.flows.FlowCounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With more matching counts than the list counts (a million-row database; here, a limit of two), the list says
 * "more than" and still pages on.
 */
@AdjustedSettingsTest // its flows list counts two
class FlowListCountLimitTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    FlowCounts counts;

    @Test
    void aListWithMoreCountsThanItCountsSaysMoreThanAndStillOffersTheNextPage() throws Exception {
        UUID skopje = region.operation("skopje");
        UUID gevgelija = region.place("MK-GEVGELIJA-BCP");
        CorridorUser officer = region.user("flowcap", "Pages", Role.OFFICER, skopje);
        LocalDate first = LocalDate.of(1995, 5, 1); // within org.corridor.kernel.PlausibleDates, and no other test counts then
        int more = FlowCountController.PAGE_SIZE + 3;
        for (int i = 0; i < more; i++) {
            counts.record(officer, new FlowCountDraft(skopje, null, first.plusDays(i), null, null, gevgelija,
                    Direction.ENTRY, null, 10 + i, null, null, null, null, Map.of(), null));
        }
        String filter = "/flows?location=" + gevgelija + "&from=" + first + "&to=" + first.plusDays(more - 1);

        String page = mvc.perform(get(filter).with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("More than 50 counts: choose a country, place or period above to narrow them.")
                .contains("Page 1 of more than 1")
                .contains("page=1\">Next</a>");
        String last = mvc.perform(get(filter + "&page=1").with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(last).as("the last page knows the total").contains(more + " counts").contains("Page 2 of 2")
                .doesNotContain(">Next</a>");
    }
}
