package org.corridor.liaison;

import static org.corridor.kernel.FormValues.date;
import static org.corridor.kernel.FormValues.text;
import static org.corridor.kernel.FormValues.time;
import static org.corridor.kernel.FormValues.uuid;
import static org.corridor.kernel.FormValues.uuids;
import static org.corridor.kernel.FormValues.value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.corridor.kernel.Problem;
import org.corridor.accounts.DistributionLevel;
import org.corridor.liaison.Meeting;
import org.corridor.liaison.MeetingDraft;
import org.corridor.liaison.MeetingKind;

/** The meeting form as typed, so that what was typed comes back unchanged beside its problem. */
class MeetingForm {

    private String operationId;
    private String kind;
    private String title;
    private String day;
    private String startTime;
    private String endTime;
    private String locationId;
    private String place;
    private String chairOrganisationId;
    private List<String> otherOperationIds = new ArrayList<>();
    private List<String> organisationIds = new ArrayList<>();
    private List<String> attendeeIds = new ArrayList<>();
    private String topics;
    private String summary;
    private String decisions;
    private String distributionLevel; // none chosen: the operation's default for meetings
    private boolean confirmPersonalData;
    private long version;

    static MeetingForm of(Meeting meeting) {
        MeetingForm form = new MeetingForm();
        form.operationId = text(meeting.operationId());
        form.kind = meeting.kind().name();
        form.title = meeting.title();
        form.day = text(meeting.localStart().toLocalDate());
        form.startTime = text(meeting.localStart().toLocalTime());
        form.endTime = text(meeting.localEnd().toLocalTime());
        form.locationId = text(meeting.locationId());
        form.place = meeting.place();
        form.chairOrganisationId = text(meeting.chairOrganisationId());
        form.otherOperationIds = new ArrayList<>(meeting.operationIds().stream()
                .filter(o -> !o.equals(meeting.operationId())).map(UUID::toString).toList());
        form.organisationIds = new ArrayList<>(meeting.organisationIds().stream().map(UUID::toString).toList());
        form.attendeeIds = new ArrayList<>(meeting.attendeeIds().stream().map(UUID::toString).toList());
        form.topics = meeting.topics();
        form.summary = meeting.summary();
        form.decisions = String.join("\n", meeting.decisions());
        form.distributionLevel = meeting.distributionLevel().name();
        form.version = meeting.version();
        return form;
    }

    MeetingDraft toDraft(List<Problem> problems) {
        List<String> decisionLines = decisions == null ? List.of() : Arrays.asList(decisions.split("\\R"));
        return new MeetingDraft(uuid(operationId), value(MeetingKind.class, kind), title, date(day, "day", problems),
                time(startTime, "startTime", problems), time(endTime, "endTime", problems), uuid(locationId), place,
                uuid(chairOrganisationId), uuids(otherOperationIds), uuids(organisationIds), uuids(attendeeIds), topics,
                summary, decisionLines, value(DistributionLevel.class, distributionLevel), confirmPersonalData);
    }

    public String getOperationId() { return operationId; }
    public void setOperationId(String operationId) { this.operationId = operationId; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDay() { return day; }
    public void setDay(String day) { this.day = day; }
    public String getStartTime() { return startTime; }
    public void setStartTime(String startTime) { this.startTime = startTime; }
    public String getEndTime() { return endTime; }
    public void setEndTime(String endTime) { this.endTime = endTime; }
    public String getLocationId() { return locationId; }
    public void setLocationId(String locationId) { this.locationId = locationId; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getChairOrganisationId() { return chairOrganisationId; }
    public void setChairOrganisationId(String chairOrganisationId) { this.chairOrganisationId = chairOrganisationId; }
    public List<String> getOtherOperationIds() { return otherOperationIds; }
    public void setOtherOperationIds(List<String> otherOperationIds) { this.otherOperationIds = otherOperationIds; }
    public List<String> getOrganisationIds() { return organisationIds; }
    public void setOrganisationIds(List<String> organisationIds) { this.organisationIds = organisationIds; }
    public List<String> getAttendeeIds() { return attendeeIds; }
    public void setAttendeeIds(List<String> attendeeIds) { this.attendeeIds = attendeeIds; }
    public String getTopics() { return topics; }
    public void setTopics(String topics) { this.topics = topics; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getDecisions() { return decisions; }
    public void setDecisions(String decisions) { this.decisions = decisions; }
    public String getDistributionLevel() { return distributionLevel; }
    public void setDistributionLevel(String distributionLevel) { this.distributionLevel = distributionLevel; }
    public boolean isConfirmPersonalData() { return confirmPersonalData; }
    public void setConfirmPersonalData(boolean confirmPersonalData) { this.confirmPersonalData = confirmPersonalData; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
