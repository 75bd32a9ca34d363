package org.corridor.flows;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.corridor.accounts.DistributionLevel;

/**
 * A flow count as typed, sent or read from a file, before it is checked by {@link FlowCountRules}.
 *
 * <p>The period is given by its kind and first day; {@code periodEnd} may be given as well (a file with
 * {@code #date+start} and {@code #date+end}), and then the kind may be left out: it is the kind whose
 * period those two days are. Without kind and end it is a day. {@code countryId} may be left out when a
 * location is given: it is the location's country. Nationality codes are kept upper case.
 */
public record FlowCountDraft(UUID operationId, PeriodKind periodKind, LocalDate periodStart, LocalDate periodEnd,
        UUID countryId, UUID locationId, Direction direction, UUID sourceOrganisationId, Integer total, Integer men,
        Integer women, Integer children, Integer unaccompaniedMinors, Map<String, Integer> nationalities,
        DistributionLevel distributionLevel) {

    public FlowCountDraft {
        if (periodKind == null && periodStart != null) {
            periodKind = periodEnd == null ? PeriodKind.DAY : PeriodKind.of(periodStart, periodEnd).orElse(null);
        }
        Map<String, Integer> codes = new TreeMap<>();
        if (nationalities != null) {
            // A null code is kept as "" so that the rules report it instead of losing it here.
            for (var entry : nationalities.entrySet()) {
                String code = entry.getKey() == null ? "" : entry.getKey().trim().toUpperCase(Locale.ROOT);
                Integer count = entry.getValue();
                if (codes.containsKey(code)) {
                    // The same code twice ("SYR" and "syr"): their sum, unless one is missing (then the rules report it).
                    Integer earlier = codes.get(code);
                    codes.put(code, earlier == null || count == null ? null : earlier + count);
                } else {
                    codes.put(code, count);
                }
            }
        }
        nationalities = java.util.Collections.unmodifiableMap(codes);
        // A null level is left to the operation: its default for a new count, the count's own for a correction.
    }

    /** The last day of the period, as given or as its kind makes it. */
    public LocalDate effectiveEnd() {
        if (periodEnd != null) {
            return periodEnd;
        }
        return periodKind == null || periodStart == null ? null : periodKind.end(periodStart);
    }

    /** The same count, in another country (used when the country comes from the location). */
    public FlowCountDraft withCountry(UUID country) {
        return new FlowCountDraft(operationId, periodKind, periodStart, periodEnd, country, locationId, direction,
                sourceOrganisationId, total, men, women, children, unaccompaniedMinors, nationalities, distributionLevel);
    }

    /** The same count for another operation (an import job's operation, a bulk request's default). */
    public FlowCountDraft withOperation(UUID operation) {
        return new FlowCountDraft(operation, periodKind, periodStart, periodEnd, countryId, locationId, direction,
                sourceOrganisationId, total, men, women, children, unaccompaniedMinors, nationalities, distributionLevel);
    }

    /** The same count at another distribution level. */
    public FlowCountDraft withLevel(DistributionLevel level) {
        return new FlowCountDraft(operationId, periodKind, periodStart, periodEnd, countryId, locationId, direction,
                sourceOrganisationId, total, men, women, children, unaccompaniedMinors, nationalities, level);
    }

    /** Period × place × direction × source: at most one count has it. Only meaningful once the rules passed. */
    public NaturalKey naturalKey() {
        return new NaturalKey(periodKind, periodStart, countryId, locationId, direction, sourceOrganisationId);
    }

    /** The natural key of a flow count; a null location is the country's national total, a null source the operation's own observation. */
    public record NaturalKey(PeriodKind periodKind, LocalDate periodStart, UUID countryId, UUID locationId,
            Direction direction, UUID sourceOrganisationId) {
    }
}
