package org.corridor.monitoring;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.corridor.accounts.DistributionLevel;
import org.corridor.kernel.Region;
import org.corridor.kernel.WholeNumber;

/**
 * The visit form, bound by Spring; what did not convert comes back as typed beside its problem. The visit's start
 * and end are typed as a day and a time each, so the problems of the draft name other fields than the form's
 * ({@link #formField}).
 */
class VisitForm {

    static final int FOLLOW_UP_ROWS = 3;

    private UUID operationId;
    private UUID locationId;
    private Unit unit;
    private String unitName;
    @WholeNumber
    private Integer teamCount = 2;
    private LocalDate startDate;
    private LocalTime startTime = LocalTime.of(8, 0);
    private LocalDate endDate;
    private LocalTime endTime = LocalTime.of(16, 0);
    private String purpose;
    private VisitStatus status = VisitStatus.COMPLETED;
    @WholeNumber
    private Integer personsTotal;
    @WholeNumber
    private Integer men;
    @WholeNumber
    private Integer women;
    @WholeNumber
    private Integer children;
    @WholeNumber
    private Integer unaccompaniedMinors;
    private Observations.Staffing staffing;
    private Observations.Equipment equipment;
    private Observations.Corruption corruption;
    @WholeNumber
    private Integer humanitarianConditions;
    private String concerns;
    private String narrative;
    private DistributionLevel distributionLevel;
    private List<FollowUpRow> followUps = new ArrayList<>();
    private boolean confirmPersonalData;
    private long version;

    public VisitForm() {
        while (followUps.size() < FOLLOW_UP_ROWS) {
            followUps.add(new FollowUpRow());
        }
    }

    static VisitForm of(VisitDetails v) {
        VisitForm form = new VisitForm();
        form.operationId = v.operationId();
        form.locationId = v.locationId();
        form.unit = v.unit();
        form.unitName = v.unitName();
        form.teamCount = v.teamCount();
        var start = v.startsAt().atZone(Region.ZONE);
        var end = v.endsAt().atZone(Region.ZONE);
        form.startDate = start.toLocalDate();
        form.startTime = start.toLocalTime().withSecond(0).withNano(0);
        // Left blank for a visit of one day, so that moving its date moves its end with it.
        form.endDate = end.toLocalDate().equals(start.toLocalDate()) ? null : end.toLocalDate();
        form.endTime = end.toLocalTime().withSecond(0).withNano(0);
        form.purpose = v.purpose();
        form.status = v.status();
        Observations o = v.observations();
        form.personsTotal = o.personsTotal();
        form.men = o.men();
        form.women = o.women();
        form.children = o.children();
        form.unaccompaniedMinors = o.unaccompaniedMinors();
        form.staffing = o.staffing();
        form.equipment = o.equipment();
        form.corruption = o.corruption();
        form.humanitarianConditions = o.humanitarianConditions();
        form.concerns = String.join(", ", o.concerns());
        form.narrative = o.narrative();
        form.distributionLevel = v.distributionLevel();
        form.followUps = new ArrayList<>();
        for (FollowUp f : v.followUps()) {
            FollowUpRow row = new FollowUpRow();
            row.setAction(f.action());
            row.setOwner(f.owner());
            row.setDueDate(f.dueDate());
            row.setDone(f.done());
            form.followUps.add(row);
        }
        while (form.followUps.size() < FOLLOW_UP_ROWS) {
            form.followUps.add(new FollowUpRow());
        }
        form.version = v.version();
        return form;
    }

    VisitDraft toDraft() {
        LocalDate end = endDate == null ? startDate : endDate;
        List<FollowUp> actions = new ArrayList<>();
        for (FollowUpRow row : followUps) {
            if (!row.isEmpty()) {
                actions.add(new FollowUp(row.getAction(), row.getOwner(), row.getDueDate(), row.isDone()));
            }
        }
        return new VisitDraft(operationId, locationId, unit, unitName, null, teamCount,
                startDate == null || startTime == null ? null : startDate.atTime(startTime).atZone(Region.ZONE).toInstant(),
                end == null || endTime == null ? null : end.atTime(endTime).atZone(Region.ZONE).toInstant(),
                purpose, status,
                new Observations(personsTotal, men, women, children, unaccompaniedMinors, staffing, equipment,
                        corruption, humanitarianConditions,
                        blank(concerns) ? List.of() : Arrays.asList(concerns.split("[,;\\n]")), narrative),
                actions, distributionLevel);
    }

