package org.corridor.liaison;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.corridor.accounts.DistributionLevel;
import org.corridor.kernel.Problem;
import org.corridor.kernel.WholeNumber;
import org.corridor.liaison.MeetingSeries.Series;
import org.corridor.liaison.MeetingSeries.SeriesDraft;

/**
 * The series form, bound by Spring; what did not convert comes back as typed beside its problem (a bean rather than
 * a record: Spring keeps no target for a record that failed to convert, so th:field could not show it). The series
 * ends on a last day or after a number of meetings; a number is turned into the day of the last meeting, which is
 * what the series keeps.
 */
class SeriesForm {

    /** As many weekly meetings as a series may have (MeetingSeries checks the span again). */
    static final int MOST_MEETINGS = 160;

    private UUID operationId;
    private MeetingKind kind;
    private String title;
    private DayOfWeek dayOfWeek;
    private LocalTime localTime;
    @WholeNumber
    private Integer durationMinutes;
    private LocalDate firstDay;
    private LocalDate lastDay;
    @WholeNumber
    private Integer count;
    private UUID locationId;
    private String place;
    private UUID chairOrganisationId;
    private List<UUID> otherOperationIds = new ArrayList<>();
    private List<UUID> organisationIds = new ArrayList<>();
    private DistributionLevel distributionLevel; // none chosen: the operation's default for meetings
    private long version;

    static SeriesForm of(Series series) {
        SeriesForm form = new SeriesForm();
        form.operationId = series.operationId();
        form.kind = series.kind();
        form.title = series.title();
        form.dayOfWeek = series.dayOfWeek();
        form.localTime = series.localTime();
        form.durationMinutes = series.durationMinutes();
        form.firstDay = series.firstDay();
        form.lastDay = series.lastDay();
        form.locationId = series.locationId();
        form.place = series.place();
        form.chairOrganisationId = series.chairOrganisationId();
        form.otherOperationIds = new ArrayList<>(series.operationIds().stream()
                .filter(o -> !o.equals(series.operationId())).toList());
        form.organisationIds = new ArrayList<>(series.organisationIds());
        form.distributionLevel = series.distributionLevel();
        form.version = series.version();
        return form;
    }

    /** A new series' form: a coordination meeting every week on today's weekday from today, ten o'clock for an hour. */
    static SeriesForm starting(UUID operationId, LocalDate today, DistributionLevel level) {
        SeriesForm form = new SeriesForm();
        form.operationId = operationId;
        form.distributionLevel = level;
        form.kind = MeetingKind.COORDINATION;
        form.dayOfWeek = today.getDayOfWeek();
        form.firstDay = today;
        form.localTime = LocalTime.of(10, 0);
        form.durationMinutes = 60;
        return form;
    }

    /**
     * The draft, its last day that of the last of {@code count} meetings if a number was given; how the series ends
     * is the form's own question, so its problems go to {@code problems} (a last day typed but not a date is said
     * to be no date rather than missing: what did not convert is listed first, one message a field).
     */
    SeriesDraft toDraft(List<Problem> problems) {
        LocalDate last = lastDay;
        if (count != null && lastDay != null) {
            problems.add(new Problem("count", "series.error.lastDayOrCount"));
        } else if (count != null && (count < 1 || count > MOST_MEETINGS)) {
            problems.add(new Problem("count", "series.error.count", MOST_MEETINGS));
        } else if (count != null && firstDay != null && dayOfWeek != null) {
            last = firstDay.with(TemporalAdjusters.nextOrSame(dayOfWeek)).plusWeeks(count - 1L);
        } else if (count == null && lastDay == null) {
            problems.add(new Problem("lastDay", "series.error.lastDayOrCountMissing"));
        }
        return new SeriesDraft(operationId, kind, title, dayOfWeek, localTime, durationMinutes, firstDay, last,
                locationId, place, chairOrganisationId, MeetingForm.chosen(otherOperationIds),
                MeetingForm.chosen(organisationIds), distributionLevel);
    }

    public UUID getOperationId() { return operationId; }
    public void setOperationId(UUID operationId) { this.operationId = operationId; }
    public MeetingKind getKind() { return kind; }
    public void setKind(MeetingKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public DayOfWeek getDayOfWeek() { return dayOfWeek; }
    public void setDayOfWeek(DayOfWeek dayOfWeek) { this.dayOfWeek = dayOfWeek; }
    public LocalTime getLocalTime() { return localTime; }
    public void setLocalTime(LocalTime localTime) { this.localTime = localTime; }
    public Integer getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(Integer durationMinutes) { this.durationMinutes = durationMinutes; }
    public LocalDate getFirstDay() { return firstDay; }
    public void setFirstDay(LocalDate firstDay) { this.firstDay = firstDay; }
    public LocalDate getLastDay() { return lastDay; }
    public void setLastDay(LocalDate lastDay) { this.lastDay = lastDay; }
    public Integer getCount() { return count; }
    public void setCount(Integer count) { this.count = count; }
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
