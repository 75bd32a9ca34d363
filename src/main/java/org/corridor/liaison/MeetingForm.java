package org.corridor.liaison;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.corridor.accounts.DistributionLevel;

/**
 * The meeting form, bound by Spring; what did not convert comes back as typed beside its problem.
 */
class MeetingForm extends MeetingFields {

    private LocalDate day;
    private LocalTime startTime;
    private LocalTime endTime;
    private List<UUID> attendeeIds = new ArrayList<>();
    private String topics;
    private String summary;
    private String decisions;
    private boolean confirmPersonalData;

    static MeetingForm of(Meeting meeting) {
        MeetingForm form = new MeetingForm();
        form.operationId = meeting.operationId();
        form.kind = meeting.kind();
        form.title = meeting.title();
        form.day = meeting.localStart().toLocalDate();
        form.startTime = meeting.localStart().toLocalTime();
        form.endTime = meeting.localEnd().toLocalTime();
        form.locationId = meeting.locationId();
        form.place = meeting.place();
        form.chairOrganisationId = meeting.chairOrganisationId();
        form.otherOperationIds = others(meeting.operationIds(), meeting.operationId());
        form.organisationIds = new ArrayList<>(meeting.organisationIds());
        form.attendeeIds = new ArrayList<>(meeting.attendeeIds());
        form.topics = meeting.topics();
        form.summary = meeting.summary();
        form.decisions = String.join("\n", meeting.decisions());
        form.distributionLevel = meeting.distributionLevel();
        form.version = meeting.version();
        return form;
    }

    /** A new meeting's form: today from ten to eleven, at the operation's default level. */
    static MeetingForm starting(UUID operationId, LocalDate today, DistributionLevel level) {
        MeetingForm form = new MeetingForm();
        form.operationId = operationId;
        form.day = today;
        form.startTime = LocalTime.of(10, 0);
        form.endTime = LocalTime.of(11, 0);
        form.distributionLevel = level;
        return form;
    }

    /** The draft; the decisions box holds one decision a line. */
    MeetingDraft toDraft() {
        List<String> decisionLines = decisions == null ? List.of() : Arrays.asList(decisions.split("\\R"));
        return new MeetingDraft(operationId, kind, title, day, startTime, endTime, locationId, place,
                chairOrganisationId, chosen(otherOperationIds), chosen(organisationIds), chosen(attendeeIds), topics,
                summary, decisionLines, distributionLevel, confirmPersonalData);
    }

    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public LocalTime getStartTime() { return startTime; }
    public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
    public LocalTime getEndTime() { return endTime; }
    public void setEndTime(LocalTime endTime) { this.endTime = endTime; }
    public List<UUID> getAttendeeIds() { return attendeeIds; }
    public void setAttendeeIds(List<UUID> attendeeIds) { this.attendeeIds = attendeeIds; }
    public String getTopics() { return topics; }
    public void setTopics(String topics) { this.topics = topics; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getDecisions() { return decisions; }
    public void setDecisions(String decisions) { this.decisions = decisions; }
    public boolean isConfirmPersonalData() { return confirmPersonalData; }
    public void setConfirmPersonalData(boolean confirmPersonalData) { this.confirmPersonalData = confirmPersonalData; }
}
