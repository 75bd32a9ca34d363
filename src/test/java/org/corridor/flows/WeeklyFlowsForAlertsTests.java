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
import org.corridor.directory.LocationKind;
import org.corridor.flows.FlowFigures.LocationWeek;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The read the alerts' flows-without-monitoring rule makes across the region: each location's week, its largest
 * series (sources and directions count the same people: never added), whatever the counts' levels. A location of its
 * own, in 1985.
 */
@CorridorTest
class WeeklyFlowsForAlertsTests {

    static final LocalDate MONDAY = LocalDate.of(1985, 4, 1);

    @Autowired
    RegionFixture region;

    @Autowired
    FlowCounts counts;

    @Autowired
    FlowFigures figures;

    @Autowired
    Directory directory;

    @Test
    void eachLocationWeekGivesItsLargestSeriesAndTheOperationsThatCountedThere() {
        UUID location = region.newPlace("RS", LocationKind.BORDER_CROSSING, "Flow crossing", 44.1, 21.5).id();
        UUID serbia = region.operation("serbia");
        UUID skopje = region.operation("skopje");
        CorridorUser serbian = region.user("wkflow", "Serbian focal point", Role.FOCAL_POINT, serbia);
        CorridorUser macedonian = region.user("wkflow", "Skopje focal point", Role.FOCAL_POINT, skopje);
        UUID unhcr = directory.organisations().stream().filter(o -> "UNHCR".equals(o.acronym())).findFirst()
                .orElseThrow().id();
        List<FlowCountDraft> own = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            own.add(day(serbia, MONDAY.plusDays(d), location, Direction.EXIT, null, 100));
            own.add(day(serbia, MONDAY.plusDays(d), location, Direction.ENTRY, null, 90));
            own.add(day(serbia, MONDAY.plusDays(d), location, Direction.PRESENT, null, 5000));
        }
        own.add(day(serbia, MONDAY.plusWeeks(2), location, Direction.ENTRY, null, 30));
        counts.upsert(serbian, own);
        counts.upsert(macedonian, List.of(day(skopje, MONDAY.plusDays(2), location, Direction.EXIT, unhcr, 650)));

        List<LocationWeek> weeks = figures.weeklyFlowsAtLocationsAcrossTheRegion(MONDAY.plusDays(3),
                        MONDAY.plusWeeks(3)).stream().filter(w -> w.locationId().equals(location)).toList();

        UUID country = region.country("RS");
        assertThat(weeks).containsExactly(
                new LocationWeek(country, location, MONDAY, 700, Direction.EXIT, null, Set.of(serbia, skopje)),
                new LocationWeek(country, location, MONDAY.plusWeeks(2), 30, Direction.ENTRY, null, Set.of(serbia)));
        assertThat(figures.weeklyFlowsAtLocationsAcrossTheRegion(MONDAY.plusDays(3), MONDAY.plusWeeks(3), location))
                .as("at one place alone").isEqualTo(weeks);
    }

    static FlowCountDraft day(UUID operation, LocalDate day, UUID location, Direction direction, UUID source,
            int total) {
        return new FlowCountDraft(operation, PeriodKind.DAY, day, day, null, location, direction, source, total, null,
                null, null, null, null, DistributionLevel.OPERATION);
    }
}
