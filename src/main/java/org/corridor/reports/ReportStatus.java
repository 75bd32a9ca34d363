package org.corridor.reports;

/**
 * Where a report stands in its review: drafted by the authors, submitted for review, approved (its generated
 * sections frozen), distributed under a reference symbol; returned to the authors with comments, or withdrawn after
 * distribution (its symbol stays taken).
 */
public enum ReportStatus {
    DRAFT,
    IN_REVIEW,
    RETURNED,
    APPROVED,
    DISTRIBUTED,
    WITHDRAWN;

    /** The authors may still change its text. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
