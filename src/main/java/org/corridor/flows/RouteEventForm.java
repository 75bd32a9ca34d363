package org.corridor.flows;

import java.time.LocalDate;
import java.util.UUID;
import org.corridor.accounts.DistributionLevel;
import org.corridor.flows.RouteEvents.RouteEvent;
import org.corridor.flows.RouteEvents.RouteEventDraft;

/**
 * The route event form, bound by Spring; what did not convert comes back as typed beside its problem.
 */
class RouteEventForm {

    private UUID operationId;
    private LocalDate occurredOn;
    private UUID countryId;
    private UUID locationId;
    private RouteEvents.Kind kind;
    private String title;
    private String description;
    private String sourceReference;
    private DistributionLevel distributionLevel;
    private boolean confirmPersonalData;
    private long version;

    static RouteEventForm of(RouteEvent event) {
        RouteEventForm form = new RouteEventForm();
        form.operationId = event.operationId();
        form.occurredOn = event.occurredOn();
        form.countryId = event.countryId();
        form.locationId = event.locationId();
        form.kind = event.kind();
        form.title = event.title();
        form.description = event.description();
        form.sourceReference = event.sourceReference();
        form.distributionLevel = event.distributionLevel();
        form.version = event.version();
        return form;
    }

    /** A new event's form: today, at the operation's default level. */
    static RouteEventForm starting(UUID operationId, LocalDate today, DistributionLevel level) {
        RouteEventForm form = new RouteEventForm();
        form.operationId = operationId;
        form.occurredOn = today;
        form.distributionLevel = level;
        return form;
    }

    RouteEventDraft toDraft() {
        return new RouteEventDraft(operationId, occurredOn, countryId, locationId, kind, title, description,
                sourceReference, distributionLevel);
    }

    public UUID getOperationId() { return operationId; }
    public void setOperationId(UUID operationId) { this.operationId = operationId; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public void setOccurredOn(LocalDate occurredOn) { this.occurredOn = occurredOn; }
    public UUID getCountryId() { return countryId; }
    public void setCountryId(UUID countryId) { this.countryId = countryId; }
    public UUID getLocationId() { return locationId; }
    public void setLocationId(UUID locationId) { this.locationId = locationId; }
    public RouteEvents.Kind getKind() { return kind; }
    public void setKind(RouteEvents.Kind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getSourceReference() { return sourceReference; }
    public void setSourceReference(String sourceReference) { this.sourceReference = sourceReference; }
    public DistributionLevel getDistributionLevel() { return distributionLevel; }
    public void setDistributionLevel(DistributionLevel distributionLevel) { this.distributionLevel = distributionLevel; }
    public boolean isConfirmPersonalData() { return confirmPersonalData; }
    public void setConfirmPersonalData(boolean confirmPersonalData) { this.confirmPersonalData = confirmPersonalData; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
