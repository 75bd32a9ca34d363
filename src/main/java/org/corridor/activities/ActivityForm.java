package org.corridor.activities;

import static org.corridor.kernel.FormValues.value;
import static org.corridor.kernel.FormValues.uuid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.corridor.kernel.BoundDates;
import org.corridor.kernel.Problem;
import org.corridor.accounts.DistributionLevel;
import org.corridor.activities.Activity;
import org.corridor.activities.ActivityDraft;
import org.corridor.activities.ActivityKind;
import org.corridor.activities.ActivityStatus;
import org.corridor.activities.Funding;
import org.corridor.activities.PartnerRole;
import org.corridor.directory.Dimension;
import org.corridor.directory.OrganisationSummary;
import org.corridor.directory.ResponseArea;
import org.springframework.validation.BindingResult;

/**
 * The activity form as typed, so that what was typed comes back beside its problem. Partners are
 * typed one a line as "UNODC IMPLEMENTING", documents as "title | URL or reference".
 */
class ActivityForm {

    private static final Set<String> DATES = Set.of("startsOn", "endsOn");

    private String operationId;
    private String title;
    private String description;
    private String responseArea;
    private List<String> dimensions = new ArrayList<>();
    private String kind;
    private String funding;
    private String donor;
    private String projectCode;
    private String status;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private List<String> locationIds = new ArrayList<>();
    private String partners;
    private String documents;
    private String distributionLevel;
    /** "true" or "false"; anything else counts as part of the response, the answer a new activity starts with. */
    private String migrationResponse = "true";
    private long version;

    static ActivityForm of(Activity a, List<OrganisationSummary> organisations) {
        ActivityForm form = new ActivityForm();
        form.operationId = a.operationId().toString();
        form.title = a.title();
        form.description = a.description();
        form.responseArea = a.responseArea().name();
        form.dimensions = a.dimensions().stream().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
        form.kind = a.kind().name();
        form.funding = a.funding() == null ? null : a.funding().name();
        form.donor = a.donor();
        form.projectCode = a.projectCode();
        form.status = a.status().name();
        form.startsOn = a.startsOn();
        form.endsOn = a.endsOn();
        form.locationIds = a.locationIds().stream().map(UUID::toString).collect(Collectors.toCollection(ArrayList::new));
        form.partners = a.partners().stream().map(p -> organisations.stream()
                        .filter(o -> o.id().equals(p.organisationId())).findFirst().map(OrganisationSummary::shortName)
                        .orElse(p.organisationId().toString()) + " " + p.role())
                .collect(Collectors.joining("\n"));
        form.documents = a.documents().stream().map(d -> d.title() + " | " + d.reference()).collect(Collectors.joining("\n"));
        form.distributionLevel = a.distributionLevel().name();
        form.migrationResponse = Boolean.toString(a.migrationResponse());
        form.version = a.version();
        return form;
    }

    /** The draft of the form as bound; what did not bind or parse is added to {@code problems}. */
    ActivityDraft toDraft(List<OrganisationSummary> organisations, BindingResult binding, List<Problem> problems) {
        BoundDates.refuseUnboundOtherThan(DATES, binding);
        Set<Dimension> dims = EnumSet.noneOf(Dimension.class);
        for (String d : dimensions == null ? List.<String>of() : dimensions) {
            Dimension dimension = value(Dimension.class, d);
            if (dimension != null) {
                dims.add(dimension);
            }
        }
        List<UUID> locations = new ArrayList<>();
        for (String l : locationIds == null ? List.<String>of() : locationIds) {
            if (l != null && !l.isBlank()) {
                locations.add(uuid(l));
            }
        }
        List<ActivityDraft.Partner> partnerList = new ArrayList<>();
        for (String line : lines(partners)) {
            int space = line.lastIndexOf(' ');
            PartnerRole role = space < 0 ? null : value(PartnerRole.class, line.substring(space + 1).toUpperCase());
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
        return new ActivityDraft(uuid(operationId), title, description, value(ResponseArea.class, responseArea), dims,
                value(ActivityKind.class, kind), value(Funding.class, funding), donor, projectCode,
                value(ActivityStatus.class, status), BoundDates.checked(startsOn, "startsOn", binding, problems),
                BoundDates.checked(endsOn, "endsOn", binding, problems),
                locations, partnerList, documentList, value(DistributionLevel.class, distributionLevel),
                !"false".equals(migrationResponse));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }




    public String getOperationId() { return operationId; }
    public void setOperationId(String operationId) { this.operationId = operationId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getResponseArea() { return responseArea; }
    public void setResponseArea(String responseArea) { this.responseArea = responseArea; }
    public List<String> getDimensions() { return dimensions; }
    public void setDimensions(List<String> dimensions) { this.dimensions = dimensions; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getFunding() { return funding; }
    public void setFunding(String funding) { this.funding = funding; }
    public String getDonor() { return donor; }
    public void setDonor(String donor) { this.donor = donor; }
    public String getProjectCode() { return projectCode; }
    public void setProjectCode(String projectCode) { this.projectCode = projectCode; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public List<String> getLocationIds() { return locationIds; }
    public void setLocationIds(List<String> locationIds) { this.locationIds = locationIds; }
    public String getPartners() { return partners; }
    public void setPartners(String partners) { this.partners = partners; }
    public String getDocuments() { return documents; }
    public void setDocuments(String documents) { this.documents = documents; }
    public String getDistributionLevel() { return distributionLevel; }
    public void setDistributionLevel(String distributionLevel) { this.distributionLevel = distributionLevel; }
    public String getMigrationResponse() { return migrationResponse; }
    public void setMigrationResponse(String migrationResponse) { this.migrationResponse = migrationResponse; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
