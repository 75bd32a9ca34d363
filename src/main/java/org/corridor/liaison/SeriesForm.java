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
 * The series form, bound by Spring; what did not convert comes back as typed beside its problem. The series
 * ends on a last day or after a number of meetings; a number is turned into the day of the last meeting, which is
 * what the series keeps.
 */
class SeriesForm extends MeetingFields {

    /** As many weekly meetings as a series may have (MeetingSeries checks the span again). */
    static final int MOST_MEETINGS = 160;

    private DayOfWeek dayOfWeek;
    private LocalTime localTime;
    @WholeNumber
    private Integer durationMinutes;
    private LocalDate firstDay;
    private LocalDate lastDay;
    @WholeNumber
    private Integer count;

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
        form.otherOperationIds = others(series.operationIds(), series.operationId());
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
                locationId, place, chairOrganisationId, chosen(otherOperationIds),
                chosen(organisationIds), distributionLevel);
    }

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
}
