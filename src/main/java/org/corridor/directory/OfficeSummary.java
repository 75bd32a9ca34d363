package org.corridor.directory;

import java.util.UUID;

/** An office of a field operation; coordinates may be unknown. */
public record OfficeSummary(UUID id, UUID operationId, String name, String city, boolean headOffice, Double latitude,
        Double longitude) {
}
