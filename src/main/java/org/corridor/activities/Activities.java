package org.corridor.activities;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.ReadScope;
import org.corridor.accounts.Sharing;
import org.corridor.activities.ActivityDraft.Document;
import org.corridor.activities.ActivityDraft.Partner;
import org.corridor.activities.CapacityEventDraft.Participants;
import org.corridor.directory.Dimension;
import org.corridor.directory.ResponseArea;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activity registry: who (operation, partners) does what (response area, dimensions), where
 * and when, and the capacity-building events of each activity. Members of an operation record its
 * activities; others read them as far as the distribution level allows ({@link ReadScope}), and read the
 * operation's figures (the 4W matrix, capacity totals) as far as its figures level allows. Each activity recorded
 * or changed is published as {@link ActivityRecorded}.
 */
@Service
public class Activities {

    /** Exports and the matrix read at most this many activities, so one request never reads without end. */
    static final int EXPORT_LIMIT = 10_000;

    private final JdbcClient jdbc;
    private final StoredActivityRepository stored;
    private final StoredCapacityEventRepository storedEvents;
    private final ApplicationEventPublisher events;
    private final Sharing sharing;

    Activities(JdbcClient jdbc, StoredActivityRepository stored, StoredCapacityEventRepository storedEvents,
            ApplicationEventPublisher events, Sharing sharing) {
        this.jdbc = jdbc;
        this.stored = stored;
        this.storedEvents = storedEvents;
        this.events = events;
        this.sharing = sharing;
    }

    /** Officers and focal points record their operation's activities, as they record its visits. */
    boolean mayRecord(CorridorUser user, UUID operationId) {
        return user.mayRecord(operationId);
    }

    /** Focal points edit any activity of their operation; officers those they recorded. */
    boolean mayEdit(CorridorUser user, Activity activity) {
        return user.mayEditAnyRecordOf(activity.operationId())
                || (user.mayRecord(activity.operationId()) && user.id().equals(activity.createdBy()));
    }

    @Transactional
    public Activity create(CorridorUser user, ActivityDraft draft) {
        return create(user, draft, Ids.newId());
    }

    /** An import keeps the id a file gives, so an activity exported from one instance is the same record in another. */
    @Transactional
    Activity create(CorridorUser user, ActivityDraft draft, UUID id) {
        if (draft.operationId() != null && !mayRecord(user, draft.operationId())) {
            throw new AccessDeniedException("Only the operation's members record its activities");
        }
        // Without a level chosen, a new activity starts with its operation head's default.
        DistributionLevel level = draft.distributionLevel() != null ? draft.distributionLevel()
                : defaultLevel(draft.operationId());
        Activity activity = save(StoredActivity.record(id, draft, level, user.id()));
        events.publishEvent(AuditableChange.created(user.actor(), "activity", id, activity.operationId(), activity));
        events.publishEvent(ActivityRecorded.of(activity));
        return activity;
    }

    /** Changes an activity if nobody else has since {@code expectedVersion}; the operation never changes. */
    @Transactional
    public Activity update(CorridorUser user, UUID id, long expectedVersion, ActivityDraft changes) {
        StoredActivity activity = stored.findById(id).orElseThrow(() -> new RecordNotFound(id));
        Activity before = activity.details();
        if (!mayRead(user, before)) {
            throw new RecordNotFound(id);
        }
        if (!mayEdit(user, before)) {
            throw new AccessDeniedException("Only the operation's members change its activities");
        }
        activity.change(expectedVersion, changes);
        Activity after = save(activity);
        events.publishEvent(AuditableChange.updated(user.actor(), "activity", id, after.operationId(), before, after));
        events.publishEvent(ActivityRecorded.of(after));
        return after;
    }

    /** Saves the activity whole; a reference to no place or organisation, or a change meanwhile, refuses it. */
    private Activity save(StoredActivity activity) {
        try {
            return stored.save(activity).details();
        } catch (DataIntegrityViolationException e) {
            throw new RecordRejected(List.of(new Problem("locationIds", "activity.error.unknownReference")));
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecord(stored.findById(activity.id()).orElseThrow().details().version());
        }
    }

