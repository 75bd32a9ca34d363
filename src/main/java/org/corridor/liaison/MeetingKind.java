package org.corridor.liaison;

/** The kinds of meeting the field operations hold, as the article names them. */
public enum MeetingKind {
    COORDINATION, BRIEFING, BILATERAL, JOINT_VISIT, REGIONAL_LAW_ENFORCEMENT, CONFERENCE, WORKSHOP
}
