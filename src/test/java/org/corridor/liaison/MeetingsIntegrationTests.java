package org.corridor.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.kernel.PersonalDataSuspected;
import org.corridor.kernel.Problem;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.StaleRecord;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Membership;
import org.corridor.accounts.Role;
import org.corridor.accounts.UserAccounts;
import org.corridor.audit.AuditEntry;
import org.corridor.audit.AuditLog;
import org.corridor.liaison.Meetings.MeetingFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@CorridorTest
class MeetingsIntegrationTests {

    static final UUID UNHCR = UUID.fromString("783234c2-74cb-4153-8c09-cb6ebadc16b0");
    static final UUID UNICEF = UUID.fromString("c345911f-b1e2-4ca2-bbc2-2dc938701ec2");

    @Autowired
    RegionFixture region;

    @Autowired
    Meetings meetings;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AuditLog auditLog;

    UUID skopje;
    UUID serbia;
    UUID albania;

    @BeforeEach
    void lookUpTheOperations() {
        skopje = region.operation("skopje");
        serbia = region.operation("serbia");
        albania = region.operation("albania");
    }

    CorridorUser user(Role role, UUID operation) {
        return region.user("li", "Liaison", role, operation);
    }

    MeetingDraft draft(UUID operation, String title, LocalDate day, LocalTime start, LocalTime end, List<UUID> others,
            List<UUID> organisations, DistributionLevel level) {
        return new MeetingDraft(operation, MeetingKind.JOINT_VISIT, title, day, start, end, null, "Preševo", null,
                others, organisations, List.of(), "Reception conditions", null, List.of("Meet again in December"),
                level, false);
    }

    @Test
    void rejectsMeetingEndingBeforeItStarts() {
        CorridorUser officer = user(Role.OFFICER, skopje);
        MeetingDraft draft = draft(skopje, "Joint visit", LocalDate.of(2015, 11, 12), LocalTime.of(11, 0),
                LocalTime.of(10, 0), List.of(), List.of(), null);
        assertThatThrownBy(() -> meetings.create(officer, draft)).isInstanceOf(RecordRejected.class)
                .satisfies(e -> assertThat(((RecordRejected) e).problems()).extracting(Problem::field)
                        .containsExactly("endTime"));
    }

    @Test
    void rejectsMeetingWithoutKindTitleOrDayListingEachField() {
        CorridorUser officer = user(Role.OFFICER, skopje);
        MeetingDraft draft = new MeetingDraft(skopje, null, " ", null, LocalTime.of(10, 0), LocalTime.of(11, 0), null,
                null, null, null, null, null, null, null, null, null, false);
        assertThatThrownBy(() -> meetings.create(officer, draft)).isInstanceOf(RecordRejected.class)
                .satisfies(e -> assertThat(((RecordRejected) e).problems()).extracting(Problem::field)
                        .containsExactly("kind", "title", "day"));
    }

    @Test
    void warnsOfPersonalDataInTheSummaryUntilConfirmed() {
        CorridorUser officer = user(Role.OFFICER, skopje);
        MeetingDraft draft = new MeetingDraft(skopje, MeetingKind.BILATERAL, "Bilateral", LocalDate.of(2016, 2, 1),
                LocalTime.of(10, 0), LocalTime.of(11, 0), null, null, null, null, null, null, null,
                "Contact: someone@example.org", null, null, false);
        assertThatThrownBy(() -> meetings.create(officer, draft)).isInstanceOf(PersonalDataSuspected.class);
    }

