package org.corridor.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.corridor.accounts.Sharing;
import org.corridor.accounts.SharingPolicy;
import org.corridor.liaison.Meeting;
import org.corridor.liaison.MeetingDraft;
import org.corridor.liaison.MeetingKind;
import org.corridor.liaison.Meetings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Co-operation between operations on meetings written here, in 1951 (no other test's year): Serbia and Skopje met
 * twice and visited together once, Skopje and Albania met once, Montenegro met only on its own, a cancelled meeting
 * of Serbia and Albania does not count; the others have none recorded, which is shown.
 */
@CorridorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CooperationPictureTests {

    static final LocalDate FIRST = LocalDate.of(1951, 1, 1);
    static final LocalDate LAST = LocalDate.of(1951, 12, 31);

    @Autowired
    RegionFixture region;
    @Autowired
    MockMvc mvc;
    @Autowired
    Meetings meetings;
    @Autowired
    Sharing sharing;
    @Autowired
    CooperationPicture cooperation;
    @Autowired
    JsonMapper json;

    UUID serbia;
    UUID skopje;
    UUID albania;
    UUID montenegro;
    CorridorUser coordinator;
    CorridorUser albaniaHead;
    CorridorUser delegationReader;

    @BeforeAll
    void meetingsBetweenOperations() {
        serbia = region.operation("serbia");
        skopje = region.operation("skopje");
        albania = region.operation("albania");
        montenegro = region.operation("montenegro");
        coordinator = region.user("coop", "Coordinator", Role.REGIONAL_COORDINATOR, null);
        albaniaHead = region.user("coop", "Head of Albania", Role.HEAD_OF_OPERATION, albania);
        delegationReader = region.user("coop", "Delegation", Role.DELEGATION_READER, null);
        CorridorUser serbiaOfficer = region.user("coop", "Officer of Serbia", Role.OFFICER, serbia);
        CorridorUser skopjeOfficer = region.user("coop", "Officer of Skopje", Role.OFFICER, skopje);
        CorridorUser montenegroOfficer = region.user("coop", "Officer of Montenegro", Role.OFFICER, montenegro);

        // Serbia's own records (OPERATION) count as figures all the same.
        meet(serbiaOfficer, serbia, MeetingKind.COORDINATION, LocalDate.of(1951, 3, 5), List.of(skopje),
                DistributionLevel.OPERATION);
        meet(skopjeOfficer, skopje, MeetingKind.BILATERAL, LocalDate.of(1951, 4, 10), List.of(serbia),
                DistributionLevel.OSCE);
        meet(serbiaOfficer, serbia, MeetingKind.JOINT_VISIT, LocalDate.of(1951, 5, 2), List.of(skopje),
                DistributionLevel.OPERATION);
        meet(skopjeOfficer, skopje, MeetingKind.BILATERAL, LocalDate.of(1951, 6, 1), List.of(albania),
                DistributionLevel.OPERATION);
        meet(montenegroOfficer, montenegro, MeetingKind.COORDINATION, LocalDate.of(1951, 3, 1), List.of(),
                DistributionLevel.OSCE);
        Meeting cancelled = meet(serbiaOfficer, serbia, MeetingKind.BILATERAL, LocalDate.of(1951, 3, 20),
                List.of(albania), DistributionLevel.OSCE);
        meetings.cancel(serbiaOfficer, cancelled.id(), cancelled.version(), true);
    }

    private Meeting meet(CorridorUser officer, UUID operation, MeetingKind kind, LocalDate day, List<UUID> others,
            DistributionLevel level) {
        return meetings.create(officer, new MeetingDraft(operation, kind, "Co-operation " + day, day,
                LocalTime.of(10, 0), LocalTime.of(11, 0), null, "Skopje", null, others, List.of(), List.of(), null,
                null, List.of(), level, true));
    }

    @Test
    void countsEachPairWithItsMeetingsJointVisitsAndDaysAndShowsNoneRecorded() {
        CooperationPicture.Picture picture = cooperation.of(coordinator, new RegionalPeriod(FIRST, LAST));
        assertThat(picture.pairs()).extracting(p -> java.util.Set.of(p.operation().code(), p.otherOperation().code()),
                        CooperationPicture.Pair::meetings, CooperationPicture.Pair::jointVisits,
                        CooperationPicture.Pair::first, CooperationPicture.Pair::last)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(java.util.Set.of("serbia", "skopje"), 2L, 1L, LocalDate.of(1951, 3, 5),
                                LocalDate.of(1951, 5, 2)),
                        org.assertj.core.groups.Tuple.tuple(java.util.Set.of("skopje", "albania"), 1L, 0L, LocalDate.of(1951, 6, 1),
                                LocalDate.of(1951, 6, 1)));
        assertThat(picture.pairs().get(0).contacts()).as("most contacts first").isEqualTo(3);
        assertThat(picture.noneRecorded()).extracting(CooperationPicture.Operation::code)
                .contains("montenegro").doesNotContain("serbia", "skopje", "albania");
        assertThat(picture.notShared()).extracting(CooperationPicture.Operation::code)
                .doesNotContain("serbia", "skopje", "albania", "montenegro", "bih", "kosovo");
    }

    @Test
    void aPeriodWithoutMeetingsHasEveryOperationNoneRecorded() throws Exception {
        CooperationPicture.Picture picture = cooperation.of(coordinator,
                new RegionalPeriod(LocalDate.of(1951, 7, 1), LocalDate.of(1951, 7, 31)));
        assertThat(picture.pairs()).isEmpty();
        assertThat(picture.noneRecorded()).as("every operation whose figures the coordinator reads")
                .hasSize(picture.operations().size() - picture.notShared().size());
        String page = page("/regional/co-operation?from=1951-07-01&to=1951-07-31", coordinator);
        assertThat(page).contains("No co-operation between operations recorded in this period.")
                .contains("none recorded");
    }

    @Test
    void thePeriodsEdgesAreDaysInclusive() {
        CooperationPicture.Picture picture = cooperation.of(coordinator,
                new RegionalPeriod(LocalDate.of(1951, 4, 10), LocalDate.of(1951, 5, 2)));
        assertThat(picture.pairs()).singleElement().satisfies(p -> {
            assertThat(p.meetings()).isEqualTo(1);
            assertThat(p.jointVisits()).isEqualTo(1);
        });
    }

    @Test
    void anOperationWhoseFiguresAreNotSharedIsSaidSoNotNoneRecorded() throws Exception {
        CorridorUser montenegroHead = region.user("coop", "Head of Montenegro", Role.HEAD_OF_OPERATION, montenegro);
        SharingPolicy before = sharing.policyOf(montenegro);
        SharingPolicy changed = sharing.change(montenegroHead, new SharingPolicy(montenegro,
                DistributionLevel.OPERATION, before.defaultLevels(), before.version()));
        try {
            CooperationPicture.Picture picture = cooperation.of(albaniaHead, new RegionalPeriod(FIRST, LAST));
            // Other tests of this shared database add operations of their own, some keeping their figures.
            assertThat(picture.notShared()).extracting(CooperationPicture.Operation::code).contains("montenegro")
                    .doesNotContain("serbia", "skopje", "albania", "bih", "kosovo");
            assertThat(picture.noneRecorded()).extracting(CooperationPicture.Operation::code)
                    .doesNotContain("montenegro");
            assertThat(page("/regional/co-operation?from=1951-01-01&to=1951-12-31", albaniaHead))
                    .contains("does not share these figures with you.");
        } finally {
            sharing.change(montenegroHead, new SharingPolicy(montenegro, before.figuresLevel(), before.defaultLevels(),
                    changed.version()));
        }
    }

    @Test
    void thePageTheJsonAndTheCsvGiveTheSameNumbers() throws Exception {
        String page = page("/regional/co-operation?from=1951-01-01&to=1951-12-31", coordinator);
        String token = region.bearer(coordinator);
        JsonNode api = json.readTree(mvc.perform(get("/api/v1/regional/co-operation").param("from", "1951-01-01")
                .param("to", "1951-12-31").header("Authorization", token)).andReturn().getResponse()
                .getContentAsString());
        String csv = mvc.perform(get("/api/v1/regional/co-operation.csv").param("from", "1951-01-01")
                .param("to", "1951-12-31").header("Authorization", token)).andReturn().getResponse()
                .getContentAsString();
        String accepted = mvc.perform(get("/api/v1/regional/co-operation").param("from", "1951-01-01")
                .param("to", "1951-12-31").header("Accept", "text/csv").header("Authorization", token))
                .andReturn().getResponse().getContentAsString();

        JsonNode first = api.get("pairs").get(0);
        String serbiaName = first.get("operation").get("name").asString();
        String skopjeName = first.get("otherOperation").get("name").asString();
        assertThat(List.of(first.get("operation").get("code").asString(), first.get("otherOperation").get("code")
                .asString())).containsExactlyInAnyOrder("serbia", "skopje");
        assertThat(first.get("meetings").asLong()).isEqualTo(2);
        assertThat(first.get("jointVisits").asLong()).isEqualTo(1);
        assertThat(first.get("first").asString()).isEqualTo("1951-03-05");
        assertThat(first.get("last").asString()).isEqualTo("1951-05-02");
        assertThat(api.get("noneRecorded").toString()).contains("montenegro");

        String row = "<th scope=\"row\">" + serbiaName + " – " + skopjeName + "</th>";
        assertThat(page).contains(row);
        String cells = page.substring(page.indexOf(row), page.indexOf("</tr>", page.indexOf(row)));
        assertThat(cells).containsSubsequence(">2<", ">1<", "1951-03-05", "1951-05-02");
        assertThat(page).contains("<svg").contains("aria-labelledby=\"cooperation-caption\"")
                .contains(serbiaName + " and " + skopjeName + ": 2 meetings, 1 joint visits");
        assertThat(csv).contains("operation,other_operation,meetings,joint_visits,first_day,last_day")
                .contains(serbiaName + "," + skopjeName + ",2,1,1951-03-05,1951-05-02");
        assertThat(accepted).isEqualTo(csv);
    }

    @Test
    void aBadPeriodIsSaidOnThePageAndIsA400InTheApi() throws Exception {
        String token = region.bearer(coordinator);
        MockHttpServletResponse reversed = mvc.perform(get("/api/v1/regional/co-operation")
                .param("from", "1951-12-31").param("to", "1951-01-01").header("Authorization", token))
                .andReturn().getResponse();
        assertThat(reversed.getStatus()).isEqualTo(400);
        assertThat(reversed.getContentType()).contains("application/problem+json");
        assertThat(json.readTree(reversed.getContentAsString()).get("detail").asString())
                .isEqualTo("The period ends before it starts: 1951-01-01 is before 1951-12-31.");
        MockHttpServletResponse notADate = mvc.perform(get("/api/v1/regional/co-operation.csv")
                .param("from", "March").header("Authorization", token)).andReturn().getResponse();
        assertThat(notADate.getStatus()).isEqualTo(400);
        assertThat(notADate.getContentType()).contains("application/problem+json");
        assertThat(notADate.getContentAsString()).contains("'March' is not a date");

        String page = page("/regional/co-operation?from=March&to=1951-01-01", coordinator);
        assertThat(page).contains("There is a problem").contains("href=\"#c-from\"").contains("id=\"c-from-error\"")
                .contains("&#39;March&#39; is not a date").contains("value=\"March\"");
    }

    @Test
    void aDelegationReaderDoesNotReadTheCooperation() throws Exception {
        assertThatThrownBy(() -> cooperation.of(delegationReader, new RegionalPeriod(FIRST, LAST)))
                .isInstanceOf(AccessDeniedException.class);
        MockHttpServletResponse api = mvc.perform(get("/api/v1/regional/co-operation")
                .header("Authorization", region.bearer(delegationReader))).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/regional/co-operation").with(user(delegationReader))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }

    private String page(String url, CorridorUser reader) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(user(reader))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }
}
