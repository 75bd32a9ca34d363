package org.corridor.directory;

import java.util.UUID;

/** A place on the route as other modules see it. */
public record LocationSummary(UUID id, String code, String name, LocationKind kind, String countryIso2,
        String countryName, double latitude, double longitude, String description) {
}
