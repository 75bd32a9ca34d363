package org.corridor.flows;

import org.corridor.kernel.PlausibleDates;
import org.corridor.kernel.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.corridor.kernel.AuditableChange;
import org.corridor.kernel.Ids;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.ReadScope;
import org.corridor.directory.CountrySummary;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OrganisationSummary;
import org.corridor.interchange.HxlTag;
import org.corridor.interchange.ImportJobs;
import org.corridor.interchange.ProblemLog;
import org.corridor.interchange.TableColumn;
import org.corridor.interchange.TableFormat;
import org.corridor.interchange.TableReader;
import org.corridor.interchange.TableRow;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.postgresql.copy.CopyIn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a file of flow counts (CSV, HXL-tagged CSV or XLSX) for one operation, all or nothing.
 *
 * <p>The file is read once, streaming: each row is turned into a {@link FlowCountDraft} and checked by the same
 * {@link FlowCountRules} as a count typed into the form; good rows are copied ({@code COPY}) into a temporary
 * staging table, bad ones reported. Duplicates inside the file and keys another operation owns are then found
 * in SQL, so memory stays bounded whatever the file's size. Only when nothing is wrong (and it is not a dry run)
 * are the rows written, set-based and in the same transaction: new keys inserted, changed figures corrected
 * (each correction audited with before and after), identical rows left alone, so a second import changes nothing.
 */
@Service
public class FlowImport {

    private static final Logger log = LoggerFactory.getLogger(FlowImport.class);

    /**
     * Told how far reading has come (every {@link #PROGRESS_EVERY} rows and at the end), and when reading is over and
     * the file is checked as a whole and, if fit, written.
     */
    public interface Progress {
        void rowsRead(long rows);

        default void checking(long rows) {
        }
    }

    public static final int PROGRESS_EVERY = 10_000;

    /** What an import did or, for a dry run or a rejected file, would have needed. */
    public record Report(UUID jobId, ImportJobs.Status status, TableFormat format, long rowsRead, long created,
            long updated, long unchanged, long rowsRejected, ProblemLog problems) {
    }

    /** The fields a column may fill; each with its documented CSV header. */
    enum Field {
        DATE("date"), PERIOD_START("period_start"), PERIOD_END("period_end"), PERIOD("period"),
        LOCATION_CODE("location_code"), LOCATION_NAME("location"), COUNTRY("country"), DIRECTION("direction"),
        SOURCE("source"), TOTAL("total"), MEN("men"), WOMEN("women"), CHILDREN("children"),
        UNACCOMPANIED("unaccompanied_minors"), NATIONALITIES("nationalities"), DISTRIBUTION("distribution_level");

        final String header;

        Field(String header) {
            this.header = header;
        }
    }

    private static final String STAGING_COLUMNS = "line, id, period_kind, period_start, period_end, country_id,"
            + " location_id, direction, source_organisation_id, total, men, women, children, unaccompanied_minors,"
            + " nationalities, distribution_level";

    private final FlowCounts counts;
    private final Directory directory;
    private final ImportJobs jobs;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final JsonMapper json;

    FlowImport(FlowCounts counts, Directory directory, ImportJobs jobs, JdbcClient jdbc, DataSource dataSource,
            PlatformTransactionManager transactions, ApplicationEventPublisher events, MessageSource messages,
            JsonMapper json) {
        this.counts = counts;
        this.directory = directory;
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.messages = messages;
        this.json = json;
    }

    /** Imports are the focal points' (DESIGN.md: "FOCAL_POINT ... imports"). */
    public static boolean mayImport(CorridorUser user, UUID operationId) {
        return operationId != null && user.mayEditAnyRecordOf(operationId);
    }

    /** The field a HXL tag fills, by tag and exact attributes; empty for tags this import does not know. */
    static Optional<Field> fieldOf(HxlTag tag) {
        var a = tag.attributes();
        Field field = switch (tag.name()) {
            case "date" -> a.contains("start") ? Field.PERIOD_START : a.contains("end") ? Field.PERIOD_END : Field.DATE;
            case "loc" -> a.contains("code") ? Field.LOCATION_CODE : a.contains("name") || a.isEmpty() ? Field.LOCATION_NAME : null;
            case "adm0", "country" -> a.contains("code") || a.isEmpty() ? Field.COUNTRY : null;
            case "org" -> Field.SOURCE;
            case "meta" -> a.contains("direction") ? Field.DIRECTION : null;
            case "affected", "inneed", "reached" -> affected(a);
            default -> null;
        };
        return Optional.ofNullable(field);
    }

