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
import org.corridor.monitoring.PreparednessAssessments.ContingencyPlan;
import org.corridor.monitoring.PreparednessAssessments.Rating;
import org.corridor.monitoring.TemporaryDeployments.Deployment;
import org.corridor.monitoring.TemporaryDeployments.DeploymentDraft;
import org.corridor.monitoring.TemporaryDeployments.Premises;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reads the alerts' off-route rule makes of an operation's own preparedness, whatever its level: the last
 * assessment on or before a day, the deployments in place on it. Dated 1989, before any other test's records.
 */
@CorridorTest
class PreparednessForAlertsTests {

    static final LocalDate DAY = LocalDate.of(1989, 6, 15);

    @Autowired
    RegionFixture region;

    @Autowired
    PreparednessAssessments assessments;

    @Autowired
    TemporaryDeployments deployments;

    @Test
    void theLastAssessmentOnOrBeforeTheDayWhateverItsLevel() {
        UUID bih = region.operation("bih");
        CorridorUser officer = region.user("prep", "BiH officer", Role.OFFICER, bih);
        Assessment earlier = assess(officer, bih, DAY.minusMonths(3), Rating.UNPREPARED);
        Assessment onTheDay = assess(officer, bih, DAY, Rating.PREPARED);
        assess(officer, bih, DAY.plusDays(1), Rating.PARTLY_PREPARED);

        assertThat(assessments.lastOfOperationOnOrBefore(bih, DAY)).map(Assessment::id).contains(onTheDay.id());
        assertThat(assessments.lastOfOperationOnOrBefore(bih, DAY.minusDays(1))).map(Assessment::id)
                .contains(earlier.id());
        assertThat(assessments.lastOfOperationOnOrBefore(bih, DAY.minusYears(1))).isEmpty();
    }

    @Test
    void deploymentsInPlaceOnTheDayBegunAndNotEnded() {
        UUID kosovo = region.operation("kosovo");
        CorridorUser focalPoint = region.user("prep", "Kosovo focal point", Role.FOCAL_POINT, kosovo);
        UUID place = region.place("BA-SARAJEVO");
        Deployment running = deploy(focalPoint, kosovo, place, DAY.minusDays(30), null);
        Deployment endingThatDay = deploy(focalPoint, kosovo, place, DAY.minusDays(30), DAY);
        deploy(focalPoint, kosovo, place, DAY.minusDays(30), DAY.minusDays(1));
        deploy(focalPoint, kosovo, place, DAY.plusDays(1), null);

        assertThat(deployments.ofOperationInPlaceOn(kosovo, DAY)).extracting(Deployment::id)
                .containsExactlyInAnyOrder(running.id(), endingThatDay.id());
    }

    Assessment assess(CorridorUser user, UUID operation, LocalDate day, Rating rating) {
        return assessments.record(user, new AssessmentDraft(operation, "Border Police", null, "North", day, rating,
                ContingencyPlan.UNKNOWN, PreparednessAssessments.Source.AUTHORITIES, null,
                DistributionLevel.OPERATION), false);
    }

    Deployment deploy(CorridorUser user, UUID operation, UUID place, LocalDate from, LocalDate to) {
        return deployments.record(user, new DeploymentDraft(operation, place, 1, from, to, Premises.NONE, "Watch",
                DistributionLevel.OPERATION));
    }
}
