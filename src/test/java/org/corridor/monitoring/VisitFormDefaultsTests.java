package org.corridor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class VisitFormDefaultsTests {

    @Test
    void aVisitRecordedAtMiddayRanFrom8UntilNowAndIsCompleted() {
        VisitForm form = new VisitForm();
        VisitController.defaultTimes(form, LocalTime.of(11, 37));

        assertThat(form.getEndTime()).isEqualTo(LocalTime.of(11, 30));
        assertThat(form.getStatus()).isEqualTo(VisitStatus.COMPLETED);
    }

    @Test
    void aVisitRecordedInTheEveningEndsAt16() {
        VisitForm form = new VisitForm();
        VisitController.defaultTimes(form, LocalTime.of(19, 5));

        assertThat(form.getEndTime()).isEqualTo(LocalTime.of(16, 0));
    }

    @Test
    void earlyInTheMorningTheDaysVisitIsProposedAsPlanned() {
        VisitForm form = new VisitForm();
        VisitController.defaultTimes(form, LocalTime.of(7, 15));

        assertThat(form.getStatus()).isEqualTo(VisitStatus.PLANNED);
        assertThat(form.getEndTime()).isEqualTo(LocalTime.of(16, 0));
    }
}
