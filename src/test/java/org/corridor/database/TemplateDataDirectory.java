package org.corridor.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A PostgreSQL data directory as {@code initdb} leaves it, made once per test JVM and copied wherever a test
 * needs a fresh one: a copy takes a fraction of the seconds {@code initdb} takes (it creates and syncs three
 * databases), and the embedded database starts on an existing directory without running it. What a test sees is
 * the same: no credentials, every local connection trusted, so Corridor's first start (passwords, roles,
 * migrations, the first administrator) runs in full on each copy.
 */
public final class TemplateDataDirectory {

    private static final Path TEMPLATES = Path.of("target", "postgres-templates");
    private static Path template;

    private TemplateDataDirectory() {
    }

    /** Fills {@code dataDirectory}, which must not exist yet, with a copy of the template. */
    public static void copyTo(Path dataDirectory) {
        Path source = template();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = dataDirectory.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target.getParent());
                    // a directory copied with its attributes keeps postgres' 0700, which it insists on
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("A data directory is copied only into a new place: " + dataDirectory, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A new data directory under {@code target/}, a copy of the template, for a test that starts a PostgreSQL of its
     * own ({@code EmbeddedPostgres.builder().setDataDirectory(copy).setCleanDataDirectory(false)}, which starts on it
     * without {@code initdb}).
     */
    public static Path newCopy() {
        Path copy = TEMPLATES.resolveSibling("postgres-copies").resolve(UUID.randomUUID().toString()).toAbsolutePath();
        copyTo(copy);
        return copy;
    }

    private static synchronized Path template() {
        if (template == null) {
            Path directory = TEMPLATES.resolve(UUID.randomUUID().toString()).toAbsolutePath();
            try (ServerSocket socket = new ServerSocket(0)) {
                int port = socket.getLocalPort();
                socket.close();
                // start runs initdb on the empty directory; close stops postgres cleanly, leaving no postmaster.pid
                EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false).setPort(port)
                        .setRegisterShutdownHook(false).setPGStartupWait(Duration.ofSeconds(60)).start().close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            template = directory;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(directory), "remove the template data directory"));
        }
        return template;
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // target/ is cleaned by the build
        }
    }

    /**
     * For each Spring test context whose home is a new directory under {@code target/test-homes/} (the test
     * configuration's {@code corridor.home}): fixes that home, which names a random directory each time it is read,
     * and puts a copy of the template in it before the embedded database starts. Registered in
     * {@code META-INF/spring.factories} of the tests; a command run in a separate JVM has {@code CORRIDOR_HOME} set
     * and is left alone.
     */
    public static final class ForTestContexts implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            ConfigurableEnvironment environment = context.getEnvironment();
            String home = environment.getProperty("corridor.home");
            if (environment.containsProperty("spring.datasource.url") || home == null
                    || !home.startsWith("target/test-homes/") || Files.exists(Path.of(home))) {
                return;
            }
            environment.getPropertySources().addFirst(new MapPropertySource("corridor test home",
                    Map.of("corridor.home", home)));
            copyTo(Path.of(home).toAbsolutePath().resolve("postgres"));
        }
    }
}
