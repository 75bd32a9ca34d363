package org.corridor.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.corridor.directory.Directory;
import org.corridor.flows.FlowFigures.CountryFigure;
import org.corridor.flows.FlowFigures.PeriodFlows;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A report's period of flows: each country's figures by direction and source, a national total where the source
 * gives one and never added to its locations' counts, only periods wholly inside the report's period, and the
 * operations whose figures the reader may not read named instead of counted as zero.
 */
@CorridorTest
class PeriodFlowsTests {

    /** A month no other test uses. */
    static final LocalDate FIRST = LocalDate.of(1914, 6, 1);

    @Autowired
    RegionFixture region;

    @Autowired
    FlowCounts counts;

    @Autowired
    FlowFigures figures;

    @Autowired
    Directory directory;

    FlowCountDraft day(UUID operation, LocalDate on, UUID country, UUID location, Direction direction, int total) {
        return new FlowCountDraft(operation, null, on, null, country, location, direction, null, total, null, null,
                null, null, null, DistributionLevel.OSCE);
    }

    @Test
    void aCountrysFiguresAreItsNationalTotalOrItsLocationsSumWithinThePeriod() {
        UUID skopje = region.operation("skopje");
        UUID macedonia = region.country("MK");
        CorridorUser officer = region.user("periodflows", "Officer", Role.OFFICER, skopje);
        counts.record(officer, day(skopje, FIRST, null, region.place("MK-GEVGELIJA-BCP"), Direction.ENTRY, 100));
        counts.record(officer, day(skopje, FIRST, null, region.place("MK-TABANOVCE-BCP"), Direction.ENTRY, 20));
        counts.record(officer, day(skopje, FIRST.plusDays(1), null, region.place("MK-GEVGELIJA-BCP"),
                Direction.ENTRY, 50));
        counts.record(officer, day(skopje, FIRST.plusDays(1), macedonia, null, Direction.ENTRY, 70));
        counts.record(officer, day(skopje, FIRST.plusDays(1), null, region.place("MK-TABANOVCE-BCP"),
                Direction.EXIT, 40));
        counts.record(officer, day(skopje, FIRST.plusDays(40), null, region.place("MK-GEVGELIJA-BCP"),
                Direction.ENTRY, 999));

        PeriodFlows flows = figures.periodFlows(officer, macedonia, FIRST, FIRST.plusDays(29));

        assertThat(flows.figures()).extracting(CountryFigure::direction, CountryFigure::start, CountryFigure::total,
                CountryFigure::national).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Direction.ENTRY, FIRST, 120L, false),
                        org.assertj.core.groups.Tuple.tuple(Direction.ENTRY, FIRST.plusDays(1), 70L, true),
                        org.assertj.core.groups.Tuple.tuple(Direction.EXIT, FIRST.plusDays(1), 40L, false));
        assertThat(flows.notShared()).isEmpty();
    }

    @Test
    void aDelegationReaderIsToldWhichOperationsDoNotShareTheirFigures() {
        UUID serbia = region.operation("serbia");
        UUID serbiaCountry = region.country("RS");
        CorridorUser officer = region.user("periodflows", "Officer", Role.OFFICER, serbia);
        counts.record(officer, day(serbia, FIRST.plusDays(3), null, region.place("RS-PRESEVO-OSC"),
                Direction.ENTRY, 300));
        CorridorUser delegation = region.user("periodflows", "Delegation", Role.DELEGATION_READER, null);

        PeriodFlows flows = figures.periodFlows(delegation, serbiaCountry, FIRST, FIRST.plusDays(29));

        assertThat(flows.figures()).isEmpty();
        assertThat(flows.notShared()).containsExactly(serbia);
    }
}
