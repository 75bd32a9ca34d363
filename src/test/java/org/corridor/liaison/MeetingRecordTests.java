package org.corridor.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.corridor.accounts.DistributionLevel;
import org.junit.jupiter.api.Test;

class MeetingRecordTests {

    static final UUID SKOPJE = UUID.fromString("00000000-0000-7000-8000-000000000001");
    static final UUID SERBIA = UUID.fromString("ffffffff-0000-7000-8000-000000000002");
    static final UUID ALBANIA = UUID.fromString("80000000-0000-7000-8000-000000000003");
    static final UUID SERIES = UUID.fromString("00000000-0000-7000-8000-00000000000a");
    static final LocalDate DAY = LocalDate.of(2016, 3, 9);

    static MeetingDraft draft(String title, List<UUID> others) {
        return new MeetingDraft(SKOPJE, MeetingKind.COORDINATION, title, DAY, LocalTime.of(10, 0),
                LocalTime.of(11, 30), null, "Skopje", null, others, List.of(), List.of(), "Topics", null,
                List.of("Meet again"), DistributionLevel.OPERATION, true);
    }

    static MeetingRecord occurrence() {
        return MeetingRecord.of(UUID.randomUUID(), draft("Weekly coordination", List.of()), SERIES, DAY,
                UUID.randomUUID(), DAY.atStartOfDay(org.corridor.kernel.Region.ZONE).toInstant());
    }

    @Test
    void anOccurrenceFollowsItsSeriesUntilEditedByHand() {
        MeetingRecord meeting = occurrence();
        meeting.followSeries(draft("Weekly coordination, new room", List.of()));
        assertThat(meeting.title()).isEqualTo("Weekly coordination, new room");

        meeting.change(draft("Extraordinary session", List.of()));
        meeting.followSeries(draft("Weekly coordination, again", List.of()));

        assertThat(meeting.edited()).isTrue();
        assertThat(meeting.title()).isEqualTo("Extraordinary session");
    }

    @Test
    void aCancelledOccurrenceNoLongerFollowsItsSeries() {
        MeetingRecord meeting = occurrence();
        meeting.cancel(true);
        meeting.followSeries(draft("Weekly coordination, new room", List.of()));

        assertThat(meeting.followsSeries()).isFalse();
        assertThat(meeting.title()).isEqualTo("Weekly coordination");
    }

    @Test
    void aMeetingOfItsOwnIsNeverMarkedEdited() {
        MeetingRecord meeting = MeetingRecord.of(UUID.randomUUID(), draft("Briefing", List.of()), null, null,
                UUID.randomUUID(), DAY.atStartOfDay(org.corridor.kernel.Region.ZONE).toInstant());
        meeting.change(draft("Briefing, moved", List.of()));
        meeting.cancel(true);

        assertThat(meeting.edited()).isFalse();
        assertThat(meeting.cancelled()).isTrue();
    }

    @Test
    void aMeetingStartedBeforeTheChangeIsRecordedAsHeldAndOneAheadAsPlanned() {
        MeetingRecord meeting = occurrence();
        java.time.Instant starts = Meetings.instant(DAY, LocalTime.of(10, 0));

        assertThat(meeting.recorded(starts.plusSeconds(60)).status()).isEqualTo(MeetingRecorded.Status.HELD);
        assertThat(meeting.recorded(starts.minusSeconds(60)).status()).isEqualTo(MeetingRecorded.Status.PLANNED);
    }

    @Test
    void aCancelledMeetingIsRecordedAsCancelled() {
        MeetingRecord meeting = occurrence();
        meeting.cancel(true);

        assertThat(meeting.recorded(Meetings.instant(DAY, LocalTime.NOON)).status())
                .isEqualTo(MeetingRecorded.Status.CANCELLED);
    }

    @Test
    void theRecordedMeetingNamesTheRecordingOperationFirst() {
        MeetingRecord meeting = MeetingRecord.of(UUID.randomUUID(), draft("Joint visit", List.of(SERBIA, ALBANIA)),
                null, null, UUID.randomUUID(), DAY.atStartOfDay(org.corridor.kernel.Region.ZONE).toInstant());

        assertThat(meeting.recorded(Meetings.instant(DAY, LocalTime.NOON)).operationIds())
                .containsExactly(SKOPJE, ALBANIA, SERBIA);
    }
}
