package org.corridor.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.corridor.accounts.DistributionLevel;
import org.corridor.kernel.BoundDates;
import org.corridor.kernel.FormValues;
import org.corridor.kernel.Problem;
import org.springframework.validation.BindingResult;

/**
 * The report's form as typed: the new-report page uses its header fields, the editor its header fields and every
 * section, so that whatever was typed comes back on the page when it cannot be saved (a problem, or someone else's
 * save in the meantime). The operation is {@link #REGIONAL} for a regional report.
 */
class ReportForm {

    /** The fields people type dates into; any other field that does not bind was not sent by our page. */
    private static final Set<String> DATES = Set.of("periodFrom", "periodTo");

    /** The operation choice of a regional report, which belongs to no operation. */
    static final String REGIONAL = "regional";

    private String operationId;
    private String type;
    private String title;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private String level;
    private List<String> authorIds = new ArrayList<>();
    private long version;
    private List<SectionForm> sections = new ArrayList<>();
    private String newKind;
    private String newHeading;
    private boolean confirmPersonalData;

    /** One section as typed in the editor; the id is empty for a section added since the last save. */
    static class SectionForm {
        private String id;
        private String kind;
        private String heading;
        private String markdown;

        SectionForm() {
        }

        SectionForm(String id, String kind, String heading, String markdown) {
            this.id = id;
            this.kind = kind;
            this.heading = heading;
            this.markdown = markdown;
        }

        Reports.SectionDraft toDraft() {
            SectionKind k = FormValues.value(SectionKind.class, kind);
            return new Reports.SectionDraft(FormValues.uuid(id), k == null ? SectionKind.NARRATIVE : k, heading,
                    markdown == null ? "" : markdown);
        }

        /** Generated from the data, so the editor shows its preview and a short introduction instead of its text. */
        public boolean isGenerated() {
            SectionKind k = FormValues.value(SectionKind.class, kind);
            return k != null && k.generated();
        }

        public String getId() { return id; }
        public void setId(String id) { this.id = id; }
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getHeading() { return heading; }
        public void setHeading(String heading) { this.heading = heading; }
        public String getMarkdown() { return markdown; }
        public void setMarkdown(String markdown) { this.markdown = markdown; }
    }

    static ReportForm of(Reports.ReportView report) {
        ReportForm form = new ReportForm();
        form.operationId = report.operationId() == null ? REGIONAL : report.operationId().toString();
        form.type = report.type().name();
        form.title = report.title();
        form.periodFrom = report.periodFrom();
        form.periodTo = report.periodTo();
        form.level = report.level().name();
        form.authorIds = report.authorIds().stream().map(UUID::toString).collect(Collectors.toCollection(ArrayList::new));
        form.version = report.version();
        form.sections = report.sections().stream()
                .map(s -> new SectionForm(s.id().toString(), s.kind().name(), s.heading(), s.markdown()))
                .collect(Collectors.toCollection(ArrayList::new));
        return form;
    }

    /** The operation chosen: null for a regional report (or none chosen). */
    UUID operation() {
        return FormValues.uuid(operationId);
    }

    boolean regional() {
        return REGIONAL.equals(operationId);
    }

    /** The header as typed; what did not bind (a date that is no date) is a problem beside its field. */
    Reports.ReportDraft toDraft(BindingResult binding, List<Problem> problems) {
        BoundDates.refuseUnboundOtherThan(DATES, binding);
        ReportType chosenType = FormValues.value(ReportType.class, type);
        return new Reports.ReportDraft(operation(), chosenType, title, BoundDates.checked(periodFrom, "periodFrom", binding, problems),
                BoundDates.checked(periodTo, "periodTo", binding, problems), FormValues.value(DistributionLevel.class, level),
                FormValues.uuids(authorIds), confirmPersonalData);
    }

    /** The sections in their typed order. */
    List<Reports.SectionDraft> sectionDrafts() {
        return sections == null ? List.of() : sections.stream().map(SectionForm::toDraft).toList();
    }

    public String getOperationId() { return operationId; }
    public void setOperationId(String operationId) { this.operationId = operationId; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public void setPeriodFrom(LocalDate periodFrom) { this.periodFrom = periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public void setPeriodTo(LocalDate periodTo) { this.periodTo = periodTo; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public List<String> getAuthorIds() { return authorIds; }
    public void setAuthorIds(List<String> authorIds) { this.authorIds = authorIds; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public List<SectionForm> getSections() { return sections; }
    public void setSections(List<SectionForm> sections) { this.sections = sections; }
    public String getNewKind() { return newKind; }
    public void setNewKind(String newKind) { this.newKind = newKind; }
    public boolean isConfirmPersonalData() { return confirmPersonalData; }
    public void setConfirmPersonalData(boolean confirmPersonalData) { this.confirmPersonalData = confirmPersonalData; }
    public String getNewHeading() { return newHeading; }
    public void setNewHeading(String newHeading) { this.newHeading = newHeading; }
}
