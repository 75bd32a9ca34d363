package org.corridor.accounts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A role a user holds, in one operation or (for regional, delegation and system roles) in none. Code outside
 * accounts names a role only as text ({@link #named}, {@link #roleName()}) or through a factory ({@link #officer},
 * {@link #administrator()}), never as {@link Role}: the rules about what a role may do live in accounts.
 *
 * <p>Serializable because a signed-in user ({@link CorridorUser}) is kept in the session, and sessions are stored in
 * the database so that every server behind a proxy knows who is signed in.
 */
public record Membership(UUID operationId, Role role) implements java.io.Serializable {

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

    /** An officer of the operation: records visits, assessments, activities and meetings there. */
    public static Membership officer(UUID operationId) {
        return new Membership(operationId, Role.OFFICER);
    }

    /** An administrator: accounts and reference data, no operation's records. */
    public static Membership administrator() {
        return of(Role.ADMIN);
    }

    /**
     * The membership a role's name (as typed: {@code officer}, {@code FOCAL_POINT}, {@code focal-point}) describes,
     * in the operation for a role held in one.
     *
     * @throws IllegalArgumentException saying how to put it right: an unknown role (naming the known ones), an
     *     operation missing for a role held in one, or given for a role that is not
     */
    public static Membership named(String roleName, UUID operationId) {
        Role role = role(roleName);
        if (role.operationScoped() && operationId == null) {
            throw new IllegalArgumentException(role + " is held in a field operation: name the operation.");
        }
        if (!role.operationScoped() && operationId != null) {
            throw new IllegalArgumentException(role + " is not held in a field operation: name no operation.");
        }
        return new Membership(operationId, role);
    }

    /**
     * Whether the named role is held in a field operation (viewer, officer, focal point, head of operation).
     *
     * @throws IllegalArgumentException for a name that is no role, naming the known ones
     */
    public static boolean isHeldInOperation(String roleName) {
        return role(roleName).operationScoped();
    }

    /** The names of every role, as {@link #named} accepts them and {@link #roleName()} gives them. */
    public static List<String> roleNames() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    /** The role's name (e.g. {@code OFFICER}), for labels ({@code role.OFFICER}) and audit entries. */
    public String roleName() {
        return role.name();
    }

    private static Role role(String name) {
        String normalised = name == null ? "" : name.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(normalised)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no role '" + (name == null ? "" : name.trim())
                        + "'. Roles: " + String.join(", ", roleNames()) + "."));
    }
}
