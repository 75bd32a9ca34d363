package org.corridor.flows;

import org.corridor.kernel.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rules every flow count obeys, whether typed in a form, sent to the API or read from a file. Made
 * once with the reference data it needs ({@link FlowCounts#rules()}), then asked about any number of
 * drafts without touching the database, so a file of a million rows is checked row by row cheaply.
 *
 * @param operations the ids of the field operations
 * @param countries the ids of the countries
 * @param countryOfLocation each location's country
 * @param organisations the ids of the partner organisations (possible sources)
 * @param today the day in the region: no period may end after it
 */
record FlowCountRules(Set<UUID> operations, Set<UUID> countries, Map<UUID, UUID> countryOfLocation,
        Set<UUID> organisations, LocalDate today) {

    /** The code of a nationality nobody recorded. */
    public static final String UNKNOWN_NATIONALITY = "UNKNOWN";

    /** ISO 3166-1 alpha-3, plus XKX, the user-assigned code UNHCR and the EU use for Kosovo. */
    private static final Set<String> ALPHA3 = Stream.concat(
            Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).stream(), Stream.of("XKX"))
            .collect(Collectors.toUnmodifiableSet());

    public FlowCountRules {
        operations = Set.copyOf(operations);
        countries = Set.copyOf(countries);
        countryOfLocation = Map.copyOf(countryOfLocation);
        organisations = Set.copyOf(organisations);
    }

    public static boolean isNationalityCode(String code) {
        return UNKNOWN_NATIONALITY.equals(code) || ALPHA3.contains(code);
    }

    /** The draft with its country taken from its location when only the location was given. */
    public FlowCountDraft completed(FlowCountDraft draft) {
        if (draft.countryId() == null && draft.locationId() != null && countryOfLocation.containsKey(draft.locationId())) {
            return draft.withCountry(countryOfLocation.get(draft.locationId()));
        }
        return draft;
    }

    /** Everything wrong with the draft, each with its field; empty when it may be saved. Duplicates are not checked here. */
    public List<Problem> problems(FlowCountDraft draft) {
        List<Problem> problems = new ArrayList<>();
        if (draft.operationId() == null || !operations.contains(draft.operationId())) {
            problems.add(new Problem("operationId", "flow.error.operation"));
        }
        period(draft, problems);
        place(draft, problems);
        if (draft.direction() == null) {
            problems.add(new Problem("direction", "flow.error.direction"));
        }
        if (draft.sourceOrganisationId() != null && !organisations.contains(draft.sourceOrganisationId())) {
            problems.add(new Problem("sourceOrganisationId", "flow.error.unknownSource"));
        }
        counts(draft, problems);
        nationalities(draft, problems);
        return problems;
    }

    private void period(FlowCountDraft draft, List<Problem> problems) {
        LocalDate start = draft.periodStart();
        if (start == null) {
            problems.add(new Problem("periodStart", "flow.error.periodStart"));
            return;
        }
        PeriodKind kind = draft.periodKind();
        if (kind == null) {
            problems.add(new Problem("periodEnd", "flow.error.periodShape"));
            return;
        }
        if (!kind.mayStartOn(start)) {
            problems.add(new Problem("periodStart", kind == PeriodKind.WEEK ? "flow.error.weekStart" : "flow.error.monthStart"));
            return;
        }
        if (draft.periodEnd() != null && !draft.periodEnd().equals(kind.end(start))) {
            problems.add(new Problem("periodEnd", "flow.error.periodEnd", kind.end(start)));
            return;
        }
        if (kind.end(start).isAfter(today)) {
            problems.add(new Problem("periodStart", "flow.error.future", kind.end(start)));
        }
    }

    private void place(FlowCountDraft draft, List<Problem> problems) {
        UUID location = draft.locationId();
        UUID country = draft.countryId();
        if (location != null && !countryOfLocation.containsKey(location)) {
            problems.add(new Problem("locationId", "flow.error.unknownLocation"));
            return;
        }
        if (country == null && location == null) {
            problems.add(new Problem("countryId", "flow.error.place"));
            return;
        }
        if (country != null && !countries.contains(country)) {
            problems.add(new Problem("countryId", "flow.error.unknownCountry"));
            return;
        }
        if (location != null && country != null && !countryOfLocation.get(location).equals(country)) {
            problems.add(new Problem("locationId", "flow.error.locationCountry"));
        }
    }

    private static void counts(FlowCountDraft draft, List<Problem> problems) {
        Integer total = draft.total();
        if (total == null) {
            problems.add(new Problem("total", "flow.error.total"));
        }
        boolean negative = negative("total", total, problems) | negative("men", draft.men(), problems)
                | negative("women", draft.women(), problems) | negative("children", draft.children(), problems)
                | negative("unaccompaniedMinors", draft.unaccompaniedMinors(), problems);
        if (total == null || negative) {
            return;
        }
        long parts = (long) zero(draft.men()) + zero(draft.women()) + zero(draft.children());
        if (parts > total) {
            problems.add(new Problem("total", "flow.error.partsExceedTotal", parts, total));
        }
        Integer unaccompanied = draft.unaccompaniedMinors();
        if (unaccompanied != null) {
            if (draft.children() != null && unaccompanied > draft.children()) {
                problems.add(new Problem("unaccompaniedMinors", "flow.error.unaccompaniedExceedChildren",
                        unaccompanied, draft.children()));
            } else if (unaccompanied > total) {
                problems.add(new Problem("unaccompaniedMinors", "flow.error.unaccompaniedExceedTotal", unaccompanied, total));
            }
        }
    }

    private static void nationalities(FlowCountDraft draft, List<Problem> problems) {
        long sum = 0;
        boolean countable = true;
        for (var entry : draft.nationalities().entrySet()) {
            if (!isNationalityCode(entry.getKey())) {
                problems.add(new Problem("nationalities", "flow.error.nationalityCode", entry.getKey()));
            }
            Integer count = entry.getValue();
            if (count == null || count < 0) {
                problems.add(new Problem("nationalities", "flow.error.nationalityCount", entry.getKey()));
                countable = false;
            } else {
                sum += count;
            }
        }
        if (countable && draft.total() != null && draft.total() >= 0 && sum > draft.total()) {
            problems.add(new Problem("nationalities", "flow.error.nationalitiesExceedTotal", sum, draft.total()));
        }
    }

    private static boolean negative(String field, Integer value, List<Problem> problems) {
        if (value != null && value < 0) {
            problems.add(new Problem(field, "flow.error.negative"));
            return true;
        }
        return false;
    }

    private static int zero(Integer value) {
        return value == null ? 0 : value;
    }
}
