package org.corridor.liaison;

import org.corridor.kernel.FormValues;
import java.util.List;
import java.util.UUID;
import org.corridor.kernel.Problem;
import org.corridor.liaison.ActionPointStatus;
import org.corridor.liaison.ActionPoints.ActionPointDraft;

/**
 * A new action point as typed on the meeting's page. Its owner is one choice: our operation (empty), another
 * operation that took part ({@code operation:<id>}) or a partner organisation ({@code organisation:<id>}).
 */
class ActionPointForm {

    private static final String OPERATION = "operation:";
    private static final String ORGANISATION = "organisation:";

    private String text;
    private String owner;
    private String dueDate;
    private boolean mine;

    ActionPointDraft toDraft(UUID meetingId, UUID operationId, UUID userId, List<Problem> problems) {
        return new ActionPointDraft(meetingId, operationId, text, ownerAfter(ORGANISATION), mine ? userId : null,
                FormValues.date(dueDate, "dueDate", problems), ActionPointStatus.OPEN, ownerAfter(OPERATION));
    }

    /** The owner's id if the choice is of this kind; an unknown choice is no owner (our operation). */
    private UUID ownerAfter(String kind) {
        return owner != null && owner.startsWith(kind) ? FormValues.uuid(owner.substring(kind.length())) : null;
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public String getDueDate() { return dueDate; }
    public void setDueDate(String dueDate) { this.dueDate = dueDate; }
    public boolean isMine() { return mine; }
    public void setMine(boolean mine) { this.mine = mine; }
}
