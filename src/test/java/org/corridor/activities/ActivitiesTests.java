package org.corridor.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.kernel.Problem;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.StaleRecord;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Membership;
import org.corridor.accounts.Role;
import org.corridor.accounts.UserAccounts;
import org.corridor.activities.ActivityDraft.Partner;
import org.corridor.activities.CapacityEventDraft.Participants;
import org.corridor.directory.Dimension;
import org.corridor.directory.ResponseArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@CorridorTest
@RecordApplicationEvents
class ActivitiesTests {

    static final UUID IOM = UUID.fromString("318561f4-ee9f-4a0c-891a-992025d698af");
    static final UUID UNODC = UUID.fromString("9c6b2509-4f9f-4852-b859-c173e3888608");

    @Autowired
    RegionFixture region;

    @Autowired
    Activities activities;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents published;

    UUID operation;
    UUID quietOperation;
    CorridorUser officer;
    CorridorUser outsider;
    CorridorUser coordinator;

    /** Operations of their own per test, so activities of other tests do not count. */
    @BeforeEach
    void freshOperations() {
        operation = operation("Test mission");
        quietOperation = operation("Quiet mission");
        String tag = operation.toString().substring(0, 8);
        officer = region.user("act.officer", "Officer", Role.OFFICER, operation);
        outsider = region.user("act.outsider", "Outsider", Role.FOCAL_POINT, quietOperation);
        coordinator = accounts.create("act.coord." + tag, "Coordinator", "long-enough-password",
                List.of(Membership.of(Role.REGIONAL_COORDINATOR)));
    }

    UUID operation(String name) {
        return region.newOperation("RS", name + " " + RegionFixture.tag(), "Belgrade").id();
    }

    static ActivityDraft draft(UUID operation, String title, ResponseArea area, LocalDate start, LocalDate end) {
        return new ActivityDraft(operation, title, "Training for frontline workers", area, Set.of(Dimension.HUMAN),
                ActivityKind.PROJECT, Funding.EXTRA_BUDGETARY, "Donor state", "P-1", ActivityStatus.COMPLETED, start, end,
                List.of(), List.of(new Partner(IOM, PartnerRole.IMPLEMENTING)), List.of(), DistributionLevel.OPERATION);
    }

