package org.corridor.reports;

/**
 * What a section holds: text the authors write, or a part generated from the data for the report's operation and
 * period (through the other modules' public interfaces).
 */
public enum SectionKind {
    NARRATIVE("Narrative"),
    ROUTE_EVENTS("Route events"),
    MONITORING("Monitoring"),
    FLOWS("Flows"),
    ACTIVITIES("Activities"),
    MEETINGS("Meetings, decisions and action points"),
    PREPAREDNESS("Preparedness and temporary deployments");

    private final String defaultHeading;

    SectionKind(String defaultHeading) {
        this.defaultHeading = defaultHeading;
    }

    public String defaultHeading() {
        return defaultHeading;
    }

    public boolean generated() {
        return this != NARRATIVE;
    }
}
