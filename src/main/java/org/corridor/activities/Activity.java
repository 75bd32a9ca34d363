package org.corridor.activities;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corridor.accounts.DistributionLevel;
import org.corridor.activities.ActivityDraft.Document;
import org.corridor.activities.ActivityDraft.Partner;
import org.corridor.directory.Dimension;
import org.corridor.directory.ResponseArea;

/** A recorded activity; {@code version} guards against overwriting someone else's change. */
public record Activity(UUID id, UUID operationId, String title, @Nullable String description, ResponseArea responseArea,
        Set<Dimension> dimensions, ActivityKind kind, @Nullable Funding funding, @Nullable String donor, @Nullable String projectCode,
        ActivityStatus status, LocalDate startsOn, @Nullable LocalDate endsOn, List<UUID> locationIds, List<Partner> partners,
        List<Document> documents, DistributionLevel distributionLevel, boolean migrationResponse, UUID createdBy,
        long version) {

    /** The draft that would save this activity unchanged: the start of an edit. */
    public ActivityDraft asDraft() {
        return new ActivityDraft(operationId, title, description, responseArea, dimensions, kind, funding, donor,
                projectCode, status, startsOn, endsOn, locationIds, partners, documents, distributionLevel, migrationResponse);
    }
}