    private static Field affected(java.util.Set<String> a) {
        if (a.contains("unaccompanied")) {
            return Field.UNACCOMPANIED;
        }
        if (a.size() == 1 && a.contains("children")) {
            return Field.CHILDREN;
        }
        if (a.size() == 1 && a.contains("m")) {
            return Field.MEN;
        }
        if (a.size() == 1 && a.contains("f")) {
            return Field.WOMEN;
        }
        return a.isEmpty() || (a.size() == 1 && a.contains("total")) ? Field.TOTAL : null;
    }

    static Optional<Field> fieldOf(String header) {
        String key = header.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
        for (Field field : Field.values()) {
            if (field.header.equals(key)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads, checks and (unless {@code dryRun}) writes the file's counts for the operation, recording the import as a
     * job. Never throws for bad content: everything wrong is in the report.
     */
    public Report importFile(CorridorUser user, UUID operationId, Path file, String fileName, TableFormat format,
            boolean dryRun, Progress progress) throws IOException {
        return run(begin(user, operationId, file, fileName, format, dryRun, progress));
    }

    /** An import whose job is recorded (and marked running) but whose file is not read yet: {@link #run} it. */
    public static final class Begun {
        private final Run run;
        private final Path file;
        private final TableFormat format;
        private final boolean dryRun;

        private Begun(Run run, Path file, TableFormat format, boolean dryRun) {
            this.run = run;
            this.file = file;
            this.format = format;
            this.dryRun = dryRun;
        }

        public UUID jobId() {
            return run.jobId;
        }
    }

    /**
     * Checks the user's rights and records the import's job, so that a page can point to it at once; the file is read
     * by {@link #run}, which must follow (the job stays marked running until it does).
     */
    public Begun begin(CorridorUser user, UUID operationId, Path file, String fileName, TableFormat format,
            boolean dryRun, Progress progress) throws IOException {
        if (!mayImport(user, operationId)) {
            throw new AccessDeniedException("Only focal points of the operation import its flow counts");
        }
        TableFormat actual = format == null ? TableFormat.detect(file) : format;
        String sha256 = ImportJobs.sha256(file);
        // Built before the job starts: once started, a job holds its lock until run() finishes it.
        Run run = new Run(user, operationId, counts.rules(), progress == null ? rows -> { } : progress);
        run.jobId = jobs.start(user.id(), operationId, "FLOWS", actual, fileName, sha256, dryRun);
        return new Begun(run, file, actual, dryRun);
    }

    /** Reads, checks and (unless a dry run) writes the begun import's file, and records its outcome in the job. */
    public Report run(Begun begun) {
        Run run = begun.run;
        UUID jobId = run.jobId;
        try {
            Report report = transaction.execute(status -> {
                Report done = run.execute(begun.file, begun.format, begun.dryRun);
                if (begun.dryRun || done.status() != ImportJobs.Status.WRITTEN) {
                    status.setRollbackOnly();
                }
                return done;
            });
            jobs.finish(jobId, new ImportJobs.Outcome(report.status(), report.rowsRead(), report.created() + report.updated(),
                    report.unchanged(), report.rowsRejected()), report.problems());
            return report;
        } catch (DataIntegrityViolationException | ChangedMeanwhile e) {
            // Someone changed the counts or the directory while the file was imported: a race, not a fault. A key
            // saved meanwhile violates the unique key; a place deleted meanwhile violates a foreign key where the
            // per-row checks run (a role that may not set session_replication_role), or is found by lockReferences otherwise.
            run.problems.error(0, "", "", message("flow.import.changedMeanwhile"));
            jobs.finish(jobId, new ImportJobs.Outcome(ImportJobs.Status.FAILED, run.read, 0, 0, 0), run.problems);
            return new Report(jobId, ImportJobs.Status.FAILED, begun.format, run.read, 0, 0, 0, 0, run.problems);
        } catch (RuntimeException | Error e) {
            // Recorded as FAILED at once, with a sentence saying why (the database's own words go to the log only).
            log.error("Flow import {} failed; nothing was written", jobId, e);
            run.problems.error(0, "", "", ImportJobs.failureReason(e));
            jobs.finish(jobId, new ImportJobs.Outcome(ImportJobs.Status.FAILED, run.read, 0, 0, 0), run.problems);
            if (e instanceof Error error) {
                throw error;
            }
            return new Report(jobId, ImportJobs.Status.FAILED, begun.format, run.read, 0, 0, 0, 0, run.problems);
        }
    }

    /** One import's state while it reads. */
    private final class Run implements TableReader.Rows {
        final CorridorUser user;
        final UUID operationId;
        UUID jobId;
        final FlowCountRules rules;
        final Progress progress;
        final ProblemLog problems = new ProblemLog();
        final Map<String, LocationSummary> locationByCode = new HashMap<>();
        final Map<String, LocationSummary> locationByName = new HashMap<>();
        final Map<String, UUID> countryByCode = new HashMap<>();
        final Map<String, UUID> sourceByName = new HashMap<>();
        final Map<Field, TableColumn> columns = new EnumMap<>(Field.class);
        final StringBuilder buffer = new StringBuilder(1 << 17);
        CopyIn copy;
        long read;
        long rejected;
        long staged;
        /** Seconds each step took, logged at the end: where a large import spends its time. */
        final Map<String, Double> steps = new LinkedHashMap<>();
        long stepStarted = System.nanoTime();

        void step(String name) {
            long now = System.nanoTime();
            steps.put(name, (now - stepStarted) / 1e9);
            stepStarted = now;
        }

        long jobRecorded = System.nanoTime();

        Run(CorridorUser user, UUID operationId, FlowCountRules rules, Progress progress) {
            this.user = user;
            this.operationId = operationId;
            this.rules = rules;
            this.progress = progress;
            Map<String, UUID> countryByIso2 = new HashMap<>();
            for (CountrySummary country : directory.countries()) {
                countryByIso2.put(country.iso2().toUpperCase(Locale.ROOT), country.id());
                countryByCode.put(country.iso2().toUpperCase(Locale.ROOT), country.id());
                if (country.iso3() != null) {
                    countryByCode.put(country.iso3().toUpperCase(Locale.ROOT), country.id());
                }
            }
            for (LocationSummary location : directory.locations()) {
                locationByCode.put(location.code().toUpperCase(Locale.ROOT), location);
                locationByName.putIfAbsent(location.name().trim().toLowerCase(Locale.ROOT), location);
            }
            for (OrganisationSummary organisation : directory.organisations()) {
                sourceByName.put(organisation.name().trim().toLowerCase(Locale.ROOT), organisation.id());
                if (organisation.acronym() != null && !organisation.acronym().isBlank()) {
                    sourceByName.put(organisation.acronym().trim().toLowerCase(Locale.ROOT), organisation.id());
                }
            }
        }

        Report execute(Path file, TableFormat format, boolean dryRun) {
            jobs.progress(jobId, 0, ImportJobs.Step.READING);
            // Grouping and joining a million staged rows fits in memory at this size instead of spilling to disk.
            jdbc.sql("set local work_mem = '64MB'").update();
            jdbc.sql("create temp table flow_import_staging (line bigint, id uuid, period_kind text,"
                    + " period_start date, period_end date, country_id uuid, location_id uuid, direction text,"
                    + " source_organisation_id uuid, total integer, men integer, women integer, children integer,"
                    + " unaccompanied_minors integer, nationalities jsonb, distribution_level text) on commit drop")
                    .update();
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                copy = connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy flow_import_staging (" + STAGING_COLUMNS + ") from stdin");
                TableReader.read(file, format, problems, this);
                flush();
                copy.endCopy();
            } catch (SQLException | IOException e) {
                throw new IllegalStateException(e.getMessage(), e);
            } finally {
                try {
                    if (copy != null && copy.isActive()) {
                        copy.cancelCopy();
                    }
                } catch (SQLException e) {
                    // the transaction is rolled back anyway
                }
            }
            progress.rowsRead(read);
            progress.checking(read);
            jobs.progress(jobId, read, ImportJobs.Step.CHECKING);
            step("read, check rows and stage");
            jdbc.sql("analyze flow_import_staging").update();
            step("analyze");
            duplicatesInFile();
            step("duplicates in file");
            matchExisting();
            step("match existing counts");
            keysOfOtherOperations();
            if (problems.hasErrors() || read == 0) {
                if (read == 0 && !problems.hasErrors()) {
                    problems.error(0, "", "", message("flow.import.empty"));
                }
                return new Report(jobId, ImportJobs.Status.REJECTED, format, read, 0, 0, 0, Math.max(rejected, 1),
                        problems);
            }
            if (!dryRun) {
                jobs.progress(jobId, read, ImportJobs.Step.WRITING);
            }
            long[] written = dryRun ? dryRunCounts() : write();
            log.info("Flow import {}: {} rows, {} s", jobId, read, steps);
            return new Report(jobId, dryRun ? ImportJobs.Status.CHECKED : ImportJobs.Status.WRITTEN, format, read,
                    written[0], written[1], written[2], 0, problems);
        }

        @Override
        public void columns(List<TableColumn> found) {
            for (TableColumn column : found) {
                Optional<Field> field = column.tag() != null ? fieldOf(column.tag())
                        : column.header().isBlank() ? Optional.empty() : fieldOf(column.header());
                boolean tagged = found.stream().anyMatch(c -> c.tag() != null);
                if (field.isEmpty()) {
                    if (column.tag() != null || (!tagged && !column.header().isBlank())) {
                        problems.note(0, column.label(), column.label(), message("flow.import.unknownColumn"));
                    }
                } else if (columns.containsKey(field.get())) {
                    problems.note(0, column.label(), column.label(), message("flow.import.repeatedColumn",
                            columns.get(field.get()).label()));
                } else {
                    columns.put(field.get(), column);
                }
            }
            if (!columns.containsKey(Field.TOTAL)) {
                problems.error(0, "", "", message("flow.import.noTotalColumn"));
            }
            if (!columns.containsKey(Field.DATE) && !columns.containsKey(Field.PERIOD_START)) {
                problems.error(0, "", "", message("flow.import.noDateColumn"));
            }
        }

        @Override
        public void row(TableRow row) {
            read++;
            if (read % PROGRESS_EVERY == 0) {
                progress.rowsRead(read);
                // The job's record is what a page polls; once a second is often enough and costs nothing.
                if (System.nanoTime() - jobRecorded > 1_000_000_000L) {
                    jobs.progress(jobId, read, ImportJobs.Step.READING);
                    jobRecorded = System.nanoTime();
                }
            }
            long errorsBefore = problems.errorCount();
            FlowCountDraft draft = draft(row);
            if (problems.errorCount() == errorsBefore) {
                FlowCountDraft complete = rules.completed(draft);
                for (Problem problem : rules.problems(complete)) {
                    TableColumn column = columnOf(problem.field());
                    problems.error(row.line(), column == null ? problem.field() : column.label(),
                            column == null ? "" : row.value(column), message(problem.code(), problem.arguments()));
                }
                if (problems.errorCount() == errorsBefore) {
                    stage(row.line(), complete);
                }
            }
            if (problems.errorCount() > errorsBefore) {
                rejected++;
            }
        }

        private FlowCountDraft draft(TableRow row) {
            LocalDate day = date(row, Field.DATE);
            LocalDate start = date(row, Field.PERIOD_START);
            LocalDate end = date(row, Field.PERIOD_END);
            PeriodKind kind = enumValue(row, Field.PERIOD, PeriodKind.class);
            UUID location = null;
            String code = value(row, Field.LOCATION_CODE);
            String name = value(row, Field.LOCATION_NAME);
            if (!code.isEmpty()) {
                LocationSummary found = locationByCode.get(code.toUpperCase(Locale.ROOT));
                location = found == null ? null : found.id();
                if (found == null) {
                    error(row, Field.LOCATION_CODE, "flow.error.unknownLocation");
                }
            } else if (!name.isEmpty()) {
                LocationSummary found = locationByName.get(name.toLowerCase(Locale.ROOT));
                location = found == null ? null : found.id();
                if (found == null) {
                    error(row, Field.LOCATION_NAME, "flow.error.unknownLocation");
                }
            }
            UUID country = null;
            String countryCode = value(row, Field.COUNTRY);
            if (!countryCode.isEmpty()) {
                country = countryByCode.get(countryCode.toUpperCase(Locale.ROOT));
                if (country == null) {
                    error(row, Field.COUNTRY, "flow.import.unknownCountry");
                }
            }
            UUID source = null;
            String sourceName = value(row, Field.SOURCE);
            if (!sourceName.isEmpty() && !isOwnObservation(sourceName)) {
                source = sourceByName.get(sourceName.toLowerCase(Locale.ROOT));
                if (source == null) {
                    error(row, Field.SOURCE, "flow.error.unknownSource");
                }
            }
            Direction direction = enumValue(row, Field.DIRECTION, Direction.class);
            DistributionLevel level = enumValue(row, Field.DISTRIBUTION, DistributionLevel.class);
            return new FlowCountDraft(operationId, kind, start != null ? start : day, end, country, location, direction,
                    source, number(row, Field.TOTAL), number(row, Field.MEN), number(row, Field.WOMEN),
                    number(row, Field.CHILDREN), number(row, Field.UNACCOMPANIED), nationalities(row), level);
        }

        private boolean isOwnObservation(String source) {
            String s = source.trim().toLowerCase(Locale.ROOT);
            return s.equals("own") || s.equals("own observation") || s.equals("osce");
        }

        private String value(TableRow row, Field field) {
            TableColumn column = columns.get(field);
            return column == null ? "" : row.value(column);
        }

        private void error(TableRow row, Field field, String code, Object... arguments) {
            TableColumn column = columns.get(field);
            problems.error(row.line(), column.label(), row.value(column), message(code, arguments));
        }

        private LocalDate date(TableRow row, Field field) {
            String value = value(row, field);
            if (value.isEmpty()) {
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value);
                if (!PlausibleDates.contains(date)) {
                    error(row, field, "form.error.dateRange", PlausibleDates.EARLIEST, PlausibleDates.latest());
                    return null;
                }
                return date;
            } catch (DateTimeParseException e) {
                error(row, field, "flow.error.date");
                return null;
            }
        }

        private Integer number(TableRow row, Field field) {
            String value = value(row, field);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return Integer.valueOf(value.endsWith(".0") ? value.substring(0, value.length() - 2) : value);
            } catch (NumberFormatException e) {
                error(row, field, "flow.error.number");
                return null;
            }
        }

        private <E extends Enum<E>> E enumValue(TableRow row, Field field, Class<E> type) {
            String value = value(row, field);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                error(row, field, "flow.import.word", value, java.util.Arrays.toString(type.getEnumConstants()));
                return null;
            }
        }

