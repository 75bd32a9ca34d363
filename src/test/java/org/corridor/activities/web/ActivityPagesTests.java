package org.corridor.activities.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Membership;
import org.corridor.accounts.Role;
import org.corridor.accounts.UserAccounts;
import org.corridor.activities.Activities;
import org.corridor.activities.Activity;
import org.corridor.activities.ActivityDraft;
import org.corridor.activities.ActivityKind;
import org.corridor.activities.ActivityStatus;
import org.corridor.directory.Dimension;
import org.corridor.directory.Directory;
import org.corridor.directory.ResponseArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The activity pages and API: list and search, form with its error summary, matrix, exports, ETags. */
@SpringBootTest
@AutoConfigureMockMvc
class ActivityPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Directory directory;

    @Autowired
    Activities activities;

    UUID skopje;
    CorridorUser officer;
    String word;

    @BeforeEach
    void officerOfSkopje() {
        skopje = directory.operationByCode("skopje").orElseThrow().id();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        word = "zq" + tag.replaceAll("[^a-f]", "");
        officer = accounts.create("actpage." + tag, "Pages", "long-enough-password",
                List.of(new Membership(skopje, Role.OFFICER)));
    }

    Activity activity(String title) {
        return activities.create(officer, new ActivityDraft(skopje, title, null, ResponseArea.AWARENESS_RAISING,
                Set.of(Dimension.HUMAN), ActivityKind.PROJECT, null, null, null, ActivityStatus.ONGOING,
                LocalDate.parse("2016-01-01"), null, null, null, null, null));
    }

    @Test
    void listFindsActivitiesByWordAndLinksToThem() throws Exception {
        Activity a = activity("Titulli " + word);

        String page = mvc.perform(get("/activities").param("q", word).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Titulli " + word).contains("/activities/" + a.id());
        assertThat(mvc.perform(get("/activities/" + a.id()).with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Awareness raising");
    }

    @Test
    void formShowsAnErrorSummaryAndKeepsWhatWasTyped() throws Exception {
        String page = mvc.perform(post("/activities/new").with(user(officer)).with(csrf())
                        .param("operationId", skopje.toString()).param("title", "Conference " + word)
                        .param("startsOn", "2016-06-01").param("endsOn", "2016-05-01").param("status", "PLANNED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("error-summary").contains("href=\"#endsOn\"").contains("href=\"#dimensions\"")
                .contains("Conference " + word).contains("The last day is before the first day");
    }

    @Test
    void formSavesAnActivityWithPartnersByAcronym() throws Exception {
        mvc.perform(post("/activities/new").with(user(officer)).with(csrf())
                        .param("operationId", skopje.toString()).param("title", "Banja Luka " + word)
                        .param("responseArea", "REPORTING_AND_LIAISON").param("dimensions", "HUMAN", "POLITICO_MILITARY")
                        .param("kind", "NON_PROJECT").param("status", "COMPLETED").param("startsOn", "2016-04-01")
                        .param("partners", "UNHCR SUPPORTING\nIOM IMPLEMENTING"))
                .andExpect(status().is3xxRedirection());

        var saved = activities.list(officer, new org.corridor.activities.ActivityFilter(skopje, null, null, null, null,
                null, null, word), 0, 5).items();
        assertThat(saved).singleElement().satisfies(a -> {
            assertThat(a.partners()).hasSize(2);
            assertThat(a.dimensions()).containsExactlyInAnyOrder(Dimension.HUMAN, Dimension.POLITICO_MILITARY);
        });
    }

    @Test
    void matrixMarksGapsAndLinksToTheActivitiesOfACell() throws Exception {
        activity("Matrix " + word);

        String page = mvc.perform(get("/activities/matrix").param("from", "2016-01-01").param("to", "2016-12-31")
                .with(user(officer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("class=\"numeric gap\"").contains("operation=" + skopje + "&amp;area=AWARENESS_RAISING");
    }

    @Test
    void exportsWhatTheFilterShowsAsCsvAndXlsx() throws Exception {
        activity("Export " + word);

        String csv = mvc.perform(get("/activities.csv").param("q", word).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().count()).isEqualTo(2);
        assertThat(csv).contains("Export " + word);
        mvc.perform(get("/activities.xlsx").param("q", word).with(user(officer))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/vnd.openxml")));
    }

    @Test
    void apiRefusesAStaleUpdateAndListsBadFields() throws Exception {
        Activity a = activity("Api " + word);
        String token = accounts.createToken(officer.id(), "test").secret();
        String json = """
                {"operationId":"%s","title":"Api %s","responseArea":"RESEARCH","dimensions":["HUMAN"],"kind":"PROJECT",
                 "status":"PLANNED","startsOn":"2016-01-04"}""".formatted(skopje, word);

        mvc.perform(put("/api/v1/activities/" + a.id()).header("Authorization", "Bearer " + token)
                .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(put("/api/v1/activities/" + a.id()).header("Authorization", "Bearer " + token)
                .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isPreconditionFailed());
        String problem = mvc.perform(post("/api/v1/activities").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"operationId\":\"" + skopje + "\"}"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(problem).contains("\"field\":\"title\"").contains("\"field\":\"startsOn\"");
    }
}
