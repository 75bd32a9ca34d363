package org.corridor.accounts;

/**
 * Who may read a record's content, from the operation alone up to the public (DESIGN.md). The rule that applies
 * it is {@link CorridorUser#mayRead} and, for lists and figures, {@link ReadScope}.
 */
public enum DistributionLevel {
    /** The operation's members. */
    OPERATION,
    /** Every user of the OSCE's executive structures: members of any field operation and the Secretariat. */
    OSCE,
    /** Also the participating States' delegation readers. */
    PARTICIPATING_STATES,
    /** Every signed-in user, and public exports. */
    PUBLIC;

    /** Shared beyond the operation that owns it. */
    public boolean sharedAcrossOsce() {
        return this != OPERATION;
    }
}
