package org.corridor.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.corridor.directory.Directory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The figures another module compares ({@link FlowFigures#placeFigures}, {@link FlowFigures#sourcesWithFigures}):
 * days without a count are null, days and weeks counted by an operation that keeps its figures from the reader are
 * named with that operation, and the sources are those the reader reads. Counts of 1938, no other test's year.
 */
@CorridorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlowFiguresPlaceTests {

    static final LocalDate MONDAY = LocalDate.of(1938, 3, 7);

    @Autowired
    RegionFixture region;
    @Autowired
    FlowCounts counts;
    @Autowired
    FlowFigures figures;
    @Autowired
    Directory directory;

    UUID skopje;
    UUID unhcr;
    FlowFigures.Place gevgelija;
    CorridorUser coordinator;
    CorridorUser delegationReader;

    @BeforeAll
    void countsAtGevgelija() {
        skopje = region.operation("skopje");
        unhcr = directory.organisations().stream().filter(o -> "UNHCR".equals(o.acronym())).findFirst().orElseThrow().id();
        UUID place = region.place("MK-GEVGELIJA-BCP");
        gevgelija = FlowFigures.Place.location(region.country("MK"), place);
        coordinator = region.user("placefigures", "Coordinator", Role.REGIONAL_COORDINATOR, null);
        delegationReader = region.user("placefigures", "Delegation", Role.DELEGATION_READER, null);
        CorridorUser officer = region.user("placefigures", "Officer", Role.OFFICER, skopje);
        // Own observation on Monday and Wednesday (within the OSCE), UNHCR's weekly figure (public).
        counts.upsert(officer, List.of(
                new FlowCountDraft(skopje, PeriodKind.DAY, MONDAY, MONDAY, null, place, Direction.ENTRY, null, 300,
                        null, null, null, null, null, DistributionLevel.OSCE),
                new FlowCountDraft(skopje, PeriodKind.DAY, MONDAY.plusDays(2), null, null, place, Direction.ENTRY,
                        null, 500, null, null, null, null, null, DistributionLevel.OSCE),
                new FlowCountDraft(skopje, PeriodKind.WEEK, MONDAY, MONDAY.plusDays(6), null, place,
                        Direction.ENTRY, unhcr, 2100, null, null, null, null, null, DistributionLevel.PUBLIC)));
    }

    @Test
    void aPlacesDaysAreItsCountsAndNullWhereNobodyCounted() {
        FlowFigures.PlaceFigures own = figures.placeFigures(coordinator, gevgelija, Direction.ENTRY,
                FlowFigures.Source.OWN_OBSERVATION, MONDAY, MONDAY.plusDays(6));

        assertThat(own.series().days()).extracting(FlowFigures.Day::total)
                .containsExactly(300L, null, 500L, null, null, null, null);
        assertThat(own.notSharedBy()).isEmpty();
        assertThat(own.daysNotShared()).isEmpty();
        FlowFigures.PlaceFigures weekly = figures.placeFigures(coordinator, gevgelija, Direction.ENTRY,
                new FlowFigures.Source(unhcr), MONDAY, MONDAY.plusDays(6));
        assertThat(weekly.series().periods()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(PeriodKind.WEEK);
            assertThat(p.total()).isEqualTo(2100);
        });
    }

    @Test
    void countsKeptFromTheReaderAreNamedWithTheirDaysNeverAddedAsZero() {
        FlowFigures.PlaceFigures own = figures.placeFigures(delegationReader, gevgelija, Direction.ENTRY,
                FlowFigures.Source.OWN_OBSERVATION, MONDAY, MONDAY.plusDays(6));

        assertThat(own.series().days()).allSatisfy(day -> assertThat(day.total()).isNull());
        assertThat(own.notSharedBy()).containsExactly(skopje);
        assertThat(own.daysNotShared()).containsExactlyInAnyOrder(MONDAY, MONDAY.plusDays(2));
        FlowFigures.PlaceFigures weekly = figures.placeFigures(delegationReader, gevgelija, Direction.ENTRY,
                new FlowFigures.Source(unhcr), MONDAY, MONDAY.plusDays(6));
        assertThat(weekly.series().periods()).as("UNHCR's public weekly figure is the reader's").hasSize(1);
        assertThat(weekly.weeksNotShared()).isEmpty();
    }

    @Test
    void theSourcesAreThoseWithFiguresTheReaderReadsOwnObservationFirst() {
        assertThat(figures.sourcesWithFigures(coordinator, gevgelija, Direction.ENTRY, MONDAY, MONDAY.plusDays(6)))
                .containsExactly(FlowFigures.Source.OWN_OBSERVATION, new FlowFigures.Source(unhcr));
        assertThat(figures.sourcesWithFigures(delegationReader, gevgelija, Direction.ENTRY, MONDAY,
                MONDAY.plusDays(6))).containsExactly(new FlowFigures.Source(unhcr));
        assertThat(figures.sourcesWithFigures(coordinator, gevgelija, Direction.EXIT, MONDAY, MONDAY.plusDays(6)))
                .isEmpty();
    }
}
