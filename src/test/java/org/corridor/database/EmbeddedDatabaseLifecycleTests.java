package org.corridor.database;
import org.corridor.CorridorProcess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.corridor.CorridorProcess.Home;
import org.corridor.CorridorProcess.Postmaster;
import org.corridor.CorridorProcess.Result;
import org.junit.jupiter.api.Test;

/**
 * The embedded database across the life of real Corridor processes: clean stops, {@code kill -9},
 * a crash that leaves {@code postmaster.pid} behind, and a second server on the same home. The servers are processes
 * of their own; the commands beside them run in this JVM ({@link Home#runInThisJvm}), which is what they need to be
 * (another owner of the home than the server, or the only one) and saves a JVM's start each.
 */
class EmbeddedDatabaseLifecycleTests {

    private static final String PASSWORD = "a-long-enough-password";
    private static final Duration EXIT_GRACE = Duration.ofSeconds(10);

    /** One server start serves both: a second server is refused while the first runs, then the first restarts. */
    @Test
    void secondServerOnTheSameHomeFailsClearlyAndCommittedDataSurvivesAGracefulRestart() {
        try (Home home = Home.create("restart")) {
            CorridorProcess server = home.startServer();

            CorridorProcess second = home.launchServer();
            int exitCode = second.awaitExit(CorridorProcess.START_TIMEOUT);
            assertThat(exitCode).as(second::outputTail).isNotZero();
            assertThat(second.output()).contains("Another Corridor (process " + server.pid() + ")")
                    .doesNotContain("\tat ");
            assertThat(server.health()).as("the first server after the attempt").isEqualTo("UP");

            Result added = home.runInThisJvm(PASSWORD + "\n", "users", "add", "alice", "--role", "VIEWER", "--operation", "skopje",
                    "--password-stdin");
            assertThat(added.exitCode()).as(added::toString).isZero();
            // the command joined the server's database rather than starting one of its own
            assertThat(server.signIn("alice", PASSWORD)).as(server::outputTail).isTrue();

            server.stop();
            assertThat(home.postmaster()).as("postmaster.pid after a clean stop").isEmpty();
            assertThat(home.postgresProcessesAfter(EXIT_GRACE)).as("postgres after a clean stop").isEmpty();

            CorridorProcess restarted = home.startServer();
            assertThat(restarted.signIn("alice", PASSWORD)).as(restarted::outputTail).isTrue();
            assertThat(restarted.signIn("alice", "not-" + PASSWORD)).isFalse();
            assertThat(restarted.output()).as("the restart's log names where its time went")
                    .containsPattern("Start-up took \\d+\\.\\d s: JVM and class loading \\d+\\.\\d s; Spring set-up")
                    .contains("; embedded PostgreSQL ", "; Flyway validate and migrate ", "; other beans and the web server ",
                            "; start-up tasks (demo check, first administrator) ", "; ready");
        }
    }

    @Test
    void startsAgainAfterTheServerWasKilled() {
        try (Home home = Home.create("kill-9")) {
            CorridorProcess server = home.startServer();
            Result added = home.runInThisJvm(PASSWORD + "\n", "users", "add", "bob", "--admin", "--password-stdin");
            assertThat(added.exitCode()).as(added::toString).isZero();

            server.kill();
            Postmaster orphan = home.postmaster().orElseThrow(() -> new AssertionError("no postmaster.pid after kill -9"));
            assertThat(orphan.alive()).as("postgres outlives a killed Corridor").isTrue();

            CorridorProcess restarted = home.startServer();
            assertThat(orphan.alive()).as("the orphaned postgres %d is stopped", orphan.pid()).isFalse();
            assertThat(restarted.output()).contains("Stopping PostgreSQL (process " + orphan.pid() + ")");
            assertThat(restarted.signIn("bob", PASSWORD)).as(restarted::outputTail).isTrue();

            Postmaster second = home.postmaster().orElseThrow();
            restarted.stop();
            assertThat(second.exitsWithin(EXIT_GRACE)).as("postgres %d exits with the server", second.pid()).isTrue();
            assertThat(home.postmaster()).as("postmaster.pid after a clean stop").isEmpty();
            assertThat(home.postgresProcessesAfter(EXIT_GRACE)).as("postgres on %s", home.dataDirectory()).isEmpty();
        }
    }

    /**
     * A power cut kills postgres too and leaves postmaster.pid. After a reboot (or in a restarted
     * container) its pid often belongs to some other process, and postgres then refuses to start.
     */
    @Test
    void startsAfterACrashLeftAStalePostmasterPid() throws Exception {
        Process bystander = new ProcessBuilder("sleep", "300").start();
        try (Home home = Home.create("stale-pid")) {
            Result added = home.runInThisJvm(PASSWORD + "\n", "users", "add", "carol", "--admin", "--password-stdin");
            assertThat(added.exitCode()).as(added::toString).isZero();
            Files.write(home.dataDirectory().resolve("postmaster.pid"), List.of(Long.toString(bystander.pid()),
                    home.dataDirectory().toString(), "1795869416", "54321", "/tmp", "localhost"));

            Result reset = home.runInThisJvm(PASSWORD + "\n", "users", "reset-password", "carol", "--password-stdin");

            assertThat(reset.exitCode()).as(reset::toString).isZero();
            assertThat(bystander.isAlive()).as("a process that merely has the old pid is left alone").isTrue();
            assertThat(home.postmaster()).as("postmaster.pid after the command").isEmpty();
        } finally {
            bystander.destroyForcibly();
        }
    }
}