    public Optional<Activity> find(CorridorUser user, UUID id) {
        return stored.findById(id).map(StoredActivity::details).filter(a -> mayRead(user, a));
    }

    private static boolean mayRead(CorridorUser user, Activity activity) {
        return user.mayRead(activity.operationId(), activity.distributionLevel());
    }

    /** The level a new activity of the operation starts with: its head's choice. */
    DistributionLevel defaultLevel(UUID operationId) {
        return sharing.defaultLevel(operationId, org.corridor.accounts.RecordKind.ACTIVITY);
    }

    /** The activities the user may read that pass the filter, latest start first. */
    public RecordPage<Activity> list(CorridorUser user, ActivityFilter filter, int page, int size) {
        return list(user, filter, page, size, Long.MAX_VALUE);
    }

    /** As {@link #list(CorridorUser, ActivityFilter, int, int)}, counting only up to {@code countAtMost}. */
    public RecordPage<Activity> list(CorridorUser user, ActivityFilter filter, int page, int size, long countAtMost) {
        ReadScope scope = sharing.scopeOf(user);
        Conditions where = kept(filter, scope, scope.records("a"));
        long total = RecordPage.count(jdbc, "activity a where " + where, where.params(), countAtMost);
        List<UUID> ids = jdbc.sql("select a.id from activity a where " + where
                        + " order by a.starts_on desc, a.id limit :limit offset :offset")
                .params(where.params()).param("limit", size).param("offset", (long) page * size).query(UUID.class).list();
        return RecordPage.counted(loadAll(ids), page, size, total, countAtMost);
    }

    /** Everything the filter shows, for exports (at most {@link #EXPORT_LIMIT}). */
    public List<Activity> all(CorridorUser user, ActivityFilter filter) {
        return list(user, filter, 0, EXPORT_LIMIT).items();
    }

    // ---- the 4W matrix ------------------------------------------------------------------------

    /**
     * One row of the matrix: an operation and its number of activities per response area. Where the user reads the
     * operation's figures, {@code counts} are all its activities (whatever their level) and an empty cell is a gap;
     * where not, {@code counts} are only the activities the user may read, and an empty cell is "not shared", never a
     * gap. {@code readable} is what the list behind a cell shows.
     */
    public record MatrixRow(UUID operationId, boolean figuresShared, Map<ResponseArea, Long> counts,
            Map<ResponseArea, Long> readable) {
        public long count(ResponseArea area) {
            return counts.getOrDefault(area, 0L);
        }

        /** The activities of the cell the user may read: those the list behind it shows. */
        public long readable(ResponseArea area) {
            return readable.getOrDefault(area, 0L);
        }

        /** Activities the cell counts that the list does not show: their records are not shared with the user. */
        public long notSharedRecords(ResponseArea area) {
            return count(area) - readable(area);
        }

        /** A real gap: the user would have seen an activity had there been one. */
        public boolean isGap(ResponseArea area) {
            return figuresShared && count(area) == 0;
        }

        /** Nothing readable, and the operation does not share its figures: shown as "not shared with you". */
        public boolean isNotShared(ResponseArea area) {
            return !figuresShared && count(area) == 0;
        }

        /** The operation does not share its figures; the cell counts only what is shared with the user. */
        public boolean isSharedWithYouOnly(ResponseArea area) {
            return !figuresShared && count(area) > 0;
        }

        /** The areas in which the operation had no activity in the period, as far as the user can tell. */
        public Set<ResponseArea> gaps() {
            Set<ResponseArea> gaps = EnumSet.noneOf(ResponseArea.class);
            for (ResponseArea area : ResponseArea.values()) {
                if (isGap(area)) {
                    gaps.add(area);
                }
            }
            return gaps;
        }
    }

