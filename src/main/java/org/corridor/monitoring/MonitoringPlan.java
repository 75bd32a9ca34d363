package org.corridor.monitoring;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.corridor.accounts.DistributionLevel;
import org.corridor.kernel.Ids;
import org.corridor.kernel.RecordRejected;
import org.corridor.monitoring.MonitoringPlans.Plan;
import org.corridor.monitoring.MonitoringPlans.PlanDraft;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A monitoring plan as stored: its target of visits a week at a location by a unit, for a period. */
@Table("monitoring_plan")
class MonitoringPlan implements OperationRecord {

    @Id
    private UUID id;
    private UUID operationId;
    private UUID locationId;
    private Unit unit;
    private int targetPerWeek;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String note;
    private DistributionLevel distributionLevel;
    private UUID createdBy;
    @Version
    private Long version;

    private MonitoringPlan() {
    }

    @Override public UUID operationId() { return operationId; }
    @Override public DistributionLevel distributionLevel() { return distributionLevel; }
    @Override public long version() { return version == null ? 0 : version; }

    /** A new plan as drafted; at the operation's default level unless the draft names one. */
    static MonitoringPlan create(PlanDraft draft, Supplier<DistributionLevel> defaultLevel, UUID createdBy) {
        RecordRejected.ifAny(draft.problems());
        MonitoringPlan plan = new MonitoringPlan();
        plan.id = Ids.newId();
        plan.operationId = draft.operationId();
        plan.createdBy = createdBy;
        plan.take(draft, draft.distributionLevel() != null ? draft.distributionLevel() : defaultLevel.get());
        return plan;
    }

    /** Takes the changes; the operation never changes, and a level left out stays as it is. */
    void change(PlanDraft changes) {
        PlanDraft draft = new PlanDraft(operationId, changes.locationId(), changes.unit(), changes.targetPerWeek(),
                changes.validFrom(), changes.validTo(), changes.note(),
                levelAfter(changes.distributionLevel()));
        RecordRejected.ifAny(draft.problems());
        take(draft, draft.distributionLevel());
    }

    Plan details() {
        return new Plan(id, operationId, locationId, unit, targetPerWeek, validFrom, validTo, note, distributionLevel,
                version());
    }

    private void take(PlanDraft draft, DistributionLevel level) {
        locationId = draft.locationId();
        unit = draft.unit();
        targetPerWeek = draft.targetPerWeek();
        validFrom = draft.validFrom();
        validTo = draft.validTo();
        note = draft.note() == null || draft.note().isBlank() ? null : draft.note().trim();
        distributionLevel = level;
    }
}
