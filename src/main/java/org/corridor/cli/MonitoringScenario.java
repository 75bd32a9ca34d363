package org.corridor.cli;

import org.corridor.kernel.Region;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.directory.Directory;
import org.corridor.monitoring.FollowUp;
import org.corridor.monitoring.MonitoringPlans;
import org.corridor.monitoring.MonitoringVisits;
import org.corridor.monitoring.Observations;
import org.corridor.monitoring.PreparednessAssessments;
import org.corridor.monitoring.TemporaryDeployments;
import org.corridor.monitoring.Unit;
import org.corridor.monitoring.VisitDraft;
import org.corridor.monitoring.VisitStatus;
import org.springframework.stereotype.Component;

/**
 * The article's monitoring, as records: the Mission to Skopje's visits to Gevgelija week by week
 * (weekly PDU and MU teams from the opening of the route, three to four a week from November 2015,
 * two PDU teams from March 2016, one or two a week from May 2016), the northern border at Tabanovce,
 * Serbia's southern border watched from Bujanovac, the Brčko and Kosovo assessments, and the
 * container office at Gevgelija. Counts are generated from a fixed seed, so every demo is the same.
 */
@Component
class MonitoringScenario {

    private final Directory directory;
    private final MonitoringVisits visits;
    private final MonitoringPlans plans;
    private final PreparednessAssessments assessments;
    private final TemporaryDeployments deployments;

    MonitoringScenario(Directory directory, MonitoringVisits visits, MonitoringPlans plans,
            PreparednessAssessments assessments, TemporaryDeployments deployments) {
        this.directory = directory;
        this.visits = visits;
        this.plans = plans;
        this.assessments = assessments;
        this.deployments = deployments;
    }

    /** A period of the article with how many visits a week each team made. */
    private record Phase(LocalDate from, LocalDate to, int minPerWeek, int maxPerWeek, Unit unit, boolean overnightSometimes,
            String purpose) {
    }

