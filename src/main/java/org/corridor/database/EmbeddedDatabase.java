package org.corridor.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL that Corridor starts for itself, with its data under {@code CORRIDOR_HOME}.
 *
 * <p>One process at a time owns a home: it holds {@code corridor.lock}. A second server fails with
 * a clear message; a command-line run instead joins the owner's database, so commands work while
 * the server runs. A postgres left running by a killed owner is stopped before a fresh start.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(60);

    private final Path home;
    private final int port;
    private final EmbeddedPostgres postgres;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final DatabaseCredentials credentials;

    private EmbeddedDatabase(Path home, int port, EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock,
            DatabaseCredentials credentials) {
        this.home = home;
        this.port = port;
        this.postgres = postgres;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.credentials = credentials;
    }

    /**
     * Starts the database of {@code home}, or, when {@code joinRunning} and another Corridor owns
     * the home, connects to that one's database.
     */
    public static EmbeddedDatabase open(Path home, int port, boolean joinRunning) {
        Path absoluteHome = home.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absoluteHome);
            Path dataDirectory = absoluteHome.resolve("postgres");
            FileChannel channel = FileChannel.open(absoluteHome.resolve("corridor.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String owner = readOwner(channel);
                channel.close();
                if (joinRunning) {
                    return join(absoluteHome, dataDirectory, owner);
                }
                throw new CorridorHomeInUseException(absoluteHome, owner);
            }
            writeOwner(channel);
            stopOrphanedPostgres(dataDirectory);
            DatabaseCredentials credentials = credentials(absoluteHome, dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port == 0 ? freePort() : port)
                    // zonky turns these off for speed; Corridor's data must survive a crash.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    // Tomcat and the pool must close before the database does, so no hook of zonky's.
                    .setRegisterShutdownHook(false)
                    .setConnectConfig("password", credentials.ownerPassword())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), dataDirectory);
            EmbeddedDatabase database = new EmbeddedDatabase(absoluteHome, postgres.getPort(), postgres, channel, lock,
                    credentials);
            try {
                database.requirePasswords(dataDirectory);
            } catch (IOException | SQLException | RuntimeException e) {
                database.close();
                throw new IllegalStateException("Could not secure the embedded database in " + dataDirectory + ": "
                        + e.getMessage(), e);
            }
            return database;
        } catch (IOException e) {
            // e's message alone is often just a path; its type says what is wrong with it.
            throw new IllegalStateException("Could not start the embedded database in " + absoluteHome + " (" + e
                    + "). CORRIDOR_HOME must name a directory that this user may write to.", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** The application's role: no superuser, may only append to the audit log (see {@code DatabaseGrants}). */
    public String username() {
        return credentials.appUser();
    }

    public String password() {
        return credentials.appPassword();
    }

    /** The owner of the schema, the cluster's superuser: runs the migrations, nothing else. */
    public String ownerUsername() {
        return credentials.ownerUser();
    }

    public String ownerPassword() {
        return credentials.ownerPassword();
    }

    /** A connection as the owner, bypassing the application's role (migrations, tests, maintenance). */
    public Connection ownerConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), credentials.ownerUser(), credentials.ownerPassword());
    }

    /**
     * The home's credentials. Without the file, the home is new or from a version whose database trusted every local
     * connection: new passwords are made here and set by {@link #requirePasswords}. A database that already asks for
     * passwords but whose file is gone cannot be opened: say so instead of waiting for a login that cannot succeed.
     */
    private static DatabaseCredentials credentials(Path home, Path dataDirectory) throws IOException {
        Path file = home.resolve(DatabaseCredentials.FILE_NAME);
        Path hba = dataDirectory.resolve("pg_hba.conf");
        if (!Files.exists(file) && Files.exists(hba) && requiresPasswords(Files.readString(hba))) {
            throw new IllegalStateException("The embedded database in " + dataDirectory + " requires passwords, but "
                    + file + " is missing. Restore that file from a backup of " + home + ".");
        }
        return DatabaseCredentials.readOrCreate(home);
    }

    /** Whether no rule of this {@code pg_hba.conf} trusts a connection (comments aside). */
    static boolean requiresPasswords(String hba) {
        boolean rules = false;
        for (String line : hba.split("\n")) {
            int comment = line.indexOf('#');
            String rule = (comment < 0 ? line : line.substring(0, comment)).trim();
            if (rule.isEmpty()) {
                continue;
            }
            rules = true;
            String[] fields = rule.split("\\s+");
            if (fields[fields.length - 1].equals("trust") || rule.contains(" trust ")) {
                return false;
            }
        }
        return rules;
    }

    /** What {@code pg_hba.conf} says: every connection, local or over loopback, gives a password (SCRAM), none is trusted. */
    static final String PG_HBA = """
            # Written by Corridor: every connection must give its role's password (SCRAM-SHA-256); none is trusted.
            # The passwords are in CORRIDOR_HOME/postgres-credentials (mode 0600).
            # TYPE  DATABASE     USER  ADDRESS       METHOD
            local   all          all                 scram-sha-256
            host    all          all   127.0.0.1/32  scram-sha-256
            host    all          all   ::1/128       scram-sha-256
            local   replication  all                 scram-sha-256
            host    replication  all   127.0.0.1/32  scram-sha-256
            host    replication  all   ::1/128       scram-sha-256
            """;

    /**
     * Sets both roles' passwords (SCRAM), makes the application's role (login, nothing more; its rights on the tables
     * are granted after the migrations) and then, if not yet so, rewrites {@code pg_hba.conf} to require passwords and
     * reloads it. Idempotent: a start interrupted half-way finishes the job on the next one. On the first start of a
     * database from an earlier version (trust), this is its upgrade.
     */
    private void requirePasswords(Path dataDirectory) throws IOException, SQLException {
        try (Connection connection = ownerConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            statement.execute("alter role " + literalName(credentials.ownerUser()) + " with password "
                    + literal(credentials.ownerPassword()));
            boolean exists;
            try (ResultSet rs = statement.executeQuery("select 1 from pg_roles where rolname = "
                    + literal(credentials.appUser()))) {
                exists = rs.next();
            }
            String attributes = " with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password "
                    + literal(credentials.appPassword());
            statement.execute((exists ? "alter role " : "create role ") + literalName(credentials.appUser()) + attributes);
            Path hba = dataDirectory.resolve("pg_hba.conf");
            if (!Files.readString(hba).equals(PG_HBA)) {
                Path temporary = dataDirectory.resolve("pg_hba.conf.new");
                Files.writeString(temporary, PG_HBA);
                Files.move(temporary, hba, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                try (ResultSet rs = statement.executeQuery("select pg_reload_conf()")) {
                    rs.next();
                }
                log.info("The embedded database now requires passwords (SCRAM-SHA-256); they are in {}",
                        home.resolve(DatabaseCredentials.FILE_NAME));
            }
        }
    }

    /** Passwords are base64url (letters, digits, '-' and '_'): quoting is all they need; anything else is refused. */
    private static String literal(String value) {
        return "'" + checked(value) + "'";
    }

    private static String literalName(String value) {
        return "\"" + checked(value) + "\"";
    }

    private static String checked(String value) {
        if (!value.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("a role name or password in " + DatabaseCredentials.FILE_NAME
                    + " has characters other than letters, digits, '-' and '_'");
        }
        return value;
    }

    public int port() {
        return port;
    }

    public Path home() {
        return home;
    }

    /** Whether this process started the database (rather than joining a running server's). */
    public boolean owner() {
        return postgres != null;
    }

    @Override
    public void close() {
        try {
            if (postgres != null) {
                postgres.close();
            }
            if (lock != null) {
                lock.release();
                lockChannel.close();
            }
        } catch (IOException e) {
            log.warn("While stopping the embedded database: {}", e.getMessage());
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very process, e.g. a second application context
        }
    }

    private static void writeOwner(FileChannel channel) throws IOException {
        channel.truncate(0);
        channel.write(java.nio.ByteBuffer.wrap(
                Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(true);
    }

    private static String readOwner(FileChannel channel) throws IOException {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(32);
        int read = channel.read(buffer, 0);
        return read <= 0 ? "unknown" : new String(buffer.array(), 0, read, StandardCharsets.US_ASCII).trim();
    }

    private static EmbeddedDatabase join(Path home, Path dataDirectory, String owner) {
        Optional<PostmasterFile> postmaster = PostmasterFile.read(dataDirectory);
        if (postmaster.isEmpty() || postmaster.get().process(dataDirectory).isEmpty()) {
            throw new CorridorHomeInUseException(home, owner);
        }
        log.info("Using the database of the Corridor already running on {} (process {})", home, owner);
        DatabaseCredentials credentials;
        try {
            credentials = DatabaseCredentials.read(home.resolve(DatabaseCredentials.FILE_NAME));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the embedded database's passwords (" + e.getMessage()
                    + "): run this command as the user that runs the Corridor server of " + home + ".", e);
        }
        return new EmbeddedDatabase(home, postmaster.get().port(), null, null, null, credentials);
    }

    /**
     * After {@code kill -9} of Corridor, its postgres keeps running and holds {@code postmaster.pid}.
     * Nobody holds our lock, so it is an orphan: shut it down cleanly (SIGTERM, a smart shutdown)
     * so that the start below succeeds and nothing committed is lost.
     *
     * <p>After a crash of the machine or of postgres itself, {@code postmaster.pid} is left behind
     * with nothing running; postgres then refuses to start if its pid now belongs to any other
     * process, which is common after a reboot or a container restart. We hold the lock and no
     * postgres runs on the directory, so the file is stale: remove it.
     */
    private static void stopOrphanedPostgres(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve(PostmasterFile.NAME);
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = PostmasterFile.read(dataDirectory)
                .flatMap(postmaster -> postmaster.process(dataDirectory));
        if (orphan.isEmpty()) {
            log.warn("Removing {}, left behind by a PostgreSQL that is no longer running", pidFile);
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle process = orphan.get();
        log.warn("Stopping PostgreSQL (process {}) left running on {} by an earlier Corridor", process.pid(),
                dataDirectory);
        process.destroy();
        try {
            process.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL process " + process.pid() + " on " + dataDirectory
                    + " did not stop within " + ORPHAN_STOP_WAIT.toSeconds() + " s; stop it by hand and start again.");
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The first lines of postgres' {@code postmaster.pid}: pid, data directory, start time, port. */
    record PostmasterFile(long pid, Path dataDirectory, int port) {

        static final String NAME = "postmaster.pid";

        static Optional<PostmasterFile> read(Path dataDirectory) {
            Path file = dataDirectory.resolve(NAME);
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.size() < 4) {
                    return Optional.empty();
                }
                return Optional.of(new PostmasterFile(Long.parseLong(lines.get(0).trim()),
                        Path.of(lines.get(1).trim()), Integer.parseInt(lines.get(3).trim())));
            } catch (IOException | NumberFormatException e) {
                return Optional.empty();
            }
        }

        /**
         * The live postgres started with {@code -D dataDirectory}. The name of the command is not
         * enough: pids are reused after a reboot, also by another Corridor's postgres, which we must
         * neither stop nor join.
         */
        Optional<ProcessHandle> process(Path dataDirectory) {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().arguments().map(List::of)
                            .map(arguments -> servesDirectory(arguments, dataDirectory)).orElse(false));
        }

        private static boolean servesDirectory(List<String> arguments, Path dataDirectory) {
            int option = arguments.indexOf("-D");
            if (option < 0 || option + 1 >= arguments.size()) {
                return false;
            }
            try {
                return Files.isSameFile(Path.of(arguments.get(option + 1)), dataDirectory);
            } catch (IOException | java.nio.file.InvalidPathException e) {
                return false;
            }
        }
    }
}
