package org.corridor.reports;

/** Who a report is distributed to: a field operation, the OSCE Secretariat, or the participating States' delegations. */
public enum RecipientKind {
    OPERATION,
    SECRETARIAT,
    DELEGATIONS
}