    /**
     * Operations × response areas, each cell the number of activities running at some time between
     * {@code from} and {@code to} (both optional), optionally of one dimension. Cancelled activities and the
     * operations' regular work outside the migration response do not count. Every given operation has a row, so one without activities shows as all gaps (where the user
     * reads its figures) or all "not shared" (where not). Only counts leave this method, never a record's text.
     */
    public List<MatrixRow> matrix(CorridorUser user, List<UUID> operationIds, LocalDate from, LocalDate to,
            Dimension dimension) {
        ReadScope scope = sharing.scopeOf(user);
        String records = scope.records("a");
        // The same filter as the list a cell opens (status "All but cancelled"), so the two always agree.
        Conditions where = kept(ActivityFilter.theResponse(null, null, dimension, from, to), scope,
                records + " or " + scope.figures("a"));
        Map<UUID, Map<ResponseArea, Long>> counts = new LinkedHashMap<>();
        Map<UUID, Map<ResponseArea, Long>> readable = new LinkedHashMap<>();
        for (UUID operationId : operationIds) {
            counts.put(operationId, new EnumMap<>(ResponseArea.class));
            readable.put(operationId, new EnumMap<>(ResponseArea.class));
        }
        jdbc.sql("select a.operation_id, a.response_area, count(*) as n, count(*) filter (where " + records
                        + ") as readable from activity a where " + where + " group by a.operation_id, a.response_area")
                .params(where.params()).query((rs, n) -> {
                    UUID operation = rs.getObject("operation_id", UUID.class);
                    Map<ResponseArea, Long> row = counts.get(operation);
                    if (row != null) {
                        ResponseArea area = ResponseArea.valueOf(rs.getString("response_area"));
                        long all = rs.getLong("n");
                        long shown = rs.getLong("readable");
                        // Without the figures, only what the user reads counts (the query keeps nothing else).
                        row.put(area, scope.mayReadFigures(operation) ? all : shown);
                        readable.get(operation).put(area, shown);
                    }
                    return null;
                }).list();
        return counts.entrySet().stream().map(e -> new MatrixRow(e.getKey(), scope.mayReadFigures(e.getKey()),
                e.getValue(), readable.get(e.getKey()))).toList();
    }

    /**
     * Per operation, the activities of the migration response (not cancelled) that started between {@code from} and {@code to} (days
     * inclusive): new work, for the regional overview's engagement. Counted as {@link #matrix} counts: every activity
     * of an operation whose figures the user reads, only the readable ones of others. One query for all operations.
     */
    public Map<UUID, Long> startedByOperation(CorridorUser user, LocalDate from, LocalDate to) {
        ReadScope scope = sharing.scopeOf(user);
        Conditions where = Conditions.of(scope.params()).and("(" + scope.records("a") + " or " + scope.figures("a") + ")")
                .and("a.status <> 'CANCELLED'")
                .and("a.migration_response")
                .and("a.starts_on >= :from", "from", from)
                .and("a.starts_on <= :to", "to", to);
        Map<UUID, Long> started = new LinkedHashMap<>();
        jdbc.sql("select a.operation_id, count(*) as n, count(*) filter (where " + scope.records("a")
                        + ") as readable from activity a where " + where + " group by a.operation_id")
                .params(where.params()).query((rs, n) -> {
                    UUID operation = rs.getObject("operation_id", UUID.class);
                    started.put(operation, scope.mayReadFigures(operation) ? rs.getLong("n") : rs.getLong("readable"));
                    return null;
                }).list();
        return started;
    }

    /** One published cell: an operation's activities in one response area that ran at some time in a period. */
    public record PublicAreaCount(UUID operationId, ResponseArea area, long activities) {
    }

    /**
     * The counts of a period and the records that fed them: how many activities, and a SHA-256 over their ids and
     * versions in id order, so that the same selection can be run again later and shown to be unchanged.
     */
    public record PublicAreaCounts(List<PublicAreaCount> counts, long records, String recordsDigest) {
        public PublicAreaCounts {
            counts = List.copyOf(counts);
        }
    }

