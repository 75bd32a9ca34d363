package org.corridor.alerts;

/** An alert is raised OPEN, may be ACKNOWLEDGED (someone looks at it) and is RESOLVED once acted on. */
public enum AlertState {
    OPEN, ACKNOWLEDGED, RESOLVED
}
