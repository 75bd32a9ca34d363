package org.corridor.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.corridor.accounts.DistributionLevel;
import org.corridor.flows.RouteEvents.Kind;
import org.corridor.flows.RouteEvents.RouteEventDraft;
import org.junit.jupiter.api.Test;

class RouteEventRecordTests {

    static final UUID SKOPJE = UUID.randomUUID();
    static final UUID SERBIA = UUID.randomUUID();
    static final UUID MK = UUID.randomUUID();
    static final UUID GEVGELIJA = UUID.randomUUID();
    static final LocalDate MARCH_8 = LocalDate.of(2016, 3, 8);

    static RouteEventDraft closure(UUID operation) {
        return new RouteEventDraft(operation, MARCH_8, MK, GEVGELIJA, Kind.CLOSURE, "Border closed", null, null,
                DistributionLevel.OSCE);
    }

    @Test
    void aNewEventReadsAsItsDraftAtVersionZero() {
        UUID id = UUID.randomUUID();
        UUID author = UUID.randomUUID();

        var event = RouteEventRecord.of(id, closure(SKOPJE), author, Instant.now()).toEvent();

        assertThat(event).isEqualTo(new RouteEvents.RouteEvent(id, SKOPJE, MARCH_8, MK, GEVGELIJA, Kind.CLOSURE,
                "Border closed", null, null, DistributionLevel.OSCE, author, 0));
    }

    @Test
    void aChangeNeverMovesTheEventToAnotherOperation() {
        var event = RouteEventRecord.of(UUID.randomUUID(), closure(SKOPJE), UUID.randomUUID(), Instant.now());

        event.change(new RouteEventDraft(SERBIA, MARCH_8.plusDays(1), MK, null, Kind.OPENING, "Border open again",
                "Reopened", null, DistributionLevel.PUBLIC));

        assertThat(event.toEvent().operationId()).isEqualTo(SKOPJE);
        assertThat(event.toEvent().title()).isEqualTo("Border open again");
    }

    @Test
    void saysWhatWasRecordedWhereAndWhen() {
        UUID id = UUID.randomUUID();

        RouteEventRecorded recorded = RouteEventRecord.of(id, closure(SKOPJE), UUID.randomUUID(), Instant.now())
                .recorded();

        assertThat(recorded).isEqualTo(new RouteEventRecorded(id, SKOPJE, MK, GEVGELIJA, Kind.CLOSURE, MARCH_8));
    }
}