    /**
     * The activities a public count counts: of the migration response, not cancelled, running at some time between
     * :from and :to.
     */
    private static final String PUBLIC_RAN = "from activity a where a.migration_response and a.status <> 'CANCELLED'"
            + " and a.starts_on <= :to and (a.ends_on is null or a.ends_on >= :from)";

    /**
     * The same counts as {@link #publicAreaCounts}, without the records that fed them: for the public figures page,
     * which shows them and logs nothing (only an export is logged with its records, so only an export reads them).
     */
    public List<PublicAreaCount> publicAreaCountCells(LocalDate from, LocalDate to) {
        return jdbc.sql("select a.operation_id, a.response_area, count(*) " + PUBLIC_RAN + " group by 1, 2 order by 1, 2")
                .param("from", from).param("to", to)
                .query((rs, n) -> new PublicAreaCount(rs.getObject(1, UUID.class),
                        ResponseArea.valueOf(rs.getString(2)), rs.getLong(3)))
                .list();
    }

    /**
     * The number of activities per operation and response area that ran at some time between {@code from} and
     * {@code to} (cancelled ones left out), of ANY distribution level, for publication. No read rule applies on purpose:
     * only these counts leave (no title, no description, no place, no partner), and the caller publishes them only
     * after suppressing small cells. Never show them unsuppressed to a user.
     */
    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public PublicAreaCounts publicAreaCounts(LocalDate from, LocalDate to) {
        List<PublicAreaCount> counts = publicAreaCountCells(from, to);
        return jdbc.sql("select count(*), encode(sha256(convert_to(coalesce(string_agg(a.id::text || ':' || a.version,"
                        + " ',' order by a.id), ''), 'UTF8')), 'hex') " + PUBLIC_RAN)
                .param("from", from).param("to", to)
                .query((rs, n) -> new PublicAreaCounts(counts, rs.getLong(1), rs.getString(2))).single();
    }

    // ---- capacity building --------------------------------------------------------------------

    /**
     * Targets against achieved for one target group of one operation; sexes are summed where known.
     * {@code achievedKnown}: some event recorded how many took part (none has before it is held);
     * {@code splitKnown}: some event recorded women or men — without it the split is unknown, not zero.
     * {@code figuresShared} false: the operation does not share its figures with the user, and these totals count
     * only the events of activities shared with the user.
     */
    public record CapacityTotal(UUID operationId, TargetGroup group, long target, long achieved, long achievedWomen,
            long achievedMen, long events, boolean figuresShared, boolean achievedKnown, boolean splitKnown) {
    }

    /**
     * Capacity-building totals per operation and target group, of events starting in the period: all the
     * operation's events where the user reads its figures, else only those of activities the user may read.
     */
    public List<CapacityTotal> capacityTotals(CorridorUser user, UUID operationId, LocalDate from, LocalDate to) {
        ReadScope scope = sharing.scopeOf(user);
        Conditions where = kept(new ActivityFilter(operationId, null, null, null, null, null, null, null), scope,
                scope.records("a") + " or " + scope.figures("a"))
                .and("e.starts_on >= :eventFrom", "eventFrom", from)
                .and("e.starts_on <= :eventTo", "eventTo", to);
        return jdbc.sql("""
                select a.operation_id, p.target_group, coalesce(sum(p.target), 0) as target,
                       coalesce(sum(p.achieved), 0) as achieved, coalesce(sum(p.achieved_women), 0) as women,
                       coalesce(sum(p.achieved_men), 0) as men, count(distinct e.id) as events,
                       count(p.achieved) > 0 as achieved_known,
                       count(p.achieved_women) + count(p.achieved_men) > 0 as split_known
                from capacity_participants p
                join capacity_event e on e.id = p.event_id
                join activity a on a.id = e.activity_id
                where """ + where + """
                group by a.operation_id, p.target_group
                order by a.operation_id, p.target_group""")
                .params(where.params())
                .query((rs, n) -> new CapacityTotal(rs.getObject("operation_id", UUID.class),
                        TargetGroup.valueOf(rs.getString("target_group")), rs.getLong("target"), rs.getLong("achieved"),
                        rs.getLong("women"), rs.getLong("men"), rs.getLong("events"),
                        scope.mayReadFigures(rs.getObject("operation_id", UUID.class)),
                        rs.getBoolean("achieved_known"), rs.getBoolean("split_known")))
                .list();
    }

