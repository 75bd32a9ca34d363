package org.corridor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Membership;
import org.corridor.accounts.Role;
import org.corridor.accounts.UserAccounts;
import org.corridor.monitoring.MonitoringPlans;
import org.corridor.monitoring.MonitoringPlans.Plan;
import org.corridor.monitoring.Unit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CorridorTest
class PlanControllerTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    MonitoringPlans plans;

    UUID skopje;
    UUID gevgelija;
    CorridorUser focalPoint;

    @BeforeEach
    void focalPointOfSkopje() {
        skopje = region.operation("skopje");
        gevgelija = region.place("MK-GEVGELIJA-BCP");
        focalPoint = member(Role.FOCAL_POINT, skopje);
    }

    CorridorUser member(Role role, UUID operation) {
        return region.user("plan", "Planner", new Membership(operation, role));
    }

    /** The form as a focal point fills it in, with some values typed differently. */
    MockHttpServletRequestBuilder planForm(CorridorUser user, String note, String... changed) {
        Map<String, String> values = new LinkedHashMap<>(Map.of("operationId", skopje.toString(),
                "locationId", gevgelija.toString(), "unit", "POLICE_DEVELOPMENT", "targetPerWeek", "3",
                "validFrom", "2016-01-04", "note", note));
        for (int i = 0; i < changed.length; i += 2) {
            values.put(changed[i], changed[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/monitoring/plans/new").with(user(user)).with(csrf());
        values.forEach(request::param);
        return request;
    }

    Plan planOf(CorridorUser author, String note) {
        return plans.create(author, new MonitoringPlans.PlanDraft(skopje, gevgelija, Unit.MONITORING, 2,
                LocalDate.parse("2016-01-04"), null, note));
    }

    @Test
    void aFocalPointSetsAPlanAndSeesItInTheList() throws Exception {
        String note = "plan " + UUID.randomUUID();
        mvc.perform(planForm(focalPoint, note)).andExpect(status().is3xxRedirection());

        Plan saved = plans.list(focalPoint, skopje, 0, 500).items().stream().filter(p -> note.equals(p.note()))
                .findFirst().orElseThrow();
        assertThat(saved.targetPerWeek()).isEqualTo(3);
        mvc.perform(get("/monitoring/plans").param("operation", skopje.toString()).with(user(focalPoint)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/monitoring/plans/" + saved.id() + "/edit")))
                .andExpect(content().string(containsString("Gevgelija")))
                .andExpect(content().string(containsString("from 2016-01-04, open-ended")));
    }

    /** Issue 18: the plan form's places (record-form's locationChoice) put the operation's own first too. */
    @Test
    void thePlanFormOffersTheOperationsOwnPlacesBeforeTheOthers() throws Exception {
        String page = mvc.perform(get("/monitoring/plans/new").with(user(focalPoint)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        int others = page.indexOf("<optgroup label=\"Other places\">");
        assertThat(others).isPositive();
        assertThat(page.indexOf("value=\"" + gevgelija + "\"")).isBetween(0, others);
        assertThat(page.indexOf("value=\"" + region.place("AT-VIENNA") + "\"")).isGreaterThan(others);
    }

    @Test
    void aHeadOfOperationSetsAPlanToo() throws Exception {
        mvc.perform(planForm(member(Role.HEAD_OF_OPERATION, skopje), "by the head")).andExpect(status().is3xxRedirection());
    }

    @Test
    void showsAnEndBeforeTheStartBesideTheEndDateKeepingWhatWasTyped() throws Exception {
        mvc.perform(planForm(focalPoint, "x", "validTo", "2015-12-31", "targetPerWeek", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#validTo\"")))
                .andExpect(content().string(containsString(
                        "id=\"validTo-error\">The end date must not be before the start date.")))
                .andExpect(content().string(containsString("id=\"targetPerWeek-error\">Enter the target number")))
                .andExpect(content().string(containsString("value=\"2015-12-31\"")));
    }

    @Test
    void aDateThatDoesNotParseIsShownBesideItsField() throws Exception {
        mvc.perform(planForm(focalPoint, "x", "validFrom", "next monday"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"validFrom-error\">Enter a real date")))
                .andExpect(content().string(containsString("value=\"next monday\"")));
    }

    @Test
    void anOfficerCannotSetAPlan() throws Exception {
        CorridorUser officer = member(Role.OFFICER, skopje);

        mvc.perform(get("/monitoring/plans/new").with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(planForm(officer, "not allowed")).andExpect(status().isForbidden());
    }

    @Test
    void aViewerCannotSetAPlan() throws Exception {
        CorridorUser viewer = member(Role.VIEWER, skopje);

        mvc.perform(get("/monitoring/plans/new").with(user(viewer))).andExpect(status().isForbidden());
        mvc.perform(planForm(viewer, "not allowed")).andExpect(status().isForbidden());
    }

    @Test
    void aStaleEditShowsTheConflictAndNeverOverwrites() throws Exception {
        Plan plan = planOf(focalPoint, "first");
        plans.update(focalPoint, plan.id(), plan.version(), new MonitoringPlans.PlanDraft(skopje, gevgelija,
                Unit.MONITORING, 4, plan.validFrom(), null, "changed by someone else"));

        mvc.perform(post("/monitoring/plans/" + plan.id() + "/edit").with(user(focalPoint)).with(csrf())
                        .param("version", String.valueOf(plan.version())).param("locationId", gevgelija.toString())
                        .param("unit", "MONITORING").param("targetPerWeek", "9").param("validFrom", "2016-01-04"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this plan")))
                .andExpect(content().string(containsString("changed by someone else")));
        assertThat(plans.find(focalPoint, plan.id()).orElseThrow().targetPerWeek()).isEqualTo(4);
    }

    @Test
    void anEditWithTheCurrentVersionIsSaved() throws Exception {
        Plan plan = planOf(focalPoint, "first");

        mvc.perform(post("/monitoring/plans/" + plan.id() + "/edit").with(user(focalPoint)).with(csrf())
                        .param("version", String.valueOf(plan.version())).param("locationId", gevgelija.toString())
                        .param("unit", "MONITORING").param("targetPerWeek", "5").param("validFrom", "2016-01-04")
                        .param("validTo", "2016-06-30"))
                .andExpect(status().is3xxRedirection());
        Plan after = plans.find(focalPoint, plan.id()).orElseThrow();
        assertThat(after.targetPerWeek()).isEqualTo(5);
        assertThat(after.version()).isEqualTo(plan.version() + 1);
    }

    @Test
    void anotherOperationsPlanKeptInTheOperationIsNotFoundByUrlNorListed() throws Exception {
        Plan plan = plans.create(focalPoint, new MonitoringPlans.PlanDraft(skopje, gevgelija, Unit.MONITORING, 2,
                LocalDate.parse("2016-01-04"), null, "internal", org.corridor.accounts.DistributionLevel.OPERATION));
        CorridorUser serbian = member(Role.FOCAL_POINT, region.operation("serbia"));

        mvc.perform(get("/monitoring/plans/" + plan.id() + "/edit").with(user(serbian))).andExpect(status().isNotFound());
        mvc.perform(post("/monitoring/plans/" + plan.id() + "/edit").with(user(serbian)).with(csrf())
                        .param("version", "0").param("targetPerWeek", "9"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/monitoring/plans").with(user(serbian)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(plan.id().toString()))));
    }

    @Test
    void theListLinksToTheOtherMonitoringRecords() throws Exception {
        mvc.perform(get("/monitoring/visits").with(user(focalPoint)))
                .andExpect(content().string(containsString("href=\"/monitoring/plans\"")))
                .andExpect(content().string(containsString("href=\"/monitoring/assessments\"")))
                .andExpect(content().string(containsString("href=\"/monitoring/deployments\"")));
        mvc.perform(get("/monitoring/plans").with(user(focalPoint)))
                .andExpect(content().string(containsString("href=\"/monitoring/plans\" aria-current=\"page\"")));
    }
}
