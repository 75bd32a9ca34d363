package org.corridor.liaison;

import jakarta.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.corridor.kernel.AuditableChange;
import org.corridor.kernel.Conditions;
import org.corridor.kernel.Ids;
import org.corridor.kernel.Problem;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.RecordPage;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.StaleRecord;
import org.corridor.accounts.CorridorUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a meeting agreed someone would do: owned by an organisation (none means the operation itself)
 * and optionally a user, due on a day. Open ones past their day are overdue and listed first.
 */
@Service
public class ActionPoints {

    /** An action point as entered; the operation is one of the meeting's (the meeting's owner if none is given). */
    /** An action point is one task, said in a few sentences. */
    public static final int TEXT_LENGTH = 1000;

    public record ActionPointDraft(UUID meetingId, UUID operationId, @Schema(maxLength = TEXT_LENGTH) String text, UUID ownerOrganisationId,
            UUID ownerUserId, LocalDate dueDate, ActionPointStatus status,
            @Schema(description = "Another OSCE operation that took part in the meeting and is to act on it") UUID ownerOperationId) {

        /** An action point for the recording operation itself or a partner organisation. */
        public ActionPointDraft(UUID meetingId, UUID operationId, String text, UUID ownerOrganisationId,
                UUID ownerUserId, LocalDate dueDate, ActionPointStatus status) {
            this(meetingId, operationId, text, ownerOrganisationId, ownerUserId, dueDate, status, null);
        }

        public List<Problem> problems() {
            List<Problem> problems = new ArrayList<>();
            if (meetingId == null) {
                problems.add(new Problem("meetingId", "actionPoint.error.meeting"));
            }
            if (text == null || text.isBlank()) {
                problems.add(new Problem("text", "actionPoint.error.text"));
            } else if (text.trim().length() > TEXT_LENGTH) {
                problems.add(new Problem("text", "actionPoint.error.textLength", TEXT_LENGTH));
            }
            if (dueDate == null) {
                problems.add(new Problem("dueDate", "actionPoint.error.dueDate"));
            }
            return problems;
        }
    }

    public record ActionPoint(UUID id, UUID operationId, UUID meetingId, String meetingTitle, String text,
            @Nullable UUID ownerOrganisationId, @Nullable UUID ownerOperationId, @Nullable UUID ownerUserId, LocalDate dueDate,
            ActionPointStatus status, boolean overdue, UUID createdBy, long version) {
    }

    private final JdbcClient jdbc;
    private final ActionPointRepository repository;
    private final Meetings meetings;
    private final ApplicationEventPublisher events;

    ActionPoints(JdbcClient jdbc, ActionPointRepository repository, Meetings meetings,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.meetings = meetings;
        this.events = events;
    }

    @Transactional
    public ActionPoint create(CorridorUser user, ActionPointDraft draft) {
        if (user.memberships().stream().noneMatch(m -> user.mayRecordMeetings(m.operationId()))) {
            throw new AccessDeniedException("Only officers and focal points record action points");
        }
        RecordRejected.ifAny(draft.problems());
        Meeting meeting = meetings.find(user, draft.meetingId())
                .orElseThrow(() -> new RecordRejected(List.of(new Problem("meetingId", "actionPoint.error.meeting"))));
        UUID operation = draft.operationId() == null ? meeting.operationId() : draft.operationId();
        if (!meeting.operationIds().contains(operation)) {
            throw new RecordRejected(List.of(new Problem("operationId", "actionPoint.error.operation")));
        }
        if (!user.mayRecordMeetings(operation)) {
            throw new AccessDeniedException("Only officers and focal points of the operation record its action points");
        }
        RecordRejected.ifAny(ownerProblems(draft, operation, meeting));
        UUID id = Ids.newId();
        save(ActionPointRecord.of(id, meeting.id(), operation, draft, user.id(),
                Instant.now().truncatedTo(ChronoUnit.MICROS)));
        ActionPoint saved = load(id, meetings.today()).orElseThrow();
        events.publishEvent(AuditableChange.created(user.actor(), "action_point", id, operation, saved));
        return saved;
    }

