package org.corridor.monitoring;

import org.corridor.kernel.FormValues;
import org.corridor.kernel.Problem;
import static org.corridor.kernel.FormValues.date;
import static org.corridor.kernel.FormValues.text;
import static org.corridor.kernel.FormValues.uuid;
import static org.corridor.kernel.FormValues.value;

import java.util.List;
import org.corridor.accounts.DistributionLevel;
import org.corridor.monitoring.PreparednessAssessments;
import org.corridor.monitoring.PreparednessAssessments.ContingencyPlan;
import org.corridor.monitoring.PreparednessAssessments.Rating;
import org.corridor.monitoring.PreparednessAssessments.Source;

/** The preparedness assessment form as typed. */
class AssessmentForm {

    private String operationId;
    private String authority;
    private String locationId;
    private String area;
    private String assessedOn;
    private String rating;
    private String contingencyPlan = ContingencyPlan.UNKNOWN.name();
    private String source;
    private String narrative;
    private String distributionLevel;
    private boolean confirmPersonalData;
    private long version;

    static AssessmentForm of(PreparednessAssessments.Assessment a) {
        AssessmentForm form = new AssessmentForm();
        form.operationId = text(a.operationId());
        form.authority = a.authority();
        form.locationId = text(a.locationId());
        form.area = a.area();
        form.assessedOn = text(a.assessedOn());
        form.rating = a.rating().name();
        form.contingencyPlan = a.contingencyPlan().name();
        form.source = a.source().name();
        form.narrative = a.narrative();
        form.distributionLevel = a.distributionLevel().name();
        form.version = a.version();
        return form;
    }

    PreparednessAssessments.AssessmentDraft toDraft(List<Problem> problems) {
        return new PreparednessAssessments.AssessmentDraft(uuid(operationId), authority, uuid(locationId), area,
                date(assessedOn, "assessedOn", problems), value(Rating.class, rating),
                value(ContingencyPlan.class, contingencyPlan), value(Source.class, source),
                FormValues.blank(narrative) ? null : narrative.trim(), value(DistributionLevel.class, distributionLevel));
    }

    public String getOperationId() { return operationId; }
    public void setOperationId(String operationId) { this.operationId = operationId; }
    public String getAuthority() { return authority; }
    public void setAuthority(String authority) { this.authority = authority; }
    public String getLocationId() { return locationId; }
    public void setLocationId(String locationId) { this.locationId = locationId; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public String getAssessedOn() { return assessedOn; }
    public void setAssessedOn(String assessedOn) { this.assessedOn = assessedOn; }
    public String getRating() { return rating; }
    public void setRating(String rating) { this.rating = rating; }
    public String getContingencyPlan() { return contingencyPlan; }
    public void setContingencyPlan(String contingencyPlan) { this.contingencyPlan = contingencyPlan; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getNarrative() { return narrative; }
    public void setNarrative(String narrative) { this.narrative = narrative; }
    public String getDistributionLevel() { return distributionLevel; }
    public void setDistributionLevel(String distributionLevel) { this.distributionLevel = distributionLevel; }
    public boolean isConfirmPersonalData() { return confirmPersonalData; }
    public void setConfirmPersonalData(boolean confirmPersonalData) { this.confirmPersonalData = confirmPersonalData; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
