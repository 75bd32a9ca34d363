package org.corridor.cli;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DemoAccounts;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Membership;
import org.corridor.accounts.UserAccounts;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OrganisationSummary;
import org.corridor.liaison.ActionPointStatus;
import org.corridor.liaison.ActionPoints;
import org.corridor.liaison.ActionPoints.ActionPointDraft;
import org.corridor.liaison.Meeting;
import org.corridor.liaison.MeetingDraft;
import org.corridor.liaison.MeetingKind;
import org.corridor.liaison.MeetingSeries;
import org.corridor.liaison.MeetingSeries.SeriesDraft;
import org.corridor.liaison.Meetings;
import org.springframework.stereotype.Component;

/**
 * The article's liaison, as records: the weekly coordination meetings in Skopje with the government,
 * UN agencies and NGOs from autumn 2015 (a series), UNHCR's briefings in Serbia, Montenegro's regular
 * meetings only after the route closed in March 2016, the Heads of the Missions to Serbia and Skopje
 * visiting Preševo and Tabanovce together in November 2015, the Heads of Skopje and Albania agreeing in
 * February 2016 to explore joint working-level meetings, and the regional law-enforcement meetings.
 *
 * <p>Levels as the OSCE's practice suggests: what was reported to the Permanent Council (the regional
 * law-enforcement meetings, the Heads' joint visit, the Heads of Skopje and Albania) and Montenegro's meetings at
 * OSCE level; Skopje's weekly coordination notes stay in the operation (the Secretariat sees how often it met whom,
 * as figures); UNHCR's briefings in Serbia, on UNHCR's public figures, go to the participating States.
 */
@Component
class LiaisonScenario {

    private final Directory directory;
    private final UserAccounts accounts;
    private final Meetings meetings;
    private final MeetingSeries series;
    private final ActionPoints actionPoints;

    LiaisonScenario(Directory directory, UserAccounts accounts, Meetings meetings, MeetingSeries series,
            ActionPoints actionPoints) {
        this.directory = directory;
        this.accounts = accounts;
        this.meetings = meetings;
        this.series = series;
        this.actionPoints = actionPoints;
    }

    /** Nothing of the liaison scenario exists yet: none of Skopje's meetings is recorded. */
    boolean missing(CorridorUser skopjeOfficer) {
        return meetings.list(skopjeOfficer, Meetings.MeetingFilter.ANY, 0, 1).totalItems() == 0;
    }

