package org.corridor.liaison;

import jakarta.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.corridor.kernel.AuditableChange;
import org.corridor.kernel.Conditions;
import org.corridor.kernel.Ids;
import org.corridor.kernel.Problem;
import org.corridor.kernel.TextLimits;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.RecordPage;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.StaleRecord;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.ReadScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recurring meetings, e.g. the weekly coordination meeting in Skopje. A series creates its occurrences
 * as meetings at the same local time every week, whatever the daylight-saving time; an occurrence
 * edited or cancelled by hand is never touched again when the series is regenerated.
 */
@Service
public class MeetingSeries {

    /** Occurrences a series may have: a weekly meeting for three years. */
    static final int MOST_OCCURRENCES = 160;

    /** A series as entered: weekly on {@code dayOfWeek} at {@code localTime} (region time) from the first to the last day. */
    public record SeriesDraft(UUID operationId, MeetingKind kind, @Schema(maxLength = TextLimits.LINE) String title, DayOfWeek dayOfWeek,
            LocalTime localTime, Integer durationMinutes, LocalDate firstDay, LocalDate lastDay, UUID locationId,
            @Schema(maxLength = TextLimits.LINE) String place, UUID chairOrganisationId, List<UUID> operationIds, List<UUID> organisationIds,
            DistributionLevel distributionLevel) {

        public List<Problem> problems() {
            List<Problem> problems = new ArrayList<>();
            MeetingDraft.checkOperationKindAndTitle(problems, operationId, kind, title);
            if (dayOfWeek == null) {
                problems.add(new Problem("dayOfWeek", "series.error.dayOfWeek"));
            }
            if (localTime == null) {
                problems.add(new Problem("localTime", "meeting.error.startTime"));
            }
            if (durationMinutes == null || durationMinutes < 5 || durationMinutes > 1440) {
                problems.add(new Problem("durationMinutes", "series.error.duration"));
            } else if (localTime != null && localTime.toSecondOfDay() + durationMinutes * 60 >= 24 * 3600) {
                problems.add(new Problem("durationMinutes", "series.error.pastMidnight"));
            }
            if (firstDay == null) {
                problems.add(new Problem("firstDay", "series.error.firstDay"));
            }
            if (lastDay == null) {
                problems.add(new Problem("lastDay", "series.error.lastDay"));
            } else if (firstDay != null && lastDay.isBefore(firstDay)) {
                problems.add(new Problem("lastDay", "series.error.endsBeforeStart"));
            } else if (firstDay != null && ChronoUnit.WEEKS.between(firstDay, lastDay) >= MOST_OCCURRENCES) {
                problems.add(new Problem("lastDay", "series.error.tooLong", MOST_OCCURRENCES));
            }
            TextLimits.check(problems, "place", place, TextLimits.LINE);
            return problems;
        }

        /** The same series at another level. */
        SeriesDraft withLevel(DistributionLevel level) {
            return new SeriesDraft(operationId, kind, title, dayOfWeek, localTime, durationMinutes, firstDay, lastDay,
                    locationId, place, chairOrganisationId, operationIds, organisationIds, level);
        }

        /** The days of its occurrences, in order. */
        public List<LocalDate> days() {
            List<LocalDate> days = new ArrayList<>();
            for (LocalDate day = firstDay.with(TemporalAdjusters.nextOrSame(dayOfWeek)); !day.isAfter(lastDay);
                    day = day.plusWeeks(1)) {
                days.add(day);
            }
            return days;
        }

        MeetingDraft occurrence(LocalDate day) {
            return new MeetingDraft(operationId, kind, title, day, localTime, localTime.plusMinutes(durationMinutes),
                    locationId, place, chairOrganisationId, operationIds, organisationIds, List.of(), null, null,
                    List.of(), distributionLevel, true);
        }
    }

    public record Series(UUID id, UUID operationId, MeetingKind kind, String title, DayOfWeek dayOfWeek,
            LocalTime localTime, int durationMinutes, String zone, LocalDate firstDay, LocalDate lastDay,
            @Nullable UUID locationId, String place, UUID chairOrganisationId, List<UUID> operationIds,
            List<UUID> organisationIds, DistributionLevel distributionLevel, UUID createdBy, long version) {

        SeriesDraft draft() {
            return new SeriesDraft(operationId, kind, title, dayOfWeek, localTime, durationMinutes, firstDay, lastDay,
                    locationId, place, chairOrganisationId, operationIds, organisationIds, distributionLevel);
        }
    }

    private final JdbcClient jdbc;
    private final SeriesRepository repository;
    private final Meetings meetings;
    private final MeetingQueries queries;
    private final ApplicationEventPublisher events;

    MeetingSeries(JdbcClient jdbc, SeriesRepository repository, Meetings meetings, MeetingQueries queries,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.repository = repository;
        this.meetings = meetings;
        this.events = events;
    }

    @Transactional
    public Series create(CorridorUser user, SeriesDraft draft) {
        if (draft.operationId() != null && !user.mayRecordMeetings(draft.operationId())) {
            throw new AccessDeniedException("Only officers and focal points of the operation set up its meetings");
        }
        if (draft.operationId() != null && draft.distributionLevel() == null) {
            draft = draft.withLevel(meetings.defaultLevel(draft.operationId()));
        }
        RecordRejected.ifAny(draft.problems());
        UUID id = Ids.newId();
        save(SeriesRecord.of(id, draft, user.id(), Instant.now().truncatedTo(ChronoUnit.MICROS)));
        Series series = load(id).orElseThrow();
        regenerate(series);
        events.publishEvent(AuditableChange.created(user.actor(), "meeting_series", id, series.operationId(), series));
        return series;
    }

