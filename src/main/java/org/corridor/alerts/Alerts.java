package org.corridor.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.ReadScope;
import org.corridor.accounts.Sharing;
import org.corridor.kernel.Actor;
import org.corridor.kernel.AuditableChange;
import org.corridor.kernel.Conditions;
import org.corridor.kernel.Ids;
import org.corridor.kernel.PersonalDataCheck;
import org.corridor.kernel.PersonalDataSuspected;
import org.corridor.kernel.Problem;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.RecordPage;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.StaleRecord;
import org.corridor.kernel.TextLimits;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The alerts the rules raise and their readers act on. An alert is raised once for its cause and period: the
 * database's unique key and {@code insert ... on conflict do nothing} make a second raise (another run, another
 * server on the same database) a no-op rather than a duplicate.
 *
 * <p>Who reads an alert: the people of its operation, and the regional coordinator who follows every operation's;
 * either way only if they read what it is about (the record at its level, or the figures of each operation it shows),
 * so an alert never reveals a record its reader could not open. Only the people of its operation acknowledge and
 * resolve it.
 */
@Service
public class Alerts {

    /** A filter of the alerts list; null fields filter nothing. */
    public record AlertFilter(AlertKind kind, UUID operationId, AlertState state) {
        public static final AlertFilter ANY = new AlertFilter(null, null, null);
    }

