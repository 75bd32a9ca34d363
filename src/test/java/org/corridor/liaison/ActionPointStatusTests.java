package org.corridor.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActionPointStatusTests {

    static final LocalDate TODAY = LocalDate.of(2016, 3, 10);

    @Test
    void anOpenPointDueYesterdayIsOverdue() {
        assertThat(ActionPointStatus.overdue(ActionPointStatus.OPEN, TODAY.minusDays(1), TODAY)).isTrue();
    }

    @Test
    void anOpenPointDueTodayIsNotOverdueYet() {
        assertThat(ActionPointStatus.overdue(ActionPointStatus.OPEN, TODAY, TODAY)).isFalse();
    }

    @Test
    void doneAndDroppedPointsAreNeverOverdue() {
        assertThat(ActionPointStatus.overdue(ActionPointStatus.DONE, TODAY.minusDays(30), TODAY)).isFalse();
        assertThat(ActionPointStatus.overdue(ActionPointStatus.DROPPED, TODAY.minusDays(30), TODAY)).isFalse();
    }
}
