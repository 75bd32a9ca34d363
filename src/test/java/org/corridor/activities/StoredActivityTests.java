package org.corridor.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corridor.accounts.DistributionLevel;
import org.corridor.activities.ActivityDraft.Document;
import org.corridor.activities.ActivityDraft.Partner;
import org.corridor.directory.Dimension;
import org.corridor.directory.ResponseArea;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.StaleRecord;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The activity aggregate's own rules, without Spring or a database. */
class StoredActivityTests {

    static final UUID OPERATION = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID OTHER_OPERATION = UUID.fromString("00000000-0000-0000-0000-000000000002");
    static final UUID LOW = UUID.fromString("10000000-0000-0000-0000-000000000000");
    static final UUID HIGH = UUID.fromString("f0000000-0000-0000-0000-000000000000");

    static ActivityDraft draft(UUID operation, String title, List<UUID> places) {
        return new ActivityDraft(operation, title, null, ResponseArea.HUMAN_RIGHTS, Set.of(Dimension.HUMAN),
                ActivityKind.NON_PROJECT, null, null, null, ActivityStatus.ONGOING, LocalDate.of(2016, 1, 1), null,
                places, List.of(new Partner(HIGH, PartnerRole.FUNDING), new Partner(LOW, PartnerRole.IMPLEMENTING)),
                List.of(new Document(" Report ", " SEC.FR/1/16 ")), null);
    }

    static StoredActivity saved(ActivityDraft draft) {
        StoredActivity activity = StoredActivity.record(UUID.randomUUID(), draft, DistributionLevel.OSCE,
                UUID.randomUUID());
        ReflectionTestUtils.setField(activity, "version", 0L);
        return activity;
    }

    @Test
    void refusesADraftThatBreaksARule() {
        assertThatThrownBy(() -> StoredActivity.record(UUID.randomUUID(), draft(OPERATION, " ", List.of()),
                DistributionLevel.OSCE, UUID.randomUUID())).isInstanceOf(RecordRejected.class);
    }

    @Test
    void startsAtTheLevelItIsGiven() {
        assertThat(saved(draft(OPERATION, "Training", List.of())).details().distributionLevel())
                .isEqualTo(DistributionLevel.OSCE);
    }

    @Test
    void refusesAChangeMadeOnAnOlderVersion() {
        StoredActivity activity = saved(draft(OPERATION, "Training", List.of()));
        ReflectionTestUtils.setField(activity, "version", 3L);

        assertThatThrownBy(() -> activity.change(2, draft(OPERATION, "Changed", List.of())))
                .isInstanceOf(StaleRecord.class)
                .satisfies(e -> assertThat(((StaleRecord) e).currentVersion()).isEqualTo(3));
    }

    @Test
    void staysInItsOperationWhateverTheChangeSays() {
        StoredActivity activity = saved(draft(OPERATION, "Training", List.of()));

        activity.change(0, draft(OTHER_OPERATION, "Changed", List.of()));

        assertThat(activity.details().operationId()).isEqualTo(OPERATION);
        assertThat(activity.details().title()).isEqualTo("Changed");
    }

    @Test
    void listsPlacesAndPartnersInTheDatabaseOrderOfTheirIdsAndTrimsDocuments() {
        Activity activity = saved(draft(OPERATION, "Training", List.of(HIGH, LOW))).details();

        assertThat(activity.locationIds()).containsExactly(LOW, HIGH);
        assertThat(activity.partners()).extracting(Partner::organisationId).containsExactly(LOW, HIGH);
        assertThat(activity.documents()).containsExactly(new Document("Report", "SEC.FR/1/16"));
    }
}
