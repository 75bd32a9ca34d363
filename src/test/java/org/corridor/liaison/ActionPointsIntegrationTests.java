package org.corridor.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.kernel.RecordRejected;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Role;
import org.corridor.directory.Directory;
import org.corridor.liaison.ActionPoints.ActionPoint;
import org.corridor.liaison.ActionPoints.ActionPointDraft;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CorridorTest
class ActionPointsIntegrationTests {

    static final LocalDate TODAY = LocalDate.of(2016, 3, 10);

    @Autowired
    RegionFixture region;

    @Autowired
    ActionPoints actionPoints;

    @Autowired
    Meetings meetings;

    @Autowired
    Directory directory;

    UUID albania;
    UUID skopje;
    CorridorUser officer;
    Meeting meeting;

    @BeforeEach
    void aMeetingOfTheHeads() {
        albania = region.operation("albania");
        skopje = region.operation("skopje");
        officer = region.user("la", "Liaison", Role.OFFICER, albania);
        meeting = meetings.create(officer, new MeetingDraft(albania, MeetingKind.BILATERAL, "Heads of Skopje and Albania",
                LocalDate.of(2016, 2, 18), LocalTime.of(10, 0), LocalTime.of(12, 0), null, "Tirana", null,
                List.of(skopje), List.of(), List.of(), null, null, List.of(), null, false));
    }

    ActionPoint point(String text, LocalDate due, ActionPointStatus status) {
        return actionPoints.create(officer, new ActionPointDraft(meeting.id(), null, text, null, officer.id(), due,
                status));
    }

    @Test
    void listsMyOpenPointsOverdueFirstThenByDueDateAndClosedOnesLast() {
        point("Due later", TODAY.plusDays(5), ActionPointStatus.OPEN);
        point("Long overdue", TODAY.minusDays(20), ActionPointStatus.OPEN);
        point("Done long ago", TODAY.minusDays(30), ActionPointStatus.DONE);
        point("Due today", TODAY, ActionPointStatus.OPEN);
        point("Just overdue", TODAY.minusDays(1), ActionPointStatus.OPEN);

        List<ActionPoint> mine = actionPoints.mine(officer, TODAY);

        assertThat(mine).extracting(ActionPoint::text).containsExactly("Long overdue", "Just overdue", "Due today",
                "Due later", "Done long ago");
        assertThat(mine).extracting(ActionPoint::overdue).containsExactly(true, true, false, false, false);
    }

    @Test
    void theOperationsOpenPointsLeaveOutDoneAndDroppedOnes() {
        ActionPoint open = point("Explore joint working-level meetings", TODAY.minusDays(3), ActionPointStatus.OPEN);
        ActionPoint dropped = point("Dropped", TODAY.minusDays(3), ActionPointStatus.DROPPED);
        assertThat(actionPoints.openOf(officer, albania, TODAY)).extracting(ActionPoint::id).contains(open.id())
                .doesNotContain(dropped.id());
    }

    @Test
    void markingAPointDoneEndsItsBeingOverdue() {
        ActionPoint late = point("Send the minutes", TODAY.minusDays(3), ActionPointStatus.OPEN);
        ActionPoint done = actionPoints.update(officer, late.id(), late.version(), new ActionPointDraft(null, null,
                late.text(), null, officer.id(), late.dueDate(), ActionPointStatus.DONE));
        assertThat(done.overdue()).isFalse();
        assertThat(actionPoints.openOf(officer, albania, TODAY)).extracting(ActionPoint::id).doesNotContain(late.id());
    }

    @Test
    void aPointBelongsToAnOperationThatTookPartInTheMeeting() {
        UUID serbia = region.operation("serbia");
        assertThatThrownBy(() -> actionPoints.create(officer, new ActionPointDraft(meeting.id(), serbia, "Elsewhere",
                null, null, TODAY, null))).isInstanceOf(RecordRejected.class);
    }

    @Test
    void anotherOperationAtTheMeetingOwnsAPointTheRecordingOperationKeeps() {
        ActionPoint forSkopje = actionPoints.create(officer, new ActionPointDraft(meeting.id(), null,
                "Propose dates for a first working-level meeting", null, null, TODAY.plusDays(10),
                ActionPointStatus.OPEN, skopje));
        assertThat(forSkopje.operationId()).isEqualTo(albania);
        assertThat(forSkopje.ownerOperationId()).isEqualTo(skopje);
        ActionPoint done = actionPoints.update(officer, forSkopje.id(), forSkopje.version(), new ActionPointDraft(null,
                null, forSkopje.text(), null, null, forSkopje.dueDate(), ActionPointStatus.DONE, skopje));
        assertThat(done.ownerOperationId()).as("kept through a change").isEqualTo(skopje);
    }

    @Test
    void onlyAnotherOperationThatTookPartOwnsAPointAndNeverBesideAnOrganisation() {
        UUID serbia = region.operation("serbia");
        UUID unhcr = directory.organisations().stream().filter(o -> "UNHCR".equals(o.acronym())).findFirst()
                .orElseThrow().id();
        for (ActionPointDraft refused : List.of(
                new ActionPointDraft(meeting.id(), null, "Not at the meeting", null, null, TODAY, null, serbia),
                new ActionPointDraft(meeting.id(), null, "Its own", null, null, TODAY, null, albania),
                new ActionPointDraft(meeting.id(), null, "Two owners", unhcr, null, TODAY, null, skopje))) {
            assertThatThrownBy(() -> actionPoints.create(officer, refused)).as(refused.text())
                    .isInstanceOf(RecordRejected.class)
                    .satisfies(e -> assertThat(((RecordRejected) e).problems())
                            .extracting(org.corridor.kernel.Problem::field).containsExactly("owner"));
        }
    }

    @Test
    void rejectsAPointWithoutTextOrDueDate() {
        assertThatThrownBy(() -> actionPoints.create(officer, new ActionPointDraft(meeting.id(), null, " ", null, null,
                null, null))).isInstanceOf(RecordRejected.class)
                .satisfies(e -> assertThat(((RecordRejected) e).problems()).extracting(org.corridor.kernel.Problem::field)
                        .containsExactly("text", "dueDate"));
    }
}
