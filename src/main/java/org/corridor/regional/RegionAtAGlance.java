package org.corridor.regional;

import org.corridor.accounts.CorridorUser;
import org.springframework.stereotype.Service;

/**
 * The regional overview for the period its page opens on (the last twelve months with data the reader reads), for
 * pages outside this module that show the region at a glance, such as the coordinator's start page.
 */
@Service
public class RegionAtAGlance {

    private final RegionalOverview overview;
    private final RegionalPeriod.Defaults defaults;

    RegionAtAGlance(RegionalOverview overview, RegionalPeriod.Defaults defaults) {
        this.overview = overview;
        this.defaults = defaults;
    }

    /** The overview of the last twelve months with data the user reads. */
    public RegionalOverview.Overview lastTwelveMonthsWithData(CorridorUser user) {
        RegionalPeriod period = defaults.of(user);
        return overview.of(user, period.from(), period.to());
    }
}
