package org.corridor.liaison;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corridor.accounts.DistributionLevel;
import org.corridor.kernel.Ids;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A meeting as kept (the aggregate), with the operations and organisations that took part, our attendees and its
 * decisions, saved whole. The operation that recorded it owns it and never changes. An occurrence of a series follows
 * its series until someone edits or cancels it by hand; from then on it is theirs.
 */
@Table("meeting")
class MeetingRecord {

    @Table("meeting_operation")
    record TakingPart(UUID operationId) {
    }

    @Table("meeting_organisation")
    record Counterpart(UUID operationId, UUID organisationId) {
    }

    @Table("meeting_attendee")
    record Attendee(UUID operationId, UUID userId) {
    }

    @Table("meeting_decision")
    record Decision(@Id UUID id, UUID operationId, String text) {
    }

    @Id
    private UUID id;
    private UUID operationId;
    private UUID seriesId;
    private LocalDate occurrenceDay;
    private boolean edited;
    private boolean cancelled;
    private MeetingKind kind;
    private String title;
    private Instant startsAt;
    private Instant endsAt;
    private UUID locationId;
    private String place;
    private UUID chairOrganisationId;
    private String topics;
    private String summary;
    private DistributionLevel distributionLevel;
    private UUID createdBy;
    private Instant createdAt;
    @Version
    private Long version;
    @MappedCollection(idColumn = "meeting_id")
    private Set<TakingPart> operations = new LinkedHashSet<>();
    @MappedCollection(idColumn = "meeting_id")
    private Set<Counterpart> organisations = new LinkedHashSet<>();
    @MappedCollection(idColumn = "meeting_id")
    private Set<Attendee> attendees = new LinkedHashSet<>();
    @MappedCollection(idColumn = "meeting_id", keyColumn = "position")
    private List<Decision> decisions = new ArrayList<>();

    private MeetingRecord() {
    }

    /**
     * A new meeting from a checked draft; an occurrence of a series passes the series and its day (null for a meeting
     * of its own).
     */
    static MeetingRecord of(UUID id, MeetingDraft draft, UUID seriesId, LocalDate occurrenceDay, UUID createdBy,
            Instant createdAt) {
        MeetingRecord meeting = new MeetingRecord();
        meeting.id = id;
        meeting.operationId = draft.operationId();
        meeting.seriesId = seriesId;
        meeting.occurrenceDay = occurrenceDay;
        meeting.createdBy = createdBy;
        meeting.createdAt = createdAt;
        meeting.write(draft);
        return meeting;
    }

    /** Changes the meeting as the user entered it; an occurrence of a series no longer follows its series. */
    void change(MeetingDraft draft) {
        write(draft);
        edited = seriesId != null;
    }

    /** Cancels (or restores) the meeting; it stays on the record, and an occurrence no longer follows its series. */
    void cancel(boolean cancelled) {
        this.cancelled = cancelled;
        edited = seriesId != null;
    }

    /** Neither edited nor cancelled by hand: what its series says it is. */
    boolean followsSeries() {
        return !edited && !cancelled;
    }

    /**
     * Takes on what its series now says (kind, title, times, place, chair, level, who takes part); what the meeting
     * itself recorded (topics, summary, attendees, decisions) stays. An occurrence edited or cancelled is left as is.
     */
    void followSeries(MeetingDraft occurrence) {
        if (!followsSeries()) {
            return;
        }
        writeScheduled(occurrence);
    }

    private void write(MeetingDraft draft) {
        writeScheduled(draft);
        topics = Meetings.blankToNull(draft.topics());
        summary = Meetings.blankToNull(draft.summary());
        attendees = new LinkedHashSet<>();
        for (UUID attendee : draft.attendees()) {
            attendees.add(new Attendee(operationId, attendee));
        }
        decisions = new ArrayList<>();
        for (String decision : draft.keptDecisions()) {
            decisions.add(new Decision(Ids.newId(), operationId, decision));
        }
    }

    private void writeScheduled(MeetingDraft draft) {
        kind = draft.kind();
        title = draft.title().trim();
        startsAt = Meetings.instant(draft.day(), draft.startTime());
        endsAt = Meetings.instant(draft.day(), draft.endTime());
        locationId = draft.locationId();
        place = Meetings.blankToNull(draft.place());
        chairOrganisationId = draft.chairOrganisationId();
        distributionLevel = draft.level();
        operations = new LinkedHashSet<>();
        operations.add(new TakingPart(operationId));
        for (UUID other : draft.otherOperations()) {
            operations.add(new TakingPart(other));
        }
        organisations = new LinkedHashSet<>();
        for (UUID organisation : draft.organisations()) {
            organisations.add(new Counterpart(operationId, organisation));
        }
    }

    /** What other modules learn of the meeting as it now stands. */
    MeetingRecorded recorded(Instant now) {
        List<UUID> taking = new ArrayList<>();
        taking.add(operationId);
        operations.stream().map(TakingPart::operationId).filter(o -> !o.equals(operationId))
                .sorted(Comparator.comparing(UUID::toString)).forEach(taking::add);
        MeetingRecorded.Status status = cancelled ? MeetingRecorded.Status.CANCELLED
                : startsAt.isAfter(now) ? MeetingRecorded.Status.PLANNED : MeetingRecorded.Status.HELD;
        return new MeetingRecorded(id, List.copyOf(taking), kind, startsAt, status);
    }

    UUID id() {
        return id;
    }

    boolean edited() {
        return edited;
    }

    boolean cancelled() {
        return cancelled;
    }

    String title() {
        return title;
    }

    UUID seriesId() {
        return seriesId;
    }

    LocalDate occurrenceDay() {
        return occurrenceDay;
    }

    long version() {
        return version == null ? 0 : version;
    }

    /** The version the user read: saving fails if it is no longer the current one. */
    void expectVersion(long expected) {
        version = expected;
    }
}