        /** {@code SYR=120; AFG=80} */
        private Map<String, Integer> nationalities(TableRow row) {
            String value = value(row, Field.NATIONALITIES);
            Map<String, Integer> found = new TreeMap<>();
            if (value.isEmpty()) {
                return found;
            }
            for (String part : value.split("[;\\n]")) {
                if (part.isBlank()) {
                    continue;
                }
                String[] pair = part.split("=", 2);
                try {
                    found.merge(pair[0].trim(), Integer.valueOf(pair[1].trim()), Integer::sum);
                } catch (RuntimeException e) {
                    error(row, Field.NATIONALITIES, "flow.error.nationalitiesFormat");
                    return Map.of();
                }
            }
            return found;
        }

        private TableColumn columnOf(String draftField) {
            return switch (draftField) {
                case "periodStart" -> columns.getOrDefault(Field.PERIOD_START, columns.get(Field.DATE));
                case "periodEnd" -> columns.getOrDefault(Field.PERIOD_END, columns.get(Field.PERIOD));
                case "countryId" -> columns.get(Field.COUNTRY);
                case "locationId" -> columns.getOrDefault(Field.LOCATION_CODE, columns.get(Field.LOCATION_NAME));
                case "direction" -> columns.get(Field.DIRECTION);
                case "sourceOrganisationId" -> columns.get(Field.SOURCE);
                case "total" -> columns.get(Field.TOTAL);
                case "men" -> columns.get(Field.MEN);
                case "women" -> columns.get(Field.WOMEN);
                case "children" -> columns.get(Field.CHILDREN);
                case "unaccompaniedMinors" -> columns.get(Field.UNACCOMPANIED);
                case "nationalities" -> columns.get(Field.NATIONALITIES);
                default -> null;
            };
        }

