package org.corridor.audit;

import java.time.Instant;
import java.util.UUID;

/** One entry of the audit log, as stored. */
public record AuditEntry(long seq, UUID id, Instant occurredAt, UUID actorId, String actorName, String action,
        String recordType, String recordId, UUID operationId, String before, String after, String previousHash,
        String hash) {

    /**
     * The plain SHA-256 this entry carries if it was written before the log was keyed: over every field and the hash
     * of the entry before it. Anyone who can write the database can recompute it, hence {@link #computeHash(AuditKey)}.
     */
    String computeHash() {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The hash this entry must carry: from the key's first entry on, an HMAC-SHA-256 under the key kept outside the
     * database over the same content; before it, the plain SHA-256 of {@link #computeHash()}.
     */
    String computeHash(AuditKey key) {
        return key.keys(seq) ? key.hmac(content()) : computeHash();
    }

    private byte[] content() {
        return String.join("\u001f", Long.toString(seq), id.toString(), occurredAt.toString(),
                String.valueOf(actorId), actorName, action, recordType, String.valueOf(recordId),
                String.valueOf(operationId), String.valueOf(before), String.valueOf(after), previousHash)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
