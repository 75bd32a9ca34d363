package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.corridor.CorridorProcess;
import org.corridor.CorridorProcess.Home;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/corridor} with the packaged jar, as an operator runs it: run by failsafe after {@code package} (the jar
 * is {@code target/corridor.jar}, its path in {@code corridor.jar}), not by surefire.
 */
class LauncherIT {

    /** The first start loads the whole demo: on a loaded machine of two cores, minutes. */
    private static final Duration FIRST_START = Duration.ofMinutes(4);
    private static final Duration RESTART = Duration.ofMinutes(2);
    // The launcher's own options come first; these must not change what it is testing (C1 only: less CPU in a build).
    private static final String JAVA_OPTS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx512m";
    private static final Pattern TOTAL = Pattern.compile("\"totalItems\"\\s*:\\s*(\\d+)");

    private final Path jar = Path.of(System.getProperty("corridor.jar", "target/corridor.jar")).toAbsolutePath();

    @Test
    void restartsTheDemoFromItsClassDataArchiveAndTheBeansDecidedAtBuildTime() throws IOException {
        try (Home home = Home.create("launcher")) {
            CorridorProcess first = home.startServerThroughLauncher(jar, JAVA_OPTS, FIRST_START,
                    "--spring.profiles.active=demo");
            assertThat(first.output()).as(first.outputTail()).contains("Starting AOT-processed CorridorMain")
                    .contains("Demo scenario loaded");
            assertThat(first.get("/login", null).statusCode()).isEqualTo(200);
            // A command through the launcher too: it joins the running server's database.
            CorridorProcess.Result token = home.runThroughLauncher(jar, JAVA_OPTS, "tokens", "create", "coordinator",
                    "--name", "launcher test");
            assertThat(token.exitCode()).as(token.toString()).isZero();
            long visits = visitsReadBy(first, token.token());
            assertThat(visits).isPositive();
            first.stop();
            Path archive = onlyUnpackedBuild(home).resolve("classes.jsa");
            assertThat(archive).as("written by the first server run at its exit").isNotEmptyFile();

            CorridorProcess restart = home.startServerThroughLauncher(jar, JAVA_OPTS, RESTART,
                    "--spring.profiles.active=demo");
            assertThat(restart.output()).as(restart.outputTail()).contains("Starting AOT-processed CorridorMain")
                    .doesNotContain("Demo scenario loaded").contains("Start-up took");
            assertThat(mappedFiles(restart)).as("the class data archive mapped by the restart")
                    .contains(archive.toRealPath().toString());
            assertThat(restart.get("/login", null).statusCode()).isEqualTo(200);
            assertThat(visitsReadBy(restart, token.token())).isEqualTo(visits);
            restart.stop();
        }
    }

    private static long visitsReadBy(CorridorProcess server, String token) {
        var answer = server.get("/api/v1/visits?size=1", token);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Matcher total = TOTAL.matcher(answer.body());
        assertThat(total.find()).as(answer.body()).isTrue();
        return Long.parseLong(total.group(1));
    }

    private static Path onlyUnpackedBuild(Home home) throws IOException {
        try (Stream<Path> builds = Files.list(home.path().resolve("app"))) {
            List<Path> all = builds.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    /** The files the process has mapped into its memory ({@code /proc/PID/maps}: Linux). */
    private static String mappedFiles(CorridorProcess process) throws IOException {
        return Files.readString(Path.of("/proc", Long.toString(process.pid()), "maps"));
    }
}
