package org.corridor.flows;

import org.corridor.kernel.Region;
import org.corridor.kernel.RecordPage;
import org.corridor.kernel.StaleRecord;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.Problem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.corridor.kernel.AuditableChange;
import org.corridor.kernel.Conditions;
import org.corridor.kernel.Ids;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.ReadScope;
import org.corridor.accounts.RecordKind;
import org.corridor.accounts.Sharing;
import org.corridor.directory.CountrySummary;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OperationSummary;
import org.corridor.directory.OrganisationSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Flow counts: recorded by the officers and focal points of an operation, read as the one read rule says
 * ({@link ReadScope}: its members, and beyond them whoever the count's distribution level reaches). Every change
 * is audited with the count before and after.
 */
@Service
public class FlowCounts {

    /** What a batch did: new counts, corrected counts, and counts sent again unchanged (not rewritten). */
    public record BulkOutcome(int created, int updated, int unchanged) {
    }

    private static final TypeReference<TreeMap<String, Integer>> NATIONALITIES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Directory directory;
    private final JsonMapper json;
    private final Sharing sharing;
    private final RowMapper<FlowCount> rows;
    private final FlowEntryWeeks entryWeeks;

    FlowCounts(JdbcClient jdbc, ApplicationEventPublisher events, Directory directory, JsonMapper json,
            Sharing sharing, FlowEntryWeeks entryWeeks) {
        this.jdbc = jdbc;
        this.entryWeeks = entryWeeks;
        this.events = events;
        this.directory = directory;
        this.json = json;
        this.sharing = sharing;
        this.rows = this::row;
    }

    /** What the user may read, as it stands now. */
    ReadScope scopeOf(CorridorUser user) {
        return sharing.scopeOf(user);
    }

    /** The level a new count of the operation starts with (the head's choice, else {@link RecordKind#FLOW_COUNT}'s). */
    public DistributionLevel defaultLevel(UUID operationId) {
        return sharing.defaultLevel(operationId, RecordKind.FLOW_COUNT);
    }

    /** The rules with today's reference data, to check any number of drafts without further queries. */
    FlowCountRules rules() {
        Map<String, UUID> countryByIso2 = directory.countries().stream()
                .collect(Collectors.toMap(CountrySummary::iso2, CountrySummary::id, (a, b) -> a));
        Map<UUID, UUID> countryOfLocation = new HashMap<>();
        for (LocationSummary location : directory.locations()) {
            UUID country = countryByIso2.get(location.countryIso2());
            if (country != null) {
                countryOfLocation.put(location.id(), country);
            }
        }
        return new FlowCountRules(
                directory.operations().stream().map(OperationSummary::id).collect(Collectors.toSet()),
                new HashSet<>(countryByIso2.values()), countryOfLocation,
                directory.organisations().stream().map(OrganisationSummary::id).collect(Collectors.toSet()),
                LocalDate.now(Region.ZONE));
    }

    /** Officers and focal points of the operation record and correct its counts. */
    public static boolean mayRecord(CorridorUser user, UUID operationId) {
        return user.mayRecord(operationId);
    }

    @Transactional
    public FlowCount record(CorridorUser user, FlowCountDraft draft) {
        if (draft.operationId() != null && !mayRecord(user, draft.operationId())) {
            throw new AccessDeniedException("Only officers and focal points of the operation record its flow counts");
        }
        FlowCountDraft complete = check(rules(), draft);
        Optional<FlowCount> existing = findByKey(complete.naturalKey());
        if (existing.isPresent()) {
            throw new RecordRejected(List.of(taken(scopeOf(user), existing.get(), complete.operationId(), "periodStart")));
        }
        return insert(user, complete.distributionLevel() != null ? complete
                : complete.withLevel(defaultLevel(complete.operationId())));
    }

    @Transactional
    public FlowCount update(CorridorUser user, UUID id, long expectedVersion, FlowCountDraft changes) {
        FlowCount before = find(user, id).orElseThrow(() -> new RecordNotFound(id));
        if (!mayRecord(user, before.operationId())) {
            throw new AccessDeniedException("Only officers and focal points of the operation correct its flow counts");
        }
        FlowCountDraft complete = check(rules(), changes.withOperation(before.operationId()));
        if (complete.distributionLevel() == null) {
            // Left out: the count keeps the level it has.
            complete = complete.withLevel(before.distributionLevel());
        }
        Optional<FlowCount> other = findByKey(complete.naturalKey());
        if (other.isPresent() && !other.get().id().equals(id)) {
            throw new RecordRejected(List.of(taken(scopeOf(user), other.get(), before.operationId(), "periodStart")));
        }
        if (before.version() != expectedVersion) {
            throw new StaleRecord(before.version());
        }
        return write(user, id, expectedVersion, complete, before);
    }

    /**
     * Everything wrong with a batch, item by item (index from 0): the rules, the caller's right to record for
     * the item's operation, the same natural key twice in the batch, and a key another operation already owns.
     * Empty when {@link #upsert} would write it; an import's "check only" is this.
     */
    List<BulkRejected.ItemProblem> problems(CorridorUser user, List<FlowCountDraft> drafts) {
        return checked(user, rules(), drafts).problems();
    }

    /**
     * Writes a batch all or nothing: every item is checked first ({@link #problems}) and any problem rejects
     * the whole batch with every problem listed. Then, in this one transaction, an item whose key is new is
     * inserted, one whose key exists with other figures corrects that count (audited before and after), and
     * one with the same figures is left alone, so sending a batch again changes nothing.
     */
    @Transactional
    public BulkOutcome upsert(CorridorUser user, List<FlowCountDraft> drafts) {
        Checked batch = checked(user, rules(), drafts);
        if (!batch.problems().isEmpty()) {
            throw new BulkRejected(batch.problems());
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        Map<UUID, DistributionLevel> defaults = new HashMap<>();
        for (FlowCountDraft sent : batch.drafts()) {
            FlowCount current = batch.existing().get(sent.naturalKey());
            // A level left out: a new count takes its operation's default, a correction keeps the count's level.
            FlowCountDraft draft = sent.distributionLevel() != null ? sent
                    : sent.withLevel(current != null ? current.distributionLevel()
                            : defaults.computeIfAbsent(sent.operationId(), this::defaultLevel));
            if (current == null) {
                insert(user, draft);
                created++;
            } else if (current.sameFiguresAs(draft)) {
                unchanged++;
            } else {
                write(user, current.id(), current.version(), draft, current);
                updated++;
            }
        }
        return new BulkOutcome(created, updated, unchanged);
    }

    /** A batch with countries completed, its problems, and the saved counts that have its keys. */
    private record Checked(List<FlowCountDraft> drafts, List<BulkRejected.ItemProblem> problems,
            Map<FlowCountDraft.NaturalKey, FlowCount> existing) {
    }

    private Checked checked(CorridorUser user, FlowCountRules rules, List<FlowCountDraft> drafts) {
        List<FlowCountDraft> complete = new ArrayList<>(drafts.size());
        List<BulkRejected.ItemProblem> problems = new ArrayList<>();
        Map<FlowCountDraft.NaturalKey, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            FlowCountDraft draft = drafts.get(i) == null ? null : rules.completed(drafts.get(i));
            complete.add(draft);
            if (draft == null) {
                problems.add(new BulkRejected.ItemProblem(i, new Problem("", "flow.error.emptyItem")));
                continue;
            }
            List<Problem> itemProblems = new ArrayList<>(rules.problems(draft));
            if (draft.operationId() != null && rules.operations().contains(draft.operationId())
                    && !mayRecord(user, draft.operationId())) {
                itemProblems.add(new Problem("operationId", "flow.error.mayNotRecord"));
            }
            if (itemProblems.isEmpty()) {
                Integer earlier = firstIndex.putIfAbsent(draft.naturalKey(), i);
                if (earlier != null) {
                    itemProblems.add(new Problem("periodStart", "flow.error.duplicateInBatch", earlier));
                }
            }
            int index = i;
            itemProblems.forEach(p -> problems.add(new BulkRejected.ItemProblem(index, p)));
        }
        Map<FlowCountDraft.NaturalKey, FlowCount> existing = findByKeys(firstIndex.keySet());
        ReadScope scope = null;
        for (int i = 0; i < complete.size(); i++) {
            FlowCountDraft draft = complete.get(i);
            FlowCount current = draft == null ? null : existing.get(draft.naturalKey());
            if (current != null && Integer.valueOf(i).equals(firstIndex.get(draft.naturalKey()))
                    && !current.operationId().equals(draft.operationId())) {
                scope = scope == null ? scopeOf(user) : scope;
                problems.add(new BulkRejected.ItemProblem(i, taken(scope, current, draft.operationId(), "operationId")));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(BulkRejected.ItemProblem::index));
        return new Checked(complete, problems, existing);
    }

    public Optional<FlowCount> find(CorridorUser user, UUID id) {
        ReadScope scope = scopeOf(user);
        return jdbc.sql("select * from flow_count where id = :id").param("id", id).query(rows).optional()
                .filter(f -> scope.mayRead(f.operationId(), f.distributionLevel()));
    }

    /**
     * Why a key cannot be saved for {@code operation}: a count of the same operation has it (open and correct it), or
     * another operation's does. That operation is named, with what to do, only to someone who may read its count;
     * others learn only that another operation recorded it.
     */
    Problem taken(ReadScope scope, FlowCount existing, UUID operation, String field) {
        if (existing.operationId().equals(operation)) {
            return duplicate();
        }
        if (scope.mayRead(existing.operationId(), existing.distributionLevel())) {
            return new Problem(field, "flow.error.keyOfNamedOperation", operationName(existing.operationId()));
        }
        return new Problem(field, "flow.error.keyOfOtherOperation");
    }

    /** The operation's name as the directory gives it. */
    String operationName(UUID operation) {
        return directory.operations().stream().filter(o -> o.id().equals(operation)).map(OperationSummary::name)
                .findFirst().orElse(String.valueOf(operation));
    }

    /** The order of lists and exports: newest period first; ends in the id, so that pages never repeat or skip. */
    private static final String LIST_ORDER =
            " order by period_start desc, period_kind, country_id, location_id nulls first, direction, id";

    /** One page of the counts the user may read, newest period first, with how many there are in all. */
    public RecordPage<FlowCount> list(CorridorUser user, FlowFilter filter, int page, int size) {
        return list(user, filter, page, size, Long.MAX_VALUE);
    }

    /**
     * One page of the counts the user may read, counting them only up to {@code countAtMost}: beyond that the page
     * says its total is a lower bound. Counting a million rows takes a fifth of a second; a page should not.
     */
    public RecordPage<FlowCount> list(CorridorUser user, FlowFilter filter, int page, int size, long countAtMost) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(scopeOf(user), filter, params);
        long total = RecordPage.count(jdbc, "flow_count" + where, params, countAtMost);
        List<FlowCount> items = jdbc.sql("select * from flow_count" + where + LIST_ORDER + " limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size).query(rows).list();
        return RecordPage.counted(items, page, size, total, countAtMost);
    }

    /**
     * Every count the user may read, newest period first, handed over one at a time from one query read in batches
     * (a cursor), so that an export of a million counts neither holds them in memory nor pages through them.
     */
    @Transactional(readOnly = true)
    public void forEach(CorridorUser user, FlowFilter filter, java.util.function.Consumer<FlowCount> action) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(scopeOf(user), filter, params);
        try (var found = jdbc.sql("select * from flow_count" + where + LIST_ORDER).params(params)
                .withFetchSize(EXPORT_BATCH).query(rows).stream()) {
            found.forEach(action);
        }
    }

    /** Rows fetched at a time by {@link #forEach}. */
    static final int EXPORT_BATCH = 1000;

    /** The counts the user may read (the one read rule) and the filter, as SQL. */
    static String where(ReadScope scope, FlowFilter filter, Map<String, Object> params) {
        return where(scope.records(null), scope, filter, params);
    }

    /**
     * The counts that go into the user's figures, and the filter, as SQL: those of every operation whose figures the
     * user may read, whatever their level, and any other the user may read as a record.
     */
    static String whereFigures(ReadScope scope, FlowFilter filter, Map<String, Object> params) {
        return where(figures(scope), scope, filter, params);
    }

    /** The counts that go into the user's figures, as a condition on {@code flow_count}. */
    static String figures(ReadScope scope) {
        return "(" + scope.figures(null) + " or " + scope.records(null) + ")";
    }

    /** A condition on which counts the user sees, and the filter, as SQL; the scope's parameters are bound. */
    static String where(String visible, ReadScope scope, FlowFilter filter, Map<String, Object> params) {
        scope.bind(params);
        // Bound even when not given: the figures add their own conditions on the period's :from and :to.
        params.put("from", filter.from());
        params.put("to", filter.to());
        // The bound on period_start repeats the one on period_end (no period is longer than a month) so that the
        // indexes leading with the period can be read from the first day instead of from the beginning of time.
        Conditions where = Conditions.of(params)
                .and(visible)
                .and("operation_id = :operation", "operation", filter.operationId())
                .and("country_id = :country", "country", filter.countryId())
                .and("location_id = :location", "location", filter.locationId())
                .and("direction = :direction", "direction",
                        filter.direction() == null ? null : filter.direction().name())
                .and("source_organisation_id = :source", "source", filter.sourceOrganisationId())
                .andIf(filter.ownObservation(), "source_organisation_id is null")
                .and("period_kind = :kind", "kind", filter.periodKind() == null ? null : filter.periodKind().name())
                .and("period_end >= :from", "from", filter.from())
                .and("period_start >= cast(:from as date) - " + PeriodKind.MOST_DAYS, "from", filter.from())
                .and("period_start <= :to", "to", filter.to());
        params.putAll(where.params());
        return " where " + where;
    }

    RowMapper<FlowCount> rowMapper() {
        return rows;
    }

    /** The weekly sums of the daily entries, which every write of counts keeps (the import's too). */
    FlowEntryWeeks entryWeeks() {
        return entryWeeks;
    }

    private FlowCountDraft check(FlowCountRules rules, FlowCountDraft draft) {
        FlowCountDraft complete = rules.completed(draft);
        List<Problem> problems = rules.problems(complete);
        RecordRejected.ifAny(problems);
        return complete;
    }

    private static Problem duplicate() {
        return new Problem("periodStart", "flow.error.duplicate");
    }

    private FlowCount insert(CorridorUser user, FlowCountDraft draft) {
        UUID id = Ids.newId();
        try {
            jdbc.sql("""
                    insert into flow_count (id, operation_id, period_kind, period_start, period_end, country_id,
                        location_id, direction, source_organisation_id, total, men, women, children,
                        unaccompanied_minors, nationalities, distribution_level, created_by, created_at, updated_at)
                    values (:id, :operation, :kind, :start, :end, :country, :location, :direction, :source, :total,
                        :men, :women, :children, :unaccompanied, cast(:nationalities as jsonb), :level, :createdBy,
                        now(), now())""")
                    .params(figures(draft)).param("id", id).param("operation", draft.operationId())
                    .param("createdBy", user.id()).update();
        } catch (DuplicateKeyException e) {
            // Someone saved the same period, place, direction and source between our check and this insert.
            throw new RecordRejected(List.of(duplicate()));
        }
        entryWeeks.add("select * from flow_count where id = :id", Map.of("id", id));
        FlowCount saved = load(id);
        events.publishEvent(AuditableChange.created(user.actor(), "flow_count", id, saved.operationId(), saved));
        return saved;
    }

    private FlowCount write(CorridorUser user, UUID id, long expectedVersion, FlowCountDraft draft,
            FlowCount before) {
        int updated;
        // The count as it stands leaves its week's sum; locked, so that nobody changes it before this update does.
        entryWeeks.remove("select * from flow_count where id = :id and version = :version for update",
                Map.of("id", id, "version", expectedVersion));
        try {
            updated = jdbc.sql("""
                    update flow_count set period_kind = :kind, period_start = :start, period_end = :end,
                        country_id = :country, location_id = :location, direction = :direction,
                        source_organisation_id = :source, total = :total, men = :men, women = :women,
                        children = :children, unaccompanied_minors = :unaccompanied,
                        nationalities = cast(:nationalities as jsonb), distribution_level = :level,
                        updated_at = now(), version = version + 1
                    where id = :id and version = :version""")
                    .params(figures(draft)).param("id", id).param("version", expectedVersion).update();
        } catch (DuplicateKeyException e) {
            throw new RecordRejected(List.of(duplicate()));
        }
        if (updated == 0) {
            throw new StaleRecord(load(id).version());
        }
        entryWeeks.add("select * from flow_count where id = :id", Map.of("id", id));
        FlowCount after = load(id);
        events.publishEvent(AuditableChange.updated(user.actor(), "flow_count", id, after.operationId(), before, after));
        return after;
    }

    private Map<String, Object> figures(FlowCountDraft draft) {
        Map<String, Object> params = new HashMap<>();
        params.put("kind", draft.periodKind().name());
        params.put("start", draft.periodStart());
        params.put("end", draft.periodKind().end(draft.periodStart()));
        params.put("country", draft.countryId());
        params.put("location", draft.locationId());
        params.put("direction", draft.direction().name());
        params.put("source", draft.sourceOrganisationId());
        params.put("total", draft.total());
        params.put("men", draft.men());
        params.put("women", draft.women());
        params.put("children", draft.children());
        params.put("unaccompanied", draft.unaccompaniedMinors());
        params.put("nationalities", json.writeValueAsString(draft.nationalities()));
        params.put("level", draft.distributionLevel().name());
        return params;
    }

    private FlowCount load(UUID id) {
        return jdbc.sql("select * from flow_count where id = :id").param("id", id).query(rows).single();
    }

    private Optional<FlowCount> findByKey(FlowCountDraft.NaturalKey key) {
        return Optional.ofNullable(findByKeys(Set.of(key)).get(key));
    }

    /** The saved counts with these keys, fetched a thousand keys a query. */
    private Map<FlowCountDraft.NaturalKey, FlowCount> findByKeys(Set<FlowCountDraft.NaturalKey> keys) {
        Map<FlowCountDraft.NaturalKey, FlowCount> found = new HashMap<>();
        List<FlowCountDraft.NaturalKey> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += 1000) {
            List<FlowCountDraft.NaturalKey> chunk = all.subList(from, Math.min(all.size(), from + 1000));
            jdbc.sql("""
                    select f.* from flow_count f
                    join unnest(cast(:kinds as text[]), cast(:starts as text[]), cast(:countries as uuid[]),
                                cast(:locations as uuid[]), cast(:directions as text[]), cast(:sources as uuid[]))
                         as k(kind, start, country, location, direction, source)
                      on f.period_kind = k.kind and f.period_start = cast(k.start as date) and f.country_id = k.country
                     and f.location_id is not distinct from k.location and f.direction = k.direction
                     and f.source_organisation_id is not distinct from k.source""")
                    .param("kinds", chunk.stream().map(k -> k.periodKind().name()).toArray(String[]::new))
                    .param("starts", chunk.stream().map(k -> k.periodStart().toString()).toArray(String[]::new))
                    .param("countries", chunk.stream().map(FlowCountDraft.NaturalKey::countryId).toArray(UUID[]::new))
                    .param("locations", chunk.stream().map(FlowCountDraft.NaturalKey::locationId).toArray(UUID[]::new))
                    .param("directions", chunk.stream().map(k -> k.direction().name()).toArray(String[]::new))
                    .param("sources", chunk.stream().map(FlowCountDraft.NaturalKey::sourceOrganisationId).toArray(UUID[]::new))
                    .query(rows).list().forEach(f -> found.put(f.naturalKey(), f));
        }
        return found;
    }

    private FlowCount row(ResultSet rs, int rowNum) throws SQLException {
        return new FlowCount(rs.getObject("id", UUID.class), rs.getObject("operation_id", UUID.class),
                PeriodKind.valueOf(rs.getString("period_kind")), rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class), rs.getObject("country_id", UUID.class),
                rs.getObject("location_id", UUID.class), Direction.valueOf(rs.getString("direction")),
                rs.getObject("source_organisation_id", UUID.class), rs.getInt("total"), integer(rs, "men"),
                integer(rs, "women"), integer(rs, "children"), integer(rs, "unaccompanied_minors"),
                java.util.Collections.unmodifiableMap(json.readValue(rs.getString("nationalities"), NATIONALITIES)),
                DistributionLevel.valueOf(rs.getString("distribution_level")), rs.getObject("created_by", UUID.class),
                rs.getLong("version"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
