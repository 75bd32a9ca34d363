package org.corridor.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.corridor.directory.Directory;
import org.corridor.flows.FlowFigures.WeekAgainstFourBefore;
import org.corridor.flows.RouteEvents.Kind;
import org.corridor.flows.RouteEvents.RouteEvent;
import org.corridor.flows.RouteEvents.RouteEventDraft;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The region-wide reads the alerts' rules use: every series of the week against the four before, and every closure or
 * restriction, whoever shares what (the alerts show each only to those who read it). Counted in 1993, far from any
 * other test's counts.
 */
@CorridorTest
class AlertFiguresAcrossTheRegionTests {

    static final LocalDate SUNDAY = LocalDate.of(1993, 10, 3);

    @Autowired
    RegionFixture region;

    @Autowired
    FlowCounts counts;

    @Autowired
    FlowFigures figures;

    @Autowired
    RouteEvents events;

    @Autowired
    Directory directory;

    FlowCountDraft day(UUID operation, LocalDate day, String place, Direction direction, UUID source, int total,
            DistributionLevel level) {
        return new FlowCountDraft(operation, PeriodKind.DAY, day, day, null, region.place(place), direction, source,
                total, null, null, null, null, null, level);
    }

    @Test
    void eachSourceDirectionAndPlaceIsASeriesOfItsOwnWithCountsOnBothSidesOfTheWeek() {
        UUID skopje = region.operation("skopje");
        CorridorUser focalPoint = region.user("figures", "Skopje focal point", Role.FOCAL_POINT, skopje);
        UUID unhcr = directory.organisations().stream().filter(o -> "UNHCR".equals(o.acronym())).findFirst()
                .orElseThrow().id();
        List<FlowCountDraft> drafts = new ArrayList<>();
        for (int back = 34; back >= 0; back--) {
            LocalDate day = SUNDAY.minusDays(back);
            drafts.add(day(skopje, day, "MK-TABANOVCE-BCP", Direction.EXIT, null, back >= 7 ? 100 : 10,
                    DistributionLevel.OPERATION));
            drafts.add(day(skopje, day, "MK-TABANOVCE-BCP", Direction.EXIT, unhcr, 200, DistributionLevel.PUBLIC));
            drafts.add(day(skopje, day, "MK-TABANOVCE-BCP", Direction.PRESENT, null, 50, DistributionLevel.OSCE));
            if (back < 7) {
                // Counted in the last week only: nothing to compare with.
                drafts.add(day(skopje, day, "MK-GEVGELIJA-BCP", Direction.ENTRY, null, 70, DistributionLevel.OSCE));
            }
        }
        // Before the four weeks: left out.
        drafts.add(day(skopje, SUNDAY.minusDays(35), "MK-TABANOVCE-BCP", Direction.EXIT, null, 99_999,
                DistributionLevel.OSCE));
        counts.upsert(focalPoint, drafts);

        List<WeekAgainstFourBefore> found = figures.weekAgainstFourBeforeAcrossTheRegion(SUNDAY);

        UUID macedonia = region.country("MK");
        assertThat(found).containsExactly(
                new WeekAgainstFourBefore(macedonia, region.place("MK-TABANOVCE-BCP"), Direction.EXIT, null,
                        PeriodKind.DAY, 70, 7, 2800, 28, Set.of(skopje)),
                new WeekAgainstFourBefore(macedonia, region.place("MK-TABANOVCE-BCP"), Direction.EXIT, unhcr,
                        PeriodKind.DAY, 1400, 7, 5600, 28, Set.of(skopje)));
    }

    @Test
    void closuresAndRestrictionsOfEveryOperationWhateverTheirLevel() {
        UUID skopje = region.operation("skopje");
        CorridorUser officer = region.user("figures", "Skopje officer", Role.OFFICER, skopje);
        LocalDate day = LocalDate.of(1993, 3, 8);
        RouteEvent closure = events.record(officer, new RouteEventDraft(skopje, day, null,
                region.place("MK-GEVGELIJA-BCP"), Kind.CLOSURE, "Closed", null, null, DistributionLevel.OPERATION),
                false);
        RouteEvent restriction = events.record(officer, new RouteEventDraft(skopje, day.plusDays(1), null,
                region.place("MK-GEVGELIJA-BCP"), Kind.RESTRICTION, "Restricted", null, null, DistributionLevel.OSCE),
                false);
        events.record(officer, new RouteEventDraft(skopje, day, null, region.place("MK-GEVGELIJA-BCP"), Kind.INCIDENT,
                "Incident", null, null, DistributionLevel.OSCE), false);

        assertThat(events.closuresAndRestrictionsAcrossTheRegion(day, day.plusDays(1))).extracting(RouteEvent::id)
                .containsExactly(closure.id(), restriction.id());
        assertThat(events.closuresAndRestrictionsAcrossTheRegion(day.plusDays(1), day.plusDays(1)))
                .extracting(RouteEvent::id).containsExactly(restriction.id());
    }
}
