package org.corridor.liaison;

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
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Membership;
import org.corridor.accounts.Role;
import org.corridor.accounts.UserAccounts;
import org.corridor.liaison.Meeting;
import org.corridor.liaison.MeetingSeries;
import org.corridor.liaison.MeetingSeries.Series;
import org.corridor.liaison.Meetings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The series pages and the meeting pages' series links, attendee picker and default periods, as a user sees them. */
@CorridorTest
class SeriesPagesTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    MeetingSeries series;

    @Autowired
    Meetings meetings;

    UUID skopje;
    UUID serbia;
    UUID albania;
    CorridorUser officer;

    @BeforeEach
    void anOfficerOfSkopje() {
        skopje = region.operation("skopje");
        serbia = region.operation("serbia");
        albania = region.operation("albania");
        officer = member(skopje, Role.OFFICER, "Ana Officer");
    }

    CorridorUser member(UUID operation, Role role, String name) {
        return accounts.create("sp." + UUID.randomUUID().toString().substring(0, 8), name, "long-enough-password",
                List.of(new Membership(operation, role)));
    }

    /** The series form for Wednesdays from 12 October 2015, without its start time and end. */
    MockHttpServletRequestBuilder seriesForm(String path, String title) {
        return post(path).with(user(officer)).with(csrf()).param("operationId", skopje.toString())
                .param("kind", "COORDINATION").param("title", title).param("dayOfWeek", "WEDNESDAY")
                .param("durationMinutes", "90").param("firstDay", "2015-10-12").param("place", "Skopje")
                .param("otherOperationIds", serbia.toString()).param("distributionLevel", "OPERATION")
                .param("organisationIds", LiaisonPagesTests.UNHCR.toString());
    }

    /** Four meetings at 10:00. */
    MockHttpServletRequestBuilder fourMeetings(String path, String title) {
        return seriesForm(path, title).param("localTime", "10:00").param("count", "4");
    }

    Series setUp(String title) throws Exception {
        String location = mvc.perform(fourMeetings("/liaison/series/new", title))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/liaison/series/*"))
                .andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        return series.find(officer, id).orElseThrow();
    }

    @Test
    void settingUpASeriesCreatesItsMeetingsAndShowsItsRule() throws Exception {
        Series weekly = setUp("Weekly coordination from the form");
        // Four Wednesdays from Monday 12 October 2015: the 14th to 4 November, across the end of summer time.
        assertThat(weekly.firstDay()).isEqualTo(LocalDate.of(2015, 10, 12));
        assertThat(weekly.lastDay()).isEqualTo(LocalDate.of(2015, 11, 4));
        List<Meeting> held = series.occurrences(officer, weekly);
        assertThat(held).extracting(m -> m.localStart().toLocalDate()).containsExactly(LocalDate.of(2015, 10, 14),
                LocalDate.of(2015, 10, 21), LocalDate.of(2015, 10, 28), LocalDate.of(2015, 11, 4));
        mvc.perform(get("/liaison/series/" + weekly.id()).with(user(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Every Wednesday at 10:00, for 90 minutes")))
                .andExpect(content().string(containsString("Europe/Belgrade")))
                .andExpect(content().string(containsString("4 meetings")))
                .andExpect(content().string(containsString("<span>UNHCR</span>")))
                .andExpect(content().string(containsString("<span>, OSCE Mission to Serbia</span>")))
                .andExpect(content().string(containsString("Wed 2015-11-04 10:00–11:30")))
                .andExpect(content().string(containsString("/liaison/meetings/" + held.get(0).id())));
        mvc.perform(get("/liaison/series").with(user(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Weekly coordination from the form")));
    }

    @Test
    void changingTheSeriesKeepsTheMeetingsChangedOrCancelledOnTheirOwn() throws Exception {
        Series weekly = setUp("Weekly coordination");
        List<Meeting> held = series.occurrences(officer, weekly);
        Meeting moved = held.get(1);
        Meeting cancelled = held.get(2);
        mvc.perform(get("/liaison/meetings/" + moved.id()).with(user(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/liaison/series/" + weekly.id())))
                .andExpect(content().string(containsString("Change only this meeting")))
                .andExpect(content().string(containsString("Cancel only this meeting")));
        mvc.perform(post("/liaison/meetings/" + moved.id() + "/edit").with(user(officer)).with(csrf())
                        .param("kind", "COORDINATION").param("title", "Extraordinary coordination")
                        .param("day", "2015-10-21").param("startTime", "14:00").param("endTime", "16:00")
                        .param("otherOperationIds", serbia.toString()).param("distributionLevel", "OPERATION")
                        .param("version", String.valueOf(moved.version())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/liaison/meetings/" + cancelled.id() + "/cancel").with(user(officer)).with(csrf())
                        .param("cancelled", "true").param("version", String.valueOf(cancelled.version())))
                .andExpect(status().is3xxRedirection());

        mvc.perform(seriesForm("/liaison/series/" + weekly.id() + "/edit", "Weekly coordination, new time")
                        .param("localTime", "11:00").param("count", "4")
                        .param("version", String.valueOf(weekly.version())))
                .andExpect(status().is3xxRedirection());

        List<Meeting> after = series.occurrences(officer, weekly);
        assertThat(after).extracting(Meeting::title).containsExactly("Weekly coordination, new time",
                "Extraordinary coordination", "Weekly coordination", "Weekly coordination, new time");
        assertThat(after).extracting(m -> m.localStart().toLocalTime()).containsExactly(LocalTime.of(11, 0),
                LocalTime.of(14, 0), LocalTime.of(10, 0), LocalTime.of(11, 0));
        assertThat(after.get(2).cancelled()).isTrue();
        mvc.perform(get("/liaison/series/" + weekly.id()).with(user(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("1 of them cancelled")))
                .andExpect(content().string(containsString("occurrence-cancelled")))
                .andExpect(content().string(containsString("Changed on its own")));
    }

    @Test
    void aMeetingChangedBySomeoneElseMeanwhileIsShownAsItIsNowWithTheProblemAtTheTop() throws Exception {
        Series weekly = setUp("Weekly coordination, stale edit");
        Meeting first = series.occurrences(officer, weekly).get(0);

        mvc.perform(post("/liaison/meetings/" + first.id() + "/edit").with(user(officer)).with(csrf())
                        .param("kind", "COORDINATION").param("title", "My change, made on an old copy")
                        .param("day", "2015-10-14").param("startTime", "14:00").param("endTime", "16:00")
                        .param("distributionLevel", "OPERATION")
                        .param("version", String.valueOf(first.version() - 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"error-summary\"")))
                .andExpect(content().string(containsString("Someone else changed this meeting while you were editing it")))
                .andExpect(content().string(containsString("value=\"Weekly coordination, stale edit\"")));
    }

    @Test
    void aSeriesSharedByTwoOperationsIsSeenByBothButNeitherSeenNorChangedByAThird() throws Exception {
        Series weekly = setUp("Shared weekly");
        Meeting first = series.occurrences(officer, weekly).get(0);
        CorridorUser serbianFocal = member(serbia, Role.FOCAL_POINT, "Serbia focal point");
        CorridorUser albanianFocal = member(albania, Role.FOCAL_POINT, "Albania focal point");
        mvc.perform(get("/liaison/series/" + weekly.id()).with(user(serbianFocal))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/liaison/series/" + weekly.id() + "/edit"))));
        mvc.perform(get("/liaison/series/" + weekly.id() + "/edit").with(user(serbianFocal)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/liaison/series/" + weekly.id()).with(user(albanianFocal))).andExpect(status().isNotFound());
        mvc.perform(get("/liaison/series/" + weekly.id() + "/edit").with(user(albanianFocal)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/liaison/series/" + weekly.id() + "/edit").with(user(albanianFocal)).with(csrf())
                        .param("title", "Taken over")).andExpect(status().isNotFound());
        mvc.perform(get("/liaison/meetings/" + first.id()).with(user(albanianFocal))).andExpect(status().isNotFound());
        mvc.perform(get("/liaison/series").with(user(albanianFocal))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Shared weekly"))));
    }

    @Test
    void theEditFormShowsTheSeriesAsSetUpWithItsLastDay() throws Exception {
        Series weekly = setUp("Weekly coordination shown on its edit form");
        mvc.perform(get("/liaison/series/" + weekly.id() + "/edit").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"COORDINATION\" selected=\"selected\"")))
                .andExpect(content().string(containsString("value=\"WEDNESDAY\" selected=\"selected\"")))
                .andExpect(content().string(containsString("name=\"localTime\" value=\"10:00\"")))
                .andExpect(content().string(containsString("name=\"durationMinutes\" value=\"90\"")))
                .andExpect(content().string(containsString("name=\"lastDay\" value=\"2015-11-04\"")))
                .andExpect(content().string(containsString("name=\"count\" value=\"\"")))
                .andExpect(content().string(containsString(
                        "value=\"" + serbia + "\" name=\"otherOperationIds\" checked=\"checked\"")));
    }

    @Test
    void theSeriesFormListsEachProblemAtTheTopAndBesideItsField() throws Exception {
        mvc.perform(seriesForm("/liaison/series/new", " ").param("count", "4").param("lastDay", "2015-12-31")
                        .param("localTime", "25:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"error-summary\"")))
                .andExpect(content().string(containsString("href=\"#title\"")))
                .andExpect(content().string(containsString("id=\"count-error\"")))
                .andExpect(content().string(containsString("Enter either the last day or the number of meetings")))
                .andExpect(content().string(containsString("id=\"localTime-error\"")));
        mvc.perform(seriesForm("/liaison/series/new", "No end").param("localTime", "10:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"lastDay-error\"")));
    }

    @Test
    void keepsANumberOfMeetingsInWordsAndAnImpossibleLastDayAsTypedBesideTheirProblems() throws Exception {
        mvc.perform(seriesForm("/liaison/series/new", "Typed back").param("count", "four")
                        .param("localTime", "10:00").param("lastDay", "2016-02-30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"count-error\">Enter a whole number.")))
                .andExpect(content().string(containsString("value=\"four\"")))
                .andExpect(content().string(containsString("id=\"lastDay-error\">Enter a real date")))
                .andExpect(content().string(containsString("value=\"2016-02-30\"")));
    }

    @Test
    void theMeetingFormOffersThePeopleOfTheOperationByNameAndRefusesOthers() throws Exception {
        CorridorUser colleague = member(skopje, Role.VIEWER, "Zoran Colleague");
        CorridorUser albanian = member(albania, Role.OFFICER, "Arta Albanian");
        mvc.perform(get("/liaison/meetings/new").with(user(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Zoran Colleague (OSCE Mission to Skopje)")))
                .andExpect(content().string(not(containsString("Arta Albanian"))));
        mvc.perform(meeting().param("attendeeIds", colleague.id().toString(), albanian.id().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#attendeeIds\"")))
                .andExpect(content().string(containsString("id=\"attendeeIds-error\"")));
        String location = mvc.perform(meeting().param("attendeeIds", colleague.id().toString(), officer.id().toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(user(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ana Officer, Zoran Colleague")));
        mvc.perform(get("/liaison/meetings").param("mine", "true").param("from", "2015-10-07")
                        .param("to", "2015-10-07").with(user(colleague)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Attended by two")));
        mvc.perform(get("/liaison/meetings").param("mine", "true").param("from", "2015-10-07")
                        .param("to", "2015-10-07").with(user(member(skopje, Role.VIEWER, "Absent"))))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Attended by two"))));
    }

    private MockHttpServletRequestBuilder meeting() {
        return post("/liaison/meetings/new").with(user(officer)).with(csrf()).param("operationId", skopje.toString())
                .param("kind", "BRIEFING").param("title", "Attended by two").param("day", "2015-10-07")
                .param("startTime", "10:00").param("endTime", "11:00");
    }

    @Test
    void whoMeetsWhomShowsTheLastTwelveMonthsWhenThereWereMeetings() throws Exception {
        UUID kosovo = region.operation("kosovo");
        CorridorUser kosovoOfficer = member(kosovo, Role.OFFICER, "Kosovo officer");
        LocalDate today = meetings.today();
        mvc.perform(post("/liaison/meetings/new").with(user(kosovoOfficer)).with(csrf())
                        .param("operationId", kosovo.toString()).param("kind", "BRIEFING").param("title", "Recent")
                        .param("day", today.minusDays(30).toString()).param("startTime", "10:00")
                        .param("endTime", "11:00").param("organisationIds", LiaisonPagesTests.UNHCR.toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/liaison/who-meets-whom").with(user(kosovoOfficer))).andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Meetings from " + today.minusYears(1).plusDays(1) + " to " + today)))
                .andExpect(content().string(not(containsString("whole period with meetings"))));
    }

    @Test
    void whoMeetsWhomFallsBackToEveryMeetingWhenTheLastTwelveMonthsHadNone() throws Exception {
        // A delegation reader counts only the meetings shared with the participating States: none of them recent.
        // (A member of any operation reads every operation's meeting figures, recent ones included.)
        UUID bih = region.operation("bih");
        CorridorUser bosnianOfficer = member(bih, Role.OFFICER, "Bosnia officer");
        CorridorUser delegation = region.user("sp", "Delegation", Role.DELEGATION_READER, null);
        mvc.perform(post("/liaison/meetings/new").with(user(bosnianOfficer)).with(csrf())
                        .param("operationId", bih.toString()).param("kind", "BRIEFING").param("title", "Long ago")
                        .param("day", "2015-06-10").param("startTime", "10:00").param("endTime", "11:00")
                        .param("distributionLevel", "PUBLIC")
                        .param("organisationIds", LiaisonPagesTests.UNHCR.toString()))
                .andExpect(status().is3xxRedirection());
        LocalDate last = meetings.figuresPeriod(delegation).orElseThrow().to();
        assertThat(last).isBefore(meetings.today().minusYears(1)); // the premise: nothing shared with them is recent
        mvc.perform(get("/liaison/who-meets-whom").with(user(delegation))).andExpect(status().isOk())
                .andExpect(content().string(containsString("whole period with meetings")))
                .andExpect(content().string(containsString(" to " + last)))
                .andExpect(content().string(containsString("UNHCR")));
    }
}
