package org.corridor.activities;

/** What a partner organisation does in an activity. */
public enum PartnerRole {
    IMPLEMENTING, SUPPORTING, FUNDING, BENEFICIARY_INSTITUTION
}