    @Transactional
    public CapacityEvent createEvent(CorridorUser user, CapacityEventDraft draft) {
        Activity activity = editableActivity(user, draft.activityId());
        CapacityEvent event = save(StoredCapacityEvent.record(Ids.newId(), draft, user.id()));
        events.publishEvent(
                AuditableChange.created(user.actor(), "capacity_event", event.id(), activity.operationId(), event));
        return event;
    }

    /** Changes an event if nobody else has since {@code expectedVersion}; it stays with its activity. */
    @Transactional
    public CapacityEvent updateEvent(CorridorUser user, UUID id, long expectedVersion, CapacityEventDraft changes) {
        CapacityEvent before = findEvent(user, id).orElseThrow(() -> new RecordNotFound(id));
        Activity activity = editableActivity(user, before.activityId());
        StoredCapacityEvent event = storedEvents.findById(id).orElseThrow(() -> new RecordNotFound(id));
        event.change(expectedVersion, changes);
        CapacityEvent after = save(event);
        events.publishEvent(
                AuditableChange.updated(user.actor(), "capacity_event", id, activity.operationId(), before, after));
        return after;
    }

    private CapacityEvent save(StoredCapacityEvent event) {
        try {
            return storedEvents.save(event).details();
        } catch (DataIntegrityViolationException e) {
            throw new RecordRejected(List.of(new Problem("locationId", "activity.error.unknownReference")));
        }
    }

    /** An event the user may read: whoever may read its activity. */
    public Optional<CapacityEvent> findEvent(CorridorUser user, UUID id) {
        return storedEvents.findById(id).map(StoredCapacityEvent::details)
                .filter(e -> find(user, e.activityId()).isPresent());
    }

    /** The events of an activity the user may read, earliest first. */
    public List<CapacityEvent> events(CorridorUser user, UUID activityId) {
        if (find(user, activityId).isEmpty()) {
            throw new RecordNotFound(activityId);
        }
        return storedEvents.findByActivityIdOrderByStartsOnAscIdAsc(activityId).stream()
                .map(StoredCapacityEvent::details).toList();
    }

    // ---- reading and writing rows -------------------------------------------------------------

    private Activity editableActivity(CorridorUser user, UUID activityId) {
        if (activityId == null) {
            throw new RecordRejected(List.of(new Problem("activityId", "capacity.error.activity")));
        }
        Activity activity = find(user, activityId).orElseThrow(() -> new RecordNotFound(activityId));
        if (!mayEdit(user, activity)) {
            throw new AccessDeniedException("Only the operation's members record capacity building");
        }
        return activity;
    }

