package org.corridor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.corridor.AdjustedSettingsTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Role;
import org.corridor.accounts.UserAccounts;
import org.corridor.directory.Directory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's lists that can grow large count their records only up to a limit (10,000; here three, on the demo's
 * data) and then say that their total is a lower bound, instead of counting every readable row on each call.
 */
@AdjustedSettingsTest // the demo, and the API's lists count three
class ApiListCountLimitTests {

    static final List<String> LARGE_LISTS = List.of("/api/v1/flow-counts", "/api/v1/activities", "/api/v1/visits",
            "/api/v1/meetings", "/api/v1/route-events");

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Directory directory;

    String tokenOfSkopjesFocalPoint() {
        UUID skopje = region.operation("skopje");
        CorridorUser focal = region.user("cap", "Capped", Role.FOCAL_POINT, skopje);
        return accounts.createToken(focal.id(), "list script").secret();
    }

    JsonNode read(String token, String path) throws Exception {
        return JsonMapper.builder().build().readTree(mvc.perform(get(path).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void aLargeListSaysItsTotalIsALowerBoundBeyondTheLimitAndStillPagesOn() throws Exception {
        String token = tokenOfSkopjesFocalPoint();
        for (String list : LARGE_LISTS) {
            JsonNode first = read(token, list + "?size=2");

            assertThat(first.get("items").size()).as(list).isEqualTo(2);
            assertThat(first.get("totalIsLowerBound").asBoolean()).as(list + " says 'at least'").isTrue();
            assertThat(first.get("totalItems").asLong()).as(list + " counted up to the limit").isEqualTo(3);
            assertThat(first.get("totalPages").asInt()).as(list).isEqualTo(2);
            JsonNode second = read(token, list + "?size=2&page=1");
            assertThat(second.get("items").size()).as(list + " pages on").isEqualTo(2);
        }
    }

    @Test
    void aListWithinTheLimitGivesItsExactTotal() throws Exception {
        String token = tokenOfSkopjesFocalPoint();
        for (String list : LARGE_LISTS) {
            mvc.perform(get(list + "?size=2&from=1990-01-01&to=1990-01-02").header("Authorization", "Bearer " + token))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.totalIsLowerBound").value(false))
                    .andExpect(jsonPath("$.totalItems").value(0));
        }
    }

    @Test
    void theLastPageBeyondTheLimitKnowsTheTotal() throws Exception {
        String token = tokenOfSkopjesFocalPoint();
        JsonNode all = read(token, "/api/v1/meetings?size=500");
        long total = all.get("items").size();
        assertThat(total).as("the demo's meetings of Skopje fit one page of 500").isGreaterThan(3).isLessThan(500);

        JsonNode last = read(token, "/api/v1/meetings?size=" + (total - 1) + "&page=1");

        assertThat(last.get("items").size()).isEqualTo(1);
        assertThat(last.get("totalIsLowerBound").asBoolean()).isFalse();
        assertThat(last.get("totalItems").asLong()).isEqualTo(total);
    }
}