    private static final TypeReference<Map<String, Object>> EVIDENCE = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final Sharing sharing;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    Alerts(JdbcClient jdbc, Sharing sharing, ApplicationEventPublisher events, JsonMapper json) {
        this.jdbc = jdbc;
        this.sharing = sharing;
        this.events = events;
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    /**
     * Stores the alert unless one of the same kind, operation, cause and period exists; audited as the actor's (the
     * system for a scheduled run, the user whose change set the rules off).
     *
     * @return the new alert, or empty where it had been raised already
     */
    @Transactional
    Optional<UUID> raise(Actor actor, NewAlert alert) {
        UUID id = Ids.newId();
        int inserted = jdbc.sql("""
                insert into alert (id, kind, operation_id, country_id, location_id, cause_key, period_start,
                        period_end, source_operation_ids, source_levels, source_record_type, source_record_id,
                        evidence, summary, raised_at)
                values (:id, :kind, :operation, :country, :location, :cause, :start, :end, cast(:sources as uuid[]),
                        cast(:levels as text[]), :recordType, :recordId, cast(:evidence as jsonb), :summary, :at)
                on conflict on constraint alert_once_per_cause do nothing""")
                .param("id", id).param("kind", alert.kind().name()).param("operation", alert.operationId())
                .param("country", alert.countryId()).param("location", alert.locationId())
                .param("cause", alert.causeKey()).param("start", alert.periodStart()).param("end", alert.periodEnd())
                .param("sources", alert.sources().stream().map(NewAlert.Source::operationId).toArray(UUID[]::new))
                .param("levels", alert.sources().stream()
                        .map(s -> s.level() == null ? null : s.level().name()).toArray(String[]::new))
                .param("recordType", alert.sourceRecordType()).param("recordId", alert.sourceRecordId())
                .param("evidence", json.writeValueAsString(alert.evidence())).param("summary", alert.summary())
                .param("at", java.sql.Timestamp.from(now()))
                .update();
        if (inserted == 0) {
            return Optional.empty();
        }
        events.publishEvent(AuditableChange.created(actor, "alert", id, alert.operationId(), alert));
        return Optional.of(id);
    }

    /** The alert, if the user reads it. */
    public Optional<Alert> find(CorridorUser user, UUID id) {
        Conditions where = visibleTo(user).and("a.id = :id", "id", id);
        return jdbc.sql(select(where)).params(where.params()).query(this::alert).optional();
    }

    /** The alerts the user reads, newest first, paged. */
    public RecordPage<Alert> list(CorridorUser user, AlertFilter filter, int page, int size) {
        Conditions where = filtered(user, filter);
        long total = RecordPage.count(jdbc, "alert a where " + where, where.params(), RecordPage.COUNT_LIMIT);
        List<Alert> items = jdbc.sql(select(where) + " order by a.raised_at desc, a.id desc limit :limit offset :offset")
                .params(where.params()).param("limit", size).param("offset", (long) page * size).query(this::alert)
                .list();
        return RecordPage.counted(items, page, size, total, RecordPage.COUNT_LIMIT);
    }

    /** The bell's number: open alerts of the user's operations (all, for the coordinator) they have not opened. */
    public long unreadCount(CorridorUser user) {
        Conditions where = visibleTo(user).and("a.state = 'OPEN'").and(
                "not exists (select 1 from alert_read r where r.alert_id = a.id and r.user_id = :reader)");
        return jdbc.sql("select count(*) from alert a where " + where).params(where.params()).query(Long.class)
                .single();
    }

    /** The user opened the alert: it no longer counts on their bell. Not a change of the alert: not audited. */
    @Transactional
    public void markRead(CorridorUser user, UUID id) {
        find(user, id).orElseThrow(() -> new RecordNotFound(id));
        jdbc.sql("insert into alert_read (alert_id, user_id, read_at) values (:id, :user, :at) on conflict do nothing")
                .param("id", id).param("user", user.id()).param("at", java.sql.Timestamp.from(now())).update();
    }

    /** Whether the user may acknowledge and resolve the alert: one of the people of its operation. */
    public boolean mayAct(CorridorUser user, Alert alert) {
        return user.isMemberOf(alert.operationId());
    }

    /**
     * Whether the user may have alerts at all: a member of an operation, or the coordinator who follows every
     * operation's. Others (a delegation reader, an administrator) have no bell, and the alerts pages refuse them.
     */
    public boolean mayHaveAlerts(CorridorUser user) {
        return !user.operationIds().isEmpty() || user.followsEveryOperationsAlerts();
    }

    /** Someone of the operation looks at it; an optional comment says what they will do. */
    @Transactional
    public Alert acknowledge(CorridorUser user, UUID id, long expectedVersion, String comment) {
        return acknowledge(user, id, expectedVersion, comment, false);
    }

    /** As above; the comment is checked for what looks like personal data unless the user confirmed it is none. */
    @Transactional
    public Alert acknowledge(CorridorUser user, UUID id, long expectedVersion, String comment,
            boolean personalDataConfirmed) {
        Alert before = actionable(user, id);
        requireVersion(before, expectedVersion);
        List<Problem> problems = new ArrayList<>();
        if (before.state() != AlertState.OPEN) {
            problems.add(new Problem("state", "alert.error.notOpen"));
        }
        TextLimits.check(problems, "comment", comment, TextLimits.PARAGRAPH);
        RecordRejected.ifAny(problems);
        checkPersonalData(comment, personalDataConfirmed);
        change(before, expectedVersion, """
                update alert set state = 'ACKNOWLEDGED', acknowledged_by = :user, acknowledged_at = :at,
                       acknowledgement_comment = :comment, version = version + 1
                where id = :id and version = :version""", user, blankToNull(comment));
        Alert after = find(user, id).orElseThrow();
        events.publishEvent(AuditableChange.updated(user.actor(), "alert", id, after.operationId(), before, after));
        return after;
    }

    /** Acted on: the comment says how (required, so that the record shows what was done). */
    @Transactional
    public Alert resolve(CorridorUser user, UUID id, long expectedVersion, String comment) {
        return resolve(user, id, expectedVersion, comment, false);
    }

    /** As above; the comment is checked for what looks like personal data unless the user confirmed it is none. */
    @Transactional
    public Alert resolve(CorridorUser user, UUID id, long expectedVersion, String comment,
            boolean personalDataConfirmed) {
        Alert before = actionable(user, id);
        requireVersion(before, expectedVersion);
        List<Problem> problems = new ArrayList<>();
        if (before.state() == AlertState.RESOLVED) {
            problems.add(new Problem("state", "alert.error.resolved"));
        }
        if (comment == null || comment.isBlank()) {
            problems.add(new Problem("comment", "alert.error.resolutionComment"));
        }
        TextLimits.check(problems, "comment", comment, TextLimits.PARAGRAPH);
        RecordRejected.ifAny(problems);
        checkPersonalData(comment, personalDataConfirmed);
        // Resolving an open alert acknowledges it at the same moment: whoever resolved it saw it.
        change(before, expectedVersion, """
                update alert set state = 'RESOLVED', resolved_by = :user, resolved_at = :at,
                       resolution_comment = :comment, acknowledged_by = coalesce(acknowledged_by, :user),
                       acknowledged_at = coalesce(acknowledged_at, :at), version = version + 1
                where id = :id and version = :version""", user, comment.trim());
        Alert after = find(user, id).orElseThrow();
        events.publishEvent(AuditableChange.updated(user.actor(), "alert", id, after.operationId(), before, after));
        return after;
    }

    private Alert actionable(CorridorUser user, UUID id) {
        Alert alert = find(user, id).orElseThrow(() -> new RecordNotFound(id));
        if (!mayAct(user, alert)) {
            throw new AccessDeniedException("Only the people of the alert's operation acknowledge or resolve it");
        }
        return alert;
    }

    /** A reader who acts on an alert as it was before someone else's change is told so first, not its state. */
    private static void requireVersion(Alert before, long expectedVersion) {
        if (before.version() != expectedVersion) {
            throw new StaleRecord(before.version());
        }
    }

    private static void checkPersonalData(String comment, boolean confirmed) {
        List<PersonalDataCheck.Finding> findings = PersonalDataCheck.scan(comment);
        if (!findings.isEmpty() && !confirmed) {
            throw new PersonalDataSuspected(findings);
        }
    }

    private void change(Alert before, long expectedVersion, String sql, CorridorUser user, String comment) {
        int changed = jdbc.sql(sql).param("user", user.id()).param("at", java.sql.Timestamp.from(now()))
                .param("comment", comment).param("id", before.id()).param("version", expectedVersion).update();
        if (changed == 0) {
            long current = jdbc.sql("select version from alert where id = :id").param("id", before.id())
                    .query(Long.class).single();
            throw new StaleRecord(current);
        }
    }

    private Conditions filtered(CorridorUser user, AlertFilter filter) {
        AlertFilter f = filter == null ? AlertFilter.ANY : filter;
        return visibleTo(user).and("a.kind = :kind", "kind", f.kind() == null ? null : f.kind().name())
                .and("a.operation_id = :operation", "operation", f.operationId())
                .and("a.state = :state", "state", f.state() == null ? null : f.state().name());
    }

    /**
     * The alerts (alias {@code a}) the user reads: of their operations (of all, for the coordinator), and only where
     * they read what each is about.
     */
    Conditions visibleTo(CorridorUser user) {
        ReadScope scope = sharing.scopeOf(user);
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("reader", user.id());
        params.put("followsAll", user.followsEveryOperationsAlerts());
        return Conditions.of(params)
                .and("a.operation_id = any(:read_member) or :followsAll")
                .and("""
                        not exists (select 1 from unnest(a.source_operation_ids, a.source_levels) s(op, level)
                                    where not (case when s.level is null then %s else %s end))"""
                        .formatted(scope.figuresOf("s.op"), scope.records("s.op", "s.level")));
    }

    private static String select(Conditions where) {
        return """
                select a.*, exists (select 1 from alert_read r where r.alert_id = a.id and r.user_id = :reader) as read
                from alert a where """ + " " + where;
    }

    private Alert alert(ResultSet rs, int row) throws SQLException {
        return new Alert(rs.getObject("id", UUID.class), AlertKind.valueOf(rs.getString("kind")),
                rs.getObject("operation_id", UUID.class), rs.getObject("country_id", UUID.class),
                rs.getObject("location_id", UUID.class), rs.getString("cause_key"),
                rs.getObject("period_start", java.time.LocalDate.class),
                rs.getObject("period_end", java.time.LocalDate.class), json.readValue(rs.getString("evidence"), EVIDENCE),
                rs.getString("summary"), rs.getString("source_record_type"),
                rs.getObject("source_record_id", UUID.class), instant(rs, "raised_at"),
                AlertState.valueOf(rs.getString("state")), rs.getObject("acknowledged_by", UUID.class),
                instant(rs, "acknowledged_at"), rs.getString("acknowledgement_comment"),
                rs.getObject("resolved_by", UUID.class), instant(rs, "resolved_at"), rs.getString("resolution_comment"),
                rs.getBoolean("read"), rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
