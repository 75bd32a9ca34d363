package org.corridor.monitoring;

import org.corridor.kernel.Region;
import org.corridor.kernel.Problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VisitDraftTests {

    static final Instant NOW = Instant.parse("2016-06-01T12:00:00Z");

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Region.ZONE).toInstant();
    }

    static VisitDraft valid() {
        return new VisitDraft(UUID.randomUUID(), UUID.randomUUID(), Unit.POLICE_DEVELOPMENT, null, Set.of(), 2,
                at("2016-03-08T08:00"), at("2016-03-08T17:00"), "Border monitoring at Gevgelija", VisitStatus.COMPLETED,
                null, List.of(), null);
    }

    /** A police-development team's working day (eight hours from {@code localStart}) with nothing observed. */
    static VisitDraft workingDay(UUID operation, UUID location, String localStart, VisitStatus status) {
        Instant start = at(localStart);
        return new VisitDraft(operation, location, Unit.POLICE_DEVELOPMENT, null, Set.of(), 2, start,
                start.plusSeconds(3600 * 8), "Monitoring", status, null, List.of(), null);
    }

    static VisitDraft withObservations(Observations observations) {
        VisitDraft v = valid();
        return new VisitDraft(v.operationId(), v.locationId(), v.unit(), v.unitName(), v.teamMembers(), v.teamCount(),
                v.startsAt(), v.endsAt(), v.purpose(), v.status(), observations, v.followUps(), v.distributionLevel());
    }

    static List<String> codes(VisitDraft draft) {
        return draft.problems(NOW).stream().map(Problem::code).toList();
    }

    @Test
    void acceptsACompleteVisit() {
        assertThat(valid().problems(NOW)).isEmpty();
    }

    @Test
    void rejectsVisitEndingBeforeItStarts() {
        VisitDraft v = valid();
        VisitDraft backwards = new VisitDraft(v.operationId(), v.locationId(), v.unit(), null, Set.of(), 2,
                at("2016-03-08T17:00"), at("2016-03-08T08:00"), v.purpose(), v.status(), null, List.of(), null);

        assertThat(backwards.problems(NOW)).extracting(Problem::field, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("endsAt", "visit.error.endsBeforeStart"));
    }

    @Test
    void rejectsPartsThatExceedTheTotal() {
        assertThat(codes(withObservations(new Observations(100, 60, 30, 20, null, null, null, null, null, null, null))))
                .containsExactly("visit.error.partsExceedTotal");
    }

    @Test
    void rejectsMoreUnaccompaniedMinorsThanChildren() {
        assertThat(codes(withObservations(new Observations(100, 40, 30, 20, 25, null, null, null, null, null, null))))
                .containsExactly("visit.error.minorsExceedChildren");
    }

    @Test
    void rejectsPartsWithoutATotal() {
        assertThat(codes(withObservations(new Observations(null, 5, null, null, null, null, null, null, null, null, null))))
                .containsExactly("visit.error.totalNeeded");
    }

    @Test
    void rejectsHumanitarianConditionsOutsideOneToFive() {
        assertThat(codes(withObservations(new Observations(null, null, null, null, null, null, null, null, 6, null, null))))
                .containsExactly("visit.error.conditions");
    }

    @Test
    void rejectsACompletedVisitThatEndsInTheFuture() {
        VisitDraft v = valid();
        VisitDraft future = new VisitDraft(v.operationId(), v.locationId(), v.unit(), null, Set.of(), 2,
                at("2016-06-02T08:00"), at("2016-06-02T17:00"), v.purpose(), VisitStatus.COMPLETED, null, List.of(), null);

        assertThat(codes(future)).containsExactly("visit.error.completedInFuture");
    }

    @Test
    void requiresTheNameOfAnOtherUnit() {
        VisitDraft v = valid();
        VisitDraft other = new VisitDraft(v.operationId(), v.locationId(), Unit.OTHER, " ", Set.of(), 2, v.startsAt(),
                v.endsAt(), v.purpose(), v.status(), null, List.of(), null);

        assertThat(codes(other)).containsExactly("visit.error.unitName");
    }

    @Test
    void listsEveryProblemOfAnEmptyFormAtOnce() {
        VisitDraft empty = new VisitDraft(null, null, null, null, null, null, null, null, null, null, null, null, null);

        assertThat(empty.problems(NOW)).extracting(Problem::field)
                .contains("operationId", "locationId", "unit", "teamCount", "startsAt", "endsAt", "purpose");
    }

    @Test
    void aVisitEndingOnALaterDayIsOvernightInTheRegionsClock() {
        VisitDraft v = valid();
        VisitDraft overnight = new VisitDraft(v.operationId(), v.locationId(), v.unit(), null, Set.of(), 2,
                at("2016-03-08T18:00"), at("2016-03-09T10:00"), v.purpose(), v.status(), null, List.of(), null);
        // 23:30 to 23:59 local is one day, even though it is the next day in UTC in winter.
        VisitDraft late = new VisitDraft(v.operationId(), v.locationId(), v.unit(), null, Set.of(), 2,
                at("2016-01-08T00:30"), at("2016-01-08T23:59"), v.purpose(), v.status(), null, List.of(), null);

        assertThat(overnight.overnight()).isTrue();
        assertThat(valid().overnight()).isFalse();
        assertThat(late.overnight()).isFalse();
    }

    @Test
    void defaultsToThePlannedStatusAndLeavesTheLevelToTheOperationsDefault() {
        VisitDraft draft = new VisitDraft(null, null, null, null, null, null, null, null, null, null, null, null, null);

        assertThat(draft.status()).isEqualTo(VisitStatus.PLANNED);
        assertThat(draft.distributionLevel()).isNull();
    }
}