    List<String> load(CorridorUser skopjeOfficer, CorridorUser skopjeFocal, CorridorUser serbiaOfficer,
            CorridorUser bihOfficer, CorridorUser kosovoOfficer, CorridorUser albaniaOfficer,
            CorridorUser montenegroOfficer) {
        List<String> added = new ArrayList<>();
        UUID skopje = directory.operationByCode("skopje").orElseThrow().id();
        UUID serbia = directory.operationByCode("serbia").orElseThrow().id();
        UUID gevgelija = location("MK-GEVGELIJA-BCP");
        UUID vinojug = location("MK-GEVGELIJA-TC");
        UUID tabanovce = location("MK-TABANOVCE-TC");
        UUID presevo = location("RS-PRESEVO-OSC");
        Random random = new Random(2015);

        List<Phase> gevgelijaPhases = List.of(
                new Phase(LocalDate.of(2015, 8, 24), LocalDate.of(2015, 11, 15), 1, 1, Unit.POLICE_DEVELOPMENT, false,
                        "Weekly border-area visit at the start of the crisis"),
                new Phase(LocalDate.of(2015, 8, 24), LocalDate.of(2015, 11, 15), 1, 1, Unit.MONITORING, false,
                        "Weekly border-area visit at the start of the crisis"),
                new Phase(LocalDate.of(2015, 11, 16), LocalDate.of(2016, 2, 28), 3, 4, Unit.POLICE_DEVELOPMENT, false,
                        "Monitoring the tightened entry rules at the southern border"),
                new Phase(LocalDate.of(2016, 2, 29), LocalDate.of(2016, 5, 1), 7, 9, Unit.POLICE_DEVELOPMENT, true,
                        "Two PDU teams deployed at Gevgelija after the closure of the route"),
                new Phase(LocalDate.of(2016, 5, 2), LocalDate.of(2016, 9, 25), 1, 2, Unit.POLICE_DEVELOPMENT, false,
                        "Reduced monitoring after the route closed"));
        int count = 0;
        for (Phase phase : gevgelijaPhases) {
            count += visitWeekly(skopjeOfficer, skopje, gevgelija, phase, random);
        }
        added.add(count + " Gevgelija visits");
        int north = visitWeekly(skopjeOfficer, skopje, tabanovce, new Phase(LocalDate.of(2015, 11, 16),
                LocalDate.of(2016, 4, 30), 1, 2, Unit.MONITORING, false, "Monitoring at the northern border"), random);
        added.add(north + " Tabanovce visits");
        int south = visitWeekly(serbiaOfficer, serbia, presevo, new Phase(LocalDate.of(2015, 8, 31),
                LocalDate.of(2016, 4, 30), 2, 3, Unit.MONITORING, false,
                "Southern border monitoring from the Bujanovac office"), random);
        added.add(south + " Preševo visits");

        plan(skopjeFocal, skopje, gevgelija, Unit.POLICE_DEVELOPMENT, 1, "2015-08-24", "2015-11-15", "Weekly PDU visit");
        plan(skopjeFocal, skopje, gevgelija, Unit.MONITORING, 1, "2015-08-24", "2015-11-15", "Weekly MU visit");
        plan(skopjeFocal, skopje, gevgelija, Unit.POLICE_DEVELOPMENT, 3, "2015-11-16", "2016-02-28", "Three to four a week");
        plan(skopjeFocal, skopje, gevgelija, Unit.POLICE_DEVELOPMENT, 8, "2016-02-29", "2016-05-01", "Two PDU teams on a regular basis");
        plan(skopjeFocal, skopje, gevgelija, Unit.POLICE_DEVELOPMENT, 1, "2016-05-02", null, "One or two a week");
        added.add("5 monitoring plans");

        assessments.record(bihOfficer, new PreparednessAssessments.AssessmentDraft(
                directory.operationByCode("bih").orElseThrow().id(), "Brčko District authorities", location("BA-BRCKO"),
                null, LocalDate.of(2015, 10, 15), PreparednessAssessments.Rating.UNPREPARED,
                PreparednessAssessments.ContingencyPlan.NO, PreparednessAssessments.Source.FIRST_HAND,
                "Meetings of the newly deployed human rights officer with local authorities: they are unprepared for "
                        + "a shift of the route towards Bosnia and Herzegovina.", DistributionLevel.OSCE), false);
        assessments.record(kosovoOfficer, new PreparednessAssessments.AssessmentDraft(
                directory.operationByCode("kosovo").orElseThrow().id(), "Kosovo authorities", location("XK-PRISTINA"),
                null, LocalDate.of(2016, 3, 10), PreparednessAssessments.Rating.PARTLY_PREPARED,
                PreparednessAssessments.ContingencyPlan.YES, PreparednessAssessments.Source.AUTHORITIES,
                "The authorities have conceived a kind of emergency plan; the mission did not reinforce its monitoring.",
                DistributionLevel.OSCE), false);
        // Off the route until March 2016 (the article): Albania assessed its authorities when a closure might turn the
        // route towards it (the Heads of Skopje and Albania met in February 2016), without deploying monitors;
        // Montenegro, "business as usual", had only its routine preliminary look of the summer before, more than six
        // months old when the route closed. The alerts' off-route rule reads these when Gevgelija closes.
        assessments.record(albaniaOfficer, new PreparednessAssessments.AssessmentDraft(
                directory.operationByCode("albania").orElseThrow().id(), "Albanian State Police, border and migration",
                location("AL-TIRANA"), "Southern border with Greece", LocalDate.of(2016, 2, 24),
                PreparednessAssessments.Rating.PARTLY_PREPARED, PreparednessAssessments.ContingencyPlan.UNKNOWN,
                PreparednessAssessments.Source.AUTHORITIES,
                "After the Heads' meeting with the Mission to Skopje: the border police are more attentive to "
                        + "cross-border movements; five border points are getting computers; no contingency plan was "
                        + "shown to the presence.", DistributionLevel.OSCE), false);
        assessments.record(montenegroOfficer, new PreparednessAssessments.AssessmentDraft(
                directory.operationByCode("montenegro").orElseThrow().id(), "Border Police of Montenegro",
                location("ME-PODGORICA"), null, LocalDate.of(2015, 7, 15), PreparednessAssessments.Rating.PARTLY_PREPARED,
                PreparednessAssessments.ContingencyPlan.NO, PreparednessAssessments.Source.AUTHORITIES,
                "Routine preliminary assessment: the country is off the route; no further preparation thought needed "
                        + "unless the crisis reaches it.", DistributionLevel.OSCE), false);
        added.add("4 preparedness assessments");

        deployments.record(skopjeFocal, new TemporaryDeployments.DeploymentDraft(skopje, vinojug, 2,
                LocalDate.of(2016, 6, 1), null, TemporaryDeployments.Premises.CONTAINER,
                "Office in a container installed in the camp, to facilitate monitoring at Gevgelija",
                DistributionLevel.OSCE));
        added.add("1 temporary deployment");
        return added;
    }

