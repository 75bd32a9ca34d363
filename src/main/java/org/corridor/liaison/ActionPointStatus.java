package org.corridor.liaison;

import java.time.LocalDate;

public enum ActionPointStatus {
    OPEN, DONE, DROPPED;

    /** Overdue: still open and due before today; one due today is not late yet. */
    public static boolean overdue(ActionPointStatus status, LocalDate due, LocalDate today) {
        return status == OPEN && due != null && due.isBefore(today);
    }
}
