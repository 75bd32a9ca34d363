package org.corridor.cli;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.directory.Directory;
import org.corridor.flows.Direction;
import org.corridor.flows.FlowCountDraft;
import org.corridor.flows.FlowCounts;
import org.corridor.flows.PeriodKind;
import org.corridor.flows.RouteEvents;
import org.corridor.flows.RouteEvents.Kind;
import org.corridor.flows.RouteEvents.RouteEventDraft;
import org.springframework.stereotype.Component;

/**
 * The 2015–2016 route as flow counts and route events: daily entries at Gevgelija and exits at Tabanovce
 * seen by the Mission to Skopje, entries at Preševo and exits at Horgoš (towards Hungary until 15 September 2015) and
 * Šid (towards Croatia from the 16th) seen by the Mission to Serbia, with UNHCR's entries at Tovarnik, and UNHCR's weekly
 * national totals for both countries; the opening in late summer 2015, Hungary's fence and the Horgoš
 * incidents, Macedonia's tightening from November 2015 to February 2016 and the closure in March 2016.
 * The daily figures follow the shape of the published ones from a fixed seed, so every demo is the same.
 *
 * <p>Levels as the practice goes: the operations' own daily observations are reported within the OSCE (OSCE);
 * UNHCR's weekly national totals are published figures (PUBLIC); the governments' openings, restrictions, closures
 * and policy changes were announced publicly (PUBLIC), while the incidents are as the field operations reported them
 * (OSCE).
 */
@Component
class FlowScenario {

    static final LocalDate FIRST_DAY = LocalDate.of(2015, 8, 20);
    static final LocalDate LAST_DAY = LocalDate.of(2016, 3, 20);

    private final Directory directory;
    private final FlowCounts counts;
    private final RouteEvents events;

    FlowScenario(Directory directory, FlowCounts counts, RouteEvents events) {
        this.directory = directory;
        this.counts = counts;
        this.events = events;
    }

    List<String> load(CorridorUser skopjeOfficer, CorridorUser serbiaOfficer) {
        UUID skopje = operation("skopje");
        UUID serbia = operation("serbia");
        UUID macedonia = directory.countryByIso2("MK").orElseThrow().id();
        UUID serbiaCountry = directory.countryByIso2("RS").orElseThrow().id();
        UUID unhcr = directory.organisations().stream().filter(o -> "UNHCR".equals(o.acronym())).findFirst()
                .orElseThrow().id();
        Random random = new Random(2015);

        List<FlowCountDraft> skopjeCounts = new ArrayList<>();
        List<FlowCountDraft> serbiaCounts = new ArrayList<>();
        Map<LocalDate, Integer> enteringMacedonia = new LinkedHashMap<>();
        Map<LocalDate, Integer> enteringSerbia = new LinkedHashMap<>();
        for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
            int entering = daily(day, random);
            enteringMacedonia.put(day, entering);
            skopjeCounts.add(day(skopje, day, location("MK-GEVGELIJA-BCP"), Direction.ENTRY, entering));
            int leaving = Math.max(0, (int) Math.round(entering * (0.93 + random.nextDouble() * 0.06)));
            skopjeCounts.add(day(skopje, day, location("MK-TABANOVCE-BCP"), Direction.EXIT, leaving));
            int preshevo = Math.max(0, (int) Math.round(leaving * (0.95 + random.nextDouble() * 0.04)));
            serbiaCounts.add(day(serbia, day, location("RS-PRESEVO-OSC"), Direction.ENTRY, preshevo));
            enteringSerbia.put(day, preshevo);
        }
        northernExits(serbia, unhcr, enteringSerbia, serbiaCounts);
        // UNHCR's weekly national totals: counted beside the crossings' figures, never added to them.
        for (LocalDate monday = FIRST_DAY.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                monday.plusDays(6).isBefore(LAST_DAY); monday = monday.plusWeeks(1)) {
            int week = 0;
            for (int d = 0; d < 7; d++) {
                week += enteringMacedonia.get(monday.plusDays(d));
            }
            skopjeCounts.add(week(skopje, monday, macedonia, unhcr, week));
            serbiaCounts.add(week(serbia, monday, serbiaCountry, unhcr, (int) Math.round(week * 0.97)));
        }
        counts.upsert(skopjeOfficer, skopjeCounts);
        counts.upsert(serbiaOfficer, serbiaCounts);

