package org.corridor;
import org.corridor.cli.CorridorCommandLine;
import org.corridor.database.DatabaseCredentials;
import org.corridor.database.TemplateDataDirectory;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Corridor as an operator runs it: a separate JVM ({@code java -cp ... CorridorMain}) with
 * {@code CORRIDOR_HOME} set, either the server or one command. Its output goes to a file beside
 * the home under {@code target/process-tests/}, so a failure can be read afterwards.
 */
public final class CorridorProcess {

    public static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(90);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final Process process;
    private final Path output;
    private final int port;

    private CorridorProcess(Process process, Path output, int port) {
        this.process = process;
        this.output = output;
        this.port = port;
    }

    public long pid() {
        return process.pid();
    }

    /** The HTTP port of a server (0 for a command). */
    public int port() {
        return port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The end of the output, for assertion messages. */
    public String outputTail() {
        String text = output();
        String tail = text.length() > 8000 ? "..." + text.substring(text.length() - 8000) : text;
        return "--- output of process " + pid() + " (" + output + ") ---\n" + tail;
    }

    private boolean tookAPortInUse() {
        return output().contains("Port " + port + " was already in use");
    }

    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                fail("Process %d did not exit within %d s\n%s", pid(), timeout.toSeconds(), outputTail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A graceful stop, as by {@code kill PID} or a service manager: SIGTERM. */
    public int stop() {
        process.destroy();
        return awaitExit(STOP_TIMEOUT);
    }

    /** {@code kill -9 PID}: no shutdown hooks run, so the embedded postgres is left behind. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(STOP_TIMEOUT);
    }

    /** The {@code status} of {@code /actuator/health}, or null while nothing answers. */
    public String health() {
        try {
            HttpResponse<String> response = get("/actuator/health", null);
            Matcher status = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"").matcher(response.body());
            return status.find() ? status.group(1) : null;
        } catch (UncheckedIOException e) {
            return null;
        }
    }

    public HttpResponse<String> get(String path, String bearerToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET();
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return send(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), request.build());
    }

