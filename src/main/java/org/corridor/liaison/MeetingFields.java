package org.corridor.liaison;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.corridor.accounts.DistributionLevel;

/**
 * What the meeting form and the series form share, as the page's "where and with whom" part shows it for both: the
 * operation, the kind and title, the place, the chair, the other operations and organisations, who reads it, and the
 * version the form was read at. Bound by Spring like the forms' own fields.
 */
abstract class MeetingFields {

    UUID operationId;
    MeetingKind kind;
    String title;
    UUID locationId;
    String place;
    UUID chairOrganisationId;
    List<UUID> otherOperationIds = new ArrayList<>();
    List<UUID> organisationIds = new ArrayList<>();
    DistributionLevel distributionLevel; // none chosen: the operation's default for meetings
    long version;

    /** The ids ticked; an empty value ticks none. */
    static List<UUID> chosen(List<UUID> ids) {
        return ids == null ? List.of() : ids.stream().filter(Objects::nonNull).toList();
    }

    /** The operations a meeting or series names besides its own. */
    static ArrayList<UUID> others(List<UUID> operationIds, UUID own) {
        return new ArrayList<>(operationIds.stream().filter(o -> !o.equals(own)).toList());
    }

    public UUID getOperationId() { return operationId; }
    public void setOperationId(UUID operationId) { this.operationId = operationId; }
    public MeetingKind getKind() { return kind; }
    public void setKind(MeetingKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public UUID getLocationId() { return locationId; }
    public void setLocationId(UUID locationId) { this.locationId = locationId; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public UUID getChairOrganisationId() { return chairOrganisationId; }
    public void setChairOrganisationId(UUID chairOrganisationId) { this.chairOrganisationId = chairOrganisationId; }
    public List<UUID> getOtherOperationIds() { return otherOperationIds; }
    public void setOtherOperationIds(List<UUID> otherOperationIds) { this.otherOperationIds = otherOperationIds; }
    public List<UUID> getOrganisationIds() { return organisationIds; }
    public void setOrganisationIds(List<UUID> organisationIds) { this.organisationIds = organisationIds; }
    public DistributionLevel getDistributionLevel() { return distributionLevel; }
    public void setDistributionLevel(DistributionLevel distributionLevel) { this.distributionLevel = distributionLevel; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