    /** Changes a series and regenerates its occurrences; those edited or cancelled by hand stay as they are. */
    @Transactional
    public Series update(CorridorUser user, UUID id, long expectedVersion, SeriesDraft changes) {
        Series before = find(user, id).orElseThrow(() -> new RecordNotFound(id));
        if (!mayEdit(user, before)) {
            throw new AccessDeniedException("Only the series' author or a focal point of the operation changes it");
        }
        SeriesDraft draft = new SeriesDraft(before.operationId(), changes.kind(), changes.title(), changes.dayOfWeek(),
                changes.localTime(), changes.durationMinutes(), changes.firstDay(), changes.lastDay(),
                changes.locationId(), changes.place(), changes.chairOrganisationId(), changes.operationIds(),
                changes.organisationIds(),
                changes.distributionLevel() == null ? before.distributionLevel() : changes.distributionLevel());
        RecordRejected.ifAny(draft.problems());
        SeriesRecord series = repository.findById(id).orElseThrow(() -> new RecordNotFound(id));
        series.expectVersion(expectedVersion);
        series.change(draft);
        try {
            save(series);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecord(before.version());
        }
        Series after = load(id).orElseThrow();
        regenerate(after);
        events.publishEvent(AuditableChange.updated(user.actor(), "meeting_series", id, after.operationId(), before, after));
        return after;
    }

    /**
     * Brings the occurrences in line with the series: adds missing days, rewrites untouched ones, removes
     * untouched ones no longer in the series unless action points hang on them. Edited and cancelled
     * occurrences are the users' and stay.
     */
    private void regenerate(Series series) {
        SeriesDraft draft = series.draft();
        Map<LocalDate, MeetingDraft> occurrences = new LinkedHashMap<>();
        for (LocalDate day : draft.days()) {
            occurrences.put(day, draft.occurrence(day));
        }
        meetings.followSeries(series.id(), occurrences, series.createdBy());
    }

    /** As for a meeting: its author while still a recorder of the operation, and the operation's focal points. */
    public boolean mayEdit(CorridorUser user, Series series) {
        return user.mayEditAnyRecordOf(series.operationId())
                || (series.createdBy().equals(user.id()) && user.mayRecordMeetings(series.operationId()));
    }

    /** The series' meetings the user may read, earliest first, cancelled ones included. */
    public List<Meeting> occurrences(CorridorUser user, Series series) {
        ReadScope scope = meetings.scopeOf(user);
        if (!mayRead(scope, series)) {
            return List.of();
        }
        return queries.ofSeries(scope, series.id()); // the meetings' own read rule, as for every list of meetings
    }

    public Optional<Series> find(CorridorUser user, UUID id) {
        ReadScope scope = meetings.scopeOf(user);
        return load(id).filter(s -> mayRead(scope, s));
    }

    /** As a meeting: read by the members of each operation taking part, and as far as its level reaches. */
    private static boolean mayRead(ReadScope scope, Series series) {
        List<UUID> operations = new java.util.ArrayList<>(series.operationIds());
        operations.add(series.operationId());
        return scope.mayRead(operations, series.distributionLevel());
    }

    /** The series the user may read, latest first; {@code operationId} null means all of them. */
    public RecordPage<Series> list(CorridorUser user, UUID operationId, int page, int size) {
        ReadScope scope = meetings.scopeOf(user);
        Conditions where = Conditions.of(scope.params())
                .and(scope.recordsOfAny("array_append(operation_ids, operation_id)", "distribution_level"))
                .and("operation_id = :operation or :operation = any(operation_ids)", "operation", operationId);
        long total = jdbc.sql("select count(*) from meeting_series where " + where).params(where.params())
                .query(Long.class).single();
        List<Series> items = jdbc.sql("select * from meeting_series where " + where
                + " order by first_day desc, id limit :limit offset :offset").params(where.params())
                .param("limit", size).param("offset", (long) page * size).query(MeetingSeries::series).list();
        return new RecordPage<>(items, page, size, total);
    }

    /** Saves the series; a reference to no known organisation, place or operation is the user's to correct. */
    private void save(SeriesRecord series) {
        try {
            repository.save(series);
        } catch (DbActionExecutionException e) {
            if (e.getCause() instanceof OptimisticLockingFailureException stale) {
                throw stale;
            }
            if (e.getCause() instanceof DataIntegrityViolationException) {
                throw new RecordRejected(List.of(new Problem("organisationIds", "meeting.error.unknownReference")));
            }
            throw e;
        }
    }

    private Optional<Series> load(UUID id) {
        return jdbc.sql("select * from meeting_series where id = :id").param("id", id).query(MeetingSeries::series)
                .optional();
    }

    private static Series series(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Series(rs.getObject("id", UUID.class), rs.getObject("operation_id", UUID.class),
                MeetingKind.valueOf(rs.getString("kind")), rs.getString("title"),
                DayOfWeek.of(rs.getInt("day_of_week")), rs.getObject("local_time", LocalTime.class),
                rs.getInt("duration_minutes"), rs.getString("zone"), rs.getObject("first_day", LocalDate.class),
                rs.getObject("last_day", LocalDate.class), rs.getObject("location_id", UUID.class),
                rs.getString("place"), rs.getObject("chair_organisation_id", UUID.class),
                MeetingQueries.uuids(rs.getArray("operation_ids")), MeetingQueries.uuids(rs.getArray("organisation_ids")),
                DistributionLevel.valueOf(rs.getString("distribution_level")), rs.getObject("created_by", UUID.class),
                rs.getLong("version"));
    }
}
