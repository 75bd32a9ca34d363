package org.corridor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordPagesTests {

    private static final UUID OPERATION = UUID.fromString("00000000-0000-0000-0000-0000000000aa");

    private static AuditEntry entry(String kind, String id) {
        return new AuditEntry(1, UUID.randomUUID(), Instant.now(), null, "someone", "UPDATE", kind, id, OPERATION,
                null, null, "0", "0");
    }

    @Test
    void linksARecordWithAPageToItById() {
        String id = UUID.randomUUID().toString();

        assertThat(RecordPages.of(entry("monitoring_visit", id), null, false)).isEqualTo("/monitoring/visits/" + id);
        assertThat(RecordPages.of(entry("meeting", id), null, false)).isEqualTo("/liaison/meetings/" + id);
        assertThat(RecordPages.of(entry("report", id), null, false)).isEqualTo("/reports/" + id);
    }

    @Test
    void linksARecordWithoutAPageOfItsOwnToItsOperationsList() {
        assertThat(RecordPages.of(entry("monitoring_plan", UUID.randomUUID().toString()), null, false))
                .isEqualTo("/monitoring/plans?operation=" + OPERATION);
    }

    @Test
    void linksACapacityEventToItsActivityNamedInTheContent() {
        UUID activity = UUID.randomUUID();

        assertThat(RecordPages.of(entry("capacity_event", UUID.randomUUID().toString()),
                "{\"activityId\":\"" + activity + "\"}", false)).isEqualTo("/activities/" + activity);
        assertThat(RecordPages.of(entry("capacity_event", UUID.randomUUID().toString()), null, false)).isNull();
    }

    @Test
    void linksAccountsOnlyForWhoManagesThem() {
        String id = UUID.randomUUID().toString();

        assertThat(RecordPages.of(entry("user", id), null, true)).isEqualTo("/admin/users/" + id);
        assertThat(RecordPages.of(entry("user", id), null, false)).isNull();
    }

    @Test
    void linksNothingForAKindWithoutAPageOrAnIdThatIsNone() {
        assertThat(RecordPages.of(entry("sharing_policy", UUID.randomUUID().toString()), null, false)).isNull();
        assertThat(RecordPages.of(entry("no_such_kind", UUID.randomUUID().toString()), null, false)).isNull();
        assertThat(RecordPages.of(entry("monitoring_visit", "null"), null, false)).isNull();
        assertThat(RecordPages.of(entry("capacity_event", UUID.randomUUID().toString()),
                "{\"activityId\":\"../../admin\"}", false)).isNull();
    }
}
