package org.corridor.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Role;
import org.corridor.directory.Directory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The no-double-counting rule of {@link FlowFigures}: a country's figure for a day is the source's national
 * total where it gives one, else the sum of its locations' counts; sources, directions and weekly figures
 * are never added in.
 */
@CorridorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlowFiguresIntegrationTests {

    /** A Monday in a year no other test counts in. */
    static final LocalDate MONDAY = LocalDate.of(1985, 3, 4);

    @Autowired
    RegionFixture region;

    @Autowired
    FlowCounts counts;

    @Autowired
    FlowFigures figures;

    @Autowired
    Directory directory;

    UUID mk;
    UUID gevgelija;
    UUID tabanovce;
    UUID unhcr;
    CorridorUser officer;

    @BeforeAll
    void countsOfOneWeekAtTheMacedonianBorders() {
        UUID skopje = region.operation("skopje");
        mk = region.country("MK");
        gevgelija = region.place("MK-GEVGELIJA-BCP");
        tabanovce = region.place("MK-TABANOVCE-TC");
        unhcr = directory.organisations().stream().filter(o -> "UNHCR".equals(o.acronym())).findFirst().orElseThrow().id();
        officer = region.user("figures", "Figures", Role.OFFICER, skopje);
        counts.upsert(officer, List.of(
                // Monday: UNHCR's national total and its counts at two places: the national total counts.
                count(skopje, PeriodKind.DAY, MONDAY, null, Direction.ENTRY, unhcr, 1000),
                count(skopje, PeriodKind.DAY, MONDAY, gevgelija, Direction.ENTRY, unhcr, 600),
                count(skopje, PeriodKind.DAY, MONDAY, tabanovce, Direction.ENTRY, unhcr, 300),
                // Tuesday: no national total, so the places' sum.
                count(skopje, PeriodKind.DAY, MONDAY.plusDays(1), gevgelija, Direction.ENTRY, unhcr, 500),
                count(skopje, PeriodKind.DAY, MONDAY.plusDays(1), tabanovce, Direction.ENTRY, unhcr, 200),
                // Wednesday: only the national total.
                count(skopje, PeriodKind.DAY, MONDAY.plusDays(2), null, Direction.ENTRY, unhcr, 800),
                // Thursday: one place.
                count(skopje, PeriodKind.DAY, MONDAY.plusDays(3), gevgelija, Direction.ENTRY, unhcr, 400),
                // Other sources, directions and periods, never added to UNHCR's daily entries.
                count(skopje, PeriodKind.DAY, MONDAY, gevgelija, Direction.ENTRY, null, 650),
                count(skopje, PeriodKind.DAY, MONDAY, tabanovce, Direction.EXIT, unhcr, 900),
                count(skopje, PeriodKind.WEEK, MONDAY, null, Direction.ENTRY, unhcr, 7000)));
    }

    FlowCountDraft count(UUID operation, PeriodKind kind, LocalDate start, UUID location, Direction direction,
            UUID source, int total) {
        return new FlowCountDraft(operation, kind, start, null, mk, location, direction, source, total, null, null, null, null, null, null);
    }

    FlowFigures.Series unhcrEntries(FlowFigures.Place place) {
        return figures.series(officer, place, Direction.ENTRY, new FlowFigures.Source(unhcr), MONDAY, MONDAY.plusDays(6));
    }

    @Test
    void aCountryUsesTheNationalTotalWhereThereIsOneAndItsLocationsOnlyWhereThereIsNone() {
        FlowFigures.Series series = unhcrEntries(FlowFigures.Place.country(mk));

        assertThat(series.days()).extracting(FlowFigures.Day::total).containsExactly(1000L, 700L, 800L, 400L, null, null, null);
        assertThat(series.days()).extracting(FlowFigures.Day::national).containsExactly(true, false, true, false, false, false, false);
        assertThat(series.dailySum()).isEqualTo(2900);
    }

    @Test
    void aLocationShowsOnlyItsOwnCountsOfTheChosenSourceAndDirection() {
        FlowFigures.Series series = unhcrEntries(FlowFigures.Place.location(mk, gevgelija));

        assertThat(series.days()).extracting(FlowFigures.Day::total).containsExactly(600L, 500L, null, 400L, null, null, null);
        assertThat(figures.series(officer, FlowFigures.Place.location(mk, gevgelija), Direction.ENTRY,
                FlowFigures.Source.OWN_OBSERVATION, MONDAY, MONDAY).dailySum()).isEqualTo(650);
    }

    @Test
    void weeklyFiguresAreTheirOwnSeriesAsAnAveragePerDayAndNeverAddedToTheDays() {
        FlowFigures.Series series = unhcrEntries(FlowFigures.Place.country(mk));

        assertThat(series.periods()).singleElement().satisfies(week -> {
            assertThat(week.kind()).isEqualTo(PeriodKind.WEEK);
            assertThat(week.total()).isEqualTo(7000);
            assertThat(week.national()).isTrue();
        });
        assertThat(series.days()).extracting(FlowFigures.Day::periodPerDay).containsOnly(1000.0);
    }

    @Test
    void theSevenDayAverageWaitsForFourDaysWithCounts() {
        FlowFigures.Series series = unhcrEntries(FlowFigures.Place.country(mk));

        assertThat(series.days()).extracting(FlowFigures.Day::sevenDayAverage)
                .containsExactly(null, null, null, 725.0, 725.0, 725.0, 725.0);
    }

    @Test
    void theMapSumsEachLocationsDailyCountsOfOneSource() {
        List<FlowFigures.LocationFlow> flows = figures.byLocation(officer, Direction.ENTRY, new FlowFigures.Source(unhcr),
                MONDAY, MONDAY.plusDays(6));

        assertThat(flows).extracting(FlowFigures.LocationFlow::locationId, FlowFigures.LocationFlow::total)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(gevgelija, 1500L),
                        org.assertj.core.groups.Tuple.tuple(tabanovce, 500L));
    }

    @Test
    void theSpanOfAPlaceEndsWithItsLastPeriodEvenWhenALongerOneStartedEarlier() {
        UUID skopje = region.operation("skopje");
        UUID eliamep = directory.organisations().stream().filter(o -> "ELIAMEP".equals(o.acronym())).findFirst()
                .orElseThrow().id();
        counts.upsert(officer, List.of(
                count(skopje, PeriodKind.DAY, MONDAY, tabanovce, Direction.PRESENT, eliamep, 40),
                count(skopje, PeriodKind.DAY, MONDAY.plusDays(10), tabanovce, Direction.PRESENT, eliamep, 50),
                count(skopje, PeriodKind.MONTH, MONDAY.withDayOfMonth(1), tabanovce, Direction.PRESENT, eliamep, 900)));

        LocalDate[] span = figures.span(officer, FlowFigures.Place.location(mk, tabanovce), Direction.PRESENT,
                new FlowFigures.Source(eliamep)).orElseThrow();

        assertThat(span).containsExactly(LocalDate.of(1985, 3, 1), LocalDate.of(1985, 3, 31));
        assertThat(figures.span(officer, FlowFigures.Place.location(mk, tabanovce), Direction.EXIT,
                new FlowFigures.Source(eliamep))).as("no counts, no span").isEmpty();
    }
}
