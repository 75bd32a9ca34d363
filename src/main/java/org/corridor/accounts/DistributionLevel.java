package org.corridor.accounts;

/** Who may read a record or report, from the operation alone up to the public. */
public enum DistributionLevel {
    /** Internal to the operation. */
    OPERATION,
    /** All OSCE executive structures. */
    OSCE,
    PARTICIPATING_STATES,
    PUBLIC;

    /** Shared beyond the operation that owns it. */
    public boolean sharedAcrossOsce() {
        return this != OPERATION;
    }
}