    /**
     * The SQL conditions on {@code activity a}: {@code readable} (what the user may read of it, records or figures,
     * {@link ReadScope}) and "the filter keeps it".
     */
    private static Conditions kept(ActivityFilter filter, ReadScope scope, String readable) {
        return Conditions.of(scope.params())
                .and(readable)
                .and("a.operation_id = :operation", "operation", filter.operationId())
                .and("a.response_area = :area", "area", name(filter.responseArea()))
                .and("exists (select 1 from activity_dimension d where d.activity_id = a.id and d.dimension = :dimension)",
                        "dimension", name(filter.dimension()))
                .and("a.status = :status", "status", name(filter.status()))
                .andIf(filter.withoutCancelled(), "a.status <> 'CANCELLED'")
                .and("a.migration_response = :response", "response", filter.migrationResponse())
                .and("a.ends_on is null or a.ends_on >= :from", "from", filter.from())
                .and("a.starts_on <= :to", "to", filter.to())
                .and("exists (select 1 from activity_partner p where p.activity_id = a.id and p.organisation_id = :partner)",
                        "partner", filter.partnerId())
                .and("a.search @@ to_tsquery('simple', :text)", "text", textQuery(filter.text()));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** Words as typed, each matching a word of the activity from its start ("lawy" finds "lawyers"); null for none. */
    private static String textQuery(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(text.toLowerCase().split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isBlank()).map(w -> w + ":*").reduce((x, y) -> x + " & " + y).orElse(null);
    }

    private List<Activity> loadAll(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] keys = ids.toArray(UUID[]::new);
        Map<UUID, Activity> byId = new LinkedHashMap<>();
        // Each child table read once for all the activities, not once an activity (five subqueries a row).
        jdbc.sql("""
                select a.*, coalesce(d.dims, '{}') as dims, coalesce(l.locs, '{}') as locs,
                  coalesce(p.parts, '{}') as parts, coalesce(doc.titles, '{}') as doc_titles,
                  coalesce(doc.refs, '{}') as doc_refs
                from activity a
                left join (select activity_id, array_agg(dimension order by dimension) as dims
                           from activity_dimension where activity_id = any(:ids) group by activity_id) d
                  on d.activity_id = a.id
                left join (select activity_id, array_agg(location_id order by location_id) as locs
                           from activity_location where activity_id = any(:ids) group by activity_id) l
                  on l.activity_id = a.id
                left join (select activity_id, array_agg(organisation_id || ':' || role order by organisation_id, role) as parts
                           from activity_partner where activity_id = any(:ids) group by activity_id) p
                  on p.activity_id = a.id
                left join (select activity_id, array_agg(title order by position) as titles,
                                  array_agg(reference order by position) as refs
                           from activity_document where activity_id = any(:ids) group by activity_id) doc
                  on doc.activity_id = a.id
                where a.id = any(:ids)""")
                .param("ids", keys).query((rs, n) -> byId.put(rs.getObject("id", UUID.class), activity(rs))).list();
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static Activity activity(ResultSet rs) throws SQLException {
        Set<Dimension> dimensions = EnumSet.noneOf(Dimension.class);
        for (String d : strings(rs.getArray("dims"))) {
            dimensions.add(Dimension.valueOf(d));
        }
        List<UUID> locations = new ArrayList<>();
        for (Object l : (Object[]) rs.getArray("locs").getArray()) {
            locations.add((UUID) l);
        }
        List<Partner> partners = new ArrayList<>();
        for (String p : strings(rs.getArray("parts"))) {
            int colon = p.indexOf(':');
            partners.add(new Partner(UUID.fromString(p.substring(0, colon)), PartnerRole.valueOf(p.substring(colon + 1))));
        }
        String[] titles = strings(rs.getArray("doc_titles"));
        String[] refs = strings(rs.getArray("doc_refs"));
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            documents.add(new Document(titles[i], refs[i]));
        }
        String funding = rs.getString("funding");
        return new Activity(rs.getObject("id", UUID.class), rs.getObject("operation_id", UUID.class),
                rs.getString("title"), rs.getString("description"), ResponseArea.valueOf(rs.getString("response_area")),
                dimensions, ActivityKind.valueOf(rs.getString("kind")), funding == null ? null : Funding.valueOf(funding),
                rs.getString("donor"), rs.getString("project_code"), ActivityStatus.valueOf(rs.getString("status")),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), locations,
                partners, documents, DistributionLevel.valueOf(rs.getString("distribution_level")),
                rs.getBoolean("migration_response"), rs.getObject("created_by", UUID.class), rs.getLong("version"));
    }

    private static String[] strings(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        return Arrays.copyOf(values, values.length, String[].class);
    }


}
