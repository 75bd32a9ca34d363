package org.corridor.monitoring;

import org.corridor.kernel.Problem;
import static org.corridor.kernel.FormValues.date;
import static org.corridor.kernel.FormValues.number;
import static org.corridor.kernel.FormValues.text;
import static org.corridor.kernel.FormValues.uuid;
import static org.corridor.kernel.FormValues.value;

import java.util.List;
import org.corridor.accounts.DistributionLevel;
import org.corridor.monitoring.TemporaryDeployments;
import org.corridor.monitoring.TemporaryDeployments.Premises;

/** The temporary deployment form as typed. */
class DeploymentForm {

    private String operationId;
    private String locationId;
    private String officers;
    private String fromDate;
    private String toDate;
    private String premises;
    private String purpose;
    private String distributionLevel;
    private long version;

    static DeploymentForm of(TemporaryDeployments.Deployment d) {
        DeploymentForm form = new DeploymentForm();
        form.operationId = text(d.operationId());
        form.locationId = text(d.locationId());
        form.officers = text(d.officers());
        form.fromDate = text(d.fromDate());
        form.toDate = text(d.toDate());
        form.premises = d.premises().name();
        form.purpose = d.purpose();
        form.distributionLevel = d.distributionLevel().name();
        form.version = d.version();
        return form;
    }

    TemporaryDeployments.DeploymentDraft toDraft(List<Problem> problems) {
        return new TemporaryDeployments.DeploymentDraft(uuid(operationId), uuid(locationId),
                number(officers, "officers", problems), date(fromDate, "fromDate", problems),
                date(toDate, "toDate", problems), value(Premises.class, premises), purpose,
                value(DistributionLevel.class, distributionLevel));
    }

    public String getOperationId() { return operationId; }
    public void setOperationId(String operationId) { this.operationId = operationId; }
    public String getLocationId() { return locationId; }
    public void setLocationId(String locationId) { this.locationId = locationId; }
    public String getOfficers() { return officers; }
    public void setOfficers(String officers) { this.officers = officers; }
    public String getFromDate() { return fromDate; }
    public void setFromDate(String fromDate) { this.fromDate = fromDate; }
    public String getToDate() { return toDate; }
    public void setToDate(String toDate) { this.toDate = toDate; }
    public String getPremises() { return premises; }
    public void setPremises(String premises) { this.premises = premises; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getDistributionLevel() { return distributionLevel; }
    public void setDistributionLevel(String distributionLevel) { this.distributionLevel = distributionLevel; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