        List<String> added = new ArrayList<>();
        added.add((skopjeCounts.size() + serbiaCounts.size()) + " flow counts");
        routeEvents(macedonia, serbiaCountry).forEach((draft, officerOfSkopje) -> {
            events.record(officerOfSkopje ? skopjeOfficer : serbiaOfficer, draft, false);
            added.add("route event " + draft.title());
        });
        return added;
    }

    /** Hungary closed Horgoš–Röszke on 15 September 2015; from the 16th the route left Serbia at Šid for Croatia. */
    static final LocalDate HUNGARY_CLOSED = LocalDate.of(2015, 9, 15);

    /**
     * Where those who entered Serbia at Preševo left it a day or two later, as the Mission to Serbia observed it: at
     * Horgoš towards Hungary until the fence closed, then at Šid towards Croatia (with UNHCR's count of entries at
     * Tovarnik on the Croatian side). Horgoš carries most of the flow in late August and the first half of
     * September, and almost nobody after the 15th; Šid a few people a day before (the green border), then the
     * flow. Counted until the end of October at Horgoš. A random sequence of its own (seed 2016), so that the counts
     * at Gevgelija, Tabanovce and Preševo stay those every earlier demo had.
     */
    private void northernExits(UUID serbia, UUID unhcr, Map<LocalDate, Integer> enteringSerbia,
            List<FlowCountDraft> serbiaCounts) {
        Random random = new Random(2016);
        UUID horgos = location("RS-HORGOS-BCP");
        UUID sid = location("RS-SID");
        UUID tovarnik = location("HR-TOVARNIK");
        LocalDate lastAtHorgos = LocalDate.of(2015, 10, 31);
        for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
            // A day on the road from Preševo to the northern borders.
            int arriving = enteringSerbia.getOrDefault(day.minusDays(1), enteringSerbia.get(FIRST_DAY));
            boolean open = !day.isAfter(HUNGARY_CLOSED);
            int atHorgos = open ? (int) Math.round(arriving * (0.85 + random.nextDouble() * 0.1)) : random.nextInt(7);
            int atSid = open ? random.nextInt(8) : (int) Math.round(arriving * (0.9 + random.nextDouble() * 0.07));
            int atTovarnik = (int) Math.round(atSid * (0.97 + random.nextDouble() * 0.03));
            if (!day.isAfter(lastAtHorgos)) {
                serbiaCounts.add(day(serbia, day, horgos, Direction.EXIT, atHorgos));
            }
            serbiaCounts.add(day(serbia, day, sid, Direction.EXIT, atSid));
            serbiaCounts.add(source(day(serbia, day, tovarnik, Direction.ENTRY, atTovarnik), unhcr));
        }
    }

    private static FlowCountDraft source(FlowCountDraft d, UUID organisation) {
        return new FlowCountDraft(d.operationId(), d.periodKind(), d.periodStart(), d.periodEnd(), d.countryId(),
                d.locationId(), d.direction(), organisation, d.total(), d.men(), d.women(), d.children(),
                d.unaccompaniedMinors(), d.nationalities(), d.distributionLevel());
    }

    /** Persons a day entering at Gevgelija: a rise to the October 2015 peak, a winter dip, the 2016 restrictions. */
    static int daily(LocalDate day, Random random) {
        double base;
        if (day.isBefore(LocalDate.of(2015, 10, 20))) {
            long sinceStart = ChronoUnit.DAYS.between(FIRST_DAY, day);
            base = 1_500 + sinceStart * 90.0;
        } else if (day.isBefore(LocalDate.of(2015, 11, 19))) {
            base = 7_000 - ChronoUnit.DAYS.between(LocalDate.of(2015, 10, 20), day) * 60.0;
        } else if (day.isBefore(LocalDate.of(2016, 2, 21))) {
            base = 3_000 - ChronoUnit.DAYS.between(LocalDate.of(2015, 11, 19), day) * 15.0;
        } else if (day.isBefore(LocalDate.of(2016, 3, 9))) {
            base = 500;
        } else {
            base = 20;
        }
        return (int) Math.max(0, Math.round(base * (0.8 + random.nextDouble() * 0.4)));
    }

    private FlowCountDraft day(UUID operation, LocalDate day, UUID location, Direction direction, int total) {
        int children = total * 35 / 100;
        return new FlowCountDraft(operation, PeriodKind.DAY, day, day, null, location, direction, null, total,
                total * 45 / 100, total * 20 / 100, children, children / 20, nationalities(total), DistributionLevel.OSCE);
    }

    private FlowCountDraft week(UUID operation, LocalDate monday, UUID country, UUID source, int total) {
        return new FlowCountDraft(operation, PeriodKind.WEEK, monday, monday.plusDays(6), country, null,
                Direction.ENTRY, source, total, null, null, null, null, nationalities(total), DistributionLevel.PUBLIC);
    }

    /** Roughly the published shares: Syrians, Afghans, Iraqis, then everyone else. */
    private static Map<String, Integer> nationalities(int total) {
        Map<String, Integer> shares = new LinkedHashMap<>();
        int syrian = total * 55 / 100;
        int afghan = total * 25 / 100;
        int iraqi = total * 15 / 100;
        shares.put("SYR", syrian);
        shares.put("AFG", afghan);
        shares.put("IRQ", iraqi);
        shares.put("unknown", total - syrian - afghan - iraqi);
        return shares;
    }

    /** Each event with whether the Mission to Skopje (else the Mission to Serbia) recorded it. */
    private Map<RouteEventDraft, Boolean> routeEvents(UUID macedonia, UUID serbiaCountry) {
        UUID skopje = operation("skopje");
        UUID serbia = operation("serbia");
        Map<RouteEventDraft, Boolean> drafts = new LinkedHashMap<>();
        drafts.put(event(skopje, "2015-08-20", macedonia, "MK-GEVGELIJA-BCP", Kind.OPENING,
                "Crisis declared on the southern and northern borders",
                "Macedonia declares a state of crisis at its borders; after a few days of closure, refugees are let "
                        + "through from Gevgelija to Tabanovce by train and bus: the route opens."), true);
        drafts.put(event(serbia, "2015-09-15", serbiaCountry, "RS-HORGOS-BCP", Kind.CLOSURE,
                "Hungary closes its border at Horgoš–Röszke",
                "Hungary completes its fence along the Serbian border; thousands are stranded at Horgoš and the "
                        + "route turns west towards Croatia."), false);
        drafts.put(event(serbia, "2015-09-16", serbiaCountry, "RS-HORGOS-BCP", Kind.INCIDENT,
                "Clashes at the Horgoš crossing",
                "Hungarian police use tear gas and water cannon against people at the closed Horgoš–Röszke "
                        + "crossing; Serbia protests."), false);
        drafts.put(event(skopje, "2015-11-19", macedonia, "MK-GEVGELIJA-BCP", Kind.RESTRICTION,
                "Entry only for Syrians, Afghans and Iraqis",
                "Macedonia, following Serbia, Croatia and Slovenia, lets in only nationals of Syria, Afghanistan and "
                        + "Iraq; others are stranded at Idomeni."), true);
        drafts.put(event(skopje, "2015-11-28", macedonia, "MK-GEVGELIJA-BCP", Kind.POLICY_CHANGE,
                "Fence built along the southern border",
                "The army starts building a fence along the border with Greece near Gevgelija."), true);
        drafts.put(event(skopje, "2016-02-21", macedonia, "MK-GEVGELIJA-BCP", Kind.RESTRICTION,
                "Afghans no longer admitted",
                "Macedonia stops admitting Afghan nationals and asks for documents at Gevgelija; daily entries fall "
                        + "to a few hundred."), true);
        drafts.put(event(skopje, "2016-03-09", macedonia, "MK-GEVGELIJA-BCP", Kind.CLOSURE,
                "The route closes",
                "After Slovenia, Croatia and Serbia, Macedonia closes its border to refugees and migrants without "
                        + "valid documents: the Western Balkans route is closed."), true);
        drafts.put(event(skopje, "2016-03-14", macedonia, "MK-GEVGELIJA", Kind.INCIDENT,
                "Crossing of the Suva Reka river",
                "Some 1,500 people leave Idomeni and cross the river into Macedonia near Gevgelija; most are returned "
                        + "to Greece."), true);
        return drafts;
    }

    private RouteEventDraft event(UUID operation, String day, UUID country, String locationCode, Kind kind,
            String title, String description) {
        // Announced measures were public; incidents are as the field operations reported them.
        DistributionLevel level = kind == Kind.INCIDENT ? DistributionLevel.OSCE : DistributionLevel.PUBLIC;
        return new RouteEventDraft(operation, LocalDate.parse(day), country, location(locationCode), kind, title,
                description, "OSCE field operations' reports, 2015–2016", level);
    }

    private UUID operation(String code) {
        return directory.operationByCode(code).orElseThrow().id();
    }

    private UUID location(String code) {
        return directory.locationByCode(code).orElseThrow(
                () -> new IllegalStateException("The directory lacks the location " + code)).id();
    }
}
