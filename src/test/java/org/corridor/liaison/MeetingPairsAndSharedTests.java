package org.corridor.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link Meetings#operationPairs} and {@link Meetings#shared} on meetings of 1954 (no other test's year): a meeting of
 * three operations counts once for each of its three pairs; the shared list holds only meetings at OSCE level or
 * above, not cancelled, even for the operation's own members.
 */
@CorridorTest
class MeetingPairsAndSharedTests {

    @Autowired
    RegionFixture region;
    @Autowired
    Meetings meetings;

    @Test
    void aMeetingOfThreeOperationsCountsOnceForEachPairAndOnlySharedOnesAreListed() {
        UUID kosovo = region.operation("kosovo");
        UUID montenegro = region.operation("montenegro");
        UUID bih = region.operation("bih");
        CorridorUser officer = region.user("pairs", "Officer of Kosovo", Role.OFFICER, kosovo);
        CorridorUser coordinator = region.user("pairs", "Coordinator", Role.REGIONAL_COORDINATOR, null);
        LocalDate day = LocalDate.of(1954, 5, 4);
        Meeting shared = meetings.create(officer, draft(kosovo, MeetingKind.WORKSHOP, day, List.of(montenegro, bih),
                DistributionLevel.OSCE));
        Meeting internal = meetings.create(officer, draft(kosovo, MeetingKind.JOINT_VISIT, day.plusDays(1),
                List.of(montenegro), DistributionLevel.OPERATION));
        Meeting cancelled = meetings.create(officer, draft(kosovo, MeetingKind.BILATERAL, day.plusDays(2),
                List.of(bih), DistributionLevel.OSCE));
        meetings.cancel(officer, cancelled.id(), cancelled.version(), true);

        List<Meetings.OperationPair> pairs = meetings.operationPairs(coordinator, day, day.plusDays(30));
        assertThat(pairs).hasSize(3);
        assertThat(pairs).filteredOn(p -> List.of(p.operationId(), p.otherOperationId()).containsAll(
                List.of(kosovo, montenegro))).singleElement().satisfies(p -> {
                    assertThat(p.meetings()).isEqualTo(1);
                    assertThat(p.jointVisits()).as("an internal record counts as a figure").isEqualTo(1);
                    assertThat(p.first()).isEqualTo(day);
                    assertThat(p.last()).isEqualTo(day.plusDays(1));
                });
        assertThat(pairs).allSatisfy(p -> assertThat(p.operationId().compareTo(p.otherOperationId()) != 0).isTrue());

        for (CorridorUser reader : List.of(officer, coordinator)) {
            List<UUID> listed = meetings.shared(reader, kosovo, 0, 100).items().stream()
                    .map(Meetings.SharedMeeting::id).toList();
            assertThat(listed).contains(shared.id()).doesNotContain(internal.id(), cancelled.id());
        }
    }

    private static MeetingDraft draft(UUID operation, MeetingKind kind, LocalDate day, List<UUID> others,
            DistributionLevel level) {
        return new MeetingDraft(operation, kind, "Pairs " + kind, day, LocalTime.of(10, 0), LocalTime.of(11, 0), null,
                "Pristina", null, others, List.of(), List.of(), null, null, List.of(), level, true);
    }
}
