package org.corridor.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.corridor.directory.Dimension;
import org.corridor.directory.ResponseArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@link Activities#publicAreaCounts}: activities of every level that ran at some time in the period, cancelled ones
 * left out, counted per operation and area, with the digest of the records counted. Activities of 1935, no other
 * test's year.
 */
@CorridorTest
class ActivitiesPublicCountsTests {

    @Autowired
    RegionFixture region;
    @Autowired
    Activities activities;

    @Test
    void countsEveryLevelThatRanInThePeriodButNotTheCancelled() {
        UUID serbia = region.operation("serbia");
        CorridorUser officer = region.user("publiccounts", "Officer", Role.OFFICER, serbia);
        LocalDate start = LocalDate.of(1935, 5, 1);
        record(officer, serbia, ActivityStatus.ONGOING, start, null, DistributionLevel.OPERATION);
        record(officer, serbia, ActivityStatus.COMPLETED, start.minusMonths(3), start.plusDays(1), DistributionLevel.OSCE);
        record(officer, serbia, ActivityStatus.CANCELLED, start, null, DistributionLevel.OSCE);
        record(officer, serbia, ActivityStatus.COMPLETED, start.minusMonths(3), start.minusDays(1), DistributionLevel.OSCE);

        Activities.PublicAreaCounts counts = activities.publicAreaCounts(start, start.plusMonths(1));

        assertThat(counts.counts()).containsExactly(new Activities.PublicAreaCount(serbia, ResponseArea.RESEARCH, 2));
        assertThat(counts.records()).isEqualTo(2);
        assertThat(activities.publicAreaCounts(start, start.plusMonths(1)).recordsDigest())
                .isEqualTo(counts.recordsDigest());
    }

    private void record(CorridorUser officer, UUID operation, ActivityStatus status, LocalDate from, LocalDate to,
            DistributionLevel level) {
        activities.create(officer, new ActivityDraft(operation, "Research 1935 " + status + " " + from, null,
                ResponseArea.RESEARCH, Set.of(Dimension.HUMAN), ActivityKind.NON_PROJECT, null, null, null, status,
                from, to, List.of(), List.of(), List.of(), level));
    }
}
