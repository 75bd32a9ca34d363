package org.corridor.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.corridor.accounts.DistributionLevel;

/**
 * The report's form, bound by Spring: the new-report page uses its header fields, the editor its header fields and
 * every section, so that whatever was typed comes back on the page when it cannot be saved (a problem, or someone
 * else's save in the meantime). The operation is {@link #REGIONAL} for a regional report, which is why that one choice
 * stays text: it is an operation's id or the region.
 */
class ReportForm {

    /** The operation choice of a regional report, which belongs to no operation. */
    static final String REGIONAL = "regional";

    private String operationId;
    private ReportType type;
    private String title;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private DistributionLevel level;
    private List<UUID> authorIds = new ArrayList<>();
    private long version;
    private List<SectionForm> sections = new ArrayList<>();
    private SectionKind newKind;
    private String newHeading;
    private boolean confirmPersonalData;

    /** One section in the editor; the id is null for a section added since the last save. */
    static class SectionForm {
        private UUID id;
        private SectionKind kind;
        private String heading;
        private String markdown;

        SectionForm() {
        }

        SectionForm(UUID id, SectionKind kind, String heading, String markdown) {
            this.id = id;
            this.kind = kind;
            this.heading = heading;
            this.markdown = markdown;
        }

        /** A section whose kind is none of ours is narrative. */
        Reports.SectionDraft toDraft() {
            return new Reports.SectionDraft(id, kind == null ? SectionKind.NARRATIVE : kind, heading,
                    markdown == null ? "" : markdown);
        }

        /** Generated from the data, so the editor shows its preview and a short introduction instead of its text. */
        public boolean isGenerated() {
            return kind != null && kind.generated();
        }

        public UUID getId() { return id; }
        public void setId(UUID id) { this.id = id; }
        public SectionKind getKind() { return kind; }
        public void setKind(SectionKind kind) { this.kind = kind; }
        public String getHeading() { return heading; }
        public void setHeading(String heading) { this.heading = heading; }
        public String getMarkdown() { return markdown; }
        public void setMarkdown(String markdown) { this.markdown = markdown; }
    }

    /**
     * A new report's form: where the user drafts first, a report of the kind drafted there, shared in the OSCE, of
     * the last whole month, with the user as its author.
     */
    static ReportForm starting(String place, LocalDate today, UUID author) {
        ReportForm form = new ReportForm();
        form.operationId = place;
        form.type = form.regional() ? ReportType.REGIONAL : ReportType.BACKGROUND;
        form.level = DistributionLevel.OSCE;
        form.periodFrom = today.withDayOfMonth(1).minusMonths(1);
        form.periodTo = today.withDayOfMonth(1).minusDays(1);
        form.authorIds.add(author);
        return form;
    }

    static ReportForm of(Reports.ReportView report) {
        ReportForm form = new ReportForm();
        form.operationId = report.operationId() == null ? REGIONAL : report.operationId().toString();
        form.type = report.type();
        form.title = report.title();
        form.periodFrom = report.periodFrom();
        form.periodTo = report.periodTo();
        form.level = report.level();
        form.authorIds = new ArrayList<>(report.authorIds());
        form.version = report.version();
        form.sections = report.sections().stream()
                .map(s -> new SectionForm(s.id(), s.kind(), s.heading(), s.markdown()))
                .collect(Collectors.toCollection(ArrayList::new));
        return form;
    }

    /** The operation chosen: null for a regional report, or for a choice that is none of the page's. */
    UUID operation() {
        try {
            return operationId == null || regional() ? null : UUID.fromString(operationId.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    boolean regional() {
        return REGIONAL.equals(operationId);
    }

    /** The header as bound; a date that did not convert is null, which the report's rules then refuse too. */
    Reports.ReportDraft toDraft() {
        return new Reports.ReportDraft(operation(), type, title, periodFrom, periodTo, level,
                authorIds == null ? List.of() : authorIds.stream().filter(Objects::nonNull).toList(),
                confirmPersonalData);
    }

    /** The sections in their typed order. */
    List<Reports.SectionDraft> sectionDrafts() {
        return sections == null ? List.of() : sections.stream().map(SectionForm::toDraft).toList();
    }

    public String getOperationId() { return operationId; }
    public void setOperationId(String operationId) { this.operationId = operationId; }
    public ReportType getType() { return type; }
    public void setType(ReportType type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public void setPeriodFrom(LocalDate periodFrom) { this.periodFrom = periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public void setPeriodTo(LocalDate periodTo) { this.periodTo = periodTo; }
    public DistributionLevel getLevel() { return level; }
    public void setLevel(DistributionLevel level) { this.level = level; }
    public List<UUID> getAuthorIds() { return authorIds; }
    public void setAuthorIds(List<UUID> authorIds) { this.authorIds = authorIds; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public List<SectionForm> getSections() { return sections; }
    public void setSections(List<SectionForm> sections) { this.sections = sections; }
    public SectionKind getNewKind() { return newKind; }
    public void setNewKind(SectionKind newKind) { this.newKind = newKind; }
    public boolean isConfirmPersonalData() { return confirmPersonalData; }
    public void setConfirmPersonalData(boolean confirmPersonalData) { this.confirmPersonalData = confirmPersonalData; }
    public String getNewHeading() { return newHeading; }
    public void setNewHeading(String newHeading) { this.newHeading = newHeading; }
}
