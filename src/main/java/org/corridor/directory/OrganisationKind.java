package org.corridor.directory;

/** What kind of body a partner organisation is; the schema's check constraint lists the same values. */
public enum OrganisationKind {
    UN_AGENCY,
    INTERNATIONAL_ORGANISATION,
    INGO,
    NGO,
    NATIONAL_AUTHORITY,
    OSCE_STRUCTURE,
    EU
}
