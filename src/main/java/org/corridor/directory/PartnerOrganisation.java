package org.corridor.directory;

import java.util.UUID;

/** An organisation the operations work with; international bodies have no country. */
record PartnerOrganisation(UUID id, String name, String acronym, OrganisationKind kind, UUID countryId,
        String website, long version) {

    PartnerOrganisation withVersion(long newVersion) {
        return new PartnerOrganisation(id, name, acronym, kind, countryId, website, newVersion);
    }
}
