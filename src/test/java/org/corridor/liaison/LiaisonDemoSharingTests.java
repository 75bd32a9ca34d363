package org.corridor.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.corridor.DemoAsLoadedTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.UserAccounts;
import org.corridor.directory.Directory;
import org.corridor.liaison.Meetings.MeetingFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's meetings at the levels of the OSCE's practice: what went to the Permanent Council at OSCE level,
 * Skopje's weekly coordination notes inside the operation (the Secretariat counts them as figures), UNHCR's
 * briefings in Serbia for the participating States.
 */
@DemoAsLoadedTest
class LiaisonDemoSharingTests {

    static final LocalDate FIRST = LocalDate.of(2015, 9, 1);
    static final LocalDate LAST = LocalDate.of(2016, 6, 30);

    @Autowired
    RegionFixture region;

    @Autowired
    Meetings meetings;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Directory directory;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    /** The demo's own accounts: the demo database holds no others (ActivityScenarioTests checks it). */
    CorridorUser demo(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    List<Meeting> read(CorridorUser user, MeetingKind kind) {
        return meetings.list(user, new MeetingFilter(null, kind, null, FIRST, LAST), 0, 500).items();
    }

    @Test
    void theCalendarOpensOnTheMonthOfTheLatestMeetingEachReaderMayReadNotOnAnEmptyMonthAroundToday() throws Exception {
        for (String username : List.of("officer", "officer.albania", "coordinator", "delegation")) {
            CorridorUser who = demo(username);
            LocalDate latest = meetings.period(who).orElseThrow().to();
            String title = meetings.between(who, null, latest, latest).get(0).title();

            String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .get("/liaison/calendar").with(org.springframework.security.test.web.servlet.request
                                    .SecurityMockMvcRequestPostProcessors.user(who)))
                    .andReturn().getResponse().getContentAsString();

            assertThat(latest).as(username).isBefore(LocalDate.of(2017, 1, 1));
            assertThat(page).as(username + " sees the month of " + latest).contains(title)
                    .contains("month=" + java.time.YearMonth.from(latest).minusMonths(1));
        }
    }

    @Test
    void theCoordinatorCountsSkopjesWeeklyCoordinationWithoutReadingItsNotes() {
        UUID skopje = region.operation("skopje");
        UUID mvr = directory.organisations().stream().filter(o -> "MVR".equals(o.acronym())).findFirst()
                .orElseThrow().id();
        CorridorUser coordinator = demo("coordinator");

        assertThat(read(coordinator, MeetingKind.COORDINATION)).extracting(Meeting::operationId)
                .doesNotContain(skopje);
        assertThat(read(demo("viewer"), MeetingKind.COORDINATION))
                .filteredOn(m -> m.operationId().equals(skopje)).isNotEmpty()
                .allMatch(m -> m.distributionLevel() == DistributionLevel.OPERATION);
        assertThat(meetings.contacts(coordinator, FIRST, LAST).organisations())
                .filteredOn(c -> c.operationId().equals(skopje) && c.counterpartId().equals(mvr))
                .singleElement().satisfies(c -> assertThat(c.meetings()).as("about forty weeks").isGreaterThan(35));
    }

    @Test
    void whatWentToThePermanentCouncilIsReadAcrossTheOsceAndTheBriefingsByDelegations() {
        CorridorUser albanian = demo("officer.albania");
        CorridorUser delegation = demo("delegation");

        assertThat(read(albanian, MeetingKind.JOINT_VISIT)).extracting(Meeting::title)
                .contains("Joint visit of the Heads of the Missions to Serbia and Skopje to Tabanovce");
        assertThat(read(albanian, MeetingKind.REGIONAL_LAW_ENFORCEMENT)).hasSize(2);
        assertThat(read(delegation, MeetingKind.JOINT_VISIT)).isEmpty();
        assertThat(read(delegation, MeetingKind.REGIONAL_LAW_ENFORCEMENT)).isEmpty();
        assertThat(read(delegation, MeetingKind.BRIEFING)).extracting(Meeting::title)
                .contains("UNHCR briefing on the refugee and migrant situation in Serbia");
        assertThat(read(delegation, null)).allMatch(m -> m.distributionLevel() != DistributionLevel.OSCE
                && m.distributionLevel() != DistributionLevel.OPERATION);
    }
}
