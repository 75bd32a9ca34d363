package org.corridor.directory;

/**
 * The seven areas in which the field operations responded to the crisis, after the sections of the
 * article; activities, meetings and the regional engagement matrix are classified by them.
 */
public enum ResponseArea {
    MONITORING,
    REPORTING_AND_LIAISON,
    HUMAN_RIGHTS,
    AWARENESS_RAISING,
    LOCAL_GOVERNANCE_AND_CIVIL_SOCIETY,
    POLICING_AND_MIGRATION_CRIME,
    RESEARCH
}
