package org.corridor.activities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.corridor.accounts.DistributionLevel;
import org.corridor.directory.Dimension;
import org.corridor.directory.OrganisationSummary;
import org.corridor.directory.ResponseArea;

/**
 * The activity form, bound by Spring; what did not convert comes back as typed beside its problem. Partners are
 * typed one a line as "UNODC IMPLEMENTING", documents as "title | URL or reference".
 */
class ActivityForm {

    private UUID operationId;
    private String title;
    private String description;
    private ResponseArea responseArea;
    private List<Dimension> dimensions = new ArrayList<>();
    private ActivityKind kind;
    private Funding funding;
    private String donor;
    private String projectCode;
    private ActivityStatus status;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private List<UUID> locationIds = new ArrayList<>();
    private String partners;
    private String documents;
    private DistributionLevel distributionLevel;
    /** Part of the response unless answered no, the answer a new activity starts with (see ActivityController). */
    private Boolean migrationResponse = true;
    private long version;

    /** A new activity's form: the operation, planned, shared as the operation shares by default. */
    static ActivityForm starting(UUID operationId, DistributionLevel level) {
        ActivityForm form = new ActivityForm();
        form.operationId = operationId;
        form.status = ActivityStatus.PLANNED;
        form.distributionLevel = level;
        return form;
    }

    static ActivityForm of(Activity a, List<OrganisationSummary> organisations) {
        ActivityForm form = new ActivityForm();
        form.operationId = a.operationId();
        form.title = a.title();
        form.description = a.description();
        form.responseArea = a.responseArea();
        form.dimensions = new ArrayList<>(a.dimensions());
        form.kind = a.kind();
        form.funding = a.funding();
        form.donor = a.donor();
        form.projectCode = a.projectCode();
        form.status = a.status();
        form.startsOn = a.startsOn();
        form.endsOn = a.endsOn();
        form.locationIds = new ArrayList<>(a.locationIds());
        form.partners = a.partners().stream().map(p -> organisations.stream()
                        .filter(o -> o.id().equals(p.organisationId())).findFirst().map(OrganisationSummary::shortName)
                        .orElse(p.organisationId().toString()) + " " + p.role())
                .collect(Collectors.joining("\n"));
        form.documents = a.documents().stream().map(d -> d.title() + " | " + d.reference()).collect(Collectors.joining("\n"));
        form.distributionLevel = a.distributionLevel();
        form.migrationResponse = a.migrationResponse();
        form.version = a.version();
        return form;
    }

    /**
     * The draft of the form as bound, of the given operation (an activity never changes operation). Partners and
     * documents are read from their lines: a partner whose organisation or role is not known is the draft's problem.
     */
    ActivityDraft toDraft(UUID operation, List<OrganisationSummary> organisations) {
        EnumSet<Dimension> dims = EnumSet.noneOf(Dimension.class);
        if (dimensions != null) {
            dimensions.stream().filter(Objects::nonNull).forEach(dims::add);
        }
        List<UUID> locations = locationIds == null ? List.of()
                : locationIds.stream().filter(Objects::nonNull).toList();
        List<ActivityDraft.Partner> partnerList = new ArrayList<>();
        for (String line : lines(partners)) {
            int space = line.lastIndexOf(' ');
            PartnerRole role = space < 0 ? null : role(line.substring(space + 1));
            String name = space < 0 ? line : line.substring(0, space).trim();
            UUID organisation = organisations.stream()
                    .filter(o -> name.equalsIgnoreCase(o.shortName()) || name.equalsIgnoreCase(o.name()))
                    .map(OrganisationSummary::id).findFirst().orElse(null);
            partnerList.add(new ActivityDraft.Partner(organisation, role));
        }
        List<ActivityDraft.Document> documentList = new ArrayList<>();
        for (String line : lines(documents)) {
            int bar = line.indexOf('|');
            documentList.add(bar < 0 ? new ActivityDraft.Document(null, line)
                    : new ActivityDraft.Document(line.substring(0, bar).trim(), line.substring(bar + 1).trim()));
        }
        return new ActivityDraft(operation, title, description, responseArea, dims, kind, funding, donor, projectCode,
                status, startsOn, endsOn, locations, partnerList, documentList, distributionLevel,
                !Boolean.FALSE.equals(migrationResponse));
    }

    /** A partner's role as typed at the end of its line, in any case; one that is none is no role. */
    private static PartnerRole role(String typed) {
        try {
            return typed.isBlank() ? null : PartnerRole.valueOf(typed.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    public UUID getOperationId() { return operationId; }
    public void setOperationId(UUID operationId) { this.operationId = operationId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public ResponseArea getResponseArea() { return responseArea; }
    public void setResponseArea(ResponseArea responseArea) { this.responseArea = responseArea; }
    public List<Dimension> getDimensions() { return dimensions; }
    public void setDimensions(List<Dimension> dimensions) { this.dimensions = dimensions; }
    public ActivityKind getKind() { return kind; }
    public void setKind(ActivityKind kind) { this.kind = kind; }
    public Funding getFunding() { return funding; }
    public void setFunding(Funding funding) { this.funding = funding; }
    public String getDonor() { return donor; }
    public void setDonor(String donor) { this.donor = donor; }
    public String getProjectCode() { return projectCode; }
    public void setProjectCode(String projectCode) { this.projectCode = projectCode; }
    public ActivityStatus getStatus() { return status; }
    public void setStatus(ActivityStatus status) { this.status = status; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public List<UUID> getLocationIds() { return locationIds; }
    public void setLocationIds(List<UUID> locationIds) { this.locationIds = locationIds; }
    public String getPartners() { return partners; }
    public void setPartners(String partners) { this.partners = partners; }
    public String getDocuments() { return documents; }
    public void setDocuments(String documents) { this.documents = documents; }
    public DistributionLevel getDistributionLevel() { return distributionLevel; }
    public void setDistributionLevel(DistributionLevel distributionLevel) { this.distributionLevel = distributionLevel; }
    public Boolean getMigrationResponse() { return migrationResponse; }
    public void setMigrationResponse(Boolean migrationResponse) { this.migrationResponse = migrationResponse; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
