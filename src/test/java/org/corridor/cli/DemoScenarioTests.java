package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.corridor.DemoAsLoadedTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.UserAccounts;
import org.corridor.flows.Direction;
import org.corridor.flows.FlowCount;
import org.corridor.flows.FlowCounts;
import org.corridor.flows.FlowFilter;
import org.corridor.flows.PeriodKind;
import org.corridor.flows.RouteEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo scenario as a user meets it: the route's flows and events are there, and loading again adds nothing. */
@DemoAsLoadedTest
class DemoScenarioTests {

    @Autowired
    RegionFixture region;

    @Autowired
    DemoScenario scenario;

    @Autowired
    UserAccounts accounts;

    @Autowired
    FlowCounts counts;

    @Autowired
    RouteEvents events;

    @Test
    void theRouteOpensPeaksInOctoberAndClosesInMarch2016() {
        CorridorUser viewer = accounts.findByUsername("viewer").orElseThrow();
        var gevgelija = region.place("MK-GEVGELIJA-BCP");

        int october = enteringGevgelija(viewer, gevgelija, LocalDate.of(2015, 10, 20));
        int april = enteringGevgelija(viewer, gevgelija, LocalDate.of(2016, 3, 20));
        assertThat(october).isGreaterThan(4_000);
        assertThat(april).isLessThan(100);

        List<String> titles = events.list(viewer, null, null, LocalDate.of(2015, 1, 1), LocalDate.of(2016, 12, 31))
                .stream().map(RouteEvents.RouteEvent::title).toList();
        assertThat(titles).contains("Crisis declared on the southern and northern borders",
                "Clashes at the Horgoš crossing", "Entry only for Syrians, Afghans and Iraqis", "The route closes");
    }

    @Test
    void loadingTheScenarioAgainAddsNothing() {
        assertThat(scenario.load()).isEmpty();
    }

    private int enteringGevgelija(CorridorUser user, java.util.UUID location, LocalDate day) {
        FlowFilter filter = new FlowFilter(null, null, location, Direction.ENTRY, null, false, PeriodKind.DAY, day, day);
        return counts.list(user, filter, 0, 10).items().stream().mapToInt(FlowCount::total).sum();
    }
}
