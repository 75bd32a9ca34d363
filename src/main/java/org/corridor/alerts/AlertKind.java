package org.corridor.alerts;

/** What a rule found; each kind is raised by one rule (see the rules page). */
public enum AlertKind {
    /** The 7-day flow at a place fell or rose beyond its threshold against the four weeks before. */
    ROUTE_SHIFT,
    /** A closure or restriction was recorded at a border. */
    ROUTE_CLOSURE,
    /** A shift or closure on another border points to this operation's country: its own preparedness. */
    OFF_ROUTE_PREPAREDNESS,
    /** A location was monitored below its plan for weeks running. */
    MONITORING_BELOW_PLAN,
    /** A location had flows in a week and no visit. */
    FLOWS_WITHOUT_MONITORING,
    /** An action point falls due soon. */
    ACTION_POINT_DUE,
    /** An action point is past its day and still open. */
    ACTION_POINT_OVERDUE
}
