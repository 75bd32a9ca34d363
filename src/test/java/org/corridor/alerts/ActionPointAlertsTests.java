package org.corridor.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Role;
import org.corridor.alerts.Alerts.AlertFilter;
import org.corridor.kernel.Actor;
import org.corridor.liaison.ActionPointStatus;
import org.corridor.liaison.ActionPoints;
import org.corridor.liaison.ActionPoints.ActionPoint;
import org.corridor.liaison.ActionPoints.ActionPointDraft;
import org.corridor.liaison.Meeting;
import org.corridor.liaison.MeetingDraft;
import org.corridor.liaison.MeetingKind;
import org.corridor.liaison.Meetings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Action points due within a week and overdue, each raised once, to the owning operation. Dated around the real day, the day the rules' listener uses. */
@CorridorTest
class ActionPointAlertsTests {

    /**
     * Today as the rules' listener takes it: recording the meeting sets the rule off after the commit, on the real
     * day, so the test's day must be that one, or the listener finds the points overdue that the test expects not to be.
     */
    static final LocalDate TODAY = LocalDate.now(java.time.Clock.systemUTC());

    @Autowired
    RegionFixture region;

    @Autowired
    Meetings meetings;

    @Autowired
    ActionPoints actionPoints;

    @Autowired
    AlertRules rules;

    @Autowired
    Alerts alerts;

    @Test
    void dueWithinAWeekAndOverdueOnesAreRaisedOnceToTheirOperation() {
        UUID albania = region.operation("albania");
        UUID skopje = region.operation("skopje");
        CorridorUser officer = region.user("apa", "Liaison", Role.OFFICER, albania);
        CorridorUser skopjeOfficer = region.user("apa", "Skopje", Role.OFFICER, skopje);
        Meeting meeting = meetings.create(officer, new MeetingDraft(albania, MeetingKind.BILATERAL,
                "Heads of Skopje and Albania", TODAY.minusDays(30), LocalTime.of(10, 0), LocalTime.of(12, 0), null,
                "Tirana", null, List.of(skopje), List.of(), List.of(), null, null, List.of(), null, false));
        ActionPoint overdue = point(officer, meeting, "Share the contingency plan", TODAY.minusDays(1),
                ActionPointStatus.OPEN);
        ActionPoint dueSoon = point(officer, meeting, "Visit Kakavija", TODAY.plusDays(7), ActionPointStatus.OPEN);
        ActionPoint later = point(officer, meeting, "Report back", TODAY.plusDays(8), ActionPointStatus.OPEN);
        ActionPoint done = point(officer, meeting, "Already done", TODAY.minusDays(5), ActionPointStatus.DONE);

        rules.evaluateActionPoints(Actor.SYSTEM, TODAY);
        rules.evaluateActionPoints(Actor.SYSTEM, TODAY);

        assertThat(about(officer, overdue)).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.ACTION_POINT_OVERDUE);
            assertThat(alert.operationId()).isEqualTo(albania);
            assertThat(alert.summary()).isEqualTo("Action point of the meeting “Heads of Skopje and Albania”, due on "
                    + TODAY.minusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                            java.util.Locale.ENGLISH)) + ", is overdue: Share the contingency plan");
        });
        assertThat(about(officer, dueSoon)).extracting(Alert::kind).containsExactly(AlertKind.ACTION_POINT_DUE);
        assertThat(about(officer, later)).isEmpty();
        assertThat(about(officer, done)).isEmpty();
        assertThat(about(skopjeOfficer, overdue)).isEmpty();

        // A week later the point due soon is overdue: a second alert, of the other kind.
        rules.evaluateActionPoints(Actor.SYSTEM, TODAY.plusDays(8));
        assertThat(about(officer, dueSoon)).extracting(Alert::kind)
                .containsExactlyInAnyOrder(AlertKind.ACTION_POINT_DUE, AlertKind.ACTION_POINT_OVERDUE);
    }

    ActionPoint point(CorridorUser officer, Meeting meeting, String text, LocalDate due, ActionPointStatus status) {
        return actionPoints.create(officer, new ActionPointDraft(meeting.id(), null, text, null, officer.id(), due,
                status));
    }

    List<Alert> about(CorridorUser reader, ActionPoint point) {
        return alerts.list(reader, AlertFilter.ANY, 0, 1000).items().stream()
                .filter(a -> point.id().equals(a.sourceRecordId())).toList();
    }
}
