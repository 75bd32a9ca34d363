package org.corridor.monitoring;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.corridor.accounts.DistributionLevel;
import org.corridor.kernel.Ids;
import org.corridor.kernel.RecordRejected;
import org.corridor.monitoring.TemporaryDeployments.Deployment;
import org.corridor.monitoring.TemporaryDeployments.DeploymentDraft;
import org.corridor.monitoring.TemporaryDeployments.Premises;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A temporary deployment as stored: officers at a place for a while, under the operation that sent them. */
@Table("temporary_deployment")
class TemporaryDeployment implements OperationRecord {

    @Id
    private UUID id;
    private UUID operationId;
    private UUID locationId;
    private int officers;
    private LocalDate fromDate;
    private LocalDate toDate;
    private Premises premises;
    private String purpose;
    private DistributionLevel distributionLevel;
    private UUID createdBy;
    @Version
    private Long version;

    private TemporaryDeployment() {
    }

    @Override public UUID operationId() { return operationId; }
    @Override public DistributionLevel distributionLevel() { return distributionLevel; }
    @Override public long version() { return version == null ? 0 : version; }

    /** A new deployment as drafted; at the operation's default level unless the draft names one. */
    static TemporaryDeployment record(DeploymentDraft draft, Supplier<DistributionLevel> defaultLevel, UUID createdBy) {
        RecordRejected.ifAny(draft.problems());
        TemporaryDeployment deployment = new TemporaryDeployment();
        deployment.id = Ids.newId();
        deployment.operationId = draft.operationId();
        deployment.createdBy = createdBy;
        deployment.take(draft, draft.distributionLevel() != null ? draft.distributionLevel() : defaultLevel.get());
        return deployment;
    }

    /** Takes the changes; the operation never changes, and a level left out stays as it is. */
    void change(DeploymentDraft changes) {
        DeploymentDraft draft = new DeploymentDraft(operationId, changes.locationId(), changes.officers(),
                changes.fromDate(), changes.toDate(), changes.premises(), changes.purpose(),
                levelAfter(changes.distributionLevel()));
        RecordRejected.ifAny(draft.problems());
        take(draft, draft.distributionLevel());
    }

    Deployment details() {
        return new Deployment(id, operationId, locationId, officers, fromDate, toDate, premises, purpose,
                distributionLevel, createdBy, version());
    }

    private void take(DeploymentDraft draft, DistributionLevel level) {
        locationId = draft.locationId();
        officers = draft.officers();
        fromDate = draft.fromDate();
        toDate = draft.toDate();
        premises = draft.premises();
        purpose = draft.purpose().trim();
        distributionLevel = level;
    }
}
