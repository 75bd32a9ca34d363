package org.corridor.directory;

import java.util.UUID;

/** A country or territory as other modules see it; {@code onRoute} marks the states the route crossed. */
public record CountrySummary(UUID id, String iso2, String iso3, String name, boolean onRoute) {
}
