package org.corridor.liaison;

import jakarta.annotation.Nullable;
import org.corridor.kernel.Region;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.corridor.accounts.DistributionLevel;

/**
 * A meeting as kept: owned by the operation that recorded it, shared with every operation in
 * {@code operationIds} (the owner included). An occurrence of a series carries the series and its day.
 */
public record Meeting(UUID id, UUID operationId, @Nullable UUID seriesId, @Nullable LocalDate occurrenceDay, boolean edited,
        boolean cancelled, MeetingKind kind, String title, Instant startsAt, Instant endsAt, @Nullable UUID locationId,
        @Nullable String place, @Nullable UUID chairOrganisationId, @Nullable String topics, @Nullable String summary, DistributionLevel distributionLevel,
        List<UUID> operationIds, List<UUID> organisationIds, List<UUID> attendeeIds, List<String> decisions,
        UUID createdBy, long version) {

    public LocalDateTime localStart() {
        return LocalDateTime.ofInstant(startsAt, Region.ZONE);
    }

    public LocalDateTime localEnd() {
        return LocalDateTime.ofInstant(endsAt, Region.ZONE);
    }

    public boolean sharedBetweenOperations() {
        return operationIds.size() > 1;
    }
}
