package org.corridor.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.corridor.liaison.ActionPoints;
import org.corridor.liaison.Meeting;
import org.corridor.liaison.MeetingDraft;
import org.corridor.liaison.MeetingKind;
import org.corridor.liaison.Meetings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@CorridorTest
class LiaisonPagesTests {

    static final UUID UNHCR = UUID.fromString("783234c2-74cb-4153-8c09-cb6ebadc16b0");

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    Meetings meetings;

    @Autowired
    ActionPoints actionPoints;

    UUID skopje;
    UUID serbia;
    CorridorUser officer;
    Meeting joint;

    @BeforeEach
    void aJointVisit() {
        skopje = region.operation("skopje");
        serbia = region.operation("serbia");
        officer = region.user("lp", "Liaison officer", Role.OFFICER, skopje);
        joint = meetings.create(officer, new MeetingDraft(skopje, MeetingKind.JOINT_VISIT, "Heads visit Tabanovce",
                LocalDate.of(2015, 11, 19), LocalTime.of(9, 0), LocalTime.of(13, 0), null, "Tabanovce", null,
                List.of(serbia), List.of(UNHCR), List.of(), null, null, List.of("Share reports"),
                DistributionLevel.OSCE, false));
    }

    @Test
    void listsTheMeetingFilteredByOrganisation() throws Exception {
        mvc.perform(get("/liaison/meetings").param("organisation", UNHCR.toString()).param("from", "2015-11-19")
                        .param("to", "2015-11-19").with(user(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Heads visit Tabanovce")))
                .andExpect(content().string(containsString("<span>OSCE Mission to Serbia</span>")))
                .andExpect(content().string(containsString("<span>UNHCR</span>")));
        mvc.perform(get("/liaison/meetings/" + joint.id()).with(user(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<span>UNHCR</span>")));
    }

    @Test
    void showsTheMeetingInTheMonthCalendar() throws Exception {
        mvc.perform(get("/liaison/calendar").param("month", "2015-11").with(user(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("09:00 Heads visit Tabanovce")));
    }

    @Test
    void theCalendarMarksTodayAndTheWeekends() throws Exception {
        java.time.LocalDate now = java.time.LocalDate.now(org.corridor.kernel.Region.ZONE);
        String page = mvc.perform(get("/liaison/calendar").param("month", java.time.YearMonth.from(now).toString())
                        .with(user(officer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        int today = now.getDayOfMonth();
        assertThat(page).as("today's own cell is marked")
                .containsPattern("aria-current=\"date\">\\s*<span class=\"calendar-day\">" + today + "</span>")
                .contains("calendar-today-label")
                .containsPattern("<td class=\"calendar-weekend ?\"");
        mvc.perform(get("/liaison/calendar").param("month", "2015-11").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("aria-current=\"date\""))));
    }

    @Test
    void theFormListsEachProblemAtTheTopAndBesideItsField() throws Exception {
        mvc.perform(post("/liaison/meetings/new").with(user(officer)).with(csrf())
                        .param("operationId", skopje.toString()).param("kind", "BRIEFING").param("title", "")
                        .param("day", "2016-02-30").param("startTime", "10:00").param("endTime", "09:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"error-summary\"")))
                .andExpect(content().string(containsString("href=\"#title\"")))
                .andExpect(content().string(containsString("id=\"day-error\"")))
                .andExpect(content().string(containsString("id=\"endTime-error\"")));
    }

    @Test
    void keepsAnImpossibleDayAndTimeAsTypedBesideTheirProblemsAndTheTickedOrganisation() throws Exception {
        mvc.perform(post("/liaison/meetings/new").with(user(officer)).with(csrf())
                        .param("operationId", skopje.toString()).param("kind", "BRIEFING").param("title", "Typed back")
                        .param("day", "2016-02-30").param("startTime", "25:99").param("endTime", "9:30")
                        .param("organisationIds", UNHCR.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"day-error\">Enter a real date")))
                .andExpect(content().string(containsString("value=\"2016-02-30\"")))
                .andExpect(content().string(containsString("id=\"startTime-error\">Enter a time")))
                .andExpect(content().string(containsString("value=\"25:99\"")))
                .andExpect(content().string(containsString("value=\"09:30\"")))
                .andExpect(content().string(containsString(
                        "value=\"" + UNHCR + "\" name=\"organisationIds\" checked=\"checked\"")));
    }

    @Test
    void keepsAnImpossibleDueDateAsTypedBesideItsProblem() throws Exception {
        mvc.perform(post("/liaison/meetings/" + joint.id() + "/action-points").with(user(officer)).with(csrf())
                        .param("text", "Due on no day").param("dueDate", "2016-02-30")
                        .param("owner", "operation:" + serbia).param("mine", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"dueDate-error\">Enter a real date")))
                .andExpect(content().string(containsString("value=\"2016-02-30\"")))
                .andExpect(content().string(containsString("value=\"Due on no day\"")))
                .andExpect(content().string(containsString("value=\"operation:" + serbia + "\" selected=\"selected\"")));
        assertThat(actionPoints.ofMeeting(officer, joint.id())).noneMatch(a -> a.text().equals("Due on no day"));
    }

    @Test
    void theEditFormShowsTheMeetingAsRecorded() throws Exception {
        mvc.perform(get("/liaison/meetings/" + joint.id() + "/edit").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"JOINT_VISIT\" selected=\"selected\"")))
                .andExpect(content().string(containsString("name=\"day\" value=\"2015-11-19\"")))
                .andExpect(content().string(containsString("name=\"startTime\" value=\"09:00\"")))
                .andExpect(content().string(containsString("name=\"endTime\" value=\"13:00\"")))
                .andExpect(content().string(containsString(
                        "value=\"" + UNHCR + "\" name=\"organisationIds\" checked=\"checked\"")))
                .andExpect(content().string(containsString(
                        "value=\"" + serbia + "\" name=\"otherOperationIds\" checked=\"checked\"")))
                .andExpect(content().string(containsString(">Share reports</textarea>")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*id=\"distributionLevel-OSCE\"[^>]*checked.*")));
    }

    @Test
    void recordsAMeetingAndGoesToIt() throws Exception {
        mvc.perform(post("/liaison/meetings/new").with(user(officer)).with(csrf())
                        .param("operationId", skopje.toString()).param("kind", "COORDINATION")
                        .param("title", "Weekly coordination").param("day", "2015-10-07").param("startTime", "10:00")
                        .param("endTime", "11:30").param("organisationIds", UNHCR.toString())
                        .param("decisions", "First decision\nSecond decision").param("distributionLevel", "OSCE"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/liaison/meetings/*"));
    }

    @Test
    void aHeadOfMissionRecordsTheirOwnMeetingAndEditsIt() throws Exception {
        CorridorUser head = region.user("lp", "Head of Mission", Role.HEAD_OF_OPERATION, skopje);
        String form = mvc.perform(get("/liaison/meetings/new").with(user(head))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).as("the head's own operation is not offered again among the others taking part")
                .doesNotContain("data-other-operation=\"" + skopje + "\"")
                .contains("data-other-operation=\"" + serbia + "\"");
        String meeting = mvc.perform(post("/liaison/meetings/new").with(user(head)).with(csrf())
                        .param("operationId", skopje.toString()).param("kind", "BILATERAL")
                        .param("title", "Minister of the Interior on the Gevgelija closure").param("day", "2016-03-09")
                        .param("startTime", "11:00").param("endTime", "12:00").param("distributionLevel", "OSCE"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(meeting + "/edit").with(user(head))).andExpect(status().isOk());
        mvc.perform(post(meeting + "/action-points").with(user(head)).with(csrf())
                        .param("text", "Brief the Permanent Council").param("dueDate", "2016-03-17"))
                .andExpect(status().is3xxRedirection());
        CorridorUser viewer = region.user("lp", "Viewer", Role.VIEWER, skopje);
        mvc.perform(get("/liaison/meetings/new").with(user(viewer))).andExpect(status().isForbidden());
    }

    @Test
    void anActionPointFallsToAnotherOperationThatTookPart() throws Exception {
        String page = mvc.perform(get("/liaison/meetings/" + joint.id()).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"operation:" + serbia + "\"")
                .doesNotContain("value=\"operation:" + skopje + "\"");
        mvc.perform(post("/liaison/meetings/" + joint.id() + "/action-points").with(user(officer)).with(csrf())
                        .param("text", "Send Serbia's registration figures").param("dueDate", "2015-12-01")
                        .param("owner", "operation:" + serbia))
                .andExpect(status().is3xxRedirection());
        assertThat(actionPoints.ofMeeting(officer, joint.id())).filteredOn(a -> a.text().startsWith("Send Serbia"))
                .singleElement().satisfies(a -> {
                    assertThat(a.operationId()).isEqualTo(skopje);
                    assertThat(a.ownerOperationId()).isEqualTo(serbia);
                });
        mvc.perform(post("/liaison/meetings/" + joint.id() + "/action-points").with(user(officer)).with(csrf())
                        .param("text", "Not at the meeting").param("dueDate", "2015-12-01")
                        .param("owner", "operation:" + region.operation("albania")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"owner-error\"")));
    }

    @Test
    void addsAnOverdueActionPointThatStandsOut() throws Exception {
        mvc.perform(post("/liaison/meetings/" + joint.id() + "/action-points").with(user(officer)).with(csrf())
                        .param("text", "Send the joint report").param("dueDate", "2015-12-01").param("mine", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/liaison/action-points/mine").with(user(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Send the joint report")))
                .andExpect(content().string(containsString("tag-overdue")));
    }

    @Test
    void aMemberOfTheSharingOperationSeesTheMeetingButCannotChangeIt() throws Exception {
        CorridorUser serbiaFocal = region.user("lp", "Serbia", Role.FOCAL_POINT, serbia);
        mvc.perform(get("/liaison/meetings/" + joint.id()).with(user(serbiaFocal))).andExpect(status().isOk());
        mvc.perform(get("/liaison/meetings/" + joint.id() + "/edit").with(user(serbiaFocal)))
                .andExpect(status().isForbidden());
    }

    @Test
    void drawsWhoMeetsWhomAsATableAndAPicture() throws Exception {
        mvc.perform(get("/liaison/who-meets-whom").param("from", "2015-11-19").param("to", "2015-11-19")
                        .with(user(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("UNHCR")));
    }

    @Test
    void exportsTheListAsCsv() throws Exception {
        mvc.perform(get("/liaison/meetings.csv").param("from", "2015-11-19").param("to", "2015-11-19")
                        .with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".csv")))
                .andExpect(content().string(containsString("Heads visit Tabanovce")));
    }
}
