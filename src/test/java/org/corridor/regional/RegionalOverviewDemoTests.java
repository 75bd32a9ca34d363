package org.corridor.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.corridor.DemoAsLoadedTest;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.UserAccounts;
import org.corridor.regional.RegionalOverview.Engagement;
import org.corridor.regional.RegionalOverview.OperationOverview;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo as the regional coordinator: the article's front line comes out of the data alone; page = API. */
@DemoAsLoadedTest
class RegionalOverviewDemoTests {

    @Autowired UserAccounts accounts;
    @Autowired RegionalOverview overview;
    @Autowired RegionalPeriod.Defaults defaults;
    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;

    CorridorUser coordinator() {
        return accounts.findByUsername("coordinator").orElseThrow();
    }

    @Test
    void theCoordinatorSeesSerbiaAndSkopjeOnTheFrontLineAndTheOthersRoutine() {
        RegionalPeriod period = defaults.of(coordinator());
        Map<String, Engagement> classes = overview.of(coordinator(), period.from(), period.to()).operations().stream()
                .collect(Collectors.toMap(OperationOverview::code, OperationOverview::engagement));

        assertThat(classes).containsEntry("serbia", Engagement.FRONTLINE).containsEntry("skopje", Engagement.FRONTLINE)
                .containsEntry("albania", Engagement.ROUTINE).containsEntry("bih", Engagement.ROUTINE)
                .containsEntry("kosovo", Engagement.ROUTINE).containsEntry("montenegro", Engagement.ROUTINE);
    }

    @Test
    void theStartPagesGlanceGivesEachOperationTheOverviewsClassAndFiguresForEveryoneWhoSeesIt() {
        for (String reader : List.of("coordinator", "head.serbia", "officer")) {
            CorridorUser user = accounts.findByUsername(reader).orElseThrow();
            RegionalPeriod period = defaults.of(user);
            Map<UUID, OperationOverview> whole = overview.of(user, period.from(), period.to()).operations().stream()
                    .collect(Collectors.toMap(OperationOverview::operationId, o -> o));

            RegionalOverview.Glance glance = overview.glance(user, period.from(), period.to());

            assertThat(glance.operations()).as(reader).hasSize(whole.size()).allSatisfy(line -> {
                OperationOverview row = whole.get(line.operationId());
                assertThat(line.name()).isEqualTo(row.name());
                assertThat(line.engagement()).as(reader + " " + row.code()).isEqualTo(row.engagement());
                assertThat(line.visits()).as(reader + " " + row.code()).isEqualTo(row.visits());
                assertThat(line.migrationReports()).as(reader + " " + row.code()).isEqualTo(row.migrationReports());
                assertThat(line.newActivities()).as(reader + " " + row.code()).isEqualTo(row.newActivities());
            });
        }
    }

    @Test
    void thePageAndTheApiGiveTheSameNumbers() throws Exception {
        RegionalPeriod period = defaults.of(coordinator());
        String page = mvc.perform(get("/regional").with(user(coordinator()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String body = mvc.perform(get("/api/v1/regional/overview").with(user(coordinator()))
                        .accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JsonNode answer = json.readTree(body);
        assertThat(answer.get("from").asString()).isEqualTo(period.from().toString());
        String csv = mvc.perform(get("/api/v1/regional/overview.csv").with(user(coordinator())))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        for (JsonNode row : answer.get("operations")) {
            String name = row.get("name").asString();
            String visits = row.get("visits").isNull() ? "not shared" : row.get("visits").asString();
            String meetings = row.get("meetings").isNull() ? "not shared" : row.get("meetings").asString();
            assertThat(csv).contains(name + "," + row.get("code").asString() + ",visits," + visits + ",");
            assertThat(csv).contains(name + "," + row.get("code").asString() + ",meetings," + meetings + ",");
            assertThat(csv).contains(name + "," + row.get("code").asString() + ",engagement,"
                    + row.get("engagement").asString() + ",");
            String card = page.substring(page.indexOf("id=\"op-" + row.get("code").asString() + "\""));
            card = card.substring(0, card.indexOf("</article>"));
            assertThat(figureCell(card, "visits")).as(name).contains(">" + visits + "<");
            assertThat(figureCell(card, "meetings")).as(name).contains(">" + meetings + "<");
        }
        assertThat(page).contains("FRONTLINE").contains("ROUTINE").contains("at least 2 of these three signs");
    }

    @Test
    void answersJsonByDefaultAndCsvWhenAskedOnTheSamePath() throws Exception {
        mvc.perform(get("/api/v1/regional/overview").with(user(coordinator())))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
        String csv = mvc.perform(get("/api/v1/regional/overview").accept("text/csv").with(user(coordinator())))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("operation,code,figure,value,from,to");
    }

    private static String figureCell(String card, String figure) {
        String cell = card.substring(card.indexOf("data-figure=\"" + figure + "\""));
        return cell.substring(0, cell.indexOf("</td>"));
    }

    @Test
    void aBadPeriodIsA400ProblemWithASentenceAndAnErrorBesideTheField() throws Exception {
        mvc.perform(get("/api/v1/regional/overview").param("from", "2016-06-01").param("to", "2016-01-01")
                        .with(user(coordinator())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.containsString("before the first day")));
        String page = mvc.perform(get("/regional").param("from", "31/01/2016").with(user(coordinator())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("error-summary").contains("id=\"r-from-error\"")
                .contains("The first day is not a date");
    }
}
