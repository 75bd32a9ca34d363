package org.corridor.monitoring;

import org.corridor.kernel.Problem;
import static org.corridor.kernel.FormValues.date;
import static org.corridor.kernel.FormValues.number;
import static org.corridor.kernel.FormValues.text;
import static org.corridor.kernel.FormValues.uuid;
import static org.corridor.kernel.FormValues.value;

import java.util.List;
import org.corridor.accounts.DistributionLevel;
import org.corridor.monitoring.MonitoringPlans;
import org.corridor.monitoring.Unit;

/** The monitoring plan form as typed, so that what was typed comes back unchanged beside its problem. */
class PlanForm {

    private String operationId;
    private String locationId;
    private String unit;
    private String targetPerWeek;
    private String validFrom;
    private String validTo;
    private String note;
    private String distributionLevel;
    private long version;

    static PlanForm of(MonitoringPlans.Plan plan) {
        PlanForm form = new PlanForm();
        form.operationId = text(plan.operationId());
        form.locationId = text(plan.locationId());
        form.unit = plan.unit().name();
        form.targetPerWeek = text(plan.targetPerWeek());
        form.validFrom = text(plan.validFrom());
        form.validTo = text(plan.validTo());
        form.note = plan.note();
        form.distributionLevel = plan.distributionLevel().name();
        form.version = plan.version();
        return form;
    }

    MonitoringPlans.PlanDraft toDraft(List<Problem> problems) {
        return new MonitoringPlans.PlanDraft(uuid(operationId), uuid(locationId), value(Unit.class, unit),
                number(targetPerWeek, "targetPerWeek", problems), date(validFrom, "validFrom", problems),
                date(validTo, "validTo", problems), note, value(DistributionLevel.class, distributionLevel));
    }

    public String getOperationId() { return operationId; }
    public void setOperationId(String operationId) { this.operationId = operationId; }
    public String getLocationId() { return locationId; }
    public void setLocationId(String locationId) { this.locationId = locationId; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getTargetPerWeek() { return targetPerWeek; }
    public void setTargetPerWeek(String targetPerWeek) { this.targetPerWeek = targetPerWeek; }
    public String getValidFrom() { return validFrom; }
    public void setValidFrom(String validFrom) { this.validFrom = validFrom; }
    public String getValidTo() { return validTo; }
    public void setValidTo(String validTo) { this.validTo = validTo; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getDistributionLevel() { return distributionLevel; }
    public void setDistributionLevel(String distributionLevel) { this.distributionLevel = distributionLevel; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
