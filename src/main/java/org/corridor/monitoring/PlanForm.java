package org.corridor.monitoring;

import java.time.LocalDate;
import java.util.UUID;
import org.corridor.accounts.DistributionLevel;
import org.corridor.kernel.WholeNumber;
import org.corridor.monitoring.MonitoringPlans.Plan;
import org.corridor.monitoring.MonitoringPlans.PlanDraft;

/** The monitoring plan form, bound by Spring; what did not convert comes back as typed beside its problem. */
class PlanForm {

    private UUID operationId;
    private UUID locationId;
    private Unit unit;
    @WholeNumber
    private Integer targetPerWeek;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String note;
    private DistributionLevel distributionLevel;
    private long version;

    static PlanForm of(Plan plan) {
        PlanForm form = new PlanForm();
        form.operationId = plan.operationId();
        form.locationId = plan.locationId();
        form.unit = plan.unit();
        form.targetPerWeek = plan.targetPerWeek();
        form.validFrom = plan.validFrom();
        form.validTo = plan.validTo();
        form.note = plan.note();
        form.distributionLevel = plan.distributionLevel();
        form.version = plan.version();
        return form;
    }

    /** A new plan's form: valid from today, at the operation's default level. */
    static PlanForm starting(UUID operationId, LocalDate today, DistributionLevel level) {
        PlanForm form = new PlanForm();
        form.operationId = operationId;
        form.validFrom = today;
        form.distributionLevel = level;
        return form;
    }

    PlanDraft toDraft() {
        return new PlanDraft(operationId, locationId, unit, targetPerWeek, validFrom, validTo, note, distributionLevel);
    }

    public UUID getOperationId() { return operationId; }
    public void setOperationId(UUID operationId) { this.operationId = operationId; }
    public UUID getLocationId() { return locationId; }
    public void setLocationId(UUID locationId) { this.locationId = locationId; }
    public Unit getUnit() { return unit; }
    public void setUnit(Unit unit) { this.unit = unit; }
    public Integer getTargetPerWeek() { return targetPerWeek; }
    public void setTargetPerWeek(Integer targetPerWeek) { this.targetPerWeek = targetPerWeek; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public DistributionLevel getDistributionLevel() { return distributionLevel; }
    public void setDistributionLevel(DistributionLevel distributionLevel) { this.distributionLevel = distributionLevel; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
