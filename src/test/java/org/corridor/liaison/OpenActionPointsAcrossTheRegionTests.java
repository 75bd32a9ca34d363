package org.corridor.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Role;
import org.corridor.liaison.ActionPoints.ActionPoint;
import org.corridor.liaison.ActionPoints.ActionPointDraft;
import org.corridor.liaison.ActionPoints.OpenActionPoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The region-wide read of the alerts' action-point rule: open points due by a day, with their meeting. Dated 1987. */
@CorridorTest
class OpenActionPointsAcrossTheRegionTests {

    static final LocalDate DAY = LocalDate.of(1987, 5, 20);

    @Autowired
    RegionFixture region;

    @Autowired
    Meetings meetings;

    @Autowired
    ActionPoints actionPoints;

    @Test
    void openPointsDueOnOrBeforeTheDayWithTheirMeetingsTitleAndLevel() {
        UUID serbia = region.operation("serbia");
        CorridorUser officer = region.user("open", "Serbian officer", Role.OFFICER, serbia);
        Meeting meeting = meetings.create(officer, new MeetingDraft(serbia, MeetingKind.COORDINATION,
                "Coordination in Preševo", DAY.minusDays(20), LocalTime.of(9, 0), LocalTime.of(10, 0), null, "Preševo",
                null, List.of(), List.of(), List.of(), null, null, List.of(), null, false));
        ActionPoint due = point(officer, meeting, DAY, ActionPointStatus.OPEN);
        ActionPoint earlier = point(officer, meeting, DAY.minusDays(3), ActionPointStatus.OPEN);
        point(officer, meeting, DAY.plusDays(1), ActionPointStatus.OPEN);
        point(officer, meeting, DAY.minusDays(1), ActionPointStatus.DROPPED);

        List<OpenActionPoint> found = actionPoints.openDueOnOrBeforeAcrossTheRegion(DAY).stream()
                .filter(p -> p.meetingId().equals(meeting.id())).toList();

        assertThat(found).extracting(OpenActionPoint::id).containsExactly(earlier.id(), due.id());
        assertThat(found.get(0).meetingTitle()).isEqualTo("Coordination in Preševo");
        assertThat(found.get(0).meetingLevel()).isEqualTo(meeting.distributionLevel());
    }

    ActionPoint point(CorridorUser officer, Meeting meeting, LocalDate due, ActionPointStatus status) {
        return actionPoints.create(officer, new ActionPointDraft(meeting.id(), null, "Point due " + due, null, null,
                due, status));
    }
}
