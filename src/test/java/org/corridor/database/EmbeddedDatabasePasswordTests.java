package org.corridor.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL trusts no one: every connection gives a password (SCRAM-SHA-256), the passwords are made at
 * the first start and kept in {@code CORRIDOR_HOME} for its owner only, and a home from an earlier version, whose
 * database trusted every local connection, is upgraded on its first start.
 */
class EmbeddedDatabasePasswordTests {

    /** A new home whose data directory is as initdb leaves it (copied: see {@link TemplateDataDirectory}). */
    static Path newHome(String name) throws Exception {
        Path home = Path.of("target", "test-homes", name + "-" + UUID.randomUUID()).toAbsolutePath();
        Files.createDirectories(home);
        TemplateDataDirectory.copyTo(home.resolve("postgres"));
        return home;
    }

    @Test
    void aNewHomeRequiresPasswordsKeptForItsOwnerOnly() throws Exception {
        Path home = newHome("passwords");
        try (EmbeddedDatabase database = EmbeddedDatabase.open(home, 0, false)) {
            Path credentials = home.resolve(DatabaseCredentials.FILE_NAME);
            assertThat(Files.getPosixFilePermissions(credentials))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            assertThat(Files.readString(home.resolve("postgres/pg_hba.conf"))).contains("scram-sha-256")
                    .doesNotContainPattern("(?m)^[^#]*\\btrust\\b");

            assertRefusesWithoutTheRightPassword(database);
            try (Connection app = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password())) {
                assertThat(query(app, "select rolsuper::text from pg_roles where rolname = current_user")).isEqualTo("false");
                assertThat(query(app, "select current_user")).isEqualTo("corridor_app");
            }
            try (Connection owner = database.ownerConnection()) {
                assertThat(query(owner, "select rolpassword like 'SCRAM-SHA-256$%' from pg_authid"
                        + " where rolname = 'corridor_app'")).isEqualTo("t");
            }
        }
        // A second start reads the same passwords.
        try (EmbeddedDatabase again = EmbeddedDatabase.open(home, 0, false); Connection owner = again.ownerConnection()) {
            assertThat(query(owner, "select 1")).isEqualTo("1");
        }
    }

    @Test
    void aHomeFromAnEarlierVersionThatTrustedEveryoneIsUpgradedOnItsFirstStart() throws Exception {
        Path home = newHome("trust-upgrade");
        Path data = home.resolve("postgres");
        // What an earlier Corridor left: zonky's data directory, trusting every local connection, no password anywhere.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
                Connection trusted = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + old.getPort() + "/postgres", "postgres", "");
                Statement statement = trusted.createStatement()) {
            statement.execute("create table kept (note text)");
            statement.execute("insert into kept values ('from the earlier version')");
        }
        assertThat(Files.readString(data.resolve("pg_hba.conf"))).contains("trust");

        try (EmbeddedDatabase database = EmbeddedDatabase.open(home, 0, false)) {
            assertThat(home.resolve(DatabaseCredentials.FILE_NAME)).exists();
            assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContainPattern("(?m)^[^#]*\\btrust\\b");
            assertRefusesWithoutTheRightPassword(database);
            try (Connection owner = database.ownerConnection()) {
                assertThat(query(owner, "select note from kept")).isEqualTo("from the earlier version");
            }
        }
    }

    @Test
    void aDatabaseThatRequiresPasswordsWhoseFileIsGoneSaysSoAtOnce() throws Exception {
        Path home = newHome("lost-credentials");
        EmbeddedDatabase.open(home, 0, false).close();
        Files.delete(home.resolve(DatabaseCredentials.FILE_NAME));

        assertThatThrownBy(() -> EmbeddedDatabase.open(home, 0, false)).hasMessageContaining("requires passwords")
                .hasMessageContaining(DatabaseCredentials.FILE_NAME).hasMessageContaining("Restore");
    }

    private static void assertRefusesWithoutTheRightPassword(EmbeddedDatabase database) {
        for (String user : Set.of("postgres", "corridor_app")) {
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), user, "").close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), user, "wrong").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        }
    }

    private static String query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
