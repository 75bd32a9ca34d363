package org.corridor.interchange;

/** What an import job imports: recorded with the job, and the kind a page lists and shows. */
public enum ImportKind {
    FLOWS, ACTIVITIES
}
