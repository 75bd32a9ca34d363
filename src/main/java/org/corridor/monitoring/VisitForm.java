package org.corridor.monitoring;

import org.corridor.kernel.Region;
import static org.corridor.kernel.FormValues.value;
import static org.corridor.kernel.FormValues.uuid;
import static org.corridor.kernel.FormValues.time;
import static org.corridor.kernel.FormValues.text;
import static org.corridor.kernel.FormValues.number;
import static org.corridor.kernel.FormValues.date;
import static org.corridor.kernel.FormValues.blank;
import org.corridor.kernel.Problem;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.corridor.accounts.DistributionLevel;
import org.corridor.monitoring.FollowUp;
import org.corridor.monitoring.Observations;
import org.corridor.monitoring.Unit;
import org.corridor.monitoring.VisitDetails;
import org.corridor.monitoring.VisitDraft;
import org.corridor.monitoring.VisitStatus;

/**
 * The visit form as typed: every value a string, so that what the user typed comes back unchanged
 * with the problem beside it. {@link #toDraft(List)} parses it, collecting what does not parse.
 */
class VisitForm {

    static final int FOLLOW_UP_ROWS = 3;

    private String operationId;
    private String locationId;
    private String unit;
    private String unitName;
    private String teamCount = "2";
    private String startDate;
    private String startTime = "08:00";
    private String endDate;
    private String endTime = "16:00";
    private String purpose;
    private String status = VisitStatus.COMPLETED.name();
    private String personsTotal;
    private String men;
    private String women;
    private String children;
    private String unaccompaniedMinors;
    private String staffing;
    private String equipment;
    private String corruption;
    private String humanitarianConditions;
    private String concerns;
    private String narrative;
    private String distributionLevel;
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
        form.operationId = v.operationId().toString();
        form.locationId = v.locationId().toString();
        form.unit = v.unit().name();
        form.unitName = v.unitName();
        form.teamCount = String.valueOf(v.teamCount());
        var start = v.startsAt().atZone(Region.ZONE);
        var end = v.endsAt().atZone(Region.ZONE);
        form.startDate = start.toLocalDate().toString();
        form.startTime = start.toLocalTime().withSecond(0).withNano(0).toString();
        // Left blank for a visit of one day, so that moving its date moves its end with it.
        form.endDate = end.toLocalDate().equals(start.toLocalDate()) ? null : end.toLocalDate().toString();
        form.endTime = end.toLocalTime().withSecond(0).withNano(0).toString();
        form.purpose = v.purpose();
        form.status = v.status().name();
        Observations o = v.observations();
        form.personsTotal = text(o.personsTotal());
        form.men = text(o.men());
        form.women = text(o.women());
        form.children = text(o.children());
        form.unaccompaniedMinors = text(o.unaccompaniedMinors());
        form.staffing = o.staffing() == null ? null : o.staffing().name();
        form.equipment = o.equipment() == null ? null : o.equipment().name();
        form.corruption = o.corruption() == null ? null : o.corruption().name();
        form.humanitarianConditions = text(o.humanitarianConditions());
        form.concerns = String.join(", ", o.concerns());
        form.narrative = o.narrative();
        form.distributionLevel = v.distributionLevel().name();
        form.followUps = new ArrayList<>();
        for (FollowUp f : v.followUps()) {
            FollowUpRow row = new FollowUpRow();
            row.setAction(f.action());
            row.setOwner(f.owner());
            row.setDueDate(f.dueDate() == null ? null : f.dueDate().toString());
            row.setDone(f.done());
            form.followUps.add(row);
        }
        while (form.followUps.size() < FOLLOW_UP_ROWS) {
            form.followUps.add(new FollowUpRow());
        }
        form.version = v.version();
        return form;
    }

    /** Parses the form; values that do not parse become problems here and nulls in the draft. */
    VisitDraft toDraft(List<Problem> problems) {
        LocalDate start = date(startDate, "startDate", problems);
        LocalDate end = blank(endDate) ? start : date(endDate, "endDate", problems);
        LocalTime from = time(startTime, "startTime", problems);
        LocalTime to = time(endTime, "endTime", problems);
        List<FollowUp> actions = new ArrayList<>();
        for (int i = 0; i < followUps.size(); i++) {
            FollowUpRow row = followUps.get(i);
            if (row.isEmpty()) {
                continue;
            }
            actions.add(new FollowUp(row.getAction(), row.getOwner(),
                    date(row.getDueDate(), "followUps[" + i + "].dueDate", problems), row.isDone()));
        }
        return new VisitDraft(uuid(operationId), uuid(locationId), value(Unit.class, unit), unitName, null,
                number(teamCount, "teamCount", problems),
                start == null || from == null ? null : start.atTime(from).atZone(Region.ZONE).toInstant(),
                end == null || to == null ? null : end.atTime(to).atZone(Region.ZONE).toInstant(),
                purpose, value(VisitStatus.class, status),
                new Observations(number(personsTotal, "personsTotal", problems), number(men, "men", problems),
                        number(women, "women", problems), number(children, "children", problems),
                        number(unaccompaniedMinors, "unaccompaniedMinors", problems),
                        value(Observations.Staffing.class, staffing), value(Observations.Equipment.class, equipment),
                        value(Observations.Corruption.class, corruption),
                        number(humanitarianConditions, "humanitarianConditions", problems),
                        blank(concerns) ? List.of() : Arrays.asList(concerns.split("[,;\\n]")), narrative),
                actions, value(DistributionLevel.class, distributionLevel));
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
        return !blank(endDate) && !endDate.trim().equals(startDate == null ? null : startDate.trim());
    }

    /** One follow-up action row; empty rows are ignored. */
    static class FollowUpRow {
        private String action;
        private String owner;
        private String dueDate;
        private boolean done;

        boolean isEmpty() {
            return blank(action) && blank(owner) && blank(dueDate);
        }

        public String getAction() { return action; }
        public void setAction(String action) { this.action = action; }
        public String getOwner() { return owner; }
        public void setOwner(String owner) { this.owner = owner; }
        public String getDueDate() { return dueDate; }
        public void setDueDate(String dueDate) { this.dueDate = dueDate; }
        public boolean isDone() { return done; }
        public void setDone(boolean done) { this.done = done; }
    }

    public String getOperationId() { return operationId; }
    public void setOperationId(String operationId) { this.operationId = operationId; }
    public String getLocationId() { return locationId; }
    public void setLocationId(String locationId) { this.locationId = locationId; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getUnitName() { return unitName; }
    public void setUnitName(String unitName) { this.unitName = unitName; }
    public String getTeamCount() { return teamCount; }
    public void setTeamCount(String teamCount) { this.teamCount = teamCount; }
    public String getStartDate() { return startDate; }
    public void setStartDate(String startDate) { this.startDate = startDate; }
    public String getStartTime() { return startTime; }
    public void setStartTime(String startTime) { this.startTime = startTime; }
    public String getEndDate() { return endDate; }
    public void setEndDate(String endDate) { this.endDate = endDate; }
    public String getEndTime() { return endTime; }
    public void setEndTime(String endTime) { this.endTime = endTime; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getPersonsTotal() { return personsTotal; }
    public void setPersonsTotal(String personsTotal) { this.personsTotal = personsTotal; }
    public String getMen() { return men; }
    public void setMen(String men) { this.men = men; }
    public String getWomen() { return women; }
    public void setWomen(String women) { this.women = women; }
    public String getChildren() { return children; }
    public void setChildren(String children) { this.children = children; }
    public String getUnaccompaniedMinors() { return unaccompaniedMinors; }
    public void setUnaccompaniedMinors(String unaccompaniedMinors) { this.unaccompaniedMinors = unaccompaniedMinors; }
    public String getStaffing() { return staffing; }
    public void setStaffing(String staffing) { this.staffing = staffing; }
    public String getEquipment() { return equipment; }
    public void setEquipment(String equipment) { this.equipment = equipment; }
    public String getCorruption() { return corruption; }
    public void setCorruption(String corruption) { this.corruption = corruption; }
    public String getHumanitarianConditions() { return humanitarianConditions; }
    public void setHumanitarianConditions(String humanitarianConditions) { this.humanitarianConditions = humanitarianConditions; }
    public String getConcerns() { return concerns; }
    public void setConcerns(String concerns) { this.concerns = concerns; }
    public String getNarrative() { return narrative; }
    public void setNarrative(String narrative) { this.narrative = narrative; }
    public String getDistributionLevel() { return distributionLevel; }
    public void setDistributionLevel(String distributionLevel) { this.distributionLevel = distributionLevel; }
    public List<FollowUpRow> getFollowUps() { return followUps; }
    public void setFollowUps(List<FollowUpRow> followUps) { this.followUps = followUps; }
    public boolean isConfirmPersonalData() { return confirmPersonalData; }
    public void setConfirmPersonalData(boolean confirmPersonalData) { this.confirmPersonalData = confirmPersonalData; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
