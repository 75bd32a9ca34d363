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
    PREPAREDNESS("Preparedness and temporary deployments"),
    // Drawn from the regional picture, for a regional report only: what no operation's report can show.
    ENGAGEMENT("Engagement of the field operations"),
    GAPS("Gaps"),
    CO_OPERATION("Co-operation between operations"),
    RECONCILIATION("Cross-border reconciliation"),
    OPERATION_SUMMARIES("Summary per operation");

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

    /** Whether the section compares operations with each other: a regional report's alone. */
    public boolean regionalOnly() {
        return switch (this) {
            case ENGAGEMENT, GAPS, CO_OPERATION, RECONCILIATION, OPERATION_SUMMARIES -> true;
            default -> false;
        };
    }

    /** Whether a report of this type may hold the section. */
    public boolean fits(ReportType type) {
        return !regionalOnly() || type.regional();
    }
}
