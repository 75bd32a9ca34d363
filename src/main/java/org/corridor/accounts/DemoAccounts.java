package org.corridor.accounts;

import java.util.List;

/**
 * The demo scenario's accounts: one a role, each in the operation its role needs, and an officer in
 * every operation the demo records for, so that the sign-in page lists everyone the demo signs in as.
 */
public final class DemoAccounts {

    /** Published on the sign-in page in demo mode, which therefore listens on loopback only. */
    public static final String PASSWORD = "corridor-demo";

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("viewer", "Vera Viewer", Role.VIEWER, "skopje"),
            new DemoAccount("officer", "Oliver Officer", Role.OFFICER, "skopje"),
            new DemoAccount("focal", "Fatima Focal Point", Role.FOCAL_POINT, "skopje"),
            new DemoAccount("head", "Henrik Head of Mission", Role.HEAD_OF_OPERATION, "skopje"),
            new DemoAccount("officer.serbia", "Sonja Officer", Role.OFFICER, "serbia"),
            new DemoAccount("head.serbia", "Stefan Head of Mission", Role.HEAD_OF_OPERATION, "serbia"),
            new DemoAccount("officer.bih", "Berina Officer", Role.OFFICER, "bih"),
            new DemoAccount("officer.kosovo", "Korab Officer", Role.OFFICER, "kosovo"),
            new DemoAccount("officer.albania", "Arben Officer", Role.OFFICER, "albania"),
            new DemoAccount("officer.montenegro", "Milena Officer", Role.OFFICER, "montenegro"),
            new DemoAccount("coordinator", "Regina Regional Coordinator", Role.REGIONAL_COORDINATOR, null),
            new DemoAccount("delegation", "Dario Delegation Reader", Role.DELEGATION_READER, null),
            new DemoAccount("admin", "Ada Administrator", Role.ADMIN, null));

    private DemoAccounts() {
    }

    /** A demo account; {@code operationCode} names a field operation for operation-scoped roles. */
    public record DemoAccount(String username, String displayName, Role role, String operationCode) {

        /** The account's membership, in the operation {@link #operationCode()} names (its id, or null for none). */
        public Membership membership(java.util.UUID operationId) {
            return new Membership(operationId, role);
        }

        /** The role's name, for the sign-in page's label ({@code role.OFFICER}). */
        public String roleName() {
            return role.name();
        }
    }
}