    List<String> load(CorridorUser skopjeOfficer, CorridorUser skopjeFocal, CorridorUser serbiaOfficer) {
        List<String> added = new ArrayList<>();
        UUID skopje = operation("skopje");
        UUID serbia = operation("serbia");
        UUID albania = operation("albania");
        UUID montenegro = operation("montenegro");
        // The demo accounts stop at the route's core; the operations further off get an officer here.
        CorridorUser montenegroOfficer = officer("officer.montenegro", "Milena Officer", montenegro);
        CorridorUser albaniaOfficer = officer("officer.albania", "Arben Officer", albania);

        UUID unhcr = organisation("UNHCR");
        UUID unicef = organisation("UNICEF");
        UUID iom = organisation("IOM");
        UUID saveTheChildren = organisationNamed("Save the Children");
        UUID redCross = organisationNamed("Red Cross of the Republic of North Macedonia");
        UUID myla = organisation("MYLA");
        UUID mvr = organisation("MVR");
        UUID mup = organisation("MUP");
        UUID asp = organisation("ASP");
        UUID brcko = organisationNamed("Brčko District Police");
        UUID tntd = organisation("TNTD");

        // Weekly coordination in Skopje: government, UN agencies and NGOs, Wednesdays at 10:00 local time.
        MeetingSeries.Series weekly = series.create(skopjeOfficer, new SeriesDraft(skopje, MeetingKind.COORDINATION,
                "Weekly coordination meeting on the refugee and migrant situation", DayOfWeek.WEDNESDAY,
                LocalTime.of(10, 0), 90, LocalDate.of(2015, 9, 2), LocalDate.of(2016, 6, 29), null,
                "Skopje, Ministry of Internal Affairs", mvr, List.of(), List.of(mvr, unhcr, unicef, saveTheChildren,
                        redCross, myla), DistributionLevel.OPERATION));
        List<Meeting> occurrences = meetings.list(skopjeOfficer,
                new Meetings.MeetingFilter(skopje, MeetingKind.COORDINATION, null, weekly.firstDay(), weekly.lastDay()),
                0, 500).items().stream().filter(m -> weekly.id().equals(m.seriesId())).toList();
        added.add("series " + weekly.title() + " (" + occurrences.size() + " meetings)");
        for (Meeting m : occurrences) {
            LocalDate day = m.occurrenceDay();
            if (day.equals(LocalDate.of(2015, 12, 30))) {
                meetings.cancel(skopjeOfficer, m.id(), m.version(), true); // the holidays
            } else if (day.equals(LocalDate.of(2016, 3, 9))) {
                // The week the route closed: moved to the afternoon, with the border situation as its topic.
                meetings.update(skopjeOfficer, m.id(), m.version(), new MeetingDraft(skopje, m.kind(), m.title(), day,
                        LocalTime.of(14, 0), LocalTime.of(16, 0), null, m.place(), mvr, List.of(),
                        m.organisationIds(), List.of(skopjeOfficer.id()), "Closure of the route at Gevgelija; people stranded at Idomeni",
                        "Extraordinary session after the closure of the northern and southern borders.",
                        List.of("Daily exchange of figures on people stranded at the southern border"),
                        DistributionLevel.OPERATION, true));
            }
        }

        // UNHCR's briefings in Serbia: the first Thursday of each month.
        for (LocalDate month = LocalDate.of(2015, 9, 1); month.isBefore(LocalDate.of(2016, 7, 1));
                month = month.plusMonths(1)) {
            LocalDate day = month.with(TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY));
            meetings.create(serbiaOfficer, new MeetingDraft(serbia, MeetingKind.BRIEFING,
                    "UNHCR briefing on the refugee and migrant situation in Serbia", day, LocalTime.of(11, 0),
                    LocalTime.of(12, 30), null, "Belgrade, UNHCR office", unhcr, List.of(), List.of(unhcr, mup, iom),
                    List.of(serbiaOfficer.id()), "Arrivals at Preševo; reception capacity; winterisation", null,
                    List.of(), DistributionLevel.PARTICIPATING_STATES, true));
        }
        added.add("UNHCR briefings in Serbia");

        // Montenegro held regular meetings only once the route had closed, from April 2016.
        for (LocalDate day = LocalDate.of(2016, 4, 6); day.isBefore(LocalDate.of(2016, 7, 1)); day = day.plusWeeks(2)) {
            meetings.create(montenegroOfficer, new MeetingDraft(montenegro, MeetingKind.COORDINATION,
                    "Regular meeting on a possible shift of the route", day, LocalTime.of(10, 0), LocalTime.of(11, 30),
                    null, "Podgorica", null, List.of(), List.of(unhcr, iom), List.of(montenegroOfficer.id()),
                    "Preparedness should the route shift towards Montenegro", null, List.of(), DistributionLevel.OSCE,
                    true));
        }
        added.add("Montenegro's regular meetings from April 2016");

        // The Heads of the Missions to Serbia and Skopje at Preševo and Tabanovce, the same day.
        LocalDate jointDay = LocalDate.of(2015, 11, 18);
        meetings.create(serbiaOfficer, new MeetingDraft(serbia, MeetingKind.JOINT_VISIT,
                "Joint visit of the Heads of the Missions to Serbia and Skopje to Preševo", jointDay,
                LocalTime.of(9, 0), LocalTime.of(12, 0), location("RS-PRESEVO-OSC"), null, null, List.of(skopje),
                List.of(unhcr, mup), List.of(serbiaOfficer.id()), "Registration and reception at the one-stop centre",
                null, List.of("Exchange monitoring findings on both sides of the border"),
                DistributionLevel.OSCE, true));
        Meeting tabanovce = meetings.create(skopjeOfficer, new MeetingDraft(skopje, MeetingKind.JOINT_VISIT,
                "Joint visit of the Heads of the Missions to Serbia and Skopje to Tabanovce", jointDay,
                LocalTime.of(14, 0), LocalTime.of(17, 0), location("MK-TABANOVCE-TC"), null, null, List.of(serbia),
                List.of(unhcr, mvr, redCross), List.of(skopjeOfficer.id()),
                "Conditions at the transit centre; the walk to Miratovac", null,
                List.of("Exchange monitoring findings on both sides of the border"),
                DistributionLevel.OSCE, true));
        actionPoints.create(skopjeOfficer, new ActionPointDraft(tabanovce.id(), skopje,
                "Share the visit's findings with the Mission to Serbia", null, skopjeOfficer.id(),
                LocalDate.of(2015, 11, 30), ActionPointStatus.DONE));
        added.add("joint visit of the Heads to Preševo and Tabanovce");

