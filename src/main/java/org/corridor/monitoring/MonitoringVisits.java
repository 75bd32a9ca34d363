package org.corridor.monitoring;

import org.corridor.kernel.RecordPage;
import org.corridor.kernel.Region;
import org.corridor.kernel.Problem;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.PersonalDataSuspected;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.corridor.kernel.AuditableChange;
import org.corridor.kernel.Conditions;
import org.corridor.kernel.PersonalDataCheck;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.ReadScope;
import org.corridor.accounts.RecordKind;
import org.corridor.accounts.Sharing;
import org.corridor.accounts.UserAccounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The monitoring module's API for visits: record, change, find and list, with the access rules applied. */
@Service
public class MonitoringVisits {

    private final MonitoringVisitRepository visits;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Sharing sharing;
    private final Clock clock;
    private final UserAccounts accounts;

    @org.springframework.beans.factory.annotation.Autowired
    MonitoringVisits(MonitoringVisitRepository visits, JdbcClient jdbc, ApplicationEventPublisher events,
            Sharing sharing, UserAccounts accounts) {
        this(visits, jdbc, events, sharing, accounts, Clock.systemUTC());
    }

    MonitoringVisits(MonitoringVisitRepository visits, JdbcClient jdbc, ApplicationEventPublisher events,
            Sharing sharing, UserAccounts accounts, Clock clock) {
        this.visits = visits;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.events = events;
        this.sharing = sharing;
        this.clock = clock;
    }

    /** Filters of the visit list; null means any. Dates are days in the region's clock, inclusive. */
    public record VisitFilter(UUID operationId, UUID locationId, Unit unit, VisitStatus status, LocalDate from,
            LocalDate to) {
        public static final VisitFilter ANY = new VisitFilter(null, null, null, null, null, null);
    }

    public record VisitPage(List<VisitDetails> items, int page, int size, long totalItems) {
        public int totalPages() {
            return (int) ((totalItems + size - 1) / size);
        }
    }

    /**
     * Records a new visit. Officers and focal points record for their own operation.
     *
     * @param personalDataConfirmed the user saw the personal-data warning and keeps the text anyway
     */
    @Transactional
    public VisitDetails record(CorridorUser user, VisitDraft draft, boolean personalDataConfirmed) {
        if (draft.operationId() != null && !user.mayRecord(draft.operationId())) {
            throw new AccessDeniedException("Only officers and focal points of the operation record its visits");
        }
        if (draft.distributionLevel() == null) {
            draft = draft.at(sharing.defaultLevel(draft.operationId(), RecordKind.MONITORING_VISIT));
        }
        check(draft, Set.of(), personalDataConfirmed);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        MonitoringVisit visit = RecordWrites.save(visits, MonitoringVisit.record(draft, user.id(), now), 0);
        VisitDetails saved = load(visit.id()).orElseThrow();
        events.publishEvent(AuditableChange.created(user.actor(), "monitoring_visit", saved.id(), saved.operationId(),
                saved));
        events.publishEvent(VisitRecorded.of(saved));
        return saved;
    }

    /**
     * Changes a visit if nobody else has since {@code expectedVersion}. Its author may change it;
     * a focal point may change any of the operation's visits. The operation never changes.
     */
    @Transactional
    public VisitDetails update(CorridorUser user, UUID id, long expectedVersion, VisitDraft changes,
            boolean personalDataConfirmed) {
        MonitoringVisit visit = readable(user, id).orElseThrow(() -> new RecordNotFound(id));
        VisitDetails before = visit.details();
        if (!mayEdit(user, before)) {
            throw new AccessDeniedException("Only the visit's author or a focal point of the operation changes it");
        }
        VisitDraft draft = visit.changedBy(changes);
        check(draft, before.teamMembers(), personalDataConfirmed);
        visit.change(draft);
        visit.expectVersion(expectedVersion);
        RecordWrites.save(visits, visit, before.version());
        VisitDetails after = load(id).orElseThrow();
        String action = before.status() != after.status() ? "STATUS_CHANGE" : "UPDATE";
        events.publishEvent(new AuditableChange(action, "monitoring_visit", id.toString(), after.operationId(), before,
                after, user.actor()));
        events.publishEvent(VisitRecorded.of(after));
        return after;
    }

    /** A visit the user may read; another operation's unshared visits are simply not there. */
    public Optional<VisitDetails> find(CorridorUser user, UUID id) {
        return readable(user, id).map(MonitoringVisit::details);
    }

    private Optional<MonitoringVisit> readable(CorridorUser user, UUID id) {
        return visits.findById(id).filter(visit -> visit.readableBy(user));
    }

