package org.corridor.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reports per operation and type for the regional overview, in 2004: counted as the list shows them. */
@CorridorTest
class ReportCountsByTypeTests {

    @Autowired RegionFixture region;
    @Autowired Reports reports;

    @Test
    void countsTheReportsTheUserReadsCoveringThePeriodAndNoDraftForOthers() {
        UUID albania = region.operation("albania");
        CorridorUser officer = region.user("rc.officer", "Officer", Role.OFFICER, albania);
        CorridorUser coordinator = region.user("rc.coord", "Coordinator", Role.REGIONAL_COORDINATOR, null);
        reports.create(officer, new Reports.ReportDraft(albania, ReportType.SPOT, "Spot 2004",
                LocalDate.parse("2004-02-01"), LocalDate.parse("2004-02-03"), DistributionLevel.OSCE,
                List.of(officer.id())));
        reports.create(officer, new Reports.ReportDraft(albania, ReportType.THEMATIC, "Thematic 2003",
                LocalDate.parse("2003-02-01"), LocalDate.parse("2003-12-31"), DistributionLevel.OSCE,
                List.of(officer.id())));

        var own = reports.countsByType(officer, LocalDate.parse("2004-01-01"), LocalDate.parse("2004-12-31"));
        var others = reports.countsByType(coordinator, LocalDate.parse("2004-01-01"), LocalDate.parse("2004-12-31"));

        assertThat(own).filteredOn(c -> c.operationId().equals(albania))
                .containsExactly(new Reports.TypeCount(albania, ReportType.SPOT, 1));
        assertThat(others).as("a draft is not read beyond its team").noneMatch(c -> c.operationId().equals(albania));
    }
}
