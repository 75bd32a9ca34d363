package org.corridor.directory;

import java.util.UUID;

/** A field operation as other modules see it. */
public record OperationSummary(UUID id, String code, String name, String hostCountryIso2, String headOfficeCity) {
}
