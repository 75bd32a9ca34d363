package org.corridor.audit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that makes the audit chain impossible to recompute for someone who can only write the database: every
 * entry from {@code keyedFrom} on carries an HMAC-SHA-256 under this key instead of a plain SHA-256. It lives in a file
 * outside the database ({@code CORRIDOR_HOME/audit-key}, mode 0600) together with where keying began and the hash of
 * the last entry before it ({@code sealedHash}), which pins the older, plain entries: changing any of them changes that
 * hash, and the file says what it must be.
 */
record AuditKey(byte[] secret, long keyedFrom, String sealedHash) {

    static final String FILE_NAME = "audit-key";

    /** Whether entry {@code seq} carries an HMAC (else the plain SHA-256 of an entry written before keying). */
    boolean keys(long seq) {
        return seq >= keyedFrom;
    }

    String hmac(byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Names the key without revealing it (the first 16 hex digits of its SHA-256), so that a different one is noticed. */
    String id() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret)).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static AuditKey generate(long keyedFrom, String sealedHash) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new AuditKey(secret, keyedFrom, sealedHash);
    }

    String fileContent() {
        return """
                # Corridor's audit key (HMAC-SHA-256). Keep it private (mode 0600), back it up with CORRIDOR_HOME, and give
                # every server of one database the same file. Without it, the audit log cannot be verified or extended.
                key=%s
                keyed-from=%d
                sealed-hash=%s
                """.formatted(Base64.getEncoder().encodeToString(secret), keyedFrom, sealedHash);
    }

    static AuditKey read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        try {
            byte[] secret = Base64.getDecoder().decode(properties.getProperty("key", "").trim());
            long keyedFrom = Long.parseLong(properties.getProperty("keyed-from", "").trim());
            String sealedHash = properties.getProperty("sealed-hash", "").trim();
            if (secret.length < 32 || keyedFrom < 1 || !sealedHash.matches("[0-9a-f]{64}")) {
                throw new IOException(file + " is not a valid audit key file (key, keyed-from, sealed-hash)");
            }
            return new AuditKey(secret, keyedFrom, sealedHash);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " is not a valid audit key file: " + e.getMessage(), e);
        }
    }
}
