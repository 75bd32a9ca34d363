package org.corridor.reports;

import java.util.List;

/**
 * The kinds of report the field operations and the Secretariat write, each starting from a template of sections
 * (which the authors may then add to, remove from and reorder).
 */
public enum ReportType {
    SPOT("Spot report", List.of(
            TemplateSection.narrative("What happened"),
            TemplateSection.of(SectionKind.ROUTE_EVENTS, "Route events"),
            TemplateSection.narrative("Assessment and next steps"))),
    BACKGROUND("Background report", List.of(
            TemplateSection.narrative("Situation"),
            TemplateSection.narrative("Host-country response"),
            TemplateSection.narrative("Regional implications"),
            TemplateSection.narrative("Challenges and threats"),
            TemplateSection.narrative("Our activities"),
            TemplateSection.of(SectionKind.FLOWS, "Flows"),
            TemplateSection.of(SectionKind.MONITORING, "Monitoring"),
            TemplateSection.of(SectionKind.ACTIVITIES, "Activities by response area"))),
    ACTIVITY_UPDATE("Activity update", List.of(
            TemplateSection.narrative("Summary"),
            TemplateSection.of(SectionKind.ROUTE_EVENTS, "Timeline of events"),
            TemplateSection.of(SectionKind.ACTIVITIES, "Activities by response area"),
            TemplateSection.of(SectionKind.MEETINGS, "Meetings, decisions and action points"))),
    THEMATIC("Thematic report", List.of(
            TemplateSection.narrative("Introduction"),
            TemplateSection.narrative("Findings"),
            TemplateSection.of(SectionKind.MONITORING, "Monitoring"),
            TemplateSection.narrative("Recommendations"))),
    REGIONAL("Regional report", List.of(
            TemplateSection.narrative("Overview"),
            TemplateSection.of(SectionKind.ENGAGEMENT, "Engagement of the field operations"),
            TemplateSection.of(SectionKind.GAPS, "Gaps"),
            TemplateSection.of(SectionKind.CO_OPERATION, "Co-operation between operations"),
            TemplateSection.of(SectionKind.RECONCILIATION, "Cross-border reconciliation"),
            TemplateSection.of(SectionKind.FLOWS, "Flows along the route"),
            TemplateSection.of(SectionKind.ROUTE_EVENTS, "Route events"),
            TemplateSection.of(SectionKind.OPERATION_SUMMARIES, "Summary per operation"),
            TemplateSection.narrative("Outlook")));

    /** A section a new report of this type starts with. */
    public record TemplateSection(SectionKind kind, String heading) {
        static TemplateSection narrative(String heading) {
            return new TemplateSection(SectionKind.NARRATIVE, heading);
        }

        static TemplateSection of(SectionKind kind, String heading) {
            return new TemplateSection(kind, heading);
        }
    }

    private final String label;
    private final List<TemplateSection> template;

    ReportType(String label, List<TemplateSection> template) {
        this.label = label;
        this.template = template;
    }

    public String label() {
        return label;
    }

    public List<TemplateSection> template() {
        return template;
    }

    /** A regional report belongs to no operation; every other type to exactly one. */
    public boolean regional() {
        return this == REGIONAL;
    }
}
