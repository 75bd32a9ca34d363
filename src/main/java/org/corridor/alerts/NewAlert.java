package org.corridor.alerts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.corridor.accounts.DistributionLevel;
import org.corridor.kernel.TextLimits;

/**
 * What a rule found, before it is stored: the receiving operation, the cause and its period (together the alert's
 * identity: raised once), the evidence, and what it is about, so that it is read only by those who read that.
 *
 * @param sources the operations whose records or figures the evidence shows: whoever reads the alert reads each
 * @param sourceRecordType the kind of the record it is mainly about (linked from the alert), if any
 */
record NewAlert(AlertKind kind, UUID operationId, UUID countryId, UUID locationId, String causeKey,
        LocalDate periodStart, LocalDate periodEnd, Map<String, Object> evidence, String summary,
        List<Source> sources, String sourceRecordType, UUID sourceRecordId) {

    /** A record of an operation at a level, or (level null) the operation's figures. */
    record Source(UUID operationId, DistributionLevel level) {
        Source {
            Objects.requireNonNull(operationId, "operation");
        }

        static Source figuresOf(UUID operationId) {
            return new Source(operationId, null);
        }
    }

    NewAlert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(operationId, "operation");
        Objects.requireNonNull(causeKey, "cause");
        Objects.requireNonNull(periodStart, "period start");
        periodEnd = periodEnd == null ? periodStart : periodEnd;
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("An alert's period ends on or after its start");
        }
        if (causeKey.isBlank() || causeKey.length() > TextLimits.LINE) {
            throw new IllegalArgumentException("A cause key is one short line: " + causeKey);
        }
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("An alert says what it found");
        }
        evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
        sources = List.copyOf(sources);
    }

    /** An alert about figures (counts, no free text) of these operations. */
    static NewAlert aboutFigures(AlertKind kind, UUID operationId, UUID countryId, UUID locationId, String causeKey,
            LocalDate periodStart, LocalDate periodEnd, Map<String, Object> evidence, String summary,
            List<UUID> figuresOf) {
        return new NewAlert(kind, operationId, countryId, locationId, causeKey, periodStart, periodEnd, evidence, summary,
                figuresOf.stream().map(Source::figuresOf).toList(), null, null);
    }

    /** An alert about one record (a route event, an action point) of an operation at a level. */
    static NewAlert aboutRecord(AlertKind kind, UUID operationId, UUID countryId, UUID locationId, String causeKey,
            LocalDate periodStart, LocalDate periodEnd, Map<String, Object> evidence, String summary,
            UUID recordOperationId, DistributionLevel level, String recordType, UUID recordId) {
        return new NewAlert(kind, operationId, countryId, locationId, causeKey, periodStart, periodEnd, evidence, summary,
                List.of(new Source(recordOperationId, Objects.requireNonNull(level, "level"))), recordType, recordId);
    }
}
