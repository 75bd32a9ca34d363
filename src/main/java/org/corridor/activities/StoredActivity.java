package org.corridor.activities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corridor.accounts.DistributionLevel;
import org.corridor.activities.ActivityDraft.Document;
import org.corridor.activities.ActivityDraft.Partner;
import org.corridor.directory.Dimension;
import org.corridor.directory.ResponseArea;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.StaleRecord;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An activity as stored, with its dimensions, places, partners and documents: the aggregate its repository saves
 * whole. It keeps its own rules — a draft with a broken rule is refused, the operation never changes, a change
 * made on an old version is stale — and gives the {@link Activity} the module shows.
 */
@Table("activity")
class StoredActivity {

    @Id
    private UUID id;
    private UUID operationId;
    private String title;
    private String description;
    private ResponseArea responseArea;
    private ActivityKind kind;
    private Funding funding;
    private String donor;
    private String projectCode;
    private ActivityStatus status;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private DistributionLevel distributionLevel;
    /** False for the operation's regular work outside the migration response, which the matrix leaves out. */
    private boolean migrationResponse = true;
    private UUID createdBy;
    /** Null until first saved; 0 once recorded, one more at each change, as the ETag reads it. */
    @Version
    private Long version;

    @MappedCollection(idColumn = "activity_id")
    private Set<DimensionRow> dimensions = new LinkedHashSet<>();
    @MappedCollection(idColumn = "activity_id")
    private Set<PlaceRow> places = new LinkedHashSet<>();
    @MappedCollection(idColumn = "activity_id")
    private Set<PartnerRow> partners = new LinkedHashSet<>();
    @MappedCollection(idColumn = "activity_id", keyColumn = "position")
    private List<DocumentRow> documents = new ArrayList<>();

    @Table("activity_dimension")
    record DimensionRow(Dimension dimension) {
    }

    @Table("activity_location")
    record PlaceRow(UUID locationId) {
    }

    @Table("activity_partner")
    record PartnerRow(UUID organisationId, PartnerRole role) {
    }

    @Table("activity_document")
    record DocumentRow(String title, String reference) {
    }

    private StoredActivity() {
    }

    /** A new activity of the draft's operation at {@code level}, recorded by {@code createdBy}. */
    static StoredActivity record(UUID id, ActivityDraft draft, DistributionLevel level, UUID createdBy) {
        RecordRejected.ifAny(draft.problems());
        StoredActivity activity = new StoredActivity();
        activity.id = id;
        activity.operationId = draft.operationId();
        activity.createdBy = createdBy;
        activity.take(draft);
        activity.distributionLevel = level;
        return activity;
    }

    /** Takes the changes if nobody else has changed the activity since {@code expectedVersion}; it stays in its operation. */
    void change(long expectedVersion, ActivityDraft changes) {
        RecordRejected.ifAny(new ActivityDraft(operationId, changes.title(), changes.description(), changes.responseArea(),
                changes.dimensions(), changes.kind(), changes.funding(), changes.donor(), changes.projectCode(),
                changes.status(), changes.startsOn(), changes.endsOn(), changes.locationIds(), changes.partners(),
                changes.documents(), changes.distributionLevel(), changes.migrationResponse()).problems());
        if (version != expectedVersion) {
            throw new StaleRecord(version);
        }
        take(changes);
    }

    private void take(ActivityDraft draft) {
        title = draft.title();
        description = draft.description();
        responseArea = draft.responseArea();
        kind = draft.kind();
        funding = draft.funding();
        donor = draft.donor();
        projectCode = draft.projectCode();
        status = draft.status();
        startsOn = draft.startsOn();
        endsOn = draft.endsOn();
        distributionLevel = draft.level();
        if (draft.migrationResponse() != null) {
            migrationResponse = draft.migrationResponse();
        }
        dimensions = new LinkedHashSet<>(draft.dimensions().stream().map(DimensionRow::new).toList());
        places = new LinkedHashSet<>(draft.locationIds().stream().map(PlaceRow::new).toList());
        partners = new LinkedHashSet<>(
                draft.partners().stream().map(p -> new PartnerRow(p.organisationId(), p.role())).toList());
        documents = new ArrayList<>(draft.documents().stream()
                .map(d -> new DocumentRow(d.title().trim(), d.reference().trim())).toList());
    }

    UUID id() {
        return id;
    }

    UUID operationId() {
        return operationId;
    }

    /** The activity as the module shows it, places and partners in the order the lists give them. */
    Activity details() {
        Set<Dimension> dimensionSet = EnumSet.noneOf(Dimension.class);
        dimensions.forEach(d -> dimensionSet.add(d.dimension()));
        // A uuid's text sorts as the database sorts uuids.
        List<UUID> locationIds = places.stream().map(PlaceRow::locationId)
                .sorted(Comparator.comparing(UUID::toString)).toList();
        List<Partner> partnerList = partners.stream()
                .sorted(Comparator.comparing((PartnerRow p) -> p.organisationId().toString())
                        .thenComparing(p -> p.role().name()))
                .map(p -> new Partner(p.organisationId(), p.role())).toList();
        List<Document> documentList = documents.stream().map(d -> new Document(d.title(), d.reference())).toList();
        return new Activity(id, operationId, title, description, responseArea, dimensionSet, kind, funding, donor,
                projectCode, status, startsOn, endsOn, new ArrayList<>(locationIds), new ArrayList<>(partnerList),
                new ArrayList<>(documentList), distributionLevel, migrationResponse, createdBy, version);
    }
}
