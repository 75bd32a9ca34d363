package org.corridor.liaison;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.corridor.liaison.ActionPoints.ActionPointDraft;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An action point as kept (the aggregate): its meeting and operation are fixed when it is recorded; its text, owner,
 * due day and status change. Open ones past their day are overdue.
 */
@Table("action_point")
class ActionPointRecord {

    @Id
    private UUID id;
    private UUID operationId;
    private UUID meetingId;
    private String text;
    private UUID ownerOrganisationId;
    private UUID ownerOperationId;
    private UUID ownerUserId;
    private LocalDate dueDate;
    private ActionPointStatus status;
    private UUID createdBy;
    private Instant createdAt;
    @Version
    private Long version;

    private ActionPointRecord() {
    }

    /** A new action point of the meeting, for one of the meeting's operations; its draft is checked already. */
    static ActionPointRecord of(UUID id, UUID meetingId, UUID operationId, ActionPointDraft draft, UUID createdBy,
            Instant createdAt) {
        ActionPointRecord point = new ActionPointRecord();
        point.id = id;
        point.meetingId = meetingId;
        point.operationId = operationId;
        point.createdBy = createdBy;
        point.createdAt = createdAt;
        point.change(draft);
        return point;
    }

    /** Changes text, owner, due day and status (none given: open); the meeting and operation never change. */
    void change(ActionPointDraft draft) {
        text = draft.text().trim();
        ownerOrganisationId = draft.ownerOrganisationId();
        ownerOperationId = draft.ownerOperationId();
        ownerUserId = draft.ownerUserId();
        dueDate = draft.dueDate();
        status = draft.status() == null ? ActionPointStatus.OPEN : draft.status();
    }

    /** Overdue: still open and due before today. */
    boolean overdue(LocalDate today) {
        return ActionPointStatus.overdue(status, dueDate, today);
    }

    UUID id() {
        return id;
    }

    UUID operationId() {
        return operationId;
    }

    UUID meetingId() {
        return meetingId;
    }

    ActionPointStatus status() {
        return status;
    }

    long version() {
        return version == null ? 0 : version;
    }

    /** The version the user read: saving fails if it is no longer the current one. */
    void expectVersion(long expected) {
        version = expected;
    }
}
