package org.corridor.flows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.corridor.accounts.DistributionLevel;
import org.corridor.flows.RouteEvents.Kind;
import org.corridor.flows.RouteEvents.RouteEvent;
import org.corridor.flows.RouteEvents.RouteEventDraft;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A route event as kept (the aggregate): its operation, author and creation time are fixed when it is recorded; its
 * day, place, kind, texts and level change. Its draft is checked before it gets here ({@link RouteEvents#problems}).
 */
@Table("route_event")
class RouteEventRecord {

    @Id
    private UUID id;
    private UUID operationId;
    private LocalDate occurredOn;
    private UUID countryId;
    private UUID locationId;
    private Kind kind;
    private String title;
    private String description;
    private String sourceReference;
    private DistributionLevel distributionLevel;
    private UUID createdBy;
    private Instant createdAt;
    @Version
    private Long version;

    private RouteEventRecord() {
    }

    /** A new event of the draft's operation, with the draft's level (the caller fills in the operation's default). */
    static RouteEventRecord of(UUID id, RouteEventDraft draft, UUID createdBy, Instant createdAt) {
        RouteEventRecord event = new RouteEventRecord();
        event.id = id;
        event.operationId = draft.operationId();
        event.createdBy = createdBy;
        event.createdAt = createdAt;
        event.change(draft);
        return event;
    }

    /** Changes what the draft says; the operation never changes. */
    void change(RouteEventDraft draft) {
        occurredOn = draft.occurredOn();
        countryId = draft.countryId();
        locationId = draft.locationId();
        kind = draft.kind();
        title = draft.title();
        description = draft.description();
        sourceReference = draft.sourceReference();
        distributionLevel = draft.distributionLevel();
    }

    /** The version the user read: saving fails if it is no longer the current one. */
    void expectVersion(long expected) {
        version = expected;
    }

    /** What the event says, as pages, the API and the audit log show it. */
    RouteEvent toEvent() {
        return new RouteEvent(id, operationId, occurredOn, countryId, locationId, kind, title, description,
                sourceReference, distributionLevel, createdBy, version == null ? 0 : version);
    }

    /** What other modules learn of a new event. */
    RouteEventRecorded recorded() {
        return new RouteEventRecorded(id, operationId, countryId, locationId, kind, occurredOn);
    }
}
