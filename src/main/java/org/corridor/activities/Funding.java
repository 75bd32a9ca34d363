package org.corridor.activities;

/** Where an activity's money comes from; extra-budgetary funding names a donor. */
public enum Funding {
    UNIFIED_BUDGET, EXTRA_BUDGETARY
}
