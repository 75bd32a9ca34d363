package org.corridor.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every reason a flow count is refused, checked without a database. */
class FlowCountRulesTests {

    static final UUID SKOPJE = UUID.randomUUID();
    static final UUID MK = UUID.randomUUID();
    static final UUID RS = UUID.randomUUID();
    static final UUID GEVGELIJA = UUID.randomUUID();
    static final UUID PRESEVO = UUID.randomUUID();
    static final UUID UNHCR = UUID.randomUUID();
    static final LocalDate TODAY = LocalDate.of(2016, 4, 30);

    final FlowCountRules rules = new FlowCountRules(Set.of(SKOPJE), Set.of(MK, RS),
            Map.of(GEVGELIJA, MK, PRESEVO, RS), Set.of(UNHCR), TODAY);

    static FlowCountDraft day(LocalDate day, Integer total, Integer men, Integer women, Integer children,
            Integer unaccompanied, Map<String, Integer> nationalities) {
        return new FlowCountDraft(SKOPJE, null, day, null, null, GEVGELIJA, Direction.ENTRY, null, total, men, women,
                children, unaccompanied, nationalities, null);
    }

    static FlowCountDraft valid() {
        return day(LocalDate.of(2015, 10, 20), 5000, 2000, 1200, 1800, 90, Map.of("SYR", 3000, "AFG", 1500, "UNKNOWN", 10));
    }

    FlowCountDraft period(PeriodKind kind, LocalDate start, LocalDate end) {
        return new FlowCountDraft(SKOPJE, kind, start, end, MK, null, Direction.ENTRY, UNHCR, 100, null, null, null,
                null, null, null);
    }

    List<String> codes(FlowCountDraft draft) {
        return rules.problems(rules.completed(draft)).stream().map(p -> p.field() + ":" + p.code()).toList();
    }

    @Test
    void acceptsADailyCountAtALocationWithItsBreakdown() {
        assertThat(codes(valid())).isEmpty();
    }

    @Test
    void takesTheCountryFromTheLocationAndDefaultsToADayLeavingTheLevelToTheOperation() {
        FlowCountDraft completed = rules.completed(valid());

        assertThat(completed.countryId()).isEqualTo(MK);
        assertThat(completed.periodKind()).isEqualTo(PeriodKind.DAY);
        // Issue 12: a count without a level takes its operation's default when saved, not OSCE in the draft.
        assertThat(completed.distributionLevel()).isNull();
    }

    @Test
    void acceptsAWeekFromMondayAndACalendarMonth() {
        assertThat(codes(period(PeriodKind.WEEK, LocalDate.of(2015, 10, 19), null))).isEmpty();
        assertThat(codes(period(PeriodKind.MONTH, LocalDate.of(2016, 2, 1), null))).isEmpty();
    }

    @Test
    void infersTheKindFromTheFirstAndLastDay() {
        assertThat(period(null, LocalDate.of(2015, 10, 19), LocalDate.of(2015, 10, 25)).periodKind()).isEqualTo(PeriodKind.WEEK);
        assertThat(period(null, LocalDate.of(2016, 2, 1), LocalDate.of(2016, 2, 29)).periodKind()).isEqualTo(PeriodKind.MONTH);
        assertThat(period(null, LocalDate.of(2016, 2, 3), LocalDate.of(2016, 2, 3)).periodKind()).isEqualTo(PeriodKind.DAY);
    }

    @Test
    void refusesAPeriodThatIsNeitherDayNorWeekNorMonth() {
        assertThat(codes(period(null, LocalDate.of(2015, 10, 20), LocalDate.of(2015, 10, 26))))
                .containsExactly("periodEnd:flow.error.periodShape");
    }

    @Test
    void refusesAWeekNotStartingOnMonday() {
        assertThat(codes(period(PeriodKind.WEEK, LocalDate.of(2015, 10, 20), null)))
                .containsExactly("periodStart:flow.error.weekStart");
    }

    @Test
    void refusesAMonthNotStartingOnTheFirst() {
        assertThat(codes(period(PeriodKind.MONTH, LocalDate.of(2016, 2, 2), null)))
                .containsExactly("periodStart:flow.error.monthStart");
    }

    @Test
    void refusesAnEndThatDoesNotMatchTheKind() {
        assertThat(codes(period(PeriodKind.WEEK, LocalDate.of(2015, 10, 19), LocalDate.of(2015, 10, 24))))
                .containsExactly("periodEnd:flow.error.periodEnd");
    }

    @Test
    void refusesAPeriodEndingAfterToday() {
        assertThat(codes(day(TODAY.plusDays(1), 10, null, null, null, null, null))).containsExactly("periodStart:flow.error.future");
        assertThat(codes(period(PeriodKind.MONTH, LocalDate.of(2016, 4, 1), null))).isEmpty();
        assertThat(codes(period(PeriodKind.WEEK, LocalDate.of(2016, 4, 25), null))).containsExactly("periodStart:flow.error.future");
    }

