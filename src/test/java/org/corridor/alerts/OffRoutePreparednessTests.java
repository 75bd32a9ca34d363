package org.corridor.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.corridor.alerts.Alerts.AlertFilter;
import org.corridor.flows.RouteEvents;
import org.corridor.flows.RouteEvents.Kind;
import org.corridor.flows.RouteEvents.RouteEvent;
import org.corridor.flows.RouteEvents.RouteEventDraft;
import org.corridor.kernel.Actor;
import org.corridor.monitoring.PreparednessAssessments;
import org.corridor.monitoring.PreparednessAssessments.AssessmentDraft;
import org.corridor.monitoring.PreparednessAssessments.ContingencyPlan;
import org.corridor.monitoring.PreparednessAssessments.Rating;
import org.corridor.monitoring.TemporaryDeployments;
import org.corridor.monitoring.TemporaryDeployments.DeploymentDraft;
import org.corridor.monitoring.TemporaryDeployments.Premises;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A closure at Gevgelija points to Albania and Montenegro (the default neighbourhood, from the article), each told its
 * own preparedness as it stood that day. Dated 1991, before any other test's assessments.
 */
@CorridorTest
class OffRoutePreparednessTests {

    static final LocalDate CLOSED = LocalDate.of(1991, 3, 8);

    @Autowired
    RegionFixture region;

    @Autowired
    RouteEvents events;

    @Autowired
    PreparednessAssessments assessments;

    @Autowired
    TemporaryDeployments deployments;

    @Autowired
    AlertRules rules;

    @Autowired
    Alerts alerts;

    @Test
    void aClosureAtGevgelijaToldAlbaniaAndMontenegroTheirOwnPreparedness() {
        UUID albania = region.operation("albania");
        UUID montenegro = region.operation("montenegro");
        UUID skopje = region.operation("skopje");
        CorridorUser albanian = region.user("offroute", "Albanian focal point", Role.FOCAL_POINT, albania);
        CorridorUser montenegrin = region.user("offroute", "Montenegrin focal point", Role.FOCAL_POINT, montenegro);
        CorridorUser skopjeOfficer = region.user("offroute", "Skopje officer", Role.OFFICER, skopje);
        assessments.record(albanian, new AssessmentDraft(albania, "Albanian State Police", null, "Kakavija crossing",
                CLOSED.minusMonths(2), Rating.PARTLY_PREPARED, ContingencyPlan.NO,
                PreparednessAssessments.Source.AUTHORITIES, null, DistributionLevel.OPERATION), false);
        deployments.record(albanian, new DeploymentDraft(albania, region.place("AL-TIRANA"), 2, CLOSED.minusDays(10),
                null, Premises.NONE, "Border monitoring in the south", DistributionLevel.OPERATION));
        assessments.record(montenegrin, new AssessmentDraft(montenegro, "Border Police", null, "Southern border",
                CLOSED.minusMonths(8), Rating.PREPARED, ContingencyPlan.YES,
                PreparednessAssessments.Source.AUTHORITIES, null, DistributionLevel.OSCE), false);
        RouteEvent closure = events.record(skopjeOfficer, new RouteEventDraft(skopje, CLOSED, null,
                region.place("MK-GEVGELIJA-BCP"), Kind.CLOSURE, "Route closed", null, null, DistributionLevel.PUBLIC),
                false);

        rules.evaluateEvents(Actor.SYSTEM, CLOSED, CLOSED);

        Alert toAlbania = offRoute(albanian, closure).get(0);
        assertThat(toAlbania.operationId()).isEqualTo(albania);
        assertThat(toAlbania.summary()).isEqualTo("Closure at Gevgelija–Idomeni border crossing on 8 March 1991: "
                + "Route closed. The route may turn towards Albania. Last preparedness assessment: 8 January 1991 "
                + "(Albanian State Police), partly prepared, contingency plan: no. 1 temporary deployment in place "
                + "(2 officers).");
        assertThat(toAlbania.evidence()).containsEntry("recentAssessment", true).containsEntry("rating",
                "PARTLY_PREPARED").containsEntry("contingencyPlan", "NO").containsEntry("deploymentsInPlace", 1);

        Alert toMontenegro = offRoute(montenegrin, closure).get(0);
        assertThat(toMontenegro.summary()).contains("No preparedness assessment in the last 6 months; the last one: "
                + "8 July 1990").endsWith("No temporary deployment in place.");
        assertThat(toMontenegro.evidence()).containsEntry("recentAssessment", false);

        // Each reads its own; the coordinator reads Montenegro's (all shared at OSCE) but not Albania's (its
        // assessment and deployment are the operation's own).
        assertThat(offRoute(albanian, closure)).hasSize(1);
        CorridorUser coordinator = region.user("offroute", "Coordinator", Role.REGIONAL_COORDINATOR, null);
        assertThat(offRoute(coordinator, closure)).extracting(Alert::operationId).containsExactly(montenegro);
        // Raised once, however often the rules run.
        rules.evaluateEvents(Actor.SYSTEM, CLOSED, CLOSED);
        assertThat(offRoute(montenegrin, closure)).hasSize(1);
    }

    @Test
    void anOperationLevelClosureIsNotRevealedToTheOperationsOffTheRoute() {
        UUID albania = region.operation("albania");
        UUID skopje = region.operation("skopje");
        CorridorUser albanian = region.user("offroute", "Albanian officer", Role.OFFICER, albania);
        CorridorUser skopjeOfficer = region.user("offroute", "Skopje officer", Role.OFFICER, skopje);
        LocalDate day = CLOSED.plusMonths(1);
        RouteEvent closure = events.record(skopjeOfficer, new RouteEventDraft(skopje, day, null,
                region.place("MK-GEVGELIJA-BCP"), Kind.RESTRICTION, "Internal note", null, null,
                DistributionLevel.OPERATION), false);

        rules.evaluateEvents(Actor.SYSTEM, day, day);

        assertThat(offRoute(albanian, closure)).isEmpty();
    }

    List<Alert> offRoute(CorridorUser reader, RouteEvent cause) {
        return alerts.list(reader, new AlertFilter(AlertKind.OFF_ROUTE_PREPAREDNESS, null, null), 0, 1000).items()
                .stream().filter(a -> a.causeKey().equals("off-route:route-event:" + cause.id())).toList();
    }
}