    public boolean mayEdit(CorridorUser user, VisitDetails visit) {
        return user.mayEditAnyRecordOf(visit.operationId())
                || (user.mayRecord(visit.operationId()) && visit.createdBy().equals(user.id()));
    }

    public VisitPage list(CorridorUser user, VisitFilter filter, int page, int size) {
        RecordPage<VisitDetails> found = list(user, filter, page, size, Long.MAX_VALUE);
        return new VisitPage(found.items(), page, size, found.totalItems());
    }

    /** A visit its operation shared at OSCE level or above: what the regional sharing feed lists. */
    public record SharedVisit(UUID id, UUID operationId, UUID locationId, Instant startsAt, DistributionLevel level) {
    }

    /**
     * The visits shared at OSCE level or above that the user may read, newest first; {@code operationId} null means
     * every operation's. A visit kept at OPERATION level is never listed, not even to its own members: this is what
     * was shared, not what the user reads.
     */
    public RecordPage<SharedVisit> shared(CorridorUser user, UUID operationId, int page, int size) {
        ReadScope scope = sharing.scopeOf(user);
        Conditions where = Conditions.of(scope.params()).and(scope.records("v"))
                .and("v.distribution_level <> 'OPERATION'")
                .and("v.operation_id = :operation", "operation", operationId);
        String fromWhere = "monitoring_visit v where " + where;
        long total = jdbc.sql("select count(*) from " + fromWhere).params(where.params()).query(Long.class).single();
        List<SharedVisit> items = jdbc.sql("select v.id, v.operation_id, v.location_id, v.starts_at, v.distribution_level from "
                        + fromWhere + " order by v.starts_at desc, v.id limit :limit offset :offset")
                .params(where.params()).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new SharedVisit(rs.getObject("id", UUID.class), rs.getObject("operation_id", UUID.class),
                        rs.getObject("location_id", UUID.class), rs.getTimestamp("starts_at").toInstant(),
                        DistributionLevel.valueOf(rs.getString("distribution_level"))))
                .list();
        return new RecordPage<>(items, page, size, total);
    }

    /** One page of the visits the user may read, newest first, counting only up to {@code countAtMost}. */
    public RecordPage<VisitDetails> list(CorridorUser user, VisitFilter filter, int page, int size, long countAtMost) {
        ReadScope scope = sharing.scopeOf(user);
        Conditions where = filtered(Conditions.of(scope.params()).and(scope.records("v")), filter);
        String fromWhere = "monitoring_visit v where " + where;
        long total = RecordPage.count(jdbc, fromWhere, where.params(), countAtMost);
        List<UUID> ids = jdbc.sql("select v.id from " + fromWhere
                        + " order by v.starts_at desc, v.id limit :limit offset :offset")
                .params(where.params()).param("limit", size).param("offset", (long) page * size).query(UUID.class).list();
        return RecordPage.counted(loadAll(ids), page, size, total, countAtMost);
    }

    /**
     * Visits at one location in a period: how many, and how many raised a concern (figures); and the most frequent
     * concern tags among the visits the user may read as records (tags are free text, so never from others).
     */
    public record LocationVisits(UUID locationId, long visits, long withConcerns, List<String> topConcerns) {
    }

    /**
     * Visits per location, for the map: a figure, counted in SQL over every visit of the operations whose figures
     * the user may read ({@link ReadScope#figures}), whatever the visits' levels. Cancelled visits do not count.
     */
    public List<LocationVisits> byLocation(CorridorUser user, VisitFilter filter) {
        ReadScope scope = sharing.scopeOf(user);
        Conditions where = filtered(Conditions.of(scope.params()).and(scope.figures("v")), filter)
                .and("v.status <> 'CANCELLED'");
        return jdbc.sql("""
                select v.location_id, count(*) as visits,
                       count(*) filter (where cardinality(v.concerns) > 0) as with_concerns,
                       (select array_agg(c order by n desc, c) from (
                            select c, count(*) as n from monitoring_visit w, unnest(w.concerns) c
                            where w.id = any(array_agg(v.id)) and """ + scope.records("w") + """
                             group by c order by n desc, c limit 3) top) as top_concerns
                from monitoring_visit v where\s""" + where + " group by v.location_id order by visits desc")
                .params(where.params())
                .query((rs, n) -> {
                    Array top = rs.getArray("top_concerns");
                    return new LocationVisits(rs.getObject("location_id", UUID.class), rs.getLong("visits"),
                            rs.getLong("with_concerns"), top == null ? List.of() : Arrays.asList((String[]) top.getArray()));
                }).list();
    }

    /** Visits of one operation at one location in a period (a figure). */
    public record OperationLocationVisits(UUID operationId, UUID locationId, long visits) {
    }

    /**
     * Visits per operation and location in a period (days inclusive, in the region's clock), for the regional
     * overview: one query for every operation. A figure: every visit (not cancelled) of the operations whose figures
     * the user may read, whatever its level; nothing of the others.
     */
    public List<OperationLocationVisits> figuresByOperationAndLocation(CorridorUser user, LocalDate from,
            LocalDate to) {
        ReadScope scope = sharing.scopeOf(user);
        Conditions where = filtered(Conditions.of(scope.params()).and(scope.figures("v")),
                new VisitFilter(null, null, null, null, from, to)).and("v.status <> 'CANCELLED'");
        return jdbc.sql("select v.operation_id, v.location_id, count(*) as visits from monitoring_visit v where "
                        + where + " group by v.operation_id, v.location_id")
                .params(where.params())
                .query((rs, n) -> new OperationLocationVisits(rs.getObject("operation_id", UUID.class),
                        rs.getObject("location_id", UUID.class), rs.getLong("visits")))
                .list();
    }

    /** Visits of one operation at one location in one ISO week (Monday {@code weekStart}), a figure. */
    public record WeekVisits(UUID operationId, UUID locationId, LocalDate weekStart, long visits) {
    }

    /**
     * Visits (not cancelled) per operation, location and ISO week from the week of {@code from} to the week of
     * {@code to}, by the region's clock; weeks without visits are left out. Across the whole region, regardless of who
     * may read them (for the alerts' rules, which show them only to those who read the operation's figures).
     */
    public List<WeekVisits> visitsByWeekAcrossTheRegion(LocalDate from, LocalDate to) {
        return visitsByWeekAcrossTheRegion(from, to, null);
    }

    /** As {@link #visitsByWeekAcrossTheRegion(LocalDate, LocalDate)}, at one location ({@code null}: every one). */
    public List<WeekVisits> visitsByWeekAcrossTheRegion(LocalDate from, LocalDate to, UUID locationId) {
        LocalDate firstWeek = from.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        LocalDate lastWeek = to.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        return jdbc.sql("""
                select operation_id, location_id,
                       date_trunc('week', starts_at at time zone 'Europe/Belgrade')::date as week_start,
                       count(*) as visits
                from monitoring_visit
                where status <> 'CANCELLED' and starts_at >= :from and starts_at < :to
                """ + (locationId == null ? "" : "and location_id = :location\n") + """
                group by operation_id, location_id, week_start
                order by operation_id, location_id, week_start""")
                .param("from", Timestamp.from(firstWeek.atStartOfDay(Region.ZONE).toInstant()))
                .param("to", Timestamp.from(lastWeek.plusDays(7).atStartOfDay(Region.ZONE).toInstant()))
                .params(locationId == null ? Map.of() : Map.of("location", locationId))
                .query((rs, n) -> new WeekVisits(rs.getObject("operation_id", UUID.class),
                        rs.getObject("location_id", UUID.class), rs.getObject("week_start", LocalDate.class),
                        rs.getLong("visits")))
                .list();
    }

    /** Adds the filter's conditions; a filter left empty adds none. */
    private static Conditions filtered(Conditions where, VisitFilter filter) {
        return where.and("v.operation_id = :operation", "operation", filter.operationId())
                .and("v.location_id = :location", "location", filter.locationId())
                .and("v.unit = :unit", "unit", filter.unit() == null ? null : filter.unit().name())
                .and("v.status = :status", "status", filter.status() == null ? null : filter.status().name())
                .and("v.starts_at >= :from", "from", filter.from() == null ? null
                        : Timestamp.from(filter.from().atStartOfDay(Region.ZONE).toInstant()))
                .and("v.starts_at < :to", "to", filter.to() == null ? null
                        : Timestamp.from(filter.to().plusDays(1).atStartOfDay(Region.ZONE).toInstant()));
    }

    /**
     * The first and last day with a visit of the operation, for choosing the intensity chart's default period: a
     * figure, so it spans every visit where the user may read the operation's figures, and is empty elsewhere.
     */
    public Optional<LocalDate[]> visitSpan(CorridorUser user, UUID operationId, UUID locationId) {
        ReadScope scope = sharing.scopeOf(user);
        Conditions where = Conditions.of(scope.params()).and("v.operation_id = :operation", "operation", operationId)
                .and("v.location_id = :location", "location", locationId).and(scope.figures("v"));
        return jdbc.sql("""
                select min((starts_at at time zone 'Europe/Belgrade')::date) as first_day,
                       max((starts_at at time zone 'Europe/Belgrade')::date) as last_day
                from monitoring_visit v
                where\s""" + where)
                .params(where.params())
                .query((rs, n) -> rs.getObject("first_day", LocalDate.class) == null ? null
                        : new LocalDate[] {rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class)})
                .optional();
    }

    private void check(VisitDraft draft, Set<UUID> teamBefore, boolean personalDataConfirmed) {
        List<Problem> problems = draft.problems(clock.instant());
        if (problems.isEmpty() && !newTeamMembersBelong(draft, teamBefore)) {
            problems.add(new Problem("teamMembers", "visit.error.teamMember"));
        }
        RecordRejected.ifAny(problems);
        List<String> texts = new ArrayList<>(List.of(nullToEmpty(draft.purpose()), nullToEmpty(draft.observations().narrative())));
        texts.addAll(draft.observations().concerns());
        draft.followUps().forEach(f -> {
            texts.add(nullToEmpty(f.action()));
            texts.add(nullToEmpty(f.owner()));
        });
        List<PersonalDataCheck.Finding> findings = PersonalDataCheck.scan(texts.toArray(String[]::new));
        if (!findings.isEmpty() && !personalDataConfirmed) {
            throw new PersonalDataSuspected(findings);
        }
    }

    /**
     * The team are people of the visit's operation: each one added must be an active member of it (an unknown id is
     * refused). Someone on the team who has since left the operation stays, so the visit stays savable.
     */
    private boolean newTeamMembersBelong(VisitDraft draft, Set<UUID> teamBefore) {
        List<UUID> added = draft.teamMembers().stream().filter(id -> !teamBefore.contains(id)).toList();
        return added.isEmpty() || accounts.membersOf(List.of(draft.operationId())).containsAll(added);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private Optional<VisitDetails> load(UUID id) {
        return visits.findById(id).map(MonitoringVisit::details);
    }

    /**
     * Loads a page of visits with their team and follow-ups in three queries (the repository would take two a visit),
     * keeping the order of {@code ids}.
     */
    private List<VisitDetails> loadAll(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] array = ids.toArray(UUID[]::new);
        Map<UUID, Set<UUID>> teams = jdbc.sql("select visit_id, user_id from monitoring_visit_team_member where visit_id = any(:ids)")
                .param("ids", array).query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
        Map<UUID, List<FollowUp>> followUps = jdbc.sql("""
                        select visit_id, action, owner, due_date, done from monitoring_follow_up
                        where visit_id = any(:ids) order by visit_id, position""")
                .param("ids", array)
                .query((rs, n) -> Map.entry(rs.getObject("visit_id", UUID.class), new FollowUp(rs.getString("action"),
                        rs.getString("owner"), rs.getObject("due_date", LocalDate.class), rs.getBoolean("done"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<UUID, VisitDetails> visits = jdbc.sql("select * from monitoring_visit where id = any(:ids)").param("ids", array)
                .query((rs, n) -> map(rs, teams, followUps)).list().stream()
                .collect(Collectors.toMap(VisitDetails::id, v -> v));
        return ids.stream().map(visits::get).filter(java.util.Objects::nonNull).toList();
    }

    private static VisitDetails map(ResultSet rs, Map<UUID, Set<UUID>> teams, Map<UUID, List<FollowUp>> followUps)
            throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Array concerns = rs.getArray("concerns");
        Observations observations = new Observations(integer(rs, "persons_total"), integer(rs, "persons_men"),
                integer(rs, "persons_women"), integer(rs, "persons_children"), integer(rs, "unaccompanied_minors"),
                enumOf(Observations.Staffing.class, rs.getString("checkpoint_staffing")),
                enumOf(Observations.Equipment.class, rs.getString("equipment")),
                enumOf(Observations.Corruption.class, rs.getString("corruption")), integer(rs, "humanitarian_conditions"),
                concerns == null ? List.of() : Arrays.asList((String[]) concerns.getArray()), rs.getString("narrative"));
        return new VisitDetails(id, rs.getObject("operation_id", UUID.class), rs.getObject("location_id", UUID.class),
                Unit.valueOf(rs.getString("unit")), rs.getString("unit_name"), teams.getOrDefault(id, Set.of()),
                rs.getInt("team_count"), rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                rs.getString("purpose"), VisitStatus.valueOf(rs.getString("status")), observations,
                followUps.getOrDefault(id, List.of()), DistributionLevel.valueOf(rs.getString("distribution_level")),
                rs.getObject("created_by", UUID.class), rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
