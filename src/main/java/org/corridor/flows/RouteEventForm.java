package org.corridor.flows;

import static org.corridor.kernel.FormValues.date;
import static org.corridor.kernel.FormValues.text;
import static org.corridor.kernel.FormValues.uuid;
import static org.corridor.kernel.FormValues.value;

import java.util.List;
import org.corridor.accounts.DistributionLevel;
import org.corridor.kernel.Problem;
import org.corridor.flows.RouteEvents.RouteEvent;
import org.corridor.flows.RouteEvents.RouteEventDraft;

/** The route event form as typed. */
class RouteEventForm {

    private String operationId;
    private String occurredOn;
    private String countryId;
    private String locationId;
    private String kind;
    private String title;
    private String description;
    private String sourceReference;
    /** Preselected with the operation's default level for new records (the controller sets it). */
    private String distributionLevel;
    private boolean confirmPersonalData;
    private long version;

    static RouteEventForm of(RouteEvent event) {
        RouteEventForm form = new RouteEventForm();
        form.operationId = text(event.operationId());
        form.occurredOn = text(event.occurredOn());
        form.countryId = text(event.countryId());
        form.locationId = text(event.locationId());
        form.kind = event.kind().name();
        form.title = event.title();
        form.description = event.description();
        form.sourceReference = event.sourceReference();
        form.distributionLevel = event.distributionLevel().name();
        form.version = event.version();
        return form;
    }

    RouteEventDraft toDraft(List<Problem> problems) {
        return new RouteEventDraft(uuid(operationId), date(occurredOn, "occurredOn", problems), uuid(countryId),
                uuid(locationId), value(RouteEvents.Kind.class, kind), title, description, sourceReference,
                value(DistributionLevel.class, distributionLevel));
    }

    public String getOperationId() { return operationId; }
    public void setOperationId(String operationId) { this.operationId = operationId; }
    public String getOccurredOn() { return occurredOn; }
    public void setOccurredOn(String occurredOn) { this.occurredOn = occurredOn; }
    public String getCountryId() { return countryId; }
    public void setCountryId(String countryId) { this.countryId = countryId; }
    public String getLocationId() { return locationId; }
    public void setLocationId(String locationId) { this.locationId = locationId; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getSourceReference() { return sourceReference; }
    public void setSourceReference(String sourceReference) { this.sourceReference = sourceReference; }
    public String getDistributionLevel() { return distributionLevel; }
    public void setDistributionLevel(String distributionLevel) { this.distributionLevel = distributionLevel; }
    public boolean isConfirmPersonalData() { return confirmPersonalData; }
    public void setConfirmPersonalData(boolean confirmPersonalData) { this.confirmPersonalData = confirmPersonalData; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