    /** Changes text, owner, due date or status; the meeting and operation never change. */
    @Transactional
    public ActionPoint update(CorridorUser user, UUID id, long expectedVersion, ActionPointDraft changes) {
        ActionPoint before = find(user, id).orElseThrow(() -> new RecordNotFound(id));
        if (!mayEdit(user, before)) {
            throw new AccessDeniedException("Only the operation's recorders and the owner change an action point");
        }
        ActionPointDraft draft = new ActionPointDraft(before.meetingId(), before.operationId(), changes.text(),
                changes.ownerOrganisationId(), changes.ownerUserId(), changes.dueDate(), changes.status(),
                changes.ownerOperationId());
        RecordRejected.ifAny(draft.problems());
        Meeting meeting = meetings.find(user, before.meetingId()).orElseThrow(() -> new RecordNotFound(id));
        RecordRejected.ifAny(ownerProblems(draft, before.operationId(), meeting));
        ActionPointRecord point = repository.findById(id).orElseThrow(() -> new RecordNotFound(id));
        point.expectVersion(expectedVersion);
        point.change(draft);
        try {
            save(point);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecord(before.version());
        }
        ActionPoint after = load(id, meetings.today()).orElseThrow();
        events.publishEvent(AuditableChange.updated(user.actor(), "action_point", id, after.operationId(), before, after));
        return after;
    }

    /** The operation's officers and focal points, and the user who owns it (who marks it done). */
    public boolean mayEdit(CorridorUser user, ActionPoint point) {
        return user.mayRecordMeetings(point.operationId()) || user.id().equals(point.ownerUserId());
    }

    /** An action point is as visible as its meeting. */
    public Optional<ActionPoint> find(CorridorUser user, UUID id) {
        return load(id, meetings.today()).filter(a -> meetings.find(user, a.meetingId()).isPresent());
    }

