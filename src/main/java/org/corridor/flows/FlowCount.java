package org.corridor.flows;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.corridor.accounts.DistributionLevel;

/** A saved flow count. A null {@code locationId} is a national total; a null source the operation's own observation. */
public record FlowCount(UUID id, UUID operationId, PeriodKind periodKind, LocalDate periodStart, LocalDate periodEnd,
        UUID countryId, @Nullable UUID locationId, Direction direction, @Nullable UUID sourceOrganisationId, int total, @Nullable Integer men,
        @Nullable Integer women, @Nullable Integer children, @Nullable Integer unaccompaniedMinors, Map<String, Integer> nationalities,
        DistributionLevel distributionLevel, UUID createdBy, long version) {

    public FlowCountDraft.NaturalKey naturalKey() {
        return new FlowCountDraft.NaturalKey(periodKind, periodStart, countryId, locationId, direction,
                sourceOrganisationId);
    }

    /** Whether saving the draft would change nothing a reader sees (so a re-sent figure is not rewritten). */
    public boolean sameFiguresAs(FlowCountDraft draft) {
        return operationId.equals(draft.operationId()) && total == draft.total()
                && java.util.Objects.equals(men, draft.men()) && java.util.Objects.equals(women, draft.women())
                && java.util.Objects.equals(children, draft.children())
                && java.util.Objects.equals(unaccompaniedMinors, draft.unaccompaniedMinors())
                && nationalities.equals(draft.nationalities()) && distributionLevel == draft.distributionLevel();
    }
}
