package org.corridor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.corridor.monitoring.PreparednessAssessments.Assessment;
import org.corridor.monitoring.PreparednessAssessments.AssessmentDraft;
import org.corridor.monitoring.TemporaryDeployments.Deployment;
import org.corridor.monitoring.TemporaryDeployments.DeploymentDraft;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The assessments and deployments of a period, as a report's section draws them: only those of the period, only those
 * the reader may read, in date order.
 */
@CorridorTest
class PeriodRecordsTests {

    /** A year no other test uses, so that the period holds only this class's records. */
    static final LocalDate FIRST = LocalDate.of(1913, 3, 1);

    @Autowired
    RegionFixture region;

    @Autowired
    PreparednessAssessments assessments;

    @Autowired
    TemporaryDeployments deployments;

    @Test
    void assessmentsOfThePeriodAreThoseTheReaderMayReadInDateOrder() {
        UUID skopje = region.operation("skopje");
        CorridorUser officer = region.user("period", "Officer", Role.OFFICER, skopje);
        CorridorUser serbian = region.user("period", "Serbian", Role.VIEWER, region.operation("serbia"));
        UUID place = region.place("MK-TABANOVCE-BCP");
        Assessment later = assessments.record(officer, new AssessmentDraft(skopje, "Police", place, null,
                FIRST.plusDays(5), PreparednessAssessments.Rating.PREPARED, null,
                PreparednessAssessments.Source.FIRST_HAND, "Later", DistributionLevel.OSCE), false);
        Assessment earlier = assessments.record(officer, new AssessmentDraft(skopje, "Police", place, null,
                FIRST, PreparednessAssessments.Rating.UNPREPARED, null,
                PreparednessAssessments.Source.FIRST_HAND, "Earlier", DistributionLevel.OSCE), false);
        Assessment internal = assessments.record(officer, new AssessmentDraft(skopje, "Police", place, null,
                FIRST.plusDays(2), PreparednessAssessments.Rating.PREPARED, null,
                PreparednessAssessments.Source.FIRST_HAND, "Internal", DistributionLevel.OPERATION), false);
        assessments.record(officer, new AssessmentDraft(skopje, "Police", place, null, FIRST.plusMonths(2),
                PreparednessAssessments.Rating.PREPARED, null, PreparednessAssessments.Source.FIRST_HAND, "Outside",
                DistributionLevel.OSCE), false);

        assertThat(assessments.between(officer, skopje, FIRST, FIRST.plusDays(30))).extracting(Assessment::id)
                .containsExactly(earlier.id(), internal.id(), later.id());
        assertThat(assessments.between(serbian, null, FIRST, FIRST.plusDays(30))).extracting(Assessment::id)
                .containsExactly(earlier.id(), later.id());
    }

    @Test
    void deploymentsRunningInThePeriodAreThoseTheReaderMayRead() {
        UUID skopje = region.operation("skopje");
        CorridorUser head = region.user("period", "Head", Role.HEAD_OF_OPERATION, skopje);
        CorridorUser serbian = region.user("period", "Serbian", Role.VIEWER, region.operation("serbia"));
        UUID place = region.place("MK-GEVGELIJA-TC");
        Deployment before = deployments.record(head, new DeploymentDraft(skopje, place, 2, FIRST.minusDays(20),
                FIRST.plusDays(1), TemporaryDeployments.Premises.CONTAINER, "Ran into the period",
                DistributionLevel.OSCE));
        Deployment open = deployments.record(head, new DeploymentDraft(skopje, place, 3, FIRST.plusDays(10), null,
                TemporaryDeployments.Premises.CONTAINER, "Still running", DistributionLevel.OSCE));
        Deployment internal = deployments.record(head, new DeploymentDraft(skopje, place, 1, FIRST.plusDays(3),
                FIRST.plusDays(4), TemporaryDeployments.Premises.CONTAINER, "Internal", DistributionLevel.OPERATION));
        deployments.record(head, new DeploymentDraft(skopje, place, 1, FIRST.minusDays(30), FIRST.minusDays(1),
                TemporaryDeployments.Premises.CONTAINER, "Ended before", DistributionLevel.OSCE));

        assertThat(deployments.between(head, skopje, FIRST, FIRST.plusDays(30))).extracting(Deployment::id)
                .containsExactly(before.id(), internal.id(), open.id());
        assertThat(deployments.between(serbian, skopje, FIRST, FIRST.plusDays(30))).extracting(Deployment::id)
                .containsExactly(before.id(), open.id());
    }
}
