package org.corridor.activities;

/** Whom a capacity-building event trains. */
public enum TargetGroup {
    POLICE, BORDER_POLICE, JUDGES, PROSECUTORS, SOCIAL_WORKERS, LAWYERS, NGO_ACTIVISTS, OFFICIALS, OTHER
}
