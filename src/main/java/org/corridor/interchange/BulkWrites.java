package org.corridor.interchange;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The PostgreSQL of the fast write path of a large import, in one place: the session settings it changes for its
 * transaction, the catalogue it asks, its statistics and its {@code COPY}. Each method acts within the caller's
 * transaction, which must be open; nothing here outlives it.
 *
 * <p>Table names are the importing module's own tables, given by its code, never by a user.
 */
@Component
public class BulkWrites {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    BulkWrites(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Grouping and joining a million staged rows fits in memory at this size instead of spilling to disk. */
    public void groupInMemory() {
        jdbc.sql("set local work_mem = '64MB'").update();
    }

    /** Starts a {@code COPY ... FROM STDIN} on the transaction's connection. */
    public CopyIn copyIn(String copySql) throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
    }

    /** Fresh statistics of a table (for the planner), e.g. of a staging table just filled. */
    public void analyze(String table) {
        jdbc.sql("analyze " + table).update();
    }

    /**
     * Refreshes a table's statistics when a tenth of it changed since they were taken, as autovacuum would a minute
     * later. Just after a large import the planner would otherwise still think the table small, and match row by row
     * through an index (a minute for a million rows, instead of a second or two hashed).
     */
    public void refreshStatisticsIfStale(String table) {
        boolean stale = jdbc.sql("""
                select coalesce(bool_or(n_mod_since_analyze > greatest(1000, n_live_tup / 10)), false)
                from pg_stat_user_tables where relid = cast(:table as regclass)""")
                .param("table", table).query(Boolean.class).single();
        if (stale) {
            analyze(table);
        }
    }

    /**
     * Whether an insert into {@code table} may run with PostgreSQL's per-row foreign key checks off, the import checking
     * (and locking) the references once for the whole file instead: our role may set {@code session_replication_role}
     * (PostgreSQL 15+, granted to the application's role, see org.corridor.database.DatabaseGrants; a superuser has it
     * anyway), the table has no triggers of its own (which replica mode would silence), and exactly the foreign keys
     * the caller checks itself.
     */
    public boolean mayCheckReferencesOnce(String table, int foreignKeys) {
        int version = jdbc.sql("select current_setting('server_version_num')::int").query(Integer.class).single();
        if (version < 150000) {
            return false; // has_parameter_privilege is PostgreSQL 15's too
        }
        return jdbc.sql("""
                select has_parameter_privilege('session_replication_role', 'SET')
                   and not exists (select 1 from pg_trigger where tgrelid = cast(:table as regclass) and not tgisinternal)
                   and (select count(*) from pg_constraint where conrelid = cast(:table as regclass) and contype = 'f') = :keys""")
                .param("table", table).param("keys", foreignKeys).query(Boolean.class).single();
    }

    /**
     * Runs one write with the per-row foreign key checks off ({@code session_replication_role = replica}), on again at
     * once after it for the rest of the transaction. Should the write fail, the rollback undoes the setting anyway.
     * Only after {@link #mayCheckReferencesOnce} and with the references checked and locked by the caller.
     */
    public <T> T withoutPerRowReferenceChecks(Supplier<T> write) {
        jdbc.sql("set local session_replication_role = replica").update();
        T result = write.get();
        jdbc.sql("set local session_replication_role = origin").update();
        return result;
    }
}