        // The Heads of Skopje and Albania, February 2016.
        Meeting heads = meetings.create(skopjeOfficer, new MeetingDraft(skopje, MeetingKind.BILATERAL,
                "Heads of the Mission to Skopje and the Presence in Albania", LocalDate.of(2016, 2, 17),
                LocalTime.of(11, 0), LocalTime.of(13, 0), null, "Skopje", null, List.of(albania), List.of(),
                List.of(), "Co-operation should the route shift west", null,
                List.of("Explore joint working-level meetings between the two field operations"),
                DistributionLevel.OSCE, true));
        actionPoints.create(skopjeFocal, new ActionPointDraft(heads.id(), skopje,
                "Explore joint working-level meetings with the Presence in Albania", null, skopjeFocal.id(),
                LocalDate.of(2016, 4, 30), ActionPointStatus.OPEN));
        actionPoints.create(skopjeFocal, new ActionPointDraft(heads.id(), skopje,
                "Share the Presence's contingency planning should the route shift west", null, null,
                LocalDate.of(2016, 3, 15), ActionPointStatus.OPEN, albania));
        actionPoints.create(albaniaOfficer, new ActionPointDraft(heads.id(), albania,
                "Propose dates for a first working-level meeting", null, albaniaOfficer.id(),
                LocalDate.of(2016, 3, 31), ActionPointStatus.OPEN));
        added.add("meeting of the Heads of Skopje and Albania, with its action points");

        // Regional meetings of law-enforcement authorities. The article: co-operation between the operations was
        // informal and ad hoc, mainly Serbia with Skopje; the April 2016 meetings were Hungary's initiative, joined by
        // Serbia and Macedonia. So the Mission to Skopje is the only other operation at them, not all six.
        for (LocalDate day : List.of(LocalDate.of(2015, 12, 8), LocalDate.of(2016, 4, 19))) {
            meetings.create(serbiaOfficer, new MeetingDraft(serbia, MeetingKind.REGIONAL_LAW_ENFORCEMENT,
                    "Regional meeting of law-enforcement authorities on migrant smuggling", day, LocalTime.of(9, 30),
                    LocalTime.of(17, 0), null, "Belgrade", tntd, List.of(skopje), List.of(tntd, mup, mvr, asp, brcko),
                    List.of(serbiaOfficer.id()), "Smuggling networks along the route; information exchange", null,
                    List.of("Name contact points for cross-border information exchange"), DistributionLevel.OSCE,
                    true));
        }
        added.add("regional law-enforcement meetings");
        return added;
    }

    private CorridorUser officer(String username, String displayName, UUID operation) {
        return accounts.findByUsername(username).orElseGet(() -> accounts.create(username, displayName,
                DemoAccounts.PASSWORD, List.of(Membership.officer(operation))));
    }

    private UUID operation(String code) {
        return directory.operationByCode(code).orElseThrow().id();
    }

    private UUID location(String code) {
        return directory.locationByCode(code).map(LocationSummary::id)
                .orElseThrow(() -> new IllegalStateException("The directory lacks the location " + code));
    }

    private UUID organisation(String acronym) {
        return directory.organisations().stream().filter(o -> acronym.equals(o.acronym()))
                .map(OrganisationSummary::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("The directory lacks the organisation " + acronym));
    }

    private UUID organisationNamed(String name) {
        return directory.organisations().stream().filter(o -> name.equals(o.name()))
                .map(OrganisationSummary::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("The directory lacks the organisation " + name));
    }
}
