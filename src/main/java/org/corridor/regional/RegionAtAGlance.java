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

    /**
     * The region at a glance over the last twelve months with data the user reads: the start page's card, which opens
     * on every visit, so it reads only what it shows (the whole overview took 420 ms on three years of generated data).
     */
    public RegionalOverview.Glance lastTwelveMonthsWithData(CorridorUser user) {
        RegionalPeriod period = defaults.of(user);
        return overview.glance(user, period.from(), period.to());
    }
}
