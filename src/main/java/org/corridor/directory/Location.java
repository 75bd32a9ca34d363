package org.corridor.directory;

import java.util.UUID;

/** A place on or near the route: a border crossing, a transit or one-stop centre, a camp, a town. */
record Location(UUID id, String code, String name, LocationKind kind, UUID countryId, double latitude,
        double longitude, String description, long version) {

    Location withVersion(long newVersion) {
        return new Location(id, code, name, kind, countryId, latitude, longitude, description, newVersion);
    }
}