    /** Signs in through the form at /login, as a browser does; true when it lands anywhere but /login. */
    public boolean signIn(String username, String password) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> form = send(browser, HttpRequest.newBuilder(uri("/login"))
                .timeout(Duration.ofSeconds(10)).GET().build());
        Matcher csrf = CSRF_FIELD.matcher(form.body());
        if (!csrf.find()) {
            fail("No _csrf field on /login (status %d):\n%s", form.statusCode(), form.body());
        }
        String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                + encode(csrf.group(1));
        HttpResponse<String> response = send(browser, HttpRequest.newBuilder(uri("/login"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302) {
            fail("Sign-in answered %d instead of a redirect:\n%s", response.statusCode(), response.body());
        }
        return !location.contains("/login");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A script that starts Corridor, such as {@code bin/corridor JAR}, and the {@code JAVA_OPTS} it is given. */
    private record Launcher(List<String> command, String javaOptions) {
    }

    /** A command run to its end. */
    public record Result(int exitCode, String output) {

        public boolean hasStackTrace() {
            return output.contains("\tat ");
        }

        /** The first line that looks like a personal API token. */
        public String token() {
            return output.lines().map(String::trim).filter(line -> line.startsWith("crd_")).findFirst()
                    .orElseThrow(() -> new AssertionError("No token in the output:\n" + this));
        }

        @Override
        public String toString() {
            return "exit code " + exitCode + ", output:\n" + output;
        }
    }

    /** The first lines of postgres' {@code postmaster.pid}: pid, data directory, start time, port. */
    public record Postmaster(long pid, int port) {

        public boolean alive() {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }

        /** pg_ctl's stop returns once postmaster.pid is gone, a moment before the process itself. */
        public boolean exitsWithin(Duration timeout) {
            Instant deadline = Instant.now().plus(timeout);
            while (alive() && Instant.now().isBefore(deadline)) {
                pause(Duration.ofMillis(100));
            }
            return !alive();
        }
    }

    /**
     * A fresh {@code CORRIDOR_HOME}. Closing it ends every process started on it and any postgres
     * still running on its data directory, so a failed test leaves nothing behind.
     */
    public static final class Home implements AutoCloseable {

        private final Path path;
        private final List<CorridorProcess> started = new ArrayList<>();

        private Home(Path path) {
            this.path = path;
        }

        public static Home create(String name) {
            Path directory = Path.of("target", "process-tests", name + "-" + UUID.randomUUID().toString().substring(0, 8))
                    .toAbsolutePath();
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Home(directory.resolve("home"));
        }

        public Path path() {
            return path;
        }

        public Path dataDirectory() {
            return path.resolve("postgres");
        }

        /** Starts the server on a free port and waits until its health is UP. */
        public CorridorProcess startServer() {
            return startServer(new String[0]);
        }

        /** Starts the server on a free port with more options (e.g. {@code --spring.datasource.url=...}) and waits until its health is UP. */
        public CorridorProcess startServer(String... options) {
            return awaitUp(() -> launchServer(options), START_TIMEOUT);
        }

        /**
         * Starts the server as an operator does with {@code bin/corridor JAR OPTIONS} (the packaged jar, unpacked into
         * this home, with its class data archive and ahead-of-time set-up) on a free port and waits until its health is
         * UP. {@code javaOptions} go in {@code JAVA_OPTS}.
         */
        public CorridorProcess startServerThroughLauncher(Path jar, String javaOptions, Duration timeout,
                String... options) {
            return awaitUp(() -> {
                int port = freePort();
                List<String> arguments = new ArrayList<>(List.of(options));
                arguments.add("--server.port=" + port);
                return launch("server", port, null, launcher(jar, javaOptions), arguments.toArray(String[]::new));
            }, timeout);
        }

        /** Runs {@code bin/corridor JAR ARGUMENTS} (a command) to its end. */
        public Result runThroughLauncher(Path jar, String javaOptions, String... arguments) {
            String label = arguments.length == 0 ? "command" : arguments[0].replaceFirst("^-+", "");
            CorridorProcess command = launch(label, 0, null, launcher(jar, javaOptions), arguments);
            int exitCode = command.awaitExit(COMMAND_TIMEOUT);
            return new Result(exitCode, command.output());
        }

        private static Launcher launcher(Path jar, String javaOptions) {
            return new Launcher(List.of(Path.of("bin", "corridor").toAbsolutePath().toString(), jar.toString()),
                    "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir") + " " + javaOptions);
        }

        private CorridorProcess awaitUp(java.util.function.Supplier<CorridorProcess> launcher, Duration timeout) {
            CorridorProcess server = launcher.get();
            Instant deadline = Instant.now().plus(timeout);
            int portsTaken = 0;
            while (Instant.now().isBefore(deadline)) {
                if (!server.isAlive() && server.tookAPortInUse() && ++portsTaken < 3) {
                    // the port was free when chosen, and something (another test's postmaster) bound it before the
                    // server did: a race of the test's, not a failure of the server's, so it starts on another
                    server = launcher.get();
                    continue;
                }
                if (!server.isAlive()) {
                    fail("The server exited with code %d before it was up\n%s", server.process.exitValue(),
                            server.outputTail());
                }
                if ("UP".equals(server.health())) {
                    return server;
                }
                pause(Duration.ofMillis(100)); // health is cheap to ask; a server up is a test under way
            }
            server.process.destroyForcibly();
            return fail("The server was not UP within %d s\n%s", timeout.toSeconds(), server.outputTail());
        }

        /** Starts the server without waiting for it. */
        public CorridorProcess launchServer(String... options) {
            int port = freePort();
            List<String> arguments = new ArrayList<>(List.of(options));
            arguments.add("--server.port=" + port);
            return launch("server", port, null, arguments.toArray(String[]::new));
        }

        /** Runs {@code corridor ARGUMENTS}, with {@code input} (if any) on its standard input. */
        public Result run(String input, String... arguments) {
            String label = arguments.length == 0 ? "command" : arguments[0].replaceFirst("^-+", "");
            CorridorProcess command = launch(label, 0, input, arguments);
            int exitCode = command.awaitExit(COMMAND_TIMEOUT);
            return new Result(exitCode, command.output());
        }

        /**
         * Runs {@code corridor ARGUMENTS} on this home as {@link #run} does, but in this JVM: the same
         * {@code CorridorCommandLine}, the same Spring start (joining a running server's database, starting and stopping
         * its own otherwise), with standard input, output and error (the log's console too) captured as one stream, as
         * {@link #run} captures a process's. What only a separate JVM shows (the jar's main, {@code System.exit}'s code,
         * a JVM's own messages) is left to {@link #run}; a command here costs its Spring start, not a JVM's as well.
         * The home is given as {@code --corridor.home}, which every command that starts Spring passes on to it.
         */
        public Result runInThisJvm(String input, String... arguments) {
            copyTheTemplateIntoANewHome(arguments);
            List<String> command = new ArrayList<>(List.of(arguments));
            command.add("--corridor.home=" + path);
            return InThisJvm.run(input, command.toArray(String[]::new));
        }

        public Optional<Postmaster> postmaster() {
            try {
                List<String> lines = Files.readAllLines(dataDirectory().resolve("postmaster.pid"));
                if (lines.size() < 4) {
                    return Optional.empty();
                }
                return Optional.of(new Postmaster(Long.parseLong(lines.get(0).trim()),
                        Integer.parseInt(lines.get(3).trim())));
            } catch (IOException | NumberFormatException e) {
                return Optional.empty();
            }
        }

        /** The postmasters still running on this home's data directory after waiting up to {@code grace}. */
        public List<ProcessHandle> postgresProcessesAfter(Duration grace) {
            Instant deadline = Instant.now().plus(grace);
            List<ProcessHandle> running = postgresProcesses();
            while (!running.isEmpty() && Instant.now().isBefore(deadline)) {
                pause(Duration.ofMillis(100));
                running = postgresProcesses();
            }
            return running;
        }

        /** Every live postmaster started on this home's data directory, whatever postmaster.pid says. */
        private List<ProcessHandle> postgresProcesses() {
            String directory = dataDirectory().toString();
            return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().arguments().map(List::of)
                            .map(arguments -> arguments.contains("-D") && arguments.contains(directory))
                            .orElse(false))
                    .toList();
        }

        /** The running database, as its superuser (the owner, with its password from the home), bypassing Corridor. */
        public Connection connect() throws SQLException {
            Postmaster postmaster = postmaster()
                    .orElseThrow(() -> new AssertionError("No postgres is running on " + dataDirectory()));
            DatabaseCredentials credentials;
            try {
                credentials = DatabaseCredentials.read(dataDirectory().getParent().resolve(DatabaseCredentials.FILE_NAME));
            } catch (java.io.IOException e) {
                throw new SQLException(e);
            }
            return DriverManager.getConnection("jdbc:postgresql://localhost:" + postmaster.port() + "/postgres",
                    credentials.ownerUser(), credentials.ownerPassword());
        }

        @Override
        public void close() {
            for (CorridorProcess process : started) {
                if (process.isAlive()) {
                    process.process.destroy();
                    try {
                        if (!process.process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                            process.process.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
            List<ProcessHandle> postgres = new ArrayList<>(postgresProcesses());
            postmaster().flatMap(postmaster -> ProcessHandle.of(postmaster.pid())).filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false))
                    .filter(process -> !postgres.contains(process)).ifPresent(postgres::add);
            for (ProcessHandle process : postgres) {
                process.destroy();
                try {
                    process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                } catch (Exception e) {
                    process.destroyForcibly();
                }
            }
        }

        private void copyTheTemplateIntoANewHome(String... arguments) {
            boolean embedded = Stream.of(arguments).noneMatch(argument -> argument.startsWith("--spring.datasource.url="));
            if (embedded && !Files.exists(path)) {
                // what initdb would write on the first start, copied: the first start runs in full all the same
                TemplateDataDirectory.copyTo(dataDirectory());
            }
        }

        private CorridorProcess launch(String label, int port, String input, String... arguments) {
            return launch(label, port, input, (Launcher) null, arguments);
        }

        /** {@code launcher} null: this build's classes in a JVM of their own; else that script with its jar. */
        private CorridorProcess launch(String label, int port, String input, Launcher launcher, String... arguments) {
            copyTheTemplateIntoANewHome(arguments);
            Path output = path.resolveSibling(String.format("%02d-%s.log", started.size() + 1, label));
            List<String> command = new ArrayList<>(launcher != null ? launcher.command() : List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // a quick start matters more than peak speed in these short-lived JVMs
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m",
                    "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                    "-cp", System.getProperty("java.class.path"),
                    "org.corridor.cli.CorridorMain"));
            command.addAll(List.of(arguments));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().put("CORRIDOR_HOME", path.toString());
            if (launcher != null) {
                builder.environment().put("JAVA_OPTS", launcher.javaOptions());
                // the launcher runs the java on the PATH: this JVM's
                builder.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + java.io.File.pathSeparator
                        + builder.environment().getOrDefault("PATH", ""));
            }
            try {
                Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
                CorridorProcess process = new CorridorProcess(builder.start(), output, port);
                started.add(process);
                try (OutputStream stdin = process.process.getOutputStream()) {
                    if (input != null) {
                        stdin.write(input.getBytes(StandardCharsets.UTF_8));
                    }
                }
                return process;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Standard input, output and error are the JVM's, so one command at a time (surefire runs classes one by one).
     * So is the logging system, which Spring Boot sets up once a JVM: for the command's own settings (nothing on the
     * console but what the command says) to apply as in a process of its own, logging is set up afresh for the
     * command, and afterwards again as the test contexts have it (Spring Boot's defaults; the test configuration
     * sets only {@code io.zonky} to WARN), so that the tests after it log as before.
     */
    private static final class InThisJvm {

        static synchronized Result run(String input, String... arguments) {
            LoggingSystem logging = LoggingSystem.get(InThisJvm.class.getClassLoader());
            logging.cleanUp(); // the command's start sets logging up with its own settings
            try {
                return runWithItsOwnLogging(input, arguments);
            } finally {
                logging.cleanUp();
                logging.beforeInitialize();
                logging.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
                logging.setLogLevel("io.zonky", LogLevel.WARN);
            }
        }

        private static Result runWithItsOwnLogging(String input, String... arguments) {
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            PrintStream terminal = new PrintStream(captured, true, StandardCharsets.UTF_8);
            InputStream stdin = System.in;
            PrintStream stdout = System.out;
            PrintStream stderr = System.err;
            System.setIn(new ByteArrayInputStream(input == null ? new byte[0] : input.getBytes(StandardCharsets.UTF_8)));
            System.setOut(terminal);
            System.setErr(terminal);
            try {
                int exitCode = CorridorCommandLine.execute(arguments);
                terminal.flush();
                return new Result(exitCode, captured.toString(StandardCharsets.UTF_8));
            } finally {
                System.setIn(stdin);
                System.setOut(stdout);
                System.setErr(stderr);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
