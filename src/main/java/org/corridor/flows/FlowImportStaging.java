package org.corridor.flows;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.ReadScope;
import org.corridor.directory.Directory;
import org.corridor.interchange.BulkWrites;
import org.corridor.interchange.ImportJobs;
import org.corridor.interchange.ImportRun;
import org.corridor.interchange.ProblemLog;
import org.corridor.kernel.AuditableChange;
import org.corridor.kernel.Ids;
import org.postgresql.copy.CopyIn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The set-based SQL of a flow import: checked rows are copied ({@code COPY}) into a temporary staging table as they
 * are read; duplicates inside the file and keys another operation owns are then found in SQL, so memory stays bounded
 * whatever the file's size; and the rows are written set-based, in the import's transaction: changed figures corrected
 * (each correction audited with before and after), new keys inserted, identical rows left alone.
 */
final class FlowImportStaging {

    private static final String STAGING_COLUMNS = "line, id, period_kind, period_start, period_end, country_id,"
            + " location_id, direction, source_organisation_id, total, men, women, children, unaccompanied_minors,"
            + " nationalities, distribution_level";

    /** flow_count's foreign keys: its operation, country, location and source organisation. */
    private static final int FOREIGN_KEYS = 4;

    private final ImportJobs.Running job;
    private final FlowCounts counts;
    private final Directory directory;
    private final JdbcClient jdbc;
    private final BulkWrites bulk;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final FlowImportRun.Messages messages;
    private final StringBuilder buffer = new StringBuilder(1 << 17);
    private CopyIn copy;
    private long staged;
    private LocalDate firstDay;
    private LocalDate lastDay;
    /** Seconds each step took, logged at the end: where a large import spends its time. */
    final Map<String, Double> steps = new LinkedHashMap<>();
    private long stepStarted = System.nanoTime();

    FlowImportStaging(ImportJobs.Running job, FlowCounts counts, Directory directory, JdbcClient jdbc, BulkWrites bulk,
            ApplicationEventPublisher events, JsonMapper json, FlowImportRun.Messages messages) {
        this.job = job;
        this.counts = counts;
        this.directory = directory;
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.events = events;
        this.json = json;
        this.messages = messages;
    }

    void step(String name) {
        long now = System.nanoTime();
        steps.put(name, (now - stepStarted) / 1e9);
        stepStarted = now;
    }

    private UUID operationId() {
        return job.operationId();
    }

    private CorridorUser user() {
        return job.user();
    }

    private ProblemLog problems() {
        return job.problems();
    }

