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

/** Meetings held per operation (the regional overview's figure), in 2004, a year no other test uses. */
@CorridorTest
class MeetingsHeldByOperationTests {

    @Autowired RegionFixture region;
    @Autowired Meetings meetings;

    @Test
    void countsEveryMeetingAnOperationTookPartInOnceAsAFigure() {
        UUID montenegro = region.operation("montenegro");
        UUID albania = region.operation("albania");
        CorridorUser officer = region.user("mh.officer", "Officer", Role.OFFICER, montenegro);
        CorridorUser coordinator = region.user("mh.coord", "Coordinator", Role.REGIONAL_COORDINATOR, null);
        for (String day : List.of("2004-03-03", "2004-03-10")) {
            meetings.create(officer, new MeetingDraft(montenegro, MeetingKind.BILATERAL, "Bilateral " + day,
                    LocalDate.parse(day), LocalTime.of(10, 0), LocalTime.of(11, 0), null, "Podgorica", null,
                    List.of(albania), List.of(), List.of(), null, null, List.of(), DistributionLevel.OPERATION, false));
        }
        meetings.create(officer, new MeetingDraft(montenegro, MeetingKind.BILATERAL, "Later", LocalDate.parse("2004-05-05"),
                LocalTime.of(10, 0), LocalTime.of(11, 0), null, "Podgorica", null, List.of(), List.of(), List.of(), null,
                null, List.of(), DistributionLevel.OPERATION, false));

        var held = meetings.heldByOperation(coordinator, LocalDate.parse("2004-03-01"), LocalDate.parse("2004-03-31"));

        // Figures: the coordinator reads both operations' figures, so OPERATION-level meetings count (no text leaves).
        assertThat(held).containsEntry(montenegro, 2L).containsEntry(albania, 2L);
    }
}