        private void stage(long line, FlowCountDraft d) {
            StringBuilder b = buffer;
            b.append(line).append('\t').append(Ids.newId()).append('\t').append(d.periodKind().name()).append('\t')
                    .append(d.periodStart()).append('\t').append(d.periodKind().end(d.periodStart())).append('\t')
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

        /**
         * Rows whose key an earlier row of the file already has. Grouped by hashing, not sorted: the keys that occur
         * more than once are found in one pass over the staging table, and only their rows are looked at again.
         */
        private void duplicatesInFile() {
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
                        rejected++;
                        problems.error(rs.getLong("line"), key(), "", message("flow.import.duplicateInFile", String.valueOf(rs.getLong("first"))));
                    });
        }

        /**
         * Each staged row's count already in the database (same key), if any, with its operation and whether its
         * figures differ: one join of the file with the counts, which every later step reads instead of joining again.
         */
        private void matchExisting() {
            // Just after a large import the planner would still think flow_count small and match row by row through
            // the index (a minute for a million rows, instead of a second or two hashed): refresh its statistics first
            // when a tenth of it changed since they were taken, as autovacuum would a minute later.
            boolean stale = jdbc.sql("""
                    select coalesce(bool_or(n_mod_since_analyze > greatest(1000, n_live_tup / 10)), false)
                    from pg_stat_user_tables where relid = 'flow_count'::regclass""").query(Boolean.class).single();
            if (stale) {
                jdbc.sql("analyze flow_count").update();
            }
            jdbc.sql("create temp table flow_import_match on commit drop as"
                    + " select s.line, f.id, f.operation_id, f.distribution_level, " + DIFFERENT_FIGURES + " as differs"
                    + " from flow_import_staging s join flow_count f on " + SAME_KEY).update();
            jdbc.sql("analyze flow_import_match").update();
        }

        /**
         * Rows whose key another operation's count has. That operation is named, with what to do, only where the
         * importer may read its count; otherwise the row says that another operation recorded it, without details.
         */
        private void keysOfOtherOperations() {
            ReadScope scope = counts.scopeOf(user);
            Map<UUID, String> names = new HashMap<>();
            jdbc.sql("select line, operation_id, distribution_level from flow_import_match"
                            + " where operation_id <> :operation order by line")
                    .param("operation", operationId)
                    .query(rs -> {
                        rejected++;
                        UUID other = rs.getObject("operation_id", UUID.class);
                        boolean readable = scope.mayRead(other,
                                DistributionLevel.valueOf(rs.getString("distribution_level")));
                        problems.error(rs.getLong("line"), key(), "", readable
                                ? message("flow.error.keyOfNamedOperation",
                                        names.computeIfAbsent(other, counts::operationName))
                                : message("flow.error.keyOfOtherOperation"));
                    });
        }

        private String key() {
            return message("flow.import.keyColumns");
        }

        /** Whether a row changes a count; a row without a level keeps the count's. */
        private static final String DIFFERENT_FIGURES = """
                (f.total, f.men, f.women, f.children, f.unaccompanied_minors, f.nationalities, f.distribution_level)
                is distinct from
                (s.total, s.men, s.women, s.children, s.unaccompanied_minors, s.nationalities,
                 coalesce(s.distribution_level, f.distribution_level))""";

        private long[] dryRunCounts() {
            long existing = jdbc.sql("select count(*) from flow_import_match").query(Long.class).single();
            long changed = jdbc.sql("select count(*) from flow_import_match where differs").query(Long.class).single();
            return new long[] {staged - existing, changed, existing - changed};
        }

        /** Corrections first (audited one by one with before and after), then the new keys in one insert. */
        private long[] write() {
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
                jdbc.sql("""
                        update flow_count f set total = s.total, men = s.men, women = s.women, children = s.children,
                            unaccompanied_minors = s.unaccompanied_minors, nationalities = s.nationalities,
                            distribution_level = coalesce(s.distribution_level, f.distribution_level),
                            updated_at = now(), version = f.version + 1
                        from flow_import_staging s
                        where f.id = any(:ids) and""" + " " + SAME_KEY).param("ids", ids.toArray(UUID[]::new)).update();
                for (FlowCount after : jdbc.sql("select * from flow_count where id = any(:ids)")
                        .param("ids", ids.toArray(UUID[]::new)).query(counts.rowMapper()).list()) {
                    events.publishEvent(AuditableChange.updated("flow_count", after.id(), after.operationId(),
                            before.get(after.id()), after));
                }
                updated += ids.size();
            }
            step("write corrections");
            long created = insertNew();
            if (created >= 10_000) {
                // Statistics that know the new rows, from the moment they are committed: the next import (and every
                // query on the counts) is planned for the table as it now is, not as it was before this file.
                jdbc.sql("analyze flow_count").update();
            }
            step("insert new counts");
            if (created > 0) {
                // New counts are audited as one entry for the import (its job, file hash and number of counts),
                // not one entry a row: a million-row file would otherwise write a million audit entries.
                Map<String, Object> summary = new LinkedHashMap<>();
                summary.put("importJob", jobId.toString());
                summary.put("countsCreated", created);
                events.publishEvent(AuditableChange.created("flow_count_import", jobId, operationId, summary));
            }
            return new long[] {created, updated, existing - updated};
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
         * time of a million-row import). When the database lets us (our role may set session_replication_role, granted
         * to the application's role of the embedded database, which is no superuser; and flow_count has no triggers of
         * its own), the import checks them instead once for the whole
         * file: it locks each referenced operation, country, location and organisation as those per-row checks would
         * ({@code FOR KEY SHARE}, so none can be deleted before we commit), fails if any is gone, and only then
         * inserts with the per-row checks off ({@code session_replication_role = replica}) for that one statement.
         * CHECK constraints and the unique key still apply to every row.
         */
        private long insertNew() {
            if (!mayCheckReferencesOnce()) {
                return jdbc.sql(INSERT_NEW).param("operation", operationId).param("user", user.id())
                        .param("level", counts.defaultLevel(operationId).name()).update();
            }
            lockReferences();
            step("check and lock references");
            jdbc.sql("set local session_replication_role = replica").update();
            long created = jdbc.sql(INSERT_NEW).param("operation", operationId).param("user", user.id())
                    .param("level", counts.defaultLevel(operationId).name()).update();
            // Back on at once for the rest of the transaction (audit entries). Should the insert fail, the rollback
            // undoes the setting anyway.
            jdbc.sql("set local session_replication_role = origin").update();
            return created;
        }

        private boolean mayCheckReferencesOnce() {
            // SET on session_replication_role is granted to the application's role (PostgreSQL 15+, see
            // org.corridor.database.DatabaseGrants); a superuser has it anyway. has_parameter_privilege is PostgreSQL 15's too.
            int version = jdbc.sql("select current_setting('server_version_num')::int").query(Integer.class).single();
            if (version < 150000) {
                return false;
            }
            return jdbc.sql("""
                    select has_parameter_privilege('session_replication_role', 'SET')
                       and not exists (select 1 from pg_trigger where tgrelid = 'flow_count'::regclass and not tgisinternal)
                       and (select count(*) from pg_constraint where conrelid = 'flow_count'::regclass and contype = 'f') = 4""")
                    .query(Boolean.class).single();
        }

        /** Locks every row the new counts refer to; fails, so that nothing is written, if any of them is gone. */
        private void lockReferences() {
            // The few distinct references of the file, found in one pass over it.
            jdbc.sql("create temp table flow_import_reference on commit drop as select distinct country_id, location_id,"
                    + " source_organisation_id from flow_import_staging s"
                    + " where not exists (select 1 from flow_import_match m where m.line = s.line)").update();
            lock("field_operation", "select cast(:operation as uuid)");
            lock("country", "select distinct country_id from flow_import_reference");
            lock("location", "select distinct location_id from flow_import_reference where location_id is not null");
            lock("partner_organisation", "select distinct source_organisation_id from flow_import_reference"
                    + " where source_organisation_id is not null");
        }

        private void lock(String table, String referenced) {
            long wanted = jdbc.sql("select count(*) from (" + referenced + ") r").param("operation", operationId)
                    .query(Long.class).single();
            long locked = jdbc.sql("select count(*) from (select id from " + table + " where id in (" + referenced
                    + ") for key share) l").param("operation", operationId).query(Long.class).single();
            if (locked != wanted) {
                throw new ChangedMeanwhile(table + ": " + (wanted - locked)
                        + " of the records the file refers to were deleted while it was imported");
            }
        }

        private String message(String code, Object... arguments) {
            return FlowImport.this.message(code, arguments);
        }
    }

    String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, Locale.ENGLISH);
    }

    /** A record the file refers to was deleted while the file was imported. */
    private static final class ChangedMeanwhile extends RuntimeException {
        ChangedMeanwhile(String message) {
            super(message);
        }
    }
}
