package org.corridor.activities;

/** Where an activity stands; cancelled activities do not count in the 4W matrix. */
public enum ActivityStatus {
    PLANNED, ONGOING, COMPLETED, CANCELLED
}
