package org.corridor.interchange;

import jakarta.annotation.Nullable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.corridor.accounts.CorridorUser;
import org.corridor.kernel.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one pipeline every import runs through, and the record of every import: who ran it, when, on which file
 * (name and SHA-256), what came of it (rows read, written, unchanged, rejected) and its problems. The record is
 * written in transactions of its own, so the record of a rejected or failed import stays when the import itself is
 * rolled back.
 *
 * <p>An import ({@link ImportRun}) supplies its columns, its row rules and how its checked rows are written; here its
 * job is started ({@link #begin}), its file read ({@link ImportFile}, {@link TableReader}) with progress reported,
 * checked and written in one transaction ({@link #run}, or {@link #runInBackground} for a page that polls the job),
 * and its outcome or failure recorded.
 *
 * <p>While a job runs, the process running it holds a PostgreSQL advisory lock named after the job on a connection
 * of its own. If that process dies (a restart, a crash), PostgreSQL drops the lock with the connection, and the next
 * look at the job records it as stopped instead of showing it running for ever. This works across processes: a
 * page of the server sees an import the command line runs.
 */
@Service
public class ImportJobs {

    /** RUNNING while it reads; then WRITTEN, CHECKED (a dry run without errors), REJECTED (errors, nothing written) or FAILED. */
    public enum Status {
        RUNNING, WRITTEN, CHECKED, REJECTED, FAILED
    }

    /** An import as recorded. */
    public record ImportJob(UUID id, UUID operationId, ImportKind kind, TableFormat format, String fileName, String sha256,
            boolean dryRun, Status status, long rowsRead, long rowsWritten, @Nullable Long rowsCorrected,
            long rowsUnchanged, long rowsRejected,
            UUID startedBy, Instant startedAt, Instant finishedAt, Step step) {
    }

    /** What a running import is doing; null before it reports and once it is finished. */
    public enum Step {
        READING, CHECKING, WRITING
    }

    /** What an import found: counts of rows ({@code rowsCorrected} of the rows written), and its problems. */
    public record Outcome(Status status, long rowsRead, long rowsWritten, long rowsCorrected, long rowsUnchanged,
            long rowsRejected) {
    }

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    /** Told on the report of a job whose process stopped before it recorded an outcome. */
    public static final String STOPPED = "Corridor stopped while this import ran (a restart or a crash), before the"
            + " import recorded its outcome. An import writes all its rows or none: import the same file again;"
            + " rows that are already in are found unchanged.";

    /** The first key of the advisory locks of running jobs (the second is taken from the job's id). */
    static final int LOCK_SPACE = 0x1A0B_0001;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    /** The connections holding the locks of the jobs this process runs. */
    private final ConcurrentHashMap<UUID, Connection> running = new ConcurrentHashMap<>();
    /** Set when the server begins to stop: running imports then end at their next report of progress. */
    private volatile boolean stopping;

    /** Told on the report of a job that ended because its server was stopped (e.g. to be upgraded or moved). */
    public static final String SERVER_STOPPED = "Corridor was stopped while it ran (e.g. a restart of its server);"
            + " import the same file again.";

    /** Thrown to an import that reports its progress while its server stops; the import is rolled back. */
    public static final class ServerStopping extends RuntimeException {
        ServerStopping() {
            super(SERVER_STOPPED);
        }
    }

    private final TransactionTemplate ownTransaction;
    /** The import's own transaction: reading, checking and writing, committed only when the file is written. */
    private final TransactionTemplate importTransaction;
    private final ObjectProvider<TaskExecutor> executor;

    ImportJobs(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
            @Qualifier("applicationTaskExecutor") ObjectProvider<TaskExecutor> executor) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.importTransaction = new TransactionTemplate(transactions);
        this.executor = executor;
    }

    /** Imports are the focal points' (DESIGN.md: "FOCAL_POINT ... imports"), whatever they import. */
    public static boolean mayImport(CorridorUser user, UUID operationId) {
        return operationId != null && user.mayEditAnyRecordOf(operationId);
    }

    /** How often, in rows, a running import tells its {@link Progress} how far it has read. */
    public static final int PROGRESS_EVERY = 10_000;

    /**
     * Told how far reading has come (every {@link #PROGRESS_EVERY} rows and at the end), and when reading is over and
     * the file is checked as a whole and, if fit, written.
     */
    public interface Progress {
        void rowsRead(long rows);

        default void checking(long rows) {
        }

        Progress NONE = rows -> { };
    }

    /** A job as its import runs: who imports which file for which operation, its problems and rows read so far. */
    public static final class Running {
        private final ImportKind kind;
        private final CorridorUser user;
        private final UUID operationId;
        private final ImportFile file;
        private final boolean dryRun;
        private final Progress progress;
        private final ProblemLog problems = new ProblemLog();
        private UUID id;
        private long rowsRead;

        private Running(ImportKind kind, CorridorUser user, UUID operationId, ImportFile file, boolean dryRun,
                Progress progress) {
            this.kind = kind;
            this.user = user;
            this.operationId = operationId;
            this.file = file;
            this.dryRun = dryRun;
            this.progress = progress == null ? Progress.NONE : progress;
        }

        /** The job's id; null while the run is built, before the job is recorded. */
        public UUID id() {
            return id;
        }

        public ImportKind kind() {
            return kind;
        }

        public CorridorUser user() {
            return user;
        }

        public UUID operationId() {
            return operationId;
        }

        public ImportFile file() {
            return file;
        }

        public boolean dryRun() {
            return dryRun;
        }

        public ProblemLog problems() {
            return problems;
        }

        /** Data rows read so far. */
        public long rowsRead() {
            return rowsRead;
        }
    }

    /** An import whose job is recorded (and marked running) but whose file is not read yet: {@link #run} it. */
    public static final class Begun {
        private final Running job;
        private final ImportRun run;

        private Begun(Running job, ImportRun run) {
            this.job = job;
            this.run = run;
        }

        public UUID jobId() {
            return job.id;
        }
    }

    /**
     * Records the import's job, so that a page can point to it at once; the file is read by {@link #run}, which must
     * follow (the job stays marked running until it does). The run is built first, before the job holds its lock.
     * The caller has checked {@link #mayImport}.
     */
    public Begun begin(ImportKind kind, CorridorUser user, UUID operationId, ImportFile file, boolean dryRun,
            Progress progress, java.util.function.Function<Running, ImportRun> importer) {
        Running job = new Running(kind, user, operationId, file, dryRun, progress);
        ImportRun run = importer.apply(job);
        job.id = start(user.id(), operationId, kind, file.format(), file.name(), file.sha256(), dryRun);
        return new Begun(job, run);
    }

    /**
     * Reads, checks and (unless a dry run) writes the begun import's file in one transaction, and records its outcome
     * in the job. Never throws for bad content or a failure of the database: everything is in the report.
     */
    public ImportReport run(Begun begun) {
        Running job = begun.job;
        ImportRun run = begun.run;
        try {
            ImportReport report = importTransaction.execute(status -> {
                ImportReport done = execute(job, run);
                if (job.dryRun || done.status() != Status.WRITTEN) {
                    status.setRollbackOnly();
                }
                return done;
            });
            finish(job.id, new Outcome(report.status(), report.rowsRead(), report.created() + report.updated(),
                    report.updated(), report.unchanged(), report.rowsRejected()), report.problems());
            return report;
        } catch (RuntimeException | Error e) {
            // Recorded as FAILED at once, with a sentence saying why (the database's own words go to the log only).
            Optional<String> raced = e instanceof RuntimeException failure ? run.changedMeanwhile(failure)
                    : Optional.empty();
            if (raced.isPresent()) {
                job.problems.error(0, "", "", raced.get());
            } else if (e instanceof UncheckedIOException unreadable) {
                job.problems.error(0, "", "", "The file could not be read: " + unreadable.getCause().getMessage()
                        + ". Nothing was written.");
            } else {
                log.error("{} import {} failed; nothing was written", job.kind, job.id, e);
                job.problems.error(0, "", "", failureReason(e));
            }
            finish(job.id, new Outcome(Status.FAILED, job.rowsRead, 0, 0, 0, 0), job.problems);
            if (e instanceof Error error) {
                throw error;
            }
            return new ImportReport(job.id, Status.FAILED, job.file.format(), job.rowsRead, 0, 0, 0, 0, job.problems);
        }
    }

    /**
     * Runs the begun import in the background (its progress and outcome recorded in the job, which a page polls),
     * and deletes its file when it is done.
     */
    public void runInBackground(Begun begun) {
        executor.getObject().execute(() -> {
            try {
                run(begun);
            } catch (RuntimeException e) {
                log.warn("{} import of {} failed: {}", begun.job.kind, begun.job.file.name(), e.toString());
            } finally {
                try {
                    begun.job.file.close();
                } catch (IOException e) {
                    log.warn("Could not delete {}: {}", begun.job.file.path(), e.toString());
                }
            }
        });
    }

    private ImportReport execute(Running job, ImportRun run) {
        progress(job.id, 0, Step.READING);
        TableReader.Rows counted = new TableReader.Rows() {
            long jobRecorded = System.nanoTime();

            @Override
            public void columns(List<TableColumn> columns) {
                run.columns(columns);
            }

            @Override
            public void row(TableRow row) {
                long read = ++job.rowsRead;
                if (read % PROGRESS_EVERY == 0) {
                    job.progress.rowsRead(read);
                    // The job's record is what a page polls; once a second is often enough and costs nothing.
                    if (System.nanoTime() - jobRecorded > 1_000_000_000L) {
                        progress(job.id, read, Step.READING);
                        jobRecorded = System.nanoTime();
                    }
                }
                run.row(row);
            }
        };
        try {
            run.read(() -> TableReader.read(job.file, job.problems, counted));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long read = job.rowsRead;
        job.progress.rowsRead(read);
        job.progress.checking(read);
        progress(job.id, read, Step.CHECKING);
        if (read > 0) {
            run.check();
        }
        if (read == 0 && !job.problems.hasErrors()) {
            job.problems.error(0, "", "", run.emptyFile());
        }
        if (job.problems.hasErrors()) {
            return rejected(job, run);
        }
        if (job.dryRun) {
            return report(job, Status.CHECKED, run.wouldWrite());
        }
        progress(job.id, read, Step.WRITING);
        ImportRun.Counts written = run.write();
        return job.problems.hasErrors() ? rejected(job, run) : report(job, Status.WRITTEN, written);
    }

    private static ImportReport rejected(Running job, ImportRun run) {
        return new ImportReport(job.id, Status.REJECTED, job.file.format(), job.rowsRead, 0, 0, 0,
                Math.max(run.rowsRejected(), 1), job.problems);
    }

    private static ImportReport report(Running job, Status status, ImportRun.Counts counts) {
        return new ImportReport(job.id, status, job.file.format(), job.rowsRead, counts.created(), counts.updated(),
                counts.unchanged(), 0, job.problems);
    }

    /**
     * What to tell the user when an import failed for a reason other than its file: a sentence, never the database's
     * own message (which names tables and SQL); the details go to the log with the job's id.
     */
    public static String failureReason(Throwable failure) {
        if (failure instanceof ServerStopping) {
            return SERVER_STOPPED;
        }
        String sqlState = null;
        for (Throwable cause = failure; cause != null && sqlState == null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                sqlState = sql.getSQLState();
            }
        }
        String why;
        if (failure instanceof OutOfMemoryError) {
            why = "Corridor ran out of memory";
        } else if (sqlState == null) {
            why = "an unexpected error (" + failure.getClass().getSimpleName() + ")";
        } else if (sqlState.startsWith("08")) {
            why = "the connection to the database was lost";
        } else if (sqlState.startsWith("53")) {
            why = "the database ran out of resources (disk space, memory or connections)";
        } else if (sqlState.startsWith("40")) {
            why = "it conflicted with another change made at the same time";
        } else if (sqlState.equals("57014")) {
            why = "the database cancelled it (a time limit was reached)";
        } else if (sqlState.startsWith("57")) {
            why = "the database was shutting down or restarting";
        } else if (sqlState.equals("42501")) {
            why = "the database refused Corridor's role a right it needs (see the README, \"Database roles\")";
        } else {
            why = "the database refused it (error " + sqlState + ")";
        }
        return "The import failed and nothing was written: " + why + ". Import the file again; if it fails again,"
                + " the administrator finds the details in Corridor's log.";
    }

    /** The file's SHA-256 in hex, read streaming. */
    public static String sha256(Path file) throws IOException {
        return ImportFile.of(file, file.getFileName().toString(), TableFormat.CSV).sha256();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public UUID start(UUID startedBy, UUID operationId, ImportKind kind, TableFormat format, String fileName, String sha256,
            boolean dryRun) {
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into import_job (id, operation_id, kind, format, file_name, file_sha256, dry_run, status,
                    started_by, started_at)
                values (:id, :operation, :kind, :format, :fileName, :sha256, :dryRun, 'RUNNING', :startedBy, now())""")
                .param("id", id).param("operation", operationId).param("kind", kind.name()).param("format", format.name())
                .param("fileName", fileName).param("sha256", sha256).param("dryRun", dryRun)
                .param("startedBy", startedBy).update();
        hold(id);
        return id;
    }

    private void hold(UUID id) {
        try {
            Connection connection = dataSource.getConnection();
            try {
                advisoryLock(connection, "pg_advisory_lock", id);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            running.put(id, connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not mark import " + id + " as running", e);
        }
    }

    private void release(UUID id) {
        Connection connection = running.remove(id);
        if (connection == null) {
            return;
        }
        try (connection) {
            advisoryLock(connection, "pg_advisory_unlock", id);
        } catch (SQLException e) {
            // The connection is broken (its lock went with it); the pool drops broken connections.
        }
    }

    private static void advisoryLock(Connection connection, String function, UUID id) throws SQLException {
        try (var statement = connection.prepareStatement("select " + function + "(?, ?)")) {
            statement.setInt(1, LOCK_SPACE);
            statement.setInt(2, lockKey(id));
            statement.execute();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }

    /** Version 7 ids end in random bits; two jobs running at once share a key once in four billion times. */
    static int lockKey(UUID id) {
        return (int) id.getLeastSignificantBits();
    }

    /**
     * Records how far a running import has come, committed at once so that a page can show it while the import's
     * own transaction is still open. Written on the connection that holds the job's lock (autocommit), so that an
     * import needs two connections, not three. Best effort: a failed write of progress does not fail the import.
     * A job this process does not run (finished, or another process's) is left as it is.
     */
    public void progress(UUID id, long rowsRead, Step step) {
        Connection held = running.get(id);
        if (held == null) {
            return;
        }
        if (stopping) {
            throw new ServerStopping();
        }
        try (var statement = held.prepareStatement(
                "update import_job set rows_read = ?, step = ? where id = ? and status = 'RUNNING'")) {
            statement.setLong(1, rowsRead);
            statement.setString(2, step.name());
            statement.setObject(3, id);
            statement.executeUpdate();
            if (!held.getAutoCommit()) {
                held.commit();
            }
        } catch (SQLException e) {
            log.warn("Could not record the progress of import {}: {}", id, e.toString());
        }
    }

    /**
     * The server begins to stop (before the web server and the pool close): each running import ends at its next
     * report of progress (within a second while it reads, before it writes), rolls back and records FAILED with
     * {@link #SERVER_STOPPED}, so that it neither holds up the stop nor writes anything afterwards. An import that
     * is stopped harder (kill -9) is settled as {@link #STOPPED} by whichever server looks at it next.
     */
    @org.springframework.context.event.EventListener(org.springframework.context.event.ContextClosedEvent.class)
    void serverStopping() {
        stopping = true;
        if (running.isEmpty()) {
            return;
        }
        log.info("Stopping with {} import(s) running: they end now, writing nothing", running.size());
        // The pool closes after this: wait a moment so that each import can roll back and record why it ended.
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        while (!running.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** How long a stopping server waits for its imports to end; one still in a long statement is cut off after. */
    private static final java.time.Duration STOP_WAIT = java.time.Duration.ofSeconds(10);

    /**
     * Records the outcome and the kept problems (replacing any recorded before), in a transaction of its own. Should
     * that fail, the job is still recorded as FAILED with a sentence saying its outcome could not be recorded, so that
     * it does not stay RUNNING and later pass for one stopped by a restart.
     */
    public void finish(UUID id, Outcome outcome, ProblemLog problems) {
        try {
            ownTransaction.executeWithoutResult(status -> record(id, outcome, problems));
        } catch (RuntimeException e) {
            log.error("Could not record the outcome ({}) of import {}", outcome.status(), id, e);
            ownTransaction.executeWithoutResult(status -> recordFailed(id, outcome.rowsRead(), failureReason(e)));
        } finally {
            release(id);
        }
    }

    private void recordFailed(UUID id, long rowsRead, String reason) {
        jdbc.sql("""
                update import_job set status = 'FAILED', rows_read = :read, rows_written = 0, rows_corrected = 0, rows_unchanged = 0,
                    rows_rejected = 0, finished_at = now(), step = null where id = :id""")
                .param("id", id).param("read", rowsRead).update();
        jdbc.sql("delete from import_problem where job_id = :id").param("id", id).update();
        jdbc.sql("""
                insert into import_problem (job_id, position, line, column_name, value, reason)
                values (:id, 0, 0, '', '', :reason)""").param("id", id).param("reason", reason).update();
    }

    /** No text in PostgreSQL may hold NUL: a problem quoting such a value must still be recorded. */
    private static String storable(String text) {
        return text == null ? null : text.replace('\0', '\uFFFD');
    }

    private void record(UUID id, Outcome outcome, ProblemLog problems) {
        jdbc.sql("""
                update import_job set status = :status, rows_read = :read, rows_written = :written,
                    rows_corrected = :corrected, rows_unchanged = :unchanged, rows_rejected = :rejected, finished_at = now(), step = null
                where id = :id""")
                .param("id", id).param("status", outcome.status().name()).param("read", outcome.rowsRead())
                .param("written", outcome.rowsWritten()).param("corrected", outcome.rowsCorrected())
                .param("unchanged", outcome.rowsUnchanged())
                .param("rejected", outcome.rowsRejected()).update();
        jdbc.sql("delete from import_problem where job_id = :id").param("id", id).update();
        int position = 0;
        for (ProblemLog.Entry entry : problems.entries()) {
            jdbc.sql("""
                    insert into import_problem (job_id, position, line, column_name, value, reason)
                    values (:id, :position, :line, :column, :value, :reason)""")
                    .param("id", id).param("position", position++).param("line", entry.line())
                    .param("column", storable(entry.column())).param("value", storable(entry.value()))
                    .param("reason", storable((entry.note() ? NOTE : "") + entry.reason())).update();
        }
    }

    /** Notes (reported, not blocking) are kept with this prefix, as the problem table has no column for it. */
    static final String NOTE = "Note: ";

    /**
     * The job as recorded. A job recorded as running whose process no longer holds its lock stopped without
     * recording an outcome: it is recorded as FAILED, with {@link #STOPPED} as its problem, and returned so.
     */
    public Optional<ImportJob> find(UUID id) {
        Optional<ImportJob> job = read(id);
        if (job.isPresent() && job.get().status() == Status.RUNNING && !isHeld(id)) {
            settleStopped(id);
            return read(id);
        }
        return job;
    }

    /** Records a running job whose process is gone as FAILED with {@link #STOPPED}: one statement, so all or nothing. */
    private void settleStopped(UUID id) {
        jdbc.sql("""
                with stopped as (update import_job set status = 'FAILED', finished_at = now(), step = null
                                 where id = :id and status = 'RUNNING' returning id)
                insert into import_problem (job_id, position, line, column_name, value, reason)
                select id, (select count(*) from import_problem where job_id = :id), 0, '', '', :reason from stopped""")
                .param("id", id).param("reason", STOPPED).update();
    }

    private boolean isHeld(UUID id) {
        return jdbc.sql("""
                select exists (select 1 from pg_locks where locktype = 'advisory' and classid = :space
                                  and objid = :key and objsubid = 2 and granted)""")
                .param("space", Integer.toUnsignedLong(LOCK_SPACE)).param("key", Integer.toUnsignedLong(lockKey(id)))
                .query(Boolean.class).single();
    }

    private Optional<ImportJob> read(UUID id) {
        return jdbc.sql("select * from import_job where id = :id").param("id", id).query(ImportJobs::job).optional();
    }

    /**
     * The latest jobs of a kind for the given operations, and those the user started, newest first; a job left
     * running by a process that stopped is settled first (see {@link #find}).
     */
    public List<ImportJob> recent(ImportKind kind, Collection<UUID> operationIds, UUID startedBy, int limit) {
        return jdbc.sql("""
                select * from import_job where kind = :kind and (operation_id = any(:operations) or started_by = :user)
                order by started_at desc limit :limit""")
                .param("kind", kind.name()).param("operations", operationIds.toArray(UUID[]::new)).param("user", startedBy)
                .param("limit", limit).query(ImportJobs::job).list().stream()
                .map(job -> job.status() == Status.RUNNING ? find(job.id()).orElse(job) : job).toList();
    }

    private static ImportJob job(java.sql.ResultSet rs, int row) throws SQLException {
        return new ImportJob(rs.getObject("id", UUID.class), rs.getObject("operation_id", UUID.class),
                ImportKind.valueOf(rs.getString("kind")), TableFormat.valueOf(rs.getString("format")), rs.getString("file_name"),
                rs.getString("file_sha256"), rs.getBoolean("dry_run"), Status.valueOf(rs.getString("status")),
                rs.getLong("rows_read"), rs.getLong("rows_written"), rs.getObject("rows_corrected", Long.class),
                rs.getLong("rows_unchanged"),
                rs.getLong("rows_rejected"), rs.getObject("started_by", UUID.class),
                instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("finished_at")),
                rs.getString("step") == null ? null : Step.valueOf(rs.getString("step")));
    }

    /** The recorded problems of a job as the CSV a report page offers: line, column, value, reason, kind. */
    public void writeProblemsCsv(UUID id, java.io.OutputStream out) throws IOException {
        List<ProblemLog.Entry> entries = problems(id);
        TableExport.csv(out, List.of("line", "column", "value", "reason", "kind"), sink -> {
            for (ProblemLog.Entry e : entries) {
                sink.row(List.of(e.line(), String.valueOf(e.column()), String.valueOf(e.value()), e.reason(),
                        e.note() ? "note" : "error"));
            }
        });
    }

    /** The recorded problems of a job, in the order found. */
    public List<ProblemLog.Entry> problems(UUID id) {
        return jdbc.sql("select * from import_problem where job_id = :id order by position").param("id", id)
                .query((rs, n) -> {
                    String reason = rs.getString("reason");
                    boolean note = reason.startsWith(NOTE);
                    long line = rs.getLong("line");
                    return new ProblemLog.Entry(line, rs.getString("column_name"), rs.getString("value"),
                            note ? reason.substring(NOTE.length()) : reason, note);
                }).list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
