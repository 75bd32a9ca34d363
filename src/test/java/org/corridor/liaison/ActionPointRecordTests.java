package org.corridor.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.corridor.liaison.ActionPoints.ActionPointDraft;
import org.junit.jupiter.api.Test;

class ActionPointRecordTests {

    static final LocalDate TODAY = LocalDate.of(2016, 3, 10);

    static ActionPointRecord point(ActionPointStatus status, LocalDate due) {
        return ActionPointRecord.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                new ActionPointDraft(null, null, "  Share the figures  ", null, null, due, status),
                UUID.randomUUID(), Instant.EPOCH);
    }

    @Test
    void aPointRecordedWithoutStatusIsOpen() {
        assertThat(point(null, TODAY).status()).isEqualTo(ActionPointStatus.OPEN);
    }

    @Test
    void anOpenPointPastItsDayIsOverdueUntilMarkedDone() {
        ActionPointRecord point = point(ActionPointStatus.OPEN, TODAY.minusDays(1));
        assertThat(point.overdue(TODAY)).isTrue();

        point.change(new ActionPointDraft(null, null, "Share the figures", null, null, TODAY.minusDays(1),
                ActionPointStatus.DONE));

        assertThat(point.overdue(TODAY)).isFalse();
    }
}
