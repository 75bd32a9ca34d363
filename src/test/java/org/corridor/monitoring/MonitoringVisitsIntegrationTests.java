package org.corridor.monitoring;

import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.kernel.Problem;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.StaleRecord;
import org.corridor.kernel.PersonalDataSuspected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.corridor.audit.AuditEntry;
import org.corridor.audit.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@CorridorTest
@RecordApplicationEvents
class MonitoringVisitsIntegrationTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MonitoringVisits visits;

    @Autowired
    AuditLog auditLog;

    @Autowired
    ApplicationEvents events;

    UUID skopje;
    UUID serbia;
    UUID gevgelija;

    @BeforeEach
    void lookUpTheRegion() {
        skopje = region.operation("skopje");
        serbia = region.operation("serbia");
        gevgelija = region.place("MK-GEVGELIJA");
    }

    CorridorUser user(Role role, UUID operation) {
        return region.user("mv", "Monitor", role, operation);
    }

    VisitDraft visitIn(UUID operation, String narrative, DistributionLevel level) {
        VisitDraft v = VisitDraftTests.valid();
        return new VisitDraft(operation, gevgelija, v.unit(), null, Set.of(), 2, v.startsAt(), v.endsAt(), v.purpose(),
                v.status(), new Observations(120, 40, 30, 50, 6, Observations.Staffing.UNDERSTAFFED,
                        Observations.Equipment.LACKING, Observations.Corruption.SUSPECTED, 3, List.of("Overcrowding", "overcrowding", "no interpreters"), narrative),
                List.of(new FollowUp("Raise staffing with the border police", "PDU", null, false)), level);
    }

    @Test
    void anOfficerRecordsAVisitOfTheirOperationAndItIsAudited() {
        CorridorUser officer = user(Role.OFFICER, skopje);

        VisitDetails saved = visits.record(officer, visitIn(skopje, "Long queues", null), false);

        assertThat(saved.observations().concerns()).containsExactly("overcrowding", "no interpreters");
        assertThat(saved.followUps()).extracting(FollowUp::owner).containsExactly("PDU");
        assertThat(saved.distributionLevel()).isEqualTo(DistributionLevel.OPERATION);
        assertThat(auditLog.forRecord("monitoring_visit", saved.id().toString())).extracting(AuditEntry::action)
                .containsExactly("CREATE");
    }

    @Test
    void anOfficerCannotRecordForAnotherOperation() {
        CorridorUser officer = user(Role.OFFICER, serbia);

        assertThatThrownBy(() -> visits.record(officer, visitIn(skopje, null, null), false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aViewerCannotRecord() {
        CorridorUser viewer = user(Role.VIEWER, skopje);

        assertThatThrownBy(() -> visits.record(viewer, visitIn(skopje, null, null), false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherOperationsVisitsAreInvisible() {
        VisitDetails saved = visits.record(user(Role.OFFICER, skopje), visitIn(skopje, null, null), false);
        CorridorUser serbianViewer = user(Role.VIEWER, serbia);

        assertThat(visits.find(serbianViewer, saved.id())).isEmpty();
        assertThat(visits.list(serbianViewer, MonitoringVisits.VisitFilter.ANY, 0, 500).items())
                .extracting(VisitDetails::id).doesNotContain(saved.id());
    }

    @Test
    void aRegionalCoordinatorSeesSharedVisitsButNotInternalOnes() {
        CorridorUser officer = user(Role.OFFICER, skopje);
        VisitDetails internal = visits.record(officer, visitIn(skopje, null, DistributionLevel.OPERATION), false);
        VisitDetails shared = visits.record(officer, visitIn(skopje, null, DistributionLevel.OSCE), false);
        CorridorUser coordinator = user(Role.REGIONAL_COORDINATOR, null);

        assertThat(visits.find(coordinator, internal.id())).isEmpty();
        assertThat(visits.find(coordinator, shared.id())).isPresent();
    }

    @Test
    void aStaleUpdateIsRefusedAndChangesNothing() {
        CorridorUser officer = user(Role.OFFICER, skopje);
        VisitDetails saved = visits.record(officer, visitIn(skopje, "first", null), false);
        visits.update(officer, saved.id(), saved.version(), visitIn(skopje, "second", null), false);

        assertThatThrownBy(() -> visits.update(officer, saved.id(), saved.version(), visitIn(skopje, "third", null), false))
                .isInstanceOf(StaleRecord.class);
        assertThat(visits.find(officer, saved.id()).orElseThrow().observations().narrative()).isEqualTo("second");
    }

    @Test
    void onlyTheAuthorOrAFocalPointChangesAVisit() {
        VisitDetails saved = visits.record(user(Role.OFFICER, skopje), visitIn(skopje, "first", null), false);
        CorridorUser otherOfficer = user(Role.OFFICER, skopje);
        CorridorUser focalPoint = user(Role.FOCAL_POINT, skopje);

        assertThatThrownBy(() -> visits.update(otherOfficer, saved.id(), saved.version(), visitIn(skopje, "x", null), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(visits.update(focalPoint, saved.id(), saved.version(), visitIn(skopje, "edited", null), false)
                .observations().narrative()).isEqualTo("edited");
    }

    @Test
    void textThatLooksLikePersonalDataNeedsConfirmation() {
        CorridorUser officer = user(Role.OFFICER, skopje);
        VisitDraft draft = visitIn(skopje, "Family reachable at +389 70 123 456", null);

        assertThatThrownBy(() -> visits.record(officer, draft, false)).isInstanceOf(PersonalDataSuspected.class);
        assertThat(visits.record(officer, draft, true).observations().narrative()).contains("+389");
    }

    @Test
    void recordingAndChangingAVisitTellOtherModulesWhereAndWhenItWas() {
        CorridorUser officer = user(Role.OFFICER, skopje);
        VisitDetails saved = visits.record(officer, visitIn(skopje, "first", null), false);
        VisitDetails changed = visits.update(officer, saved.id(), saved.version(), visitIn(skopje, "second", null), false);

        assertThat(events.stream(VisitRecorded.class).filter(e -> e.visitId().equals(saved.id())))
                .containsExactly(new VisitRecorded(saved.id(), skopje, gevgelija, saved.startsAt(), saved.status()),
                        new VisitRecorded(saved.id(), skopje, gevgelija, changed.startsAt(), changed.status()));
    }

    @Test
    void rejectsAnUnknownLocationWithAProblemNotAnError() {
        CorridorUser officer = user(Role.OFFICER, skopje);
        VisitDraft v = visitIn(skopje, null, null);
        VisitDraft nowhere = new VisitDraft(skopje, UUID.randomUUID(), v.unit(), null, Set.of(), 2, v.startsAt(), v.endsAt(),
                v.purpose(), v.status(), null, List.of(), null);

        assertThatThrownBy(() -> visits.record(officer, nowhere, false)).isInstanceOf(RecordRejected.class)
                .satisfies(e -> assertThat(((RecordRejected) e).problems()).extracting(Problem::code)
                        .containsExactly("visit.error.unknownLocation"));
    }

    @Test
    void listsFilterByStatusAndPeriod() {
        CorridorUser officer = user(Role.OFFICER, skopje);
        VisitDetails saved = visits.record(officer, visitIn(skopje, null, null), false);
        var march = new MonitoringVisits.VisitFilter(skopje, gevgelija, Unit.POLICE_DEVELOPMENT, VisitStatus.COMPLETED,
                java.time.LocalDate.parse("2016-03-08"), java.time.LocalDate.parse("2016-03-08"));
        var april = new MonitoringVisits.VisitFilter(skopje, null, null, null, java.time.LocalDate.parse("2016-04-01"), null);

        assertThat(visits.list(officer, march, 0, 500).items()).extracting(VisitDetails::id).contains(saved.id());
        assertThat(visits.list(officer, april, 0, 500).items()).extracting(VisitDetails::id).doesNotContain(saved.id());
    }
}
