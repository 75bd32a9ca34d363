package org.corridor.monitoring;

/** The mission unit a visiting team comes from; OTHER units are named on the visit. */
public enum Unit {
    POLICE_DEVELOPMENT, MONITORING, HUMAN_RIGHTS, OTHER
}