    @Test
    void refusesAMissingFirstDay() {
        assertThat(codes(day(null, 10, null, null, null, null, null))).containsExactly("periodStart:flow.error.periodStart");
    }

    @Test
    void refusesALocationOutsideTheChosenCountry() {
        FlowCountDraft draft = valid().withCountry(RS);

        assertThat(codes(draft)).containsExactly("locationId:flow.error.locationCountry");
    }

    @Test
    void refusesUnknownPlacesAndSourcesAndOperations() {
        FlowCountDraft draft = new FlowCountDraft(UUID.randomUUID(), null, LocalDate.of(2015, 10, 20), null, null,
                UUID.randomUUID(), Direction.ENTRY, UUID.randomUUID(), 10, null, null, null, null, null, null);

        assertThat(codes(draft)).containsExactly("operationId:flow.error.operation", "locationId:flow.error.unknownLocation",
                "sourceOrganisationId:flow.error.unknownSource");
        assertThat(codes(new FlowCountDraft(SKOPJE, null, LocalDate.of(2015, 10, 20), null, UUID.randomUUID(), null,
                Direction.ENTRY, null, 10, null, null, null, null, null, null)))
                .containsExactly("countryId:flow.error.unknownCountry");
    }

    @Test
    void refusesACountWithoutPlaceDirectionOrTotal() {
        FlowCountDraft draft = new FlowCountDraft(SKOPJE, null, LocalDate.of(2015, 10, 20), null, null, null, null,
                null, null, null, null, null, null, null, null);

        assertThat(codes(draft)).containsExactly("countryId:flow.error.place", "direction:flow.error.direction",
                "total:flow.error.total");
    }

    @Test
    void refusesNegativeCounts() {
        assertThat(codes(day(LocalDate.of(2015, 10, 20), -1, null, -2, null, null, null)))
                .containsExactly("total:flow.error.negative", "women:flow.error.negative");
    }

    @Test
    void refusesPartsAddingUpToMoreThanTheTotal() {
        assertThat(codes(day(LocalDate.of(2015, 10, 20), 100, 50, 30, 21, null, null)))
                .containsExactly("total:flow.error.partsExceedTotal");
        assertThat(codes(day(LocalDate.of(2015, 10, 20), 100, 50, 30, 20, null, null))).isEmpty();
    }

    @Test
    void refusesMoreUnaccompaniedMinorsThanChildren() {
        assertThat(codes(day(LocalDate.of(2015, 10, 20), 100, null, null, 10, 11, null)))
                .containsExactly("unaccompaniedMinors:flow.error.unaccompaniedExceedChildren");
    }

    @Test
    void refusesMoreUnaccompaniedMinorsThanPersonsWhenChildrenAreNotKnown() {
        assertThat(codes(day(LocalDate.of(2015, 10, 20), 10, null, null, null, 11, null)))
                .containsExactly("unaccompaniedMinors:flow.error.unaccompaniedExceedTotal");
    }

    @Test
    void refusesNationalityCodesThatAreNotIsoAlpha3OrUnknown() {
        Map<String, Integer> nationalities = new LinkedHashMap<>();
        nationalities.put("SY", 5);
        nationalities.put("XYZ", 1);
        nationalities.put("syr", 3);
        nationalities.put("unknown", 1);
        nationalities.put("XKX", 1);

        assertThat(codes(day(LocalDate.of(2015, 10, 20), 100, null, null, null, null, nationalities)))
                .containsExactly("nationalities:flow.error.nationalityCode", "nationalities:flow.error.nationalityCode");
    }

    @Test
    void refusesNegativeOrMissingNationalityCounts() {
        Map<String, Integer> nationalities = new LinkedHashMap<>();
        nationalities.put("SYR", -1);
        nationalities.put("AFG", null);

        assertThat(codes(day(LocalDate.of(2015, 10, 20), 100, null, null, null, null, nationalities)))
                .containsExactly("nationalities:flow.error.nationalityCount", "nationalities:flow.error.nationalityCount");
    }

    @Test
    void refusesNationalitiesAddingUpToMoreThanTheTotal() {
        assertThat(codes(day(LocalDate.of(2015, 10, 20), 100, null, null, null, null, Map.of("SYR", 60, "IRQ", 41))))
                .containsExactly("nationalities:flow.error.nationalitiesExceedTotal");
    }

    @Test
    void keepsNationalityCodesUpperCaseAndAddsUpRepeatedOnes() {
        Map<String, Integer> nationalities = new LinkedHashMap<>();
        nationalities.put("syr", 3);
        nationalities.put("SYR ", 4);

        assertThat(day(LocalDate.of(2015, 10, 20), 100, null, null, null, null, nationalities).nationalities())
                .containsExactly(Map.entry("SYR", 7));
    }
}