    /**
     * The form's id of the field a rule of the draft names. The draft says endsAt; on a visit of one day
     * the user set the end with the "until" time, on a longer one with the last day.
     */
    String formField(String draftField) {
        return switch (draftField) {
            case "startsAt" -> "startDate";
            case "endsAt" -> overnight() ? "endDate" : "endTime";
            default -> draftField.startsWith("observations.") ? draftField.substring("observations.".length())
                    : draftField.replace("[", "").replace("].", "-");
        };
    }

    /** Whether a last day other than the first was typed. */
    boolean overnight() {
        return endDate != null && !endDate.equals(startDate);
    }

    /** One follow-up action row; empty rows are ignored. */
    static class FollowUpRow {
        private String action;
        private String owner;
        private LocalDate dueDate;
        private boolean done;

        boolean isEmpty() {
            return blank(action) && blank(owner) && dueDate == null;
        }

        public String getAction() { return action; }
        public void setAction(String action) { this.action = action; }
        public String getOwner() { return owner; }
        public void setOwner(String owner) { this.owner = owner; }
        public LocalDate getDueDate() { return dueDate; }
        public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
        public boolean isDone() { return done; }
        public void setDone(boolean done) { this.done = done; }
    }

    public UUID getOperationId() { return operationId; }
    public void setOperationId(UUID operationId) { this.operationId = operationId; }
    public UUID getLocationId() { return locationId; }
    public void setLocationId(UUID locationId) { this.locationId = locationId; }
    public Unit getUnit() { return unit; }
    public void setUnit(Unit unit) { this.unit = unit; }
    public String getUnitName() { return unitName; }
    public void setUnitName(String unitName) { this.unitName = unitName; }
    public Integer getTeamCount() { return teamCount; }
    public void setTeamCount(Integer teamCount) { this.teamCount = teamCount; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalTime getStartTime() { return startTime; }
    public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public LocalTime getEndTime() { return endTime; }
    public void setEndTime(LocalTime endTime) { this.endTime = endTime; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public VisitStatus getStatus() { return status; }
    public void setStatus(VisitStatus status) { this.status = status; }
    public Integer getPersonsTotal() { return personsTotal; }
    public void setPersonsTotal(Integer personsTotal) { this.personsTotal = personsTotal; }
    public Integer getMen() { return men; }
    public void setMen(Integer men) { this.men = men; }
    public Integer getWomen() { return women; }
    public void setWomen(Integer women) { this.women = women; }
    public Integer getChildren() { return children; }
    public void setChildren(Integer children) { this.children = children; }
    public Integer getUnaccompaniedMinors() { return unaccompaniedMinors; }
    public void setUnaccompaniedMinors(Integer unaccompaniedMinors) { this.unaccompaniedMinors = unaccompaniedMinors; }
    public Observations.Staffing getStaffing() { return staffing; }
    public void setStaffing(Observations.Staffing staffing) { this.staffing = staffing; }
    public Observations.Equipment getEquipment() { return equipment; }
    public void setEquipment(Observations.Equipment equipment) { this.equipment = equipment; }
    public Observations.Corruption getCorruption() { return corruption; }
    public void setCorruption(Observations.Corruption corruption) { this.corruption = corruption; }
    public Integer getHumanitarianConditions() { return humanitarianConditions; }
    public void setHumanitarianConditions(Integer humanitarianConditions) { this.humanitarianConditions = humanitarianConditions; }
    public String getConcerns() { return concerns; }
    public void setConcerns(String concerns) { this.concerns = concerns; }
    public String getNarrative() { return narrative; }
    public void setNarrative(String narrative) { this.narrative = narrative; }
    public DistributionLevel getDistributionLevel() { return distributionLevel; }
    public void setDistributionLevel(DistributionLevel distributionLevel) { this.distributionLevel = distributionLevel; }
    public List<FollowUpRow> getFollowUps() { return followUps; }
    public void setFollowUps(List<FollowUpRow> followUps) { this.followUps = followUps; }
    public boolean isConfirmPersonalData() { return confirmPersonalData; }
    public void setConfirmPersonalData(boolean confirmPersonalData) { this.confirmPersonalData = confirmPersonalData; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
