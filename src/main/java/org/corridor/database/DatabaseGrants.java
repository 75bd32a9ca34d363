package org.corridor.database;

import java.util.List;

/**
 * What the application's role may do, granted by the owner after every migration (embedded database) or once by the
 * administrator of an external PostgreSQL (README, "An external PostgreSQL"): read and write the records, append to the
 * audit log and nothing else there, analyse the flow counts after a large import, and switch off the per-row foreign
 * key checks for the flow import's one insert (PostgreSQL 15+: {@code SET} on {@code session_replication_role}, granted
 * by a superuser). It owns no table, cannot change the schema and is no superuser.
 */
public final class DatabaseGrants {

    private DatabaseGrants() {
    }

    /** The statements, in order, for the application's role {@code role} (a plain identifier). */
    public static List<String> statements(String role) {
        if (!role.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain role name: " + role);
        }
        String r = "\"" + role + "\"";
        return List.of(
                "grant usage on schema public to " + r,
                "grant select, insert, update, delete on all tables in schema public to " + r,
                "grant usage, select on all sequences in schema public to " + r,
                // The migrations' history is the owner's.
                "revoke insert, update, delete, truncate on flyway_schema_history from " + r,
                // The audit log: append only. The trigger refuses updates and deletes even to the owner; without these
                // rights the application's role cannot even try, and cannot truncate the log.
                "revoke update, delete, truncate on audit_entry from " + r,
                "revoke delete, truncate on audit_chain_head from " + r,
                "revoke update, delete, truncate on audit_key_mark from " + r,
                // ANALYZE after a large flow import (PostgreSQL 17's MAINTAIN; VACUUM, ANALYZE, REINDEX, no DDL).
                "grant maintain on flow_count to " + r);
    }

    /**
     * PostgreSQL 15 and later: lets the role set {@code session_replication_role}, which the flow import uses for its one
     * insert after checking the references itself. Granted only by a superuser; without it the import checks each row's
     * foreign keys (slower, same result). The audit log's trigger fires in replica mode too ({@code ENABLE ALWAYS}).
     */
    public static String replicationRole(String role) {
        statements(role);
        return "grant set on parameter session_replication_role to \"" + role + "\"";
    }
}
