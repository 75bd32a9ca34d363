package org.corridor.database;
import org.corridor.kernel.PrivateFiles;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The passwords of the embedded PostgreSQL's two roles, kept in {@code CORRIDOR_HOME/postgres-credentials}, readable
 * and writable by its owner only (0600): the owner ({@code postgres}, the cluster's superuser, which runs the Flyway
 * migrations) and the application's role ({@code corridor_app}, no superuser, what the server and the commands use).
 * Generated at the first start of a home; an older home without the file gets one on its first start.
 */
public record DatabaseCredentials(String ownerUser, String ownerPassword, String appUser, String appPassword) {

    public static final String FILE_NAME = "postgres-credentials";
    public static final String OWNER = "postgres";
    public static final String APP = "corridor_app";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The credentials of {@code home}, generated (and written, 0600) when the file does not exist yet. */
    public static DatabaseCredentials readOrCreate(Path home) throws IOException {
        Path file = home.resolve(FILE_NAME);
        if (Files.exists(file)) {
            return read(file);
        }
        DatabaseCredentials created = new DatabaseCredentials(OWNER, newPassword(), APP, newPassword());
        created.write(file);
        return created;
    }

    /** The credentials of {@code home}; fails with a sentence when the file is missing or unreadable. */
    public static DatabaseCredentials read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String ownerPassword = properties.getProperty("owner.password");
        String appPassword = properties.getProperty("app.password");
        if (ownerPassword == null || ownerPassword.isBlank() || appPassword == null || appPassword.isBlank()) {
            throw new IOException(file + " lacks owner.password or app.password");
        }
        return new DatabaseCredentials(properties.getProperty("owner.user", OWNER), ownerPassword,
                properties.getProperty("app.user", APP), appPassword);
    }

    private void write(Path file) throws IOException {
        PrivateFiles.create(file, """
                # Passwords of Corridor's embedded PostgreSQL (SCRAM-SHA-256). Keep this file private (mode 0600).
                # owner: the superuser that runs the migrations; app: the role the application connects as.
                owner.user=%s
                owner.password=%s
                app.user=%s
                app.password=%s
                """.formatted(ownerUser, ownerPassword, appUser, appPassword));
    }

    static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "DatabaseCredentials[" + ownerUser + ", " + appUser + "]";
    }
}
