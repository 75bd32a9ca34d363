package org.corridor.accounts;

import java.util.UUID;

/** A role a user holds, in one operation or (for regional, delegation and system roles) in none. */
public record Membership(UUID operationId, Role role) {

    public Membership {
        if (role == null) {
            throw new IllegalArgumentException("A membership needs a role");
        }
        if (role.operationScoped() && operationId == null) {
            throw new IllegalArgumentException(role + " is held in a field operation: name one");
        }
        if (!role.operationScoped() && operationId != null) {
            throw new IllegalArgumentException(role + " is not held in a field operation");
        }
    }

    public static Membership of(Role role) {
        return new Membership(null, role);
    }
}
