package org.corridor.monitoring;

import java.time.LocalDate;
import java.util.UUID;
import org.corridor.accounts.DistributionLevel;
import org.corridor.kernel.WholeNumber;
import org.corridor.monitoring.TemporaryDeployments.Deployment;
import org.corridor.monitoring.TemporaryDeployments.DeploymentDraft;
import org.corridor.monitoring.TemporaryDeployments.Premises;

/**
 * The temporary deployment form, bound by Spring; what did not convert comes back as typed beside its problem.
 */
class DeploymentForm {

    private UUID operationId;
    private UUID locationId;
    @WholeNumber
    private Integer officers;
    private LocalDate fromDate;
    private LocalDate toDate;
    private Premises premises;
    private String purpose;
    private DistributionLevel distributionLevel;
    private long version;

    static DeploymentForm of(Deployment d) {
        DeploymentForm form = new DeploymentForm();
        form.operationId = d.operationId();
        form.locationId = d.locationId();
        form.officers = d.officers();
        form.fromDate = d.fromDate();
        form.toDate = d.toDate();
        form.premises = d.premises();
        form.purpose = d.purpose();
        form.distributionLevel = d.distributionLevel();
        form.version = d.version();
        return form;
    }

    /** A new deployment's form: from today, at the operation's default level. */
    static DeploymentForm starting(UUID operationId, LocalDate today, DistributionLevel level) {
        DeploymentForm form = new DeploymentForm();
        form.operationId = operationId;
        form.fromDate = today;
        form.distributionLevel = level;
        return form;
    }

    DeploymentDraft toDraft() {
        return new DeploymentDraft(operationId, locationId, officers, fromDate, toDate, premises, purpose,
                distributionLevel);
    }

    public UUID getOperationId() { return operationId; }
    public void setOperationId(UUID operationId) { this.operationId = operationId; }
    public UUID getLocationId() { return locationId; }
    public void setLocationId(UUID locationId) { this.locationId = locationId; }
    public Integer getOfficers() { return officers; }
    public void setOfficers(Integer officers) { this.officers = officers; }
    public LocalDate getFromDate() { return fromDate; }
    public void setFromDate(LocalDate fromDate) { this.fromDate = fromDate; }
    public LocalDate getToDate() { return toDate; }
    public void setToDate(LocalDate toDate) { this.toDate = toDate; }
    public Premises getPremises() { return premises; }
    public void setPremises(Premises premises) { this.premises = premises; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public DistributionLevel getDistributionLevel() { return distributionLevel; }
    public void setDistributionLevel(DistributionLevel distributionLevel) { this.distributionLevel = distributionLevel; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
