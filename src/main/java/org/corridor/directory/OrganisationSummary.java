package org.corridor.directory;

import java.util.UUID;

/** A partner organisation as other modules see it; the country is null for international bodies. */
public record OrganisationSummary(UUID id, String name, String acronym, OrganisationKind kind, String countryIso2,
        String countryName, String website) {

    /** "UNHCR" where there is an acronym, else the name: what lists and meeting minutes show. */
    public String shortName() {
        return acronym == null || acronym.isBlank() ? name : acronym;
    }
}
