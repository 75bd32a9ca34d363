package org.corridor.flows;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which flow counts a list shows; every part is optional. The source is either an organisation or,
 * with {@code ownObservation}, the operation's own counts; the period keeps counts whose period
 * overlaps {@code from}–{@code to}.
 */
public record FlowFilter(UUID operationId, UUID countryId, UUID locationId, Direction direction,
        UUID sourceOrganisationId, boolean ownObservation, PeriodKind periodKind, LocalDate from, LocalDate to) {

    public static final FlowFilter ANY = new FlowFilter(null, null, null, null, null, false, null, null, null);
}
