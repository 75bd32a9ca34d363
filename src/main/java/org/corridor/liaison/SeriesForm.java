package org.corridor.liaison;

import static org.corridor.kernel.FormValues.blank;
import static org.corridor.kernel.FormValues.date;
import static org.corridor.kernel.FormValues.number;
import static org.corridor.kernel.FormValues.text;
import static org.corridor.kernel.FormValues.time;
import static org.corridor.kernel.FormValues.uuid;
import static org.corridor.kernel.FormValues.uuids;
import static org.corridor.kernel.FormValues.value;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.corridor.kernel.Problem;
import org.corridor.accounts.DistributionLevel;
import org.corridor.liaison.MeetingKind;
import org.corridor.liaison.MeetingSeries.Series;
import org.corridor.liaison.MeetingSeries.SeriesDraft;

/**
 * The series form as typed. The series ends on a last day or after a number of meetings; a number
 * is turned into the day of the last meeting, which is what the series keeps.
 */
class SeriesForm {

    /** As many weekly meetings as a series may have (MeetingSeries checks the span again). */
    static final int MOST_MEETINGS = 160;

    private String operationId;
    private String kind;
    private String title;
    private String dayOfWeek;
    private String localTime;
    private String durationMinutes;
    private String firstDay;
    private String lastDay;
    private String count;
    private String locationId;
    private String place;
    private String chairOrganisationId;
    private List<String> otherOperationIds = new ArrayList<>();
    private List<String> organisationIds = new ArrayList<>();
    private String distributionLevel; // none chosen: the operation's default for meetings
    private long version;

    static SeriesForm of(Series series) {
        SeriesForm form = new SeriesForm();
        form.operationId = text(series.operationId());
        form.kind = series.kind().name();
        form.title = series.title();
        form.dayOfWeek = series.dayOfWeek().name();
        form.localTime = text(series.localTime());
        form.durationMinutes = text(series.durationMinutes());
        form.firstDay = text(series.firstDay());
        form.lastDay = text(series.lastDay());
        form.locationId = text(series.locationId());
        form.place = series.place();
        form.chairOrganisationId = text(series.chairOrganisationId());
        form.otherOperationIds = new ArrayList<>(series.operationIds().stream()
                .filter(o -> !o.equals(series.operationId())).map(UUID::toString).toList());
        form.organisationIds = new ArrayList<>(series.organisationIds().stream().map(UUID::toString).toList());
        form.distributionLevel = series.distributionLevel().name();
        form.version = series.version();
        return form;
    }

    SeriesDraft toDraft(List<Problem> problems) {
        DayOfWeek weekday = value(DayOfWeek.class, dayOfWeek);
        LocalDate first = date(firstDay, "firstDay", problems);
        LocalDate last = date(lastDay, "lastDay", problems);
        Integer meetings = number(count, "count", problems);
        if (meetings != null && last != null) {
            problems.add(new Problem("count", "series.error.lastDayOrCount"));
        } else if (meetings != null && (meetings < 1 || meetings > MOST_MEETINGS)) {
            problems.add(new Problem("count", "series.error.count", MOST_MEETINGS));
        } else if (meetings != null && first != null && weekday != null) {
            last = first.with(TemporalAdjusters.nextOrSame(weekday)).plusWeeks(meetings - 1L);
        } else if (meetings == null && blank(lastDay)) {
            problems.add(new Problem("lastDay", "series.error.lastDayOrCountMissing"));
        }
        return new SeriesDraft(uuid(operationId), value(MeetingKind.class, kind), title, weekday,
                time(localTime, "localTime", problems), number(durationMinutes, "durationMinutes", problems), first,
                last, uuid(locationId), place, uuid(chairOrganisationId), uuids(otherOperationIds), uuids(organisationIds),
                value(DistributionLevel.class, distributionLevel));
    }

    public String getOperationId() { return operationId; }
    public void setOperationId(String operationId) { this.operationId = operationId; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDayOfWeek() { return dayOfWeek; }
    public void setDayOfWeek(String dayOfWeek) { this.dayOfWeek = dayOfWeek; }
    public String getLocalTime() { return localTime; }
    public void setLocalTime(String localTime) { this.localTime = localTime; }
    public String getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(String durationMinutes) { this.durationMinutes = durationMinutes; }
    public String getFirstDay() { return firstDay; }
    public void setFirstDay(String firstDay) { this.firstDay = firstDay; }
    public String getLastDay() { return lastDay; }
    public void setLastDay(String lastDay) { this.lastDay = lastDay; }
    public String getCount() { return count; }
    public void setCount(String count) { this.count = count; }
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
    public String getDistributionLevel() { return distributionLevel; }
    public void setDistributionLevel(String distributionLevel) { this.distributionLevel = distributionLevel; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
