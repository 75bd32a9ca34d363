package org.corridor.monitoring;

import java.time.LocalDate;
import java.util.UUID;
import org.corridor.accounts.DistributionLevel;
import org.corridor.monitoring.PreparednessAssessments.Assessment;
import org.corridor.monitoring.PreparednessAssessments.AssessmentDraft;
import org.corridor.monitoring.PreparednessAssessments.ContingencyPlan;
import org.corridor.monitoring.PreparednessAssessments.Rating;
import org.corridor.monitoring.PreparednessAssessments.Source;

/** The preparedness assessment form, bound by Spring; what did not convert comes back as typed beside its problem. */
class AssessmentForm {

    private UUID operationId;
    private String authority;
    private UUID locationId;
    private String area;
    private LocalDate assessedOn;
    private Rating rating;
    private ContingencyPlan contingencyPlan = ContingencyPlan.UNKNOWN;
    private Source source;
    private String narrative;
    private DistributionLevel distributionLevel;
    private boolean confirmPersonalData;
    private long version;

    static AssessmentForm of(Assessment a) {
        AssessmentForm form = new AssessmentForm();
        form.operationId = a.operationId();
        form.authority = a.authority();
        form.locationId = a.locationId();
        form.area = a.area();
        form.assessedOn = a.assessedOn();
        form.rating = a.rating();
        form.contingencyPlan = a.contingencyPlan();
        form.source = a.source();
        form.narrative = a.narrative();
        form.distributionLevel = a.distributionLevel();
        form.version = a.version();
        return form;
    }

    /** A new assessment's form: assessed today, at the operation's default level. */
    static AssessmentForm starting(UUID operationId, LocalDate today, DistributionLevel level) {
        AssessmentForm form = new AssessmentForm();
        form.operationId = operationId;
        form.assessedOn = today;
        form.distributionLevel = level;
        return form;
    }

    AssessmentDraft toDraft() {
        return new AssessmentDraft(operationId, authority, locationId, area, assessedOn, rating, contingencyPlan, source,
                narrative == null || narrative.isBlank() ? null : narrative.trim(), distributionLevel);
    }

    public UUID getOperationId() { return operationId; }
    public void setOperationId(UUID operationId) { this.operationId = operationId; }
    public String getAuthority() { return authority; }
    public void setAuthority(String authority) { this.authority = authority; }
    public UUID getLocationId() { return locationId; }
    public void setLocationId(UUID locationId) { this.locationId = locationId; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public LocalDate getAssessedOn() { return assessedOn; }
    public void setAssessedOn(LocalDate assessedOn) { this.assessedOn = assessedOn; }
    public Rating getRating() { return rating; }
    public void setRating(Rating rating) { this.rating = rating; }
    public ContingencyPlan getContingencyPlan() { return contingencyPlan; }
    public void setContingencyPlan(ContingencyPlan contingencyPlan) { this.contingencyPlan = contingencyPlan; }
    public Source getSource() { return source; }
    public void setSource(Source source) { this.source = source; }
    public String getNarrative() { return narrative; }
    public void setNarrative(String narrative) { this.narrative = narrative; }
    public DistributionLevel getDistributionLevel() { return distributionLevel; }
    public void setDistributionLevel(DistributionLevel distributionLevel) { this.distributionLevel = distributionLevel; }
    public boolean isConfirmPersonalData() { return confirmPersonalData; }
    public void setConfirmPersonalData(boolean confirmPersonalData) { this.confirmPersonalData = confirmPersonalData; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
