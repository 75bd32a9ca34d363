package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.corridor.CorridorProcess;
import org.corridor.CorridorProcess.Home;
import org.corridor.CorridorProcess.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The command line as an operator uses it, beside one running server (a JVM of its own). The commands run in this JVM
 * ({@link Home#runInThisJvm}: the same command line and Spring start, output captured as a terminal shows it), which
 * saves a JVM's start a command; the tests of what only a process of its own shows (the jar's main, its exit code,
 * a failed start in one line) run it as one ({@link Home#run}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandLineTests {

    private static final String PASSWORD = "a-long-enough-password";

    private Home home;
    private CorridorProcess server;

    @BeforeAll
    void startServer() {
        home = Home.create("cli");
        try {
            server = home.startServer();
        } catch (RuntimeException | AssertionError e) {
            home.close();
            throw e;
        }
    }

    @AfterAll
    void stopServer() {
        home.close();
    }

    @Test
    void helpListsTheCommands() {
        Result help = home.run(null, "--help");

        assertThat(help.exitCode()).as(help::toString).isZero();
        assertThat(help.output()).contains("users", "tokens", "audit", "demo");
    }

    @Test
    void addingAUserToAnUnknownOperationNamesTheKnownOnes() {
        Result added = home.runInThisJvm(PASSWORD + "\n", "users", "add", "dora", "--role", "VIEWER", "--operation", "atlantis",
                "--password-stdin");

        assertThat(added.exitCode()).as(added::toString).isNotZero();
        assertThat(added.output()).contains("No field operation has the code 'atlantis'", "Known codes:", "skopje");
        assertThat(added.hasStackTrace()).as(added::toString).isFalse();
    }

    @Test
    void tokenCreatedOnTheCommandLineWorksAgainstTheRunningServer() {
        Result created = home.runInThisJvm(null, "tokens", "create", "admin", "--name", "process test");
        assertThat(created.exitCode()).as(created::toString).isZero();

        assertThat(server.get("/api/v1/me", created.token()).statusCode()).isNotEqualTo(401).isLessThan(500);
        assertThat(server.get("/api/v1/me", "crd_" + "x".repeat(43)).statusCode()).isEqualTo(401);
    }

    @Test
    void auditVerifyNamesTheFirstEditedOrDeletedEntry() throws SQLException {
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(server.signIn("nobody", PASSWORD)).isFalse(); // each failed sign-in is an audit entry
        }
        Result intact = home.runInThisJvm(null, "audit", "verify");
        assertThat(intact.exitCode()).as(intact::toString).isZero();
        assertThat(intact.output()).contains("intact");

        try (Connection db = home.connect()) {
            List<Long> entries = sequenceNumbers(db);
            assertThat(entries).hasSizeGreaterThanOrEqualTo(4);
            long edited = entries.get(1);
            long deleted = entries.get(2);
            try (Statement statement = db.createStatement()) {
                statement.execute("create temporary table original as select * from audit_entry");
            }

            tamper(db, "update audit_entry set after_state = '{\"role\":\"ADMIN\"}' where seq = " + edited);
            Result afterEdit = home.runInThisJvm(null, "audit", "verify");
            assertThat(afterEdit.exitCode()).as(afterEdit::toString).isEqualTo(AuditCommand.Verify.BROKEN);
            assertThat(afterEdit.output()).contains("BROKEN at entry " + edited + ":", "was edited");
            assertThat(afterEdit.hasStackTrace()).as(afterEdit::toString).isFalse();

            tamper(db, "delete from audit_entry", "insert into audit_entry select * from original",
                    "delete from audit_entry where seq = " + deleted);
            Result afterDelete = home.runInThisJvm(null, "audit", "verify");
            assertThat(afterDelete.exitCode()).as(afterDelete::toString).isEqualTo(AuditCommand.Verify.BROKEN);
            assertThat(afterDelete.output()).contains("BROKEN at entry " + deleted + ":", "missing");

            tamper(db, "delete from audit_entry", "insert into audit_entry select * from original");
        }
    }

    @Test
    void importActivitiesListsTheProblemsOfABadFileAndImportsAGoodOne() throws IOException {
        Result added = home.runInThisJvm(PASSWORD + "\n", "users", "add", "farida", "--role", "FOCAL_POINT", "--operation",
                "skopje", "--password-stdin");
        assertThat(added.exitCode()).as(added::toString).isZero();
        String header = "title,response_area,dimensions,kind,status,starts_on\n";
        java.nio.file.Path bad = Files.writeString(home.path().resolveSibling("bad-activities.csv"),
                header + "Cli training,MONITORING,HUMAN,PROJECT,PLANNED,2016-01-01\n"
                        + "Cli sports,SPORTS,HUMAN,PROJECT,PLANNED,2016-01-01\n");
        java.nio.file.Path good = Files.writeString(home.path().resolveSibling("good-activities.csv"),
                header + "Cli training,MONITORING,HUMAN,PROJECT,PLANNED,2016-01-01\n");

        Result rejected = home.runInThisJvm(null, "import", "activities", bad.toString(), "--user", "farida");
        assertThat(rejected.exitCode()).as(rejected::toString).isEqualTo(ImportCommand.FileImport.REJECTED);
        assertThat(rejected.output()).contains("line 3", "SPORTS", "Rejected, nothing written");
        assertThat(rejected.hasStackTrace()).as(rejected::toString).isFalse();

        Result imported = home.runInThisJvm(null, "import", "activities", good.toString(), "--format", "csv", "--user", "farida");
        assertThat(imported.exitCode()).as(imported::toString).isZero();
        assertThat(imported.output()).contains("Imported (CSV", "1 rows read, 1 new");
    }

    @Test
    void commandsWithoutAServerStartAndStopTheirOwnDatabase() {
        try (Home alone = Home.create("cli-alone")) {
            Result added = alone.runInThisJvm(PASSWORD + "\n", "users", "add", "erin", "--admin", "--password-stdin");
            assertThat(added.exitCode()).as(added::toString).isZero();
            assertThat(added.output()).contains("Added user erin.");
            assertThat(alone.postmaster()).as("postmaster.pid after the command").isEmpty();
            assertThat(alone.postgresProcessesAfter(Duration.ofSeconds(10))).as("postgres after the command").isEmpty();
        }
    }

    @Test
    void commandOnAnUnusableHomeSaysWhatIsWrongInOneLine() throws IOException {
        try (Home broken = Home.create("cli-broken-home")) {
            Files.writeString(broken.path(), "a file where the data directory should be");

            Result verify = broken.run(null, "audit", "verify");

            assertThat(verify.exitCode()).as(verify::toString).isNotZero();
            assertThat(verify.output()).contains("Could not start the embedded database in " + broken.path(),
                    "CORRIDOR_HOME must name a directory");
            assertThat(verify.hasStackTrace()).as(verify::toString).isFalse();
        }
    }

    @Test
    void importingAGoodFileWritesItsCountsAndEndsWithTheSummary() throws Exception {
        java.nio.file.Path file = flowFile("good", """
                date,location_code,direction,source,total,men,women,children
                2015-10-20,MK-GEVGELIJA-BCP,ENTRY,,1200,500,300,400
                2015-10-21,MK-GEVGELIJA-BCP,ENTRY,,1350,600,350,400
                """);

        Result imported = home.runInThisJvm(null, "import", "flows", file.toString(), "--user", focalPoint());

        assertThat(imported.exitCode()).as(imported::toString).isZero();
        assertThat(imported.output()).contains("Read 2 rows.", "Imported (CSV, job ", "2 rows read, 2 new, 0 corrected");
        assertThat(countsBetween("2015-10-20", "2015-10-21")).isEqualTo(2);
    }

    @Test
    void importingABadFileListsEveryProblemExitsThreeAndWritesNothing() throws Exception {
        java.nio.file.Path file = flowFile("bad", """
                date,location_code,direction,total
                2015-11-02,MK-TABANOVCE-BCP,EXIT,900
                2015-11-03,MK-TABANOVCE-BCP,EXIT,-5
                2015-11-04,MK-NOWHERE,EXIT,700
                """);

        Result rejected = home.runInThisJvm(null, "import", "flows", file.toString(), "--user", focalPoint());

        assertThat(rejected.exitCode()).as(rejected::toString).isEqualTo(ImportCommand.Flows.REJECTED);
        assertThat(rejected.output()).contains("error\tline 3\ttotal\t-5", "error\tline 4\tlocation_code\tMK-NOWHERE",
                "Rejected, nothing written");
        assertThat(rejected.hasStackTrace()).as(rejected::toString).isFalse();
        assertThat(countsBetween("2015-11-02", "2015-11-04")).as("the good row is not written either").isZero();
    }

    @Test
    void aFailedImportIsRecordedFailedAtOnceAndTheCommandSaysWhyInASentence() throws Exception {
        java.nio.file.Path file = flowFile("fails", """
                date,location_code,direction,total
                2015-12-09,MK-TABANOVCE-TC,PRESENT,300
                """);
        try (Connection db = home.connect(); Statement statement = db.createStatement()) {
            // The database refuses the insert for a reason of its own, as a full disk would (this day only).
            statement.execute("create function flow_count_test_disk_full() returns trigger language plpgsql as"
                    + " 'begin raise exception ''could not extend file: No space left on device'' using errcode = ''53100''; end'");
            statement.execute("create trigger flow_count_test_disk_full before insert on flow_count for each row"
                    + " when (new.period_start = date '2015-12-09') execute function flow_count_test_disk_full()");
            Result failed;
            try {
                failed = home.runInThisJvm(null, "import", "flows", file.toString(), "--user", focalPoint());
            } finally {
                statement.execute("drop trigger flow_count_test_disk_full on flow_count");
                statement.execute("drop function flow_count_test_disk_full()");
            }

            assertThat(failed.exitCode()).as(failed::toString).isEqualTo(1);
            assertThat(failed.output()).contains("The import failed and nothing was written: the database ran out of"
                    + " resources", "Failed, nothing written").doesNotContain("ERROR:", "No space left", "flow_count");
            assertThat(failed.hasStackTrace()).as(failed::toString).isFalse();
            // Recorded FAILED by the command itself, with its reason: not RUNNING, later "stopped by a restart".
            try (ResultSet job = statement.executeQuery("select j.status, p.reason from import_job j join import_problem p"
                    + " on p.job_id = j.id where j.file_name = '" + file.getFileName() + "'")) {
                assertThat(job.next()).isTrue();
                assertThat(job.getString("status")).isEqualTo("FAILED");
                assertThat(job.getString("reason")).startsWith("The import failed and nothing was written: the database"
                        + " ran out of resources");
            }
        }
        assertThat(countsBetween("2015-12-09", "2015-12-09")).isZero();
    }

    @Test
    void dryRunChecksTheFileAndWritesNothing() throws Exception {
        java.nio.file.Path file = flowFile("dry", """
                date,location_code,direction,total
                2015-12-01,MK-TABANOVCE-TC,PRESENT,300
                """);

        Result checked = home.runInThisJvm(null, "import", "flows", file.toString(), "--user", focalPoint(), "--dry-run");

        assertThat(checked.exitCode()).as(checked::toString).isZero();
        assertThat(checked.output()).contains("Checked, nothing written", "1 rows read, 1 new");
        assertThat(countsBetween("2015-12-01", "2015-12-01")).isZero();
    }

    @Test
    void anUnknownFormatIsAUsageErrorNamingTheKnownOnes() throws Exception {
        java.nio.file.Path file = flowFile("format", "date,total\n");

        Result wrong = home.runInThisJvm(null, "import", "flows", file.toString(), "--user", "anyone", "--format", "ods");

        assertThat(wrong.exitCode()).as(wrong::toString).isEqualTo(2);
        assertThat(wrong.output()).contains("Unknown format ods: use csv, hxl or xlsx.");
        assertThat(wrong.hasStackTrace()).as(wrong::toString).isFalse();
    }

    private String focalPointName;

    /** Skopje's focal point, added once for the import tests. */
    private String focalPoint() {
        if (focalPointName == null) {
            Result added = home.runInThisJvm(PASSWORD + "\n", "users", "add", "fiona", "--role", "FOCAL_POINT", "--operation",
                    "skopje", "--password-stdin");
            assertThat(added.exitCode()).as(added::toString).isZero();
            focalPointName = "fiona";
        }
        return focalPointName;
    }

    private java.nio.file.Path flowFile(String name, String content) throws IOException {
        java.nio.file.Path file = home.path().resolveSibling(home.path().getFileName() + "-" + name + ".csv");
        Files.writeString(file, content);
        return file;
    }

    private long countsBetween(String first, String last) throws SQLException {
        try (Connection db = home.connect(); PreparedStatement query = db.prepareStatement(
                "select count(*) from flow_count where period_start between ?::date and ?::date")) {
            query.setString(1, first);
            query.setString(2, last);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static List<Long> sequenceNumbers(Connection db) throws SQLException {
        List<Long> entries = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("select seq from audit_entry order by seq");
                var rows = query.executeQuery()) {
            while (rows.next()) {
                entries.add(rows.getLong(1));
            }
        }
        return entries;
    }

    /** Changes the log behind Corridor's back, as someone with the database's superuser password could. */
    private static void tamper(Connection db, String... statements) throws SQLException {
        db.setAutoCommit(false);
        try (Statement statement = db.createStatement()) {
            statement.execute("alter table audit_entry disable trigger audit_entry_append_only");
            for (String sql : statements) {
                statement.execute(sql);
            }
            statement.execute("alter table audit_entry enable always trigger audit_entry_append_only");
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }
}
