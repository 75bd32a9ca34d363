package org.corridor.reports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.corridor.accounts.DistributionLevel;

/**
 * A report (or a revision of it) was distributed under its reference symbol; published in the transaction of the
 * distribution, so other modules (alerts, the regional picture) learn of it once it is committed.
 *
 * @param operationId null for a regional report
 */
public record ReportDistributed(UUID reportId, UUID operationId, String symbol, int revision, ReportType type,
        DistributionLevel level, Instant distributedAt, List<Recipient> recipients) {

    public ReportDistributed {
        recipients = List.copyOf(recipients);
    }
}
