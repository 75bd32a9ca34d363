package org.corridor.accounts;

/**
 * The kinds of operational record whose distribution level an operation's head sets a default for. The default
 * without a head's choice follows DESIGN.md: monitoring observations stay in the operation, the rest is shared at
 * OSCE level.
 */
public enum RecordKind {
    MONITORING_VISIT(DistributionLevel.OPERATION),
    PREPAREDNESS_ASSESSMENT(DistributionLevel.OPERATION),
    MONITORING_PLAN(DistributionLevel.OSCE),
    TEMPORARY_DEPLOYMENT(DistributionLevel.OSCE),
    FLOW_COUNT(DistributionLevel.OSCE),
    ROUTE_EVENT(DistributionLevel.OSCE),
    ACTIVITY(DistributionLevel.OPERATION),
    MEETING(DistributionLevel.OPERATION);

    private final DistributionLevel defaultLevel;

    RecordKind(DistributionLevel defaultLevel) {
        this.defaultLevel = defaultLevel;
    }

    /** The level of a new record of this kind in an operation whose head has not chosen one. */
    public DistributionLevel defaultLevel() {
        return defaultLevel;
    }
}