    /** The internal note of a visit that saw signs of corruption: kept within the operation until verified. */
    static final String INTERNAL_NOTE = "Interpreters reported irregular payments asked at the checkpoint; "
            + "not verified, kept within the mission until the head decides how to raise it.";

    private int visitWeekly(CorridorUser author, UUID operation, UUID location, Phase phase, Random random) {
        int count = 0;
        for (LocalDate week = phase.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                !week.isAfter(phase.to()); week = week.plusWeeks(1)) {
            int visitsThisWeek = phase.minPerWeek() + random.nextInt(phase.maxPerWeek() - phase.minPerWeek() + 1);
            List<Integer> days = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6));
            java.util.Collections.shuffle(days, random);
            // More visits than days (two teams at once) go round the week again.
            for (int i = 0; i < visitsThisWeek; i++) {
                LocalDate day = week.plusDays(days.get(i % days.size()));
                if (day.isBefore(phase.from()) || day.isAfter(phase.to())) {
                    continue;
                }
                boolean overnight = phase.overnightSometimes() && random.nextInt(5) == 0;
                var start = day.atTime(LocalTime.of(7 + random.nextInt(3), 0)).atZone(Region.ZONE).toInstant();
                var end = overnight ? day.plusDays(1).atTime(LocalTime.of(11, 0)).atZone(Region.ZONE).toInstant()
                        : start.plusSeconds(3600L * (6 + random.nextInt(4)));
                Observations observations = observations(day, random);
                // Reported to the Permanent Council: OSCE level; a note on suspected corruption stays internal.
                boolean internal = observations.corruption() == Observations.Corruption.SUSPECTED;
                if (internal) {
                    Observations o = observations;
                    observations = new Observations(o.personsTotal(), o.men(), o.women(), o.children(),
                            o.unaccompaniedMinors(), o.staffing(), o.equipment(), o.corruption(),
                            o.humanitarianConditions(), o.concerns(), INTERNAL_NOTE);
                }
                visits.record(author, new VisitDraft(operation, location, phase.unit(), null, Set.of(author.id()),
                        2 + random.nextInt(2), start, end, phase.purpose(), VisitStatus.COMPLETED, observations,
                        followUps(random, day), internal ? DistributionLevel.OPERATION : DistributionLevel.OSCE), false);
                count++;
            }
        }
        return count;
    }

    /** Persons seen rise with the autumn 2015 flows and fall after the March 2016 closure. */
    private static Observations observations(LocalDate day, Random random) {
        boolean peak = day.isAfter(LocalDate.of(2015, 9, 15)) && day.isBefore(LocalDate.of(2016, 3, 9));
        int total = peak ? 1500 + random.nextInt(4000) : 40 + random.nextInt(300);
        int children = total * (25 + random.nextInt(15)) / 100;
        int women = total * (15 + random.nextInt(10)) / 100;
        int men = total - children - women;
        int minors = children * random.nextInt(8) / 100;
        List<String> concerns = new ArrayList<>();
        if (peak && random.nextBoolean()) {
            concerns.add("overcrowding");
        }
        if (random.nextInt(4) == 0) {
            concerns.add("no interpreters");
        }
        if (!peak && random.nextInt(3) == 0) {
            concerns.add("smuggling indications");
        }
        Observations.Staffing staffing = peak ? (random.nextInt(3) == 0 ? Observations.Staffing.CRITICAL
                : Observations.Staffing.UNDERSTAFFED) : Observations.Staffing.ADEQUATE;
        return new Observations(total, men, women, children, minors, staffing,
                peak && random.nextBoolean() ? Observations.Equipment.LACKING : Observations.Equipment.ADEQUATE,
                random.nextInt(10) == 0 ? Observations.Corruption.SUSPECTED : Observations.Corruption.NONE,
                peak ? 2 + random.nextInt(2) : 3 + random.nextInt(2), concerns, null);
    }

    private static List<FollowUp> followUps(Random random, LocalDate day) {
        return random.nextInt(6) == 0
                ? List.of(new FollowUp("Raise the staffing of the checkpoint with the border police", "Police development unit",
                        day.plusDays(14), day.isBefore(LocalDate.of(2016, 6, 1))))
                : List.of();
    }

    private void plan(CorridorUser focal, UUID operation, UUID location, Unit unit, int target, String from, String to,
            String note) {
        plans.create(focal, new MonitoringPlans.PlanDraft(operation, location, unit, target, LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), note, DistributionLevel.OSCE));
    }

    private UUID location(String code) {
        return directory.locationByCode(code).orElseThrow(
                () -> new IllegalStateException("The directory lacks the location " + code)).id();
    }
}
