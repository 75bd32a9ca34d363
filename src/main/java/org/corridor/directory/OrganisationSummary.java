package org.corridor.directory;

import jakarta.annotation.Nullable;
import java.util.UUID;

/** A partner organisation as other modules see it; the country is null for international bodies. */
public record OrganisationSummary(UUID id, String name, @Nullable String acronym, OrganisationKind kind, @Nullable String countryIso2,
        @Nullable String countryName, @Nullable String website) {

    /** "UNHCR" where there is an acronym, else the name: what lists and meeting minutes show. */
    public String shortName() {
        return acronym == null || acronym.isBlank() ? name : acronym;
    }
}
