package org.corridor.liaison;

import org.corridor.kernel.FormValues;
import java.util.List;
import java.util.UUID;
import org.corridor.kernel.Problem;
import org.corridor.liaison.ActionPointStatus;
import org.corridor.liaison.ActionPoints.ActionPointDraft;

/** A new action point as typed on the meeting's page. */
class ActionPointForm {

    private String text;
    private String ownerOrganisationId;
    private String dueDate;
    private boolean mine;

    ActionPointDraft toDraft(UUID meetingId, UUID operationId, UUID userId, List<Problem> problems) {
        return new ActionPointDraft(meetingId, operationId, text, FormValues.uuid(ownerOrganisationId),
                mine ? userId : null,
                FormValues.date(dueDate, "dueDate", problems), ActionPointStatus.OPEN);
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getOwnerOrganisationId() { return ownerOrganisationId; }
    public void setOwnerOrganisationId(String ownerOrganisationId) { this.ownerOrganisationId = ownerOrganisationId; }
    public String getDueDate() { return dueDate; }
    public void setDueDate(String dueDate) { this.dueDate = dueDate; }
    public boolean isMine() { return mine; }
    public void setMine(boolean mine) { this.mine = mine; }
}
