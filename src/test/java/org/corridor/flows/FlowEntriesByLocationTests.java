package org.corridor.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.corridor.directory.LocationKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Entries per location for the regional overview: sources are not added up, exits are not entries. */
@CorridorTest
class FlowEntriesByLocationTests {

    static final UUID UNHCR = UUID.fromString("783234c2-74cb-4153-8c09-cb6ebadc16b0");

    @Autowired RegionFixture region;
    @Autowired FlowCounts counts;
    @Autowired FlowFigures figures;
    @Autowired JdbcClient jdbc;

    @Test
    void takesTheFullestSourceOfEachLocationsDailyEntries() {
        UUID albania = region.operation("albania");
        CorridorUser focal = region.user("fe.focal", "Focal", Role.FOCAL_POINT, albania);
        UUID place = region.newPlace("AL", LocationKind.BORDER_CROSSING, "Entry test", 41.3, 19.8).id();
        UUID al = region.country("AL");
        record Count(String day, Direction direction, UUID source, int total) {
        }
        for (Count c : List.of(new Count("2004-06-01", Direction.ENTRY, null, 100),
                new Count("2004-06-02", Direction.ENTRY, null, 50), new Count("2004-06-01", Direction.ENTRY, UNHCR, 170),
                new Count("2004-06-01", Direction.EXIT, null, 999))) {
            counts.record(focal, new FlowCountDraft(albania, PeriodKind.DAY, LocalDate.parse(c.day()), null, al, place,
                    c.direction(), c.source(), c.total(), null, null, null, null, Map.of(), DistributionLevel.OSCE));
        }

        var entries = figures.entriesByLocation(focal, LocalDate.parse("2004-06-01"), LocalDate.parse("2004-06-30"));

        assertThat(entries.locations()).filteredOn(l -> l.locationId().equals(place))
                .extracting(FlowFigures.LocationFlow::total).containsExactly(170L);
        assertThat(entries.notSharedByLocation()).doesNotContainKey(place);
    }
}
