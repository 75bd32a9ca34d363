package org.corridor.monitoring;

public enum VisitStatus {
    PLANNED, COMPLETED, CANCELLED
}
