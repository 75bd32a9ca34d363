package org.corridor.accounts;

/** What a user may do, and where: DESIGN.md's table of users and roles. */
public enum Role {
    VIEWER(true),
    OFFICER(true),
    FOCAL_POINT(true),
    HEAD_OF_OPERATION(true),
    REGIONAL_COORDINATOR(false),
    DELEGATION_READER(false),
    ADMIN(false);

    private final boolean operationScoped;

    Role(boolean operationScoped) {
        this.operationScoped = operationScoped;
    }

    /** Held in one field operation (true) or across the system (false). */
    public boolean operationScoped() {
        return operationScoped;
    }
}
