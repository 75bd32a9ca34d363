package org.corridor.liaison;

import java.time.LocalDate;
import java.util.UUID;
import org.corridor.liaison.ActionPoints.ActionPointDraft;

/**
 * A new action point as typed on the meeting's page, bound by Spring; a due date that is no date comes back as typed
 * beside its problem. Its owner is one choice: our operation (empty), another operation that took part
 * ({@code operation:<id>}) or a partner organisation ({@code organisation:<id>}).
 */
class ActionPointForm {

    private static final String OPERATION = "operation:";
    private static final String ORGANISATION = "organisation:";

    private String text;
    private String owner;
    private LocalDate dueDate;
    private boolean mine;

    ActionPointDraft toDraft(UUID meetingId, UUID operationId, UUID userId) {
        return new ActionPointDraft(meetingId, operationId, text, ownerAfter(ORGANISATION), mine ? userId : null,
                dueDate, ActionPointStatus.OPEN, ownerAfter(OPERATION));
    }

    /** The owner's id if the choice is of this kind; an unknown choice is no owner (our operation). */
    private UUID ownerAfter(String kind) {
        if (owner == null || !owner.startsWith(kind)) {
            return null;
        }
        try {
            return UUID.fromString(owner.substring(kind.length()).trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public boolean isMine() { return mine; }
    public void setMine(boolean mine) { this.mine = mine; }
}
