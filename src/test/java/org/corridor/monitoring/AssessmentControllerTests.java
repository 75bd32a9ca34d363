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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Membership;
import org.corridor.accounts.Role;
import org.corridor.monitoring.PreparednessAssessments;
import org.corridor.monitoring.PreparednessAssessments.Assessment;
import org.corridor.monitoring.PreparednessAssessments.AssessmentDraft;
import org.corridor.monitoring.PreparednessAssessments.ContingencyPlan;
import org.corridor.monitoring.PreparednessAssessments.Rating;
import org.corridor.monitoring.PreparednessAssessments.Source;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CorridorTest
class AssessmentControllerTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    PreparednessAssessments assessments;

    UUID skopje;
    UUID tabanovce;
    CorridorUser officer;

    @BeforeEach
    void officerOfSkopje() {
        skopje = region.operation("skopje");
        tabanovce = region.place("MK-TABANOVCE-BCP");
        officer = member(Role.OFFICER, skopje);
    }

    CorridorUser member(Role role, UUID operation) {
        return region.user("assess", "Assessor", new Membership(operation, role));
    }

    /** The form as an officer fills it in, with some values typed differently. */
    MockHttpServletRequestBuilder assessmentForm(CorridorUser user, String authority, String... changed) {
        Map<String, String> values = new LinkedHashMap<>(Map.of("operationId", skopje.toString(),
                "authority", authority, "locationId", tabanovce.toString(), "assessedOn", "2016-03-10",
                "rating", "PARTLY_PREPARED", "contingencyPlan", "YES", "source", "FIRST_HAND",
                "narrative", "Reception capacity for 300 people", "distributionLevel", "OPERATION"));
        for (int i = 0; i < changed.length; i += 2) {
            values.put(changed[i], changed[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/monitoring/assessments/new").with(user(user)).with(csrf());
        values.forEach(request::param);
        return request;
    }

    Assessment assessmentOf(String authority) {
        return assessments.record(officer, new AssessmentDraft(skopje, authority, tabanovce, null,
                LocalDate.parse("2016-03-10"), Rating.UNPREPARED, ContingencyPlan.NO, Source.FIRST_HAND, "Internal",
                null), false);
    }

    List<Assessment> byAuthority(String authority) {
        return assessments.list(officer, skopje, 0, 500).items().stream().filter(a -> a.authority().equals(authority)).toList();
    }

    @Test
    void anOfficerRecordsAnAssessmentAndSeesItsRatingInWordsAndColour() throws Exception {
        String authority = "Border police " + UUID.randomUUID();
        String location = mvc.perform(assessmentForm(officer, authority)).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(authority)))
                .andExpect(content().string(containsString("class=\"rating rating-partly_prepared\">Partly prepared")));
        mvc.perform(get("/monitoring/assessments").param("operation", skopje.toString()).with(user(officer)))
                .andExpect(content().string(containsString(authority)))
                .andExpect(content().string(containsString("Tabanovce–Preševo border crossing")));
    }

    @Test
    void showsAMissingPlaceBesideTheLocationAndAFutureDateBesideTheDate() throws Exception {
        String authority = "Nowhere police " + UUID.randomUUID();
        mvc.perform(assessmentForm(officer, authority, "locationId", "", "area", " ",
                        "assessedOn", LocalDate.now().plusDays(10).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#locationId\"")))
                .andExpect(content().string(containsString(
                        "id=\"locationId-error\">Choose a location or name the area the assessment covers.")))
                .andExpect(content().string(containsString(
                        "id=\"assessedOn-error\">The assessment date cannot be in the future.")));
        assertThat(byAuthority(authority)).isEmpty();
    }

    @Test
    void keepsADateThatIsNoDateAsTypedBesideItsMessageAndSavesNothing() throws Exception {
        String authority = "Typed date police " + UUID.randomUUID();
        mvc.perform(assessmentForm(officer, authority, "assessedOn", "2016-02-30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"assessedOn-error\">Enter a real date as year-month-day")))
                .andExpect(content().string(containsString("value=\"2016-02-30\"")))
                .andExpect(content().string(containsString("value=\"" + authority + "\"")));
        assertThat(byAuthority(authority)).isEmpty();
    }

    @Test
    void warnsAboutPersonalDataAndKeepsItOnlyWhenConfirmed() throws Exception {
        String authority = "Police " + UUID.randomUUID();
        String narrative = "The commander is on 070 123 456";

        mvc.perform(assessmentForm(officer, authority, "narrative", narrative))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("may contain personal data")))
                .andExpect(content().string(containsString("070 123 456")))
                .andExpect(content().string(containsString("id=\"confirmPersonalData\"")));
        assertThat(byAuthority(authority)).isEmpty();

        mvc.perform(assessmentForm(officer, authority, "narrative", narrative, "confirmPersonalData", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(byAuthority(authority)).extracting(Assessment::narrative).containsExactly(narrative);
    }

    @Test
    void aViewerCannotRecordAnAssessmentNorChangeOne() throws Exception {
        CorridorUser viewer = member(Role.VIEWER, skopje);
        Assessment assessment = assessmentOf("Seen by the viewer");

        mvc.perform(get("/monitoring/assessments/new").with(user(viewer))).andExpect(status().isForbidden());
        mvc.perform(assessmentForm(viewer, "not allowed")).andExpect(status().isForbidden());
        mvc.perform(get("/monitoring/assessments/" + assessment.id()).with(user(viewer))).andExpect(status().isOk());
        mvc.perform(get("/monitoring/assessments/" + assessment.id() + "/edit").with(user(viewer)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aStaleEditShowsTheConflictAndNeverOverwrites() throws Exception {
        Assessment assessment = assessmentOf("Police of Kumanovo");
        assessments.update(officer, assessment.id(), assessment.version(), new AssessmentDraft(skopje,
                "Police of Kumanovo", tabanovce, null, assessment.assessedOn(), Rating.PREPARED, ContingencyPlan.YES,
                Source.AUTHORITIES, "changed by someone else", null), false);

        mvc.perform(post("/monitoring/assessments/" + assessment.id() + "/edit").with(user(officer)).with(csrf())
                        .param("version", String.valueOf(assessment.version())).param("authority", "Police of Kumanovo")
                        .param("locationId", tabanovce.toString()).param("assessedOn", "2016-03-10")
                        .param("rating", "UNPREPARED").param("source", "FIRST_HAND").param("narrative", "mine"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this assessment")))
                .andExpect(content().string(containsString("changed by someone else")));
        assertThat(assessments.find(officer, assessment.id()).orElseThrow().rating()).isEqualTo(Rating.PREPARED);
    }

    @Test
    void anotherOperationsAssessmentIsNotFoundByUrlNorListed() throws Exception {
        Assessment assessment = assessmentOf("Internal police " + UUID.randomUUID());
        CorridorUser serbian = member(Role.FOCAL_POINT, region.operation("serbia"));

        mvc.perform(get("/monitoring/assessments/" + assessment.id()).with(user(serbian))).andExpect(status().isNotFound());
        mvc.perform(get("/monitoring/assessments/" + assessment.id() + "/edit").with(user(serbian)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/monitoring/assessments").with(user(serbian)))
                .andExpect(content().string(not(containsString(assessment.authority()))));
    }
}
