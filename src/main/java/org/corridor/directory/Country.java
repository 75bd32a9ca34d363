package org.corridor.directory;

import java.util.UUID;

/** A country or territory (ISO 3166; Kosovo has the user-assigned XK/XKX). */
record Country(UUID id, String iso2, String iso3, String name, boolean onRoute, long version) {

    Country withVersion(long newVersion) {
        return new Country(id, iso2, iso3, name, onRoute, newVersion);
    }

    CountrySummary summary() {
        return new CountrySummary(id, iso2, iso3, name, onRoute);
    }
}