    Activity record(String title, ResponseArea area, String start, String end) {
        return activities.create(officer, draft(operation, title, area, LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end)));
    }

    @Test
    void rejectsAnActivityEndingBeforeItStartsAndListsEveryMissingField() {
        var draft = new ActivityDraft(operation, " ", null, null, Set.of(), null, Funding.EXTRA_BUDGETARY, null, null,
                null, LocalDate.parse("2016-06-01"), LocalDate.parse("2016-05-01"), null, null, null, null);

        assertThatThrownBy(() -> activities.create(officer, draft)).isInstanceOf(RecordRejected.class)
                .extracting(e -> ((RecordRejected) e).problems().stream().map(Problem::field).toList())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder("title", "responseArea", "dimensions", "kind", "donor", "status", "endsOn");
    }

    @Test
    void rejectsNegativeParticipantNumbersAndSexesAboveTheTotal() {
        var draft = new CapacityEventDraft(UUID.randomUUID(), LocalDate.parse("2016-03-01"), null, null, null, "Trafficking",
                List.of(Participants.of(TargetGroup.JUDGES, -1, 10),
                        new Participants(TargetGroup.POLICE, 20, null, null, 10, 6, 6)));

        assertThat(draft.problems()).extracting(Problem::field, Problem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("participants[0].target", "capacity.error.negative"),
                org.assertj.core.groups.Tuple.tuple("participants[1].achieved", "capacity.error.sexExceedsTotal"));
    }

    @Test
    void membersOfAnotherOperationNeitherRecordNorReadAnInternalActivity() {
        Activity activity = record("Child protection", ResponseArea.HUMAN_RIGHTS, "2016-01-01", "2017-06-30");

        assertThatThrownBy(() -> activities.create(outsider, draft(operation, "Not mine", ResponseArea.RESEARCH,
                LocalDate.parse("2016-01-01"), null))).isInstanceOf(AccessDeniedException.class);
        assertThat(activities.find(outsider, activity.id())).isEmpty();
        assertThat(activities.find(coordinator, activity.id())).isEmpty();
        assertThat(activities.list(outsider, new ActivityFilter(operation, null, null, null, null, null, null, null), 0, 50)
                .items()).isEmpty();
    }

    @Test
    void theRegionalCoordinatorReadsWhatIsSharedButDoesNotEdit() {
        Activity activity = record("Conference", ResponseArea.REPORTING_AND_LIAISON, "2016-04-01", "2016-04-02");
        var shared = activity.asDraft();
        shared = new ActivityDraft(shared.operationId(), shared.title(), shared.description(), shared.responseArea(),
                shared.dimensions(), shared.kind(), shared.funding(), shared.donor(), shared.projectCode(), shared.status(),
                shared.startsOn(), shared.endsOn(), shared.locationIds(), shared.partners(), shared.documents(),
                DistributionLevel.OSCE);
        Activity updated = activities.update(officer, activity.id(), activity.version(), shared);

        assertThat(activities.find(coordinator, activity.id())).isPresent();
        final var draft = shared;
        assertThatThrownBy(() -> activities.update(coordinator, activity.id(), updated.version(), draft))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void refusesAnUpdateBasedOnAnOlderVersion() {
        Activity activity = record("Mobile Police Station", ResponseArea.POLICING_AND_MIGRATION_CRIME, "2016-01-01", null);
        activities.update(officer, activity.id(), activity.version(), activity.asDraft());

        assertThatThrownBy(() -> activities.update(officer, activity.id(), activity.version(), activity.asDraft()))
                .isInstanceOf(StaleRecord.class);
        assertThat(jdbc.sql("select count(*) from audit_entry where record_id = :id").param("id", activity.id().toString())
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void auditsEveryChangeUnderTheUserWhoMadeIt() {
        Activity activity = record("Legal aid", ResponseArea.HUMAN_RIGHTS, "2016-01-01", null);
        activities.update(officer, activity.id(), activity.version(), activity.asDraft());
        CapacityEvent event = activities.createEvent(officer, new CapacityEventDraft(activity.id(),
                LocalDate.parse("2016-02-01"), null, null, null, "Workshop", List.of()));

        assertThat(jdbc.sql("select distinct actor_id from audit_entry where record_id in (:ids)")
                .param("ids", List.of(activity.id().toString(), event.id().toString())).query(UUID.class).list())
                .containsExactly(officer.id());
    }

    @Test
    void tellsOtherModulesOfEachActivityRecordedOrChanged() {
        Activity activity = record("Legal aid", ResponseArea.HUMAN_RIGHTS, "2016-01-01", null);
        ActivityDraft completed = new ActivityDraft(operation, activity.title(), null, ResponseArea.LOCAL_GOVERNANCE_AND_CIVIL_SOCIETY,
                activity.dimensions(), activity.kind(), null, null, null, ActivityStatus.COMPLETED, activity.startsOn(),
                LocalDate.parse("2016-06-30"), null, null, null, activity.distributionLevel());
        activities.update(officer, activity.id(), activity.version(), completed);

        assertThat(published.stream(ActivityRecorded.class).filter(e -> e.activityId().equals(activity.id())))
                .containsExactly(
                        new ActivityRecorded(activity.id(), operation, ResponseArea.HUMAN_RIGHTS, ActivityStatus.COMPLETED),
                        new ActivityRecorded(activity.id(), operation, ResponseArea.LOCAL_GOVERNANCE_AND_CIVIL_SOCIETY,
                                ActivityStatus.COMPLETED));
    }

    @Test
    void filtersByAreaPeriodPartnerAndWords() {
        record("Training of border police on trafficking", ResponseArea.POLICING_AND_MIGRATION_CRIME, "2016-03-01", "2016-03-02");
        record("Titulli media series", ResponseArea.AWARENESS_RAISING, "2016-01-01", "2016-12-31");
        activities.create(officer, new ActivityDraft(operation, "Lawyers' training", null, ResponseArea.HUMAN_RIGHTS,
                Set.of(Dimension.HUMAN), ActivityKind.NON_PROJECT, Funding.UNIFIED_BUDGET, null, null,
                ActivityStatus.PLANNED, LocalDate.parse("2017-01-01"), null, List.of(),
                List.of(new Partner(UNODC, PartnerRole.SUPPORTING)), List.of(), null));

        assertThat(titles(new ActivityFilter(operation, ResponseArea.AWARENESS_RAISING, null, null, null, null, null, null)))
                .containsExactly("Titulli media series");
        assertThat(titles(new ActivityFilter(operation, null, null, null, LocalDate.parse("2016-03-02"),
                LocalDate.parse("2016-06-30"), null, null)))
                .containsExactlyInAnyOrder("Training of border police on trafficking", "Titulli media series");
        assertThat(titles(new ActivityFilter(operation, null, null, null, null, null, UNODC, null)))
                .containsExactly("Lawyers' training");
        assertThat(titles(new ActivityFilter(operation, null, null, null, null, null, null, "border traffick")))
                .containsExactly("Training of border police on trafficking");
        assertThat(titles(new ActivityFilter(operation, null, null, ActivityStatus.PLANNED, null, null, null, null)))
                .containsExactly("Lawyers' training");
    }

    List<String> titles(ActivityFilter filter) {
        return activities.list(officer, filter, 0, 50).items().stream().map(Activity::title).toList();
    }

    @Test
    void countsActivitiesOverlappingThePeriodAndShowsGapsIncludingAnOperationWithoutActivities() {
        record("Before the period", ResponseArea.MONITORING, "2015-01-01", "2015-06-30");
        record("Across the start", ResponseArea.MONITORING, "2015-12-01", "2016-01-15");
        record("Open ended", ResponseArea.MONITORING, "2015-06-01", null);
        record("Inside", ResponseArea.HUMAN_RIGHTS, "2016-02-01", "2016-02-02");
        Activity cancelled = record("Cancelled", ResponseArea.RESEARCH, "2016-02-01", "2016-02-02");
        var draft = cancelled.asDraft();
        activities.update(officer, cancelled.id(), cancelled.version(), new ActivityDraft(draft.operationId(),
                draft.title(), null, draft.responseArea(), draft.dimensions(), draft.kind(), draft.funding(), draft.donor(),
                null, ActivityStatus.CANCELLED, draft.startsOn(), draft.endsOn(), null, draft.partners(), null, null));
        CorridorUser both = accounts.create("act.both." + operation.toString().substring(0, 8), "Both",
                "long-enough-password", List.of(new Membership(operation, Role.OFFICER),
                        new Membership(quietOperation, Role.OFFICER)));

        var rows = activities.matrix(both, List.of(operation, quietOperation), LocalDate.parse("2016-01-01"),
                LocalDate.parse("2016-03-31"), null);

        assertThat(rows.get(0).count(ResponseArea.MONITORING)).isEqualTo(2);
        assertThat(rows.get(0).count(ResponseArea.HUMAN_RIGHTS)).isEqualTo(1);
        assertThat(rows.get(0).gaps()).containsExactlyInAnyOrder(ResponseArea.REPORTING_AND_LIAISON,
                ResponseArea.AWARENESS_RAISING, ResponseArea.LOCAL_GOVERNANCE_AND_CIVIL_SOCIETY,
                ResponseArea.POLICING_AND_MIGRATION_CRIME, ResponseArea.RESEARCH);
        assertThat(rows.get(1).operationId()).isEqualTo(quietOperation);
        assertThat(rows.get(1).gaps()).containsExactlyInAnyOrder(ResponseArea.values());
        assertThat(activities.matrix(both, List.of(operation), LocalDate.parse("2016-01-01"),
                LocalDate.parse("2016-03-31"), Dimension.POLITICO_MILITARY).get(0).gaps())
                .containsExactlyInAnyOrder(ResponseArea.values());
    }

    @Test
    void totalsTargetsAgainstAchievedPerGroup() {
        Activity activity = record("Trainings", ResponseArea.HUMAN_RIGHTS, "2016-01-01", "2016-12-31");
        activities.createEvent(officer, new CapacityEventDraft(activity.id(), LocalDate.parse("2016-03-01"), null, null,
                "Skopje", "Identification of victims", List.of(
                        new Participants(TargetGroup.LAWYERS, 20, null, null, 18, 10, 8),
                        Participants.of(TargetGroup.JUDGES, 30, 25))));
        CapacityEvent second = activities.createEvent(officer, new CapacityEventDraft(activity.id(),
                LocalDate.parse("2016-05-01"), LocalDate.parse("2016-05-02"), null, null, "Asylum law",
                List.of(Participants.of(TargetGroup.LAWYERS, 5, 4))));
        activities.updateEvent(officer, second.id(), second.version(), new CapacityEventDraft(null,
                second.startsOn(), second.endsOn(), null, null, "Asylum law", List.of(Participants.of(TargetGroup.LAWYERS, 5, 2))));

        var totals = activities.capacityTotals(officer, operation, null, null);

        assertThat(totals).extracting(Activities.CapacityTotal::group, Activities.CapacityTotal::target,
                Activities.CapacityTotal::achieved, Activities.CapacityTotal::achievedWomen, Activities.CapacityTotal::events)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(TargetGroup.JUDGES, 30L, 25L, 0L, 1L),
                        org.assertj.core.groups.Tuple.tuple(TargetGroup.LAWYERS, 25L, 20L, 10L, 2L));
        assertThat(activities.events(officer, activity.id())).hasSize(2);
        assertThatThrownBy(() -> activities.createEvent(outsider, new CapacityEventDraft(activity.id(),
                LocalDate.parse("2016-03-01"), null, null, null, "x", List.of()))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void leavesRegularWorkOutsideTheMigrationResponseOutOfTheMatrixButKeepsItListed() {
        record("Border monitoring", ResponseArea.MONITORING, "2016-01-01", "2016-06-30");
        ActivityDraft regular = draft(operation, "Reintegration of returned nationals", ResponseArea.MONITORING,
                LocalDate.parse("2016-01-01"), null);
        Activity outside = activities.create(officer, new ActivityDraft(regular.operationId(), regular.title(),
                regular.description(), regular.responseArea(), regular.dimensions(), regular.kind(), regular.funding(),
                regular.donor(), regular.projectCode(), regular.status(), regular.startsOn(), regular.endsOn(),
                regular.locationIds(), regular.partners(), regular.documents(), regular.distributionLevel(), false));

        var row = activities.matrix(officer, List.of(operation), LocalDate.parse("2016-01-01"),
                LocalDate.parse("2016-12-31"), null).get(0);
        assertThat(row.count(ResponseArea.MONITORING)).isEqualTo(1);
        assertThat(activities.startedByOperation(officer, LocalDate.parse("2016-01-01"), LocalDate.parse("2016-12-31")))
                .containsEntry(operation, 1L);
        assertThat(titles(new ActivityFilter(operation, null, null, null, null, null, null, null)))
                .contains("Border monitoring", "Reintegration of returned nationals");
        assertThat(titles(new ActivityFilter(operation, null, null, null, null, null, null, null, false, false)))
                .containsExactly("Reintegration of returned nationals");
        assertThat(titles(ActivityFilter.theResponse(operation, ResponseArea.MONITORING, null,
                LocalDate.parse("2016-01-01"), LocalDate.parse("2016-12-31")))).containsExactly("Border monitoring");

        // A change that does not say keeps the answer; one that says changes it.
        Activity changed = activities.update(officer, outside.id(), outside.version(), new ActivityDraft(operation,
                "Reintegration of returned migrants", regular.description(), regular.responseArea(),
                regular.dimensions(), regular.kind(), regular.funding(), regular.donor(), regular.projectCode(),
                regular.status(), regular.startsOn(), regular.endsOn(), List.of(), regular.partners(), List.of(),
                regular.distributionLevel()));
        assertThat(changed.migrationResponse()).isFalse();
        Activity counted = activities.update(officer, changed.id(), changed.version(), new ActivityDraft(operation,
                changed.title(), changed.description(), changed.responseArea(), changed.dimensions(), changed.kind(),
                changed.funding(), changed.donor(), changed.projectCode(), changed.status(), changed.startsOn(),
                changed.endsOn(), changed.locationIds(), changed.partners(), changed.documents(),
                changed.distributionLevel(), true));
        assertThat(counted.migrationResponse()).isTrue();
        assertThat(activities.matrix(officer, List.of(operation), LocalDate.parse("2016-01-01"),
                LocalDate.parse("2016-12-31"), null).get(0).count(ResponseArea.MONITORING)).isEqualTo(2);
    }

    @Test
    void saysTheNumberAchievedAndTheSplitAreUnknownWhereNoEventGaveThemRatherThanZero() {
        Activity activity = record("Planned trainings", ResponseArea.HUMAN_RIGHTS, "2016-01-01", "2016-12-31");
        activities.createEvent(officer, new CapacityEventDraft(activity.id(), LocalDate.parse("2016-09-01"), null, null,
                "Skopje", "Not held yet", List.of(new Participants(TargetGroup.POLICE, 40, null, null, null, null, null))));
        activities.createEvent(officer, new CapacityEventDraft(activity.id(), LocalDate.parse("2016-03-01"), null, null,
                "Skopje", "Held, split not given", List.of(Participants.of(TargetGroup.JUDGES, 30, 25))));
        activities.createEvent(officer, new CapacityEventDraft(activity.id(), LocalDate.parse("2016-04-01"), null, null,
                "Skopje", "Held, nobody came", List.of(new Participants(TargetGroup.LAWYERS, 10, null, null, 0, 0, 0))));

        var totals = activities.capacityTotals(officer, operation, null, null);

        assertThat(totals).extracting(Activities.CapacityTotal::group, Activities.CapacityTotal::achievedKnown,
                Activities.CapacityTotal::splitKnown).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(TargetGroup.POLICE, false, false),
                org.assertj.core.groups.Tuple.tuple(TargetGroup.JUDGES, true, false),
                org.assertj.core.groups.Tuple.tuple(TargetGroup.LAWYERS, true, true));
    }
}