    @Test
    void aViewerMayNotRecordAMeeting() {
        CorridorUser viewer = user(Role.VIEWER, skopje);
        assertThatThrownBy(() -> meetings.create(viewer, draft(skopje, "Visit", LocalDate.of(2015, 11, 12),
                LocalTime.of(10, 0), LocalTime.of(12, 0), List.of(), List.of(), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void keepsTheMeetingInLocalTimeWithItsDecisionsAndAuditsCreateAndUpdate() {
        CorridorUser officer = user(Role.OFFICER, skopje);
        Meeting saved = meetings.create(officer, draft(skopje, "Joint visit", LocalDate.of(2015, 11, 12),
                LocalTime.of(10, 0), LocalTime.of(12, 0), List.of(serbia), List.of(UNHCR), null));
        assertThat(saved.localStart()).isEqualTo(LocalDate.of(2015, 11, 12).atTime(10, 0));
        assertThat(saved.operationIds()).containsExactly(skopje, serbia);
        assertThat(saved.decisions()).containsExactly("Meet again in December");
        assertThat(saved.distributionLevel()).isEqualTo(DistributionLevel.OPERATION);

        Meeting changed = meetings.update(officer, saved.id(), saved.version(), draft(null, "Joint visit of the Heads",
                LocalDate.of(2015, 11, 12), LocalTime.of(9, 0), LocalTime.of(12, 0), List.of(serbia), List.of(UNHCR),
                null));
        assertThat(changed.version()).isEqualTo(saved.version() + 1);
        assertThat(changed.operationId()).isEqualTo(skopje);
        assertThat(auditLog.forRecord("meeting", saved.id().toString())).extracting(AuditEntry::action)
                .containsExactly("CREATE", "UPDATE");
    }

    @Test
    void refusesAnUpdateOfAVersionSomeoneElseChanged() {
        CorridorUser officer = user(Role.OFFICER, skopje);
        MeetingDraft draft = draft(skopje, "Joint visit", LocalDate.of(2015, 11, 12), LocalTime.of(10, 0),
                LocalTime.of(12, 0), List.of(), List.of(), null);
        Meeting saved = meetings.create(officer, draft);
        meetings.update(officer, saved.id(), saved.version(), draft);
        assertThatThrownBy(() -> meetings.update(officer, saved.id(), saved.version(), draft))
                .isInstanceOf(StaleRecord.class);
    }

    @Test
    void aMeetingSharedByTwoOperationsIsVisibleToMembersOfBothButNotToAThird() {
        Meeting shared = meetings.create(user(Role.OFFICER, skopje), draft(skopje, "Heads' joint visit",
                LocalDate.of(2015, 11, 12), LocalTime.of(10, 0), LocalTime.of(12, 0), List.of(serbia), List.of(), null));
        CorridorUser skopjeViewer = user(Role.VIEWER, skopje);
        CorridorUser serbiaViewer = user(Role.VIEWER, serbia);
        CorridorUser albaniaViewer = user(Role.VIEWER, albania);

        assertThat(meetings.find(skopjeViewer, shared.id())).isPresent();
        assertThat(meetings.find(serbiaViewer, shared.id())).isPresent();
        assertThat(meetings.find(albaniaViewer, shared.id())).isEmpty();
        assertThat(meetings.list(serbiaViewer, MeetingFilter.ANY, 0, 500).items()).extracting(Meeting::id)
                .contains(shared.id());
        assertThat(meetings.list(albaniaViewer, MeetingFilter.ANY, 0, 500).items()).extracting(Meeting::id)
                .doesNotContain(shared.id());
    }

    @Test
    void theSharingOperationMayReadButNotEditTheMeeting() {
        Meeting shared = meetings.create(user(Role.OFFICER, skopje), draft(skopje, "Heads' joint visit",
                LocalDate.of(2015, 11, 12), LocalTime.of(10, 0), LocalTime.of(12, 0), List.of(serbia), List.of(), null));
        CorridorUser serbiaFocal = user(Role.FOCAL_POINT, serbia);
        assertThatThrownBy(() -> meetings.update(serbiaFocal, shared.id(), shared.version(), draft(null, "Changed",
                LocalDate.of(2015, 11, 12), LocalTime.of(10, 0), LocalTime.of(12, 0), List.of(), List.of(), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCoordinatorSeesSharedMeetingsAndDelegationsOnlyThoseForParticipatingStates() {
        CorridorUser officer = user(Role.OFFICER, albania);
        Meeting internal = meetings.create(officer, draft(albania, "Internal", LocalDate.of(2016, 2, 10),
                LocalTime.of(10, 0), LocalTime.of(11, 0), List.of(), List.of(), DistributionLevel.OPERATION));
        Meeting osce = meetings.create(officer, draft(albania, "Shared", LocalDate.of(2016, 2, 10),
                LocalTime.of(10, 0), LocalTime.of(11, 0), List.of(), List.of(), DistributionLevel.OSCE));
        Meeting states = meetings.create(officer, draft(albania, "For the States", LocalDate.of(2016, 2, 10),
                LocalTime.of(10, 0), LocalTime.of(11, 0), List.of(), List.of(), DistributionLevel.PARTICIPATING_STATES));
        CorridorUser coordinator = user(Role.REGIONAL_COORDINATOR, null);
        CorridorUser delegation = user(Role.DELEGATION_READER, null);

        assertThat(meetings.find(coordinator, internal.id())).isEmpty();
        assertThat(meetings.find(coordinator, osce.id())).isPresent();
        assertThat(meetings.find(delegation, osce.id())).isEmpty();
        assertThat(meetings.find(delegation, states.id())).isPresent();
    }

    @Test
    void filtersByOperationKindOrganisationAndPeriod() {
        CorridorUser officer = user(Role.OFFICER, skopje);
        Meeting withUnicef = meetings.create(officer, draft(skopje, "With UNICEF", LocalDate.of(2030, 5, 6),
                LocalTime.of(10, 0), LocalTime.of(11, 0), List.of(), List.of(UNICEF), null));
        meetings.create(officer, draft(skopje, "With UNHCR", LocalDate.of(2030, 5, 7), LocalTime.of(10, 0),
                LocalTime.of(11, 0), List.of(), List.of(UNHCR), null));
        LocalDate from = LocalDate.of(2030, 5, 6);
        LocalDate to = LocalDate.of(2030, 5, 6);

        assertThat(meetings.list(officer, new MeetingFilter(skopje, MeetingKind.JOINT_VISIT, UNICEF, null, null), 0, 500)
                .items()).extracting(Meeting::id).contains(withUnicef.id()).allMatch(id -> true);
        assertThat(meetings.list(officer, new MeetingFilter(null, null, null, from, to), 0, 500).items())
                .extracting(Meeting::title).containsExactly("With UNICEF");
        assertThat(meetings.list(officer, new MeetingFilter(serbia, null, null, from, to), 0, 500).items()).isEmpty();
        assertThat(meetings.list(officer, new MeetingFilter(null, MeetingKind.WORKSHOP, null, from, to), 0, 500)
                .items()).isEmpty();
    }

    @Test
    void countsWhoMetWhomInThePeriod() {
        CorridorUser skopjeOfficer = user(Role.OFFICER, skopje);
        CorridorUser serbiaOfficer = user(Role.OFFICER, serbia);
        LocalDate day = LocalDate.of(2031, 1, 7);
        meetings.create(skopjeOfficer, draft(skopje, "Weekly", day, LocalTime.of(10, 0), LocalTime.of(11, 0),
                List.of(), List.of(UNHCR, UNICEF), DistributionLevel.OSCE));
        meetings.create(skopjeOfficer, draft(skopje, "Weekly", day.plusWeeks(1), LocalTime.of(10, 0),
                LocalTime.of(11, 0), List.of(), List.of(UNHCR), DistributionLevel.OSCE));
        meetings.create(skopjeOfficer, draft(skopje, "Joint", day.plusDays(2), LocalTime.of(10, 0),
                LocalTime.of(11, 0), List.of(serbia), List.of(UNHCR), DistributionLevel.OSCE));
        meetings.create(serbiaOfficer, draft(serbia, "Briefing", day.plusDays(3), LocalTime.of(10, 0),
                LocalTime.of(11, 0), List.of(), List.of(UNHCR), DistributionLevel.OSCE));
        Meeting cancelled = meetings.create(skopjeOfficer, draft(skopje, "Cancelled", day.plusDays(4),
                LocalTime.of(10, 0), LocalTime.of(11, 0), List.of(albania), List.of(UNICEF), DistributionLevel.OSCE));
        meetings.cancel(skopjeOfficer, cancelled.id(), cancelled.version(), true);
        meetings.create(skopjeOfficer, draft(skopje, "Outside the period", day.plusMonths(2), LocalTime.of(10, 0),
                LocalTime.of(11, 0), List.of(serbia), List.of(UNICEF), DistributionLevel.OSCE));

        Meetings.Contacts contacts = meetings.contacts(user(Role.REGIONAL_COORDINATOR, null), day,
                day.plusMonths(1));

        assertThat(contacts.organisations()).containsExactlyInAnyOrder(
                new Meetings.Contact(skopje, UNHCR, 3), new Meetings.Contact(skopje, UNICEF, 1),
                new Meetings.Contact(serbia, UNHCR, 2));
        assertThat(contacts.operations()).containsExactlyInAnyOrder(new Meetings.Contact(skopje, serbia, 1),
                new Meetings.Contact(serbia, skopje, 1));
    }

    @Test
    void rejectsAnAttendeeWhoBelongsToNoOperationTakingPart() {
        CorridorUser officer = user(Role.OFFICER, skopje);
        CorridorUser colleague = user(Role.VIEWER, skopje);
        CorridorUser albanian = user(Role.OFFICER, albania);
        MeetingDraft withAlbanian = new MeetingDraft(skopje, MeetingKind.BILATERAL, "Bilateral",
                LocalDate.of(2016, 2, 1), LocalTime.of(10, 0), LocalTime.of(11, 0), null, null, null, List.of(),
                List.of(), List.of(colleague.id(), albanian.id()), null, null, null, null, false);
        assertThatThrownBy(() -> meetings.create(officer, withAlbanian)).isInstanceOf(RecordRejected.class)
                .satisfies(e -> assertThat(((RecordRejected) e).problems()).extracting(Problem::field)
                        .containsExactly("attendeeIds"));

        MeetingDraft albaniaTakingPart = new MeetingDraft(skopje, MeetingKind.BILATERAL, "Bilateral",
                LocalDate.of(2016, 2, 1), LocalTime.of(10, 0), LocalTime.of(11, 0), null, null, null, List.of(albania),
                List.of(), List.of(colleague.id(), albanian.id()), null, null, null, null, false);
        assertThat(meetings.create(officer, albaniaTakingPart).attendeeIds())
                .containsExactlyInAnyOrder(colleague.id(), albanian.id());
    }

    @Test
    void rejectsAnAttendeeWhoIsNoUserAtAll() {
        CorridorUser officer = user(Role.OFFICER, skopje);
        MeetingDraft draft = new MeetingDraft(skopje, MeetingKind.BILATERAL, "Bilateral", LocalDate.of(2016, 2, 1),
                LocalTime.of(10, 0), LocalTime.of(11, 0), null, null, null, List.of(), List.of(),
                List.of(UUID.randomUUID()), null, null, null, null, false);
        assertThatThrownBy(() -> meetings.create(officer, draft)).isInstanceOf(RecordRejected.class)
                .satisfies(e -> assertThat(((RecordRejected) e).problems()).extracting(Problem::field)
                        .containsExactly("attendeeIds"));
    }

    @Test
    void aMeetingWhoseAttendeeHasSinceLeftTheOperationCanStillBeChangedButNobodyFromOutsideAdded() {
        CorridorUser officer = user(Role.OFFICER, skopje);
        CorridorUser leaving = user(Role.VIEWER, skopje);
        Meeting held = meetings.create(officer, new MeetingDraft(skopje, MeetingKind.BILATERAL, "Bilateral",
                LocalDate.of(2016, 2, 3), LocalTime.of(10, 0), LocalTime.of(11, 0), null, null, null, List.of(),
                List.of(), List.of(leaving.id()), null, null, null, null, false));
        accounts.removeMembership(leaving.id(), new Membership(skopje, Role.VIEWER));

        Meeting changed = meetings.update(officer, held.id(), held.version(), new MeetingDraft(null,
                MeetingKind.BILATERAL, "Bilateral, minutes added", LocalDate.of(2016, 2, 3), LocalTime.of(10, 0),
                LocalTime.of(11, 0), null, null, null, List.of(), List.of(), List.of(leaving.id()), null, "Minutes",
                null, null, false));
        assertThat(changed.attendeeIds()).containsExactly(leaving.id());

        CorridorUser outsider = user(Role.OFFICER, albania);
        assertThatThrownBy(() -> meetings.update(officer, held.id(), changed.version(), new MeetingDraft(null,
                MeetingKind.BILATERAL, "Bilateral", LocalDate.of(2016, 2, 3), LocalTime.of(10, 0), LocalTime.of(11, 0),
                null, null, null, List.of(), List.of(), List.of(leaving.id(), outsider.id()), null, null, null, null,
                false))).isInstanceOf(RecordRejected.class);
    }

    @Test
    void listsOnlyTheMeetingsTheUserAttends() {
        CorridorUser officer = user(Role.OFFICER, skopje);
        LocalDate day = LocalDate.of(2015, 10, 21);
        Meeting attended = meetings.create(officer, new MeetingDraft(skopje, MeetingKind.BRIEFING, "Attended", day,
                LocalTime.of(9, 0), LocalTime.of(10, 0), null, null, null, List.of(), List.of(),
                List.of(officer.id()), null, null, null, null, false));
        meetings.create(officer, new MeetingDraft(skopje, MeetingKind.BRIEFING, "Not attended", day,
                LocalTime.of(11, 0), LocalTime.of(12, 0), null, null, null, List.of(), List.of(), List.of(), null,
                null, null, null, false));
        assertThat(meetings.list(officer, new MeetingFilter(null, null, null, day, day, officer.id()), 0, 50).items())
                .extracting(Meeting::id).containsExactly(attended.id());
    }

    @Test
    void theSpanOfMeetingsRunsFromTheFirstToTheLastTheUserMayRead() {
        UUID bih = region.operation("bih");
        CorridorUser bosnia = user(Role.OFFICER, bih);
        // The first, in 1901: before any meeting another test of this database writes (they share it).
        meetings.create(bosnia, draft(bih, "Early", LocalDate.of(1901, 3, 4), LocalTime.of(10, 0),
                LocalTime.of(11, 0), List.of(), List.of(), null));
        // The last one, far ahead and kept within the operation, was called off: cancelled meetings count too.
        Meeting late = meetings.create(bosnia, draft(bih, "Late", LocalDate.of(2099, 6, 1), LocalTime.of(10, 0),
                LocalTime.of(11, 0), List.of(), List.of(), DistributionLevel.OPERATION));
        meetings.cancel(bosnia, late.id(), late.version(), true);
        Meetings.Period span = meetings.period(bosnia).orElseThrow();
        assertThat(span.from()).isEqualTo(LocalDate.of(1901, 3, 4));
        assertThat(span.to()).isEqualTo(LocalDate.of(2099, 6, 1));
        assertThat(meetings.period(user(Role.OFFICER, serbia)).orElseThrow().to()).as("not readable from Serbia")
                .isBefore(LocalDate.of(2099, 6, 1));
        assertThat(meetings.period(user(Role.OFFICER, skopje)).orElseThrow().from())
                .isAfter(LocalDate.of(1901, 3, 4));
    }
}
