package org.corridor.directory;

import java.util.UUID;

/** An office of a field operation; an operation has one head office and any number of field offices. */
record Office(UUID id, UUID operationId, String name, String city, boolean headOffice, Double latitude,
        Double longitude, long version) {

    Office withVersion(long newVersion) {
        return new Office(id, operationId, name, city, headOffice, latitude, longitude, newVersion);
    }

    Office asFieldOffice() {
        return new Office(id, operationId, name, city, false, latitude, longitude, version);
    }

    OfficeSummary summary() {
        return new OfficeSummary(id, operationId, name, city, headOffice, latitude, longitude);
    }
}
