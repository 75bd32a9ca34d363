package org.corridor.monitoring;

import jakarta.annotation.Nullable;
import org.corridor.kernel.Region;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corridor.accounts.DistributionLevel;

/** A recorded monitoring visit as the module's API returns it. */
public record VisitDetails(UUID id, UUID operationId, UUID locationId, Unit unit, @Nullable String unitName,
        Set<UUID> teamMembers, int teamCount, Instant startsAt, Instant endsAt, String purpose, VisitStatus status,
        Observations observations, List<FollowUp> followUps, DistributionLevel distributionLevel, UUID createdBy,
        Instant createdAt, long version) {

    public boolean overnight() {
        return endsAt.atZone(Region.ZONE).toLocalDate()
                .isAfter(startsAt.atZone(Region.ZONE).toLocalDate());
    }

    public VisitDraft toDraft() {
        return new VisitDraft(operationId, locationId, unit, unitName, teamMembers, teamCount, startsAt, endsAt, purpose,
                status, observations, followUps, distributionLevel);
    }
}