    public List<ActionPoint> ofMeeting(CorridorUser user, UUID meetingId) {
        if (meetings.find(user, meetingId).isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where a.meeting_id = :meeting order by a.due_date, a.id")
                .param("meeting", meetingId).param("today", meetings.today()).query(ActionPoints::actionPoint).list();
    }

    /**
     * The user's own action points in meetings they may still read (one who left the operation no longer reads its
     * internal meetings): open ones first, overdue before the rest, then by due date.
     */
    public List<ActionPoint> mine(CorridorUser user, LocalDate today) {
        Conditions where = inVisibleMeetings(user).and("a.owner_user_id = :user", "user", user.id());
        return jdbc.sql(SELECT + " where " + where + """

                 order by a.status = 'OPEN' and a.due_date < :today desc, a.status = 'OPEN' desc, a.due_date, a.id""")
                .params(where.params()).param("today", today).query(ActionPoints::actionPoint).list();
    }

    /** The operation's open action points in meetings the user may read, overdue first, then by due date. */
    public List<ActionPoint> openOf(CorridorUser user, UUID operationId, LocalDate today) {
        Conditions where = inVisibleMeetings(user).and("a.operation_id = :operation", "operation", operationId)
                .and("a.status = 'OPEN'");
        return jdbc.sql(SELECT + " where " + where + " order by a.due_date < :today desc, a.due_date, a.id")
                .params(where.params()).param("today", today).query(ActionPoints::actionPoint).list();
    }

    /** The action points the user may read, paged: for the API. */
    public RecordPage<ActionPoint> list(CorridorUser user, UUID operationId, ActionPointStatus status, int page,
            int size) {
        Conditions where = inVisibleMeetings(user).and("a.operation_id = :operation", "operation", operationId)
                .and("a.status = :status", "status", status == null ? null : status.name());
        long total = jdbc.sql("select count(*) from action_point a where " + where).params(where.params())
                .query(Long.class).single();
        List<ActionPoint> items = jdbc.sql(SELECT + " where " + where
                + " order by a.due_date desc, a.id limit :limit offset :offset")
                .params(where.params()).param("today", meetings.today()).param("limit", size)
                .param("offset", (long) page * size).query(ActionPoints::actionPoint).list();
        return new RecordPage<>(items, page, size, total);
    }

    /**
     * An open action point as the alerts' rule sees it, with its meeting's title and level (an action point is as
     * visible as its meeting).
     */
    public record OpenActionPoint(UUID id, UUID operationId, @Nullable UUID ownerOperationId, @Nullable UUID ownerUserId,
            UUID meetingId, String meetingTitle, String text, LocalDate dueDate,
            org.corridor.accounts.DistributionLevel meetingLevel) {
    }

    /**
     * Across the whole region, whoever may read them (for the alerts' rule, which shows each only to those who read its
     * meeting): the open action points due on or before {@code day}, earliest first.
     */
    public List<OpenActionPoint> openDueOnOrBeforeAcrossTheRegion(LocalDate day) {
        return jdbc.sql("""
                        select a.id, a.operation_id, a.owner_operation_id, a.owner_user_id, a.meeting_id,
                               m.title as meeting_title, a.text, a.due_date, m.distribution_level as meeting_level
                        from action_point a join meeting m on m.id = a.meeting_id
                        where a.status = 'OPEN' and a.due_date <= :day order by a.due_date, a.id""")
                .param("day", day).query(OpenActionPoint.class).list();
    }

    /** The action points (alias {@code a}) of meetings the user may read: as visible as their meeting. */
    private Conditions inVisibleMeetings(CorridorUser user) {
        Conditions meeting = MeetingQueries.visible(meetings.scopeOf(user), Meetings.MeetingFilter.ANY);
        return Conditions.of(meeting.params())
                .and("exists (select 1 from meeting m where " + meeting + " and m.id = a.meeting_id)");
    }

    private void save(ActionPointRecord point) {
        try {
            repository.save(point);
        } catch (DbActionExecutionException e) {
            if (e.getCause() instanceof OptimisticLockingFailureException stale) {
                throw stale;
            }
            if (e.getCause() instanceof DataIntegrityViolationException) {
                throw new RecordRejected(List.of(new Problem("ownerOrganisationId", "meeting.error.unknownReference")));
            }
            throw e;
        }
    }

    /**
     * Another operation may own an action point only if it took part in the meeting; an action point has one owner,
     * an operation or an organisation, not both.
     */
    private static List<Problem> ownerProblems(ActionPointDraft draft, UUID operation, Meeting meeting) {
        UUID owner = draft.ownerOperationId();
        if (owner == null) {
            return List.of();
        }
        if (owner.equals(operation) || !meeting.operationIds().contains(owner)) {
            return List.of(new Problem("owner", "actionPoint.error.ownerOperation"));
        }
        if (draft.ownerOrganisationId() != null) {
            return List.of(new Problem("owner", "actionPoint.error.oneOwner"));
        }
        return List.of();
    }

    private Optional<ActionPoint> load(UUID id, LocalDate today) {
        return jdbc.sql(SELECT + " where a.id = :id").param("id", id).param("today", today)
                .query(ActionPoints::actionPoint).optional();
    }

    private static final String SELECT = """
            select a.*, (select title from meeting where id = a.meeting_id) as meeting_title,
                   a.status = 'OPEN' and a.due_date < cast(:today as date) as overdue
            from action_point a""";

    private static ActionPoint actionPoint(ResultSet rs, int row) throws SQLException {
        return new ActionPoint(rs.getObject("id", UUID.class), rs.getObject("operation_id", UUID.class),
                rs.getObject("meeting_id", UUID.class), rs.getString("meeting_title"), rs.getString("text"),
                rs.getObject("owner_organisation_id", UUID.class), rs.getObject("owner_operation_id", UUID.class),
                rs.getObject("owner_user_id", UUID.class),
                rs.getObject("due_date", LocalDate.class), ActionPointStatus.valueOf(rs.getString("status")),
                rs.getBoolean("overdue"), rs.getObject("created_by", UUID.class), rs.getLong("version"));
    }
}
