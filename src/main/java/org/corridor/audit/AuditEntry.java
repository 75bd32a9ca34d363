package org.corridor.audit;

import java.time.Instant;
import java.util.UUID;

/** One entry of the audit log, as stored. */
public record AuditEntry(long seq, UUID id, Instant occurredAt, UUID actorId, String actorName, String action,
        String recordType, String recordId, UUID operationId, String before, String after, String previousHash,
        String hash) {

    /** The hash this entry must carry: over every field and the hash of the entry before it. */
    String computeHash() {
        String content = String.join("\u001f", Long.toString(seq), id.toString(), occurredAt.toString(),
                String.valueOf(actorId), actorName, action, recordType, String.valueOf(recordId),
                String.valueOf(operationId), String.valueOf(before), String.valueOf(after), previousHash);
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
