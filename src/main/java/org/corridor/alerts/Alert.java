package org.corridor.alerts;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * An alert as its readers see it: what a rule found, where, for which operation, with its evidence (the figures it
 * compared and a sentence), and where it stands.
 *
 * @param operationId the receiving operation, whose people acknowledge and resolve it
 * @param causeKey what the rule looked at; with the period, the alert's identity (raised once)
 * @param read whether the reader has opened it (the bell counts open alerts not read)
 */
public record Alert(UUID id, AlertKind kind, UUID operationId, @Nullable UUID countryId, @Nullable UUID locationId,
        String causeKey, LocalDate periodStart, LocalDate periodEnd, Map<String, Object> evidence, String summary,
        @Nullable String sourceRecordType, @Nullable UUID sourceRecordId, Instant raisedAt, AlertState state,
        @Nullable UUID acknowledgedBy, @Nullable Instant acknowledgedAt, @Nullable String acknowledgementComment,
        @Nullable UUID resolvedBy, @Nullable Instant resolvedAt, @Nullable String resolutionComment, boolean read,
        long version) {
}
