package org.corridor.activities;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corridor.activities.CapacityEventDraft.Participants;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.StaleRecord;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A capacity-building event as stored, with its participants by target group and sex: the aggregate its repository
 * saves whole. It stays with its activity; a draft with a broken rule is refused, a change on an old version is stale.
 */
@Table("capacity_event")
class StoredCapacityEvent {

    @Id
    private UUID id;
    private UUID activityId;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private UUID locationId;
    private String place;
    private String topic;
    private UUID createdBy;
    @Version
    private Long version;

    @MappedCollection(idColumn = "event_id")
    private Set<ParticipantsRow> participants = new LinkedHashSet<>();

    @Table("capacity_participants")
    record ParticipantsRow(TargetGroup targetGroup, Integer target, Integer targetWomen, Integer targetMen,
            Integer achieved, Integer achievedWomen, Integer achievedMen) {
    }

    private StoredCapacityEvent() {
    }

    /** A new event of the draft's activity, recorded by {@code createdBy}. */
    static StoredCapacityEvent record(UUID id, CapacityEventDraft draft, UUID createdBy) {
        RecordRejected.ifAny(draft.problems());
        StoredCapacityEvent event = new StoredCapacityEvent();
        event.id = id;
        event.activityId = draft.activityId();
        event.createdBy = createdBy;
        event.take(draft);
        return event;
    }

    /** Takes the changes if nobody else has changed the event since {@code expectedVersion}; it stays with its activity. */
    void change(long expectedVersion, CapacityEventDraft changes) {
        CapacityEventDraft draft = new CapacityEventDraft(activityId, changes.startsOn(), changes.endsOn(),
                changes.locationId(), changes.place(), changes.topic(), changes.participants());
        RecordRejected.ifAny(draft.problems());
        if (version != expectedVersion) {
            throw new StaleRecord(version);
        }
        take(draft);
    }

    private void take(CapacityEventDraft draft) {
        startsOn = draft.startsOn();
        endsOn = draft.endsOn();
        locationId = draft.locationId();
        place = draft.place();
        topic = draft.topic();
        participants = new LinkedHashSet<>(draft.participants().stream()
                .map(p -> new ParticipantsRow(p.group(), p.target(), p.targetWomen(), p.targetMen(), p.achieved(),
                        p.achievedWomen(), p.achievedMen()))
                .toList());
    }

    UUID activityId() {
        return activityId;
    }

    /** The event as the module shows it, its groups in the order of their names. */
    CapacityEvent details() {
        List<Participants> list = participants.stream()
                .sorted(Comparator.comparing((ParticipantsRow p) -> p.targetGroup().name()))
                .map(p -> new Participants(p.targetGroup(), p.target(), p.targetWomen(), p.targetMen(), p.achieved(),
                        p.achievedWomen(), p.achievedMen()))
                .toList();
        return new CapacityEvent(id, activityId, startsOn, endsOn, locationId, place, topic, list, version);
    }
}