    /** Creates the staging table and starts copying into it. */
    void open() {
        bulk.groupInMemory();
        jdbc.sql("create temp table flow_import_staging (line bigint, id uuid, period_kind text,"
                + " period_start date, period_end date, country_id uuid, location_id uuid, direction text,"
                + " source_organisation_id uuid, total integer, men integer, women integer, children integer,"
                + " unaccompanied_minors integer, nationalities jsonb, distribution_level text) on commit drop")
                .update();
        try {
            copy = bulk.copyIn("copy flow_import_staging (" + STAGING_COLUMNS + ") from stdin");
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Ends the copy once every row is staged. */
    void close() {
        flush();
        try {
            copy.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Cancels a copy still under way (reading failed); the transaction is rolled back anyway. */
    void cancel() {
        try {
            if (copy != null && copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            // the transaction is rolled back anyway
        }
    }

    void stage(long line, FlowCountDraft d) {
        StringBuilder b = buffer;
        LocalDate end = d.periodKind().end(d.periodStart());
        b.append(line).append('\t').append(Ids.newId()).append('\t').append(d.periodKind().name()).append('\t')
                .append(d.periodStart()).append('\t').append(end).append('\t')
                .append(d.countryId()).append('\t');
        nullable(b, d.locationId()).append(d.direction().name()).append('\t');
        nullable(b, d.sourceOrganisationId()).append(d.total()).append('\t');
        nullable(b, d.men());
        nullable(b, d.women());
        nullable(b, d.children());
        nullable(b, d.unaccompaniedMinors());
        // Nationality codes passed the rules (letters only), so the JSON needs no escaping for COPY's text format.
        b.append(d.nationalities().isEmpty() ? "{}" : json.writeValueAsString(d.nationalities())).append('\t')
                .append(d.distributionLevel() == null ? "\\N" : d.distributionLevel().name()).append('\n');
        staged++;
        if (firstDay == null || d.periodStart().isBefore(firstDay)) {
            firstDay = d.periodStart();
        }
        if (lastDay == null || end.isAfter(lastDay)) {
            lastDay = end;
        }
        if (b.length() > (1 << 16)) {
            flush();
        }
    }

    private StringBuilder nullable(StringBuilder b, Object value) {
        return b.append(value == null ? "\\N" : value.toString()).append('\t');
    }

    private void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Stands for "none" where keys are compared: nulls in keys are equal, as in the unique key (NULLS NOT DISTINCT). */
    private static final String NO_ID = "'00000000-0000-0000-0000-000000000000'::uuid";

    private static final String SAME_KEY = """
            f.period_kind = s.period_kind and f.period_start = s.period_start and f.country_id = s.country_id
            and coalesce(f.location_id, %1$s) = coalesce(s.location_id, %1$s)
            and f.direction = s.direction
            and coalesce(f.source_organisation_id, %1$s) = coalesce(s.source_organisation_id, %1$s)""".formatted(NO_ID);

    /** Checks the staged file as a whole; returns the rows it rejects. */
    long check() {
        bulk.analyze("flow_import_staging");
        step("analyze");
        long rejected = duplicatesInFile();
        step("duplicates in file");
        matchExisting();
        step("match existing counts");
        return rejected + keysOfOtherOperations();
    }

    /**
     * Rows whose key an earlier row of the file already has. Grouped by hashing, not sorted: the keys that occur
     * more than once are found in one pass over the staging table, and only their rows are looked at again.
     */
    private long duplicatesInFile() {
        long[] rejected = {0};
        jdbc.sql("""
                with repeated as (
                    select period_kind, period_start, country_id, coalesce(location_id, %1$s) as location_id,
                           direction, coalesce(source_organisation_id, %1$s) as source_organisation_id,
                           min(line) as first
                    from flow_import_staging group by 1, 2, 3, 4, 5, 6 having count(*) > 1)
                select s.line, r.first from flow_import_staging s join repeated r
                  on s.period_kind = r.period_kind and s.period_start = r.period_start and s.country_id = r.country_id
                 and coalesce(s.location_id, %1$s) = r.location_id and s.direction = r.direction
                 and coalesce(s.source_organisation_id, %1$s) = r.source_organisation_id
                where s.line <> r.first order by s.line""".formatted(NO_ID))
                .query(rs -> {
                    rejected[0]++;
                    problems().error(rs.getLong("line"), key(), "", messages.get("flow.import.duplicateInFile",
                            String.valueOf(rs.getLong("first"))));
                });
        return rejected[0];
    }

    /**
     * Each staged row's count already in the database (same key), if any, with its operation and whether its
     * figures differ: one join of the file with the counts, which every later step reads instead of joining again.
     */
    private void matchExisting() {
        bulk.refreshStatisticsIfStale("flow_count");
        jdbc.sql("create temp table flow_import_match on commit drop as"
                + " select s.line, f.id, f.operation_id, f.distribution_level, " + DIFFERENT_FIGURES + " as differs"
                + " from flow_import_staging s join flow_count f on " + SAME_KEY).update();
        bulk.analyze("flow_import_match");
    }

    /**
     * Rows whose key another operation's count has. That operation is named, with what to do, only where the
     * importer may read its count; otherwise the row says that another operation recorded it, without details.
     */
    private long keysOfOtherOperations() {
        long[] rejected = {0};
        ReadScope scope = counts.scopeOf(user());
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("select line, operation_id, distribution_level from flow_import_match"
                        + " where operation_id <> :operation order by line")
                .param("operation", operationId())
                .query(rs -> {
                    rejected[0]++;
                    UUID other = rs.getObject("operation_id", UUID.class);
                    boolean readable = scope.mayRead(other,
                            DistributionLevel.valueOf(rs.getString("distribution_level")));
                    problems().error(rs.getLong("line"), key(), "", readable
                            ? messages.get("flow.error.keyOfNamedOperation",
                                    names.computeIfAbsent(other, counts::operationName))
                            : messages.get("flow.error.keyOfOtherOperation"));
                });
        return rejected[0];
    }

    private String key() {
        return messages.get("flow.import.keyColumns");
    }

    /** Whether a row changes a count; a row without a level keeps the count's. */
    private static final String DIFFERENT_FIGURES = """
            (f.total, f.men, f.women, f.children, f.unaccompanied_minors, f.nationalities, f.distribution_level)
            is distinct from
            (s.total, s.men, s.women, s.children, s.unaccompanied_minors, s.nationalities,
             coalesce(s.distribution_level, f.distribution_level))""";

    ImportRun.Counts dryRunCounts() {
        long existing = jdbc.sql("select count(*) from flow_import_match").query(Long.class).single();
        long changed = jdbc.sql("select count(*) from flow_import_match where differs").query(Long.class).single();
        return new ImportRun.Counts(staged - existing, changed, existing - changed);
    }

    /** Corrections first (audited one by one with before and after), then the new keys in one insert. */
    ImportRun.Counts write() {
        jdbc.sql("create temp table flow_import_correction on commit drop as"
                + " select id, line from flow_import_match where differs").update();
        long existing = jdbc.sql("select count(*) from flow_import_match").query(Long.class).single();
        step("find corrections");
        long updated = 0;
        while (true) {
            List<UUID> ids = jdbc.sql("delete from flow_import_correction where id in"
                    + " (select id from flow_import_correction limit 1000) returning id").query(UUID.class).list();
            if (ids.isEmpty()) {
                break;
            }
            Map<UUID, FlowCount> before = new LinkedHashMap<>();
            jdbc.sql("select * from flow_count where id = any(:ids)").param("ids", ids.toArray(UUID[]::new))
                    .query(counts.rowMapper()).list().forEach(f -> before.put(f.id(), f));
            Map<String, Object> batch = Map.of("ids", ids.toArray(UUID[]::new));
            // The counts as they stand leave their weeks' sums, locked until this transaction ends.
            counts.entryWeeks().remove("select * from flow_count where id = any(:ids) for update", batch);
            jdbc.sql("""
                    update flow_count f set total = s.total, men = s.men, women = s.women, children = s.children,
                        unaccompanied_minors = s.unaccompanied_minors, nationalities = s.nationalities,
                        distribution_level = coalesce(s.distribution_level, f.distribution_level),
                        updated_at = now(), version = f.version + 1
                    from flow_import_staging s
                    where f.id = any(:ids) and""" + " " + SAME_KEY).param("ids", ids.toArray(UUID[]::new)).update();
            counts.entryWeeks().add("select * from flow_count where id = any(:ids)", batch);
            for (FlowCount after : jdbc.sql("select * from flow_count where id = any(:ids)")
                    .param("ids", ids.toArray(UUID[]::new)).query(counts.rowMapper()).list()) {
                events.publishEvent(AuditableChange.updated(user().actor(), "flow_count", after.id(),
                        after.operationId(), before.get(after.id()), after));
            }
            updated += ids.size();
        }
        step("write corrections");
        long created = insertNew();
        if (created >= 10_000) {
            // Statistics that know the new rows, from the moment they are committed: the next import (and every
            // query on the counts) is planned for the table as it now is, not as it was before this file.
            bulk.analyze("flow_count");
        }
        step("analyze counts");
        if (created > 0) {
            // New counts are audited as one entry for the import (its job, file hash and number of counts),
            // not one entry a row: a million-row file would otherwise write a million audit entries.
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("importJob", job.id().toString());
            summary.put("fileName", job.file().name());
            summary.put("fileSha256", job.file().sha256());
            summary.put("countsCreated", created);
            events.publishEvent(AuditableChange.created(user().actor(), "flow_count_import", job.id(), operationId(),
                    summary));
        }
        events.publishEvent(new FlowCountsImported(job.id(), operationId(), created, updated, firstDay, lastDay));
        return new ImportRun.Counts(created, updated, existing - updated);
    }

    private static final String INSERT_NEW = """
            insert into flow_count (id, operation_id, period_kind, period_start, period_end, country_id,
                location_id, direction, source_organisation_id, total, men, women, children,
                unaccompanied_minors, nationalities, distribution_level, created_by, created_at, updated_at)
            select s.id, :operation, s.period_kind, s.period_start, s.period_end, s.country_id, s.location_id,
                s.direction, s.source_organisation_id, s.total, s.men, s.women, s.children,
                s.unaccompanied_minors, s.nationalities, coalesce(s.distribution_level, :level), :user, now(), now()
            from flow_import_staging s
            where not exists (select 1 from flow_import_match m where m.line = s.line)""";

    /**
     * Inserts the rows whose keys are not there yet, in one statement. A plain insert: the match above found the
     * keys that exist, and INSERT ... ON CONFLICT would pay for a speculative insertion a row (a third of the time
     * of a million-row import). Should someone save a count with one of these keys meanwhile, the unique key
     * fails the whole import and nothing is written.
     *
     * <p>PostgreSQL checks each foreign key of each inserted row with a query of its own (four a row, half the
     * time of a million-row import). When the database lets us ({@link BulkWrites#mayCheckReferencesOnce}), the import
     * checks them instead once for the whole file: it locks each referenced operation, country, location and
     * organisation as those per-row checks would (through the directory, so none can be deleted before we commit),
     * fails if any is gone, and only then inserts with the per-row checks off for that one statement. CHECK
     * constraints and the unique key still apply to every row.
     */
    private long insertNew() {
        // Read once: the counts and their weeks' sums take the same level.
        String level = counts.defaultLevel(operationId()).name();
        long inserted;
        if (!bulk.mayCheckReferencesOnce("flow_count", FOREIGN_KEYS)) {
            inserted = insert(level);
        } else {
            lockReferences();
            step("check and lock references");
            inserted = bulk.withoutPerRowReferenceChecks(() -> insert(level));
        }
        step("insert new counts");
        addNewToEntryWeeks(level);
        step("add new entries to their weeks");
        return inserted;
    }

    /** The new counts' daily entries into their weeks' sums, from the staging table (as inserted, level and all). */
    private void addNewToEntryWeeks(String level) {
        counts.entryWeeks().add("""
                select s.period_kind, s.direction, s.period_start, s.location_id, s.source_organisation_id,
                       cast(:operation as uuid) as operation_id, coalesce(s.distribution_level, :level) as
                       distribution_level, s.total
                from flow_import_staging s
                where s.period_kind = 'DAY' and s.direction = 'ENTRY' and s.location_id is not null
                  and not exists (select 1 from flow_import_match m where m.line = s.line)""",
                Map.of("operation", operationId(), "level", level));
    }

    private long insert(String level) {
        return jdbc.sql(INSERT_NEW).param("operation", operationId()).param("user", user().id())
                .param("level", level).update();
    }

    /** Locks every record the new counts refer to; fails, so that nothing is written, if any of them is gone. */
    private void lockReferences() {
        // The few distinct references of the file, found in one pass over it.
        jdbc.sql("create temp table flow_import_reference on commit drop as select distinct country_id, location_id,"
                + " source_organisation_id from flow_import_staging s"
                + " where not exists (select 1 from flow_import_match m where m.line = s.line)").update();
        lock(Directory.Referenced.OPERATIONS, List.of(operationId()));
        lock(Directory.Referenced.COUNTRIES, referenced("country_id"));
        lock(Directory.Referenced.LOCATIONS, referenced("location_id"));
        lock(Directory.Referenced.ORGANISATIONS, referenced("source_organisation_id"));
    }

    private List<UUID> referenced(String column) {
        return jdbc.sql("select distinct " + column + " from flow_import_reference where " + column + " is not null")
                .query(UUID.class).list();
    }

    private void lock(Directory.Referenced kind, List<UUID> ids) {
        long locked = directory.keepUntilCommit(kind, ids);
        if (locked != ids.size()) {
            throw new ChangedMeanwhile(kind + ": " + (ids.size() - locked)
                    + " of the records the file refers to were deleted while it was imported");
        }
    }

    /** A record the file refers to was deleted while the file was imported. */
    static final class ChangedMeanwhile extends RuntimeException {
        ChangedMeanwhile(String message) {
            super(message);
        }
    }
}
