package org.corridor.directory;

/** What kind of place a location is; the schema's check constraint lists the same values. */
public enum LocationKind {
    BORDER_CROSSING,
    TRANSIT_CENTRE,
    ONE_STOP_CENTRE,
    CAMP,
    TOWN,
    OFFICE
}
