package org.corridor.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.corridor.CorridorTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@CorridorTest
@RecordApplicationEvents
class MeetingRecordedTests {

    @Autowired
    RegionFixture region;

    @Autowired
    Meetings meetings;

    @Autowired
    ApplicationEvents events;

    @Test
    void recordingChangingAndCancellingAMeetingEachTellOtherModules() {
        UUID skopje = region.operation("skopje");
        UUID serbia = region.operation("serbia");
        CorridorUser officer = region.user("mr", "Liaison", Role.OFFICER, skopje);
        MeetingDraft draft = new MeetingDraft(skopje, MeetingKind.JOINT_VISIT, "Joint visit to Tabanovce",
                LocalDate.of(2015, 11, 18), LocalTime.of(14, 0), LocalTime.of(17, 0), null, "Tabanovce", null,
                List.of(serbia), List.of(), List.of(), null, null, List.of(), DistributionLevel.OSCE, true);

        Meeting recorded = meetings.create(officer, draft);
        Meeting changed = meetings.update(officer, recorded.id(), recorded.version(), draft);
        meetings.cancel(officer, changed.id(), changed.version(), true);

        assertThat(events.stream(MeetingRecorded.class).filter(e -> e.meetingId().equals(recorded.id())))
                .extracting(MeetingRecorded::status)
                .containsExactly(MeetingRecorded.Status.HELD, MeetingRecorded.Status.HELD,
                        MeetingRecorded.Status.CANCELLED);
        assertThat(events.stream(MeetingRecorded.class).filter(e -> e.meetingId().equals(recorded.id())).findFirst()
                .orElseThrow()).satisfies(e -> {
                    assertThat(e.operationIds()).containsExactly(skopje, serbia);
                    assertThat(e.kind()).isEqualTo(MeetingKind.JOINT_VISIT);
                    assertThat(e.startsAt()).isEqualTo(recorded.startsAt());
                });
    }
}
