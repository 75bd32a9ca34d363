package org.corridor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corridor.accounts.DistributionLevel;
import org.corridor.kernel.StaleRecord;
import org.junit.jupiter.api.Test;

/** The visit aggregate's own rules, without Spring. */
class MonitoringVisitTests {

    static MonitoringVisit recorded() {
        return MonitoringVisit.record(VisitDraftTests.valid().at(DistributionLevel.OSCE), UUID.randomUUID(),
                VisitDraftTests.NOW);
    }

    static VisitDraft movedTo(UUID operation) {
        VisitDraft v = VisitDraftTests.valid();
        return new VisitDraft(operation, v.locationId(), v.unit(), v.unitName(), v.teamMembers(), v.teamCount(),
                v.startsAt(), v.endsAt(), v.purpose(), VisitStatus.CANCELLED, v.observations(),
                List.of(new FollowUp("  Ask for an interpreter ", " PDU ", null, null)), null);
    }

    @Test
    void aChangeNeverMovesTheVisitToAnotherOperation() {
        MonitoringVisit visit = recorded();

        assertThat(visit.changedBy(movedTo(UUID.randomUUID())).operationId()).isEqualTo(visit.details().operationId());
    }

    @Test
    void aChangeThatNamesNoLevelKeepsTheVisitsLevel() {
        MonitoringVisit visit = recorded();

        assertThat(visit.changedBy(movedTo(UUID.randomUUID())).distributionLevel()).isEqualTo(DistributionLevel.OSCE);
    }

    @Test
    void aChangeReplacesTheFollowUpsTrimmed() {
        MonitoringVisit visit = recorded();

        visit.change(visit.changedBy(movedTo(UUID.randomUUID())));

        assertThat(visit.details().followUps()).containsExactly(new FollowUp("Ask for an interpreter", "PDU", null, false));
        assertThat(visit.details().status()).isEqualTo(VisitStatus.CANCELLED);
    }

    @Test
    void aNameOfTheUnitIsKeptOnlyForAnOtherUnit() {
        VisitDraft v = VisitDraftTests.valid();
        VisitDraft named = new VisitDraft(v.operationId(), v.locationId(), Unit.MONITORING, "Mobile team", Set.of(), 2,
                v.startsAt(), v.endsAt(), v.purpose(), v.status(), null, List.of(), DistributionLevel.OPERATION);

        assertThat(MonitoringVisit.record(named, UUID.randomUUID(), VisitDraftTests.NOW).details().unitName()).isNull();
    }

    @Test
    void refusesAChangeMadeToAnotherVersion() {
        MonitoringVisit visit = recorded();

        assertThatThrownBy(() -> visit.expectVersion(3)).isInstanceOf(StaleRecord.class)
                .extracting(e -> ((StaleRecord) e).currentVersion()).isEqualTo(0L);
    }
}
