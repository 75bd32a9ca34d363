package org.corridor.kernel;

import java.time.ZoneId;

/** The region the route crosses: its days and times are written in its local time. */
public final class Region {

    /** Central European time, which every country on the route keeps. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Belgrade");

    private Region() {
    }
}
