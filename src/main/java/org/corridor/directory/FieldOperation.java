package org.corridor.directory;

import java.util.UUID;

/** An OSCE field operation (mission or presence), hosted by one country. */
record FieldOperation(UUID id, String code, String name, UUID hostCountryId, String headOfficeCity, String website,
        long version) {

    FieldOperation withVersion(long newVersion) {
        return new FieldOperation(id, code, name, hostCountryId, headOfficeCity, website, newVersion);
    }
}
