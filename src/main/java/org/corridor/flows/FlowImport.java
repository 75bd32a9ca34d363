package org.corridor.flows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.directory.Directory;
import org.corridor.interchange.BulkWrites;
import org.corridor.interchange.ImportFile;
import org.corridor.interchange.ImportJobs;
import org.corridor.interchange.ImportKind;
import org.corridor.interchange.ImportReport;
import org.corridor.interchange.TableFormat;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a file of flow counts (CSV, HXL-tagged CSV or XLSX) for one operation, all or nothing, through the import
 * pipeline of {@link ImportJobs}.
 *
 * <p>The file is read once, streaming: each row is checked by the same rules as a count typed into the form and the
 * good ones staged ({@link FlowImportRun}); duplicates inside the file and keys another operation owns are then found
 * in SQL, so memory stays bounded whatever the file's size ({@link FlowImportStaging}). Only when nothing is wrong
 * (and it is not a dry run) are the rows written, set-based and in the same transaction: new keys inserted, changed
 * figures corrected (each correction audited with before and after), identical rows left alone, so a second import
 * changes nothing. A written file publishes {@link FlowCountsImported}.
 */
@Service
public class FlowImport {

    private final FlowCounts counts;
    private final Directory directory;
    private final ImportJobs jobs;
    private final JdbcClient jdbc;
    private final BulkWrites bulk;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final JsonMapper json;

    FlowImport(FlowCounts counts, Directory directory, ImportJobs jobs, JdbcClient jdbc, BulkWrites bulk,
            ApplicationEventPublisher events, MessageSource messages, JsonMapper json) {
        this.counts = counts;
        this.directory = directory;
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.events = events;
        this.messages = messages;
        this.json = json;
    }

    /**
     * Reads, checks and (unless {@code dryRun}) writes the file's counts for the operation, recording the import as a
     * job. Never throws for bad content: everything wrong is in the report.
     *
     * @param format the file's format, or null to detect it
     */
    public ImportReport importFile(CorridorUser user, UUID operationId, Path file, String fileName, TableFormat format,
            boolean dryRun, ImportJobs.Progress progress) throws IOException {
        return jobs.run(begin(user, operationId, file, fileName, format, dryRun, progress));
    }

    /** As {@link #importFile(CorridorUser, UUID, Path, String, TableFormat, boolean, ImportJobs.Progress)}, for a file read on arrival. */
    public ImportReport importFile(CorridorUser user, UUID operationId, ImportFile file, boolean dryRun,
            ImportJobs.Progress progress) {
        return jobs.run(begin(user, operationId, file, dryRun, progress));
    }

    /**
     * Starts importing the file in the background and answers at once with its job, whose progress and report a page
     * polls; the file is deleted once the import is done.
     */
    public UUID start(CorridorUser user, UUID operationId, ImportFile file, boolean dryRun) {
        ImportJobs.Begun begun = begin(user, operationId, file, dryRun, null);
        jobs.runInBackground(begun);
        return begun.jobId();
    }

    /**
     * Checks the user's rights and records the import's job, so that its id is known at once; the file is read by
     * {@link #run}, which must follow (the job stays marked running until it does).
     */
    public ImportJobs.Begun begin(CorridorUser user, UUID operationId, Path file, String fileName, TableFormat format,
            boolean dryRun, ImportJobs.Progress progress) throws IOException {
        checkMayImport(user, operationId);
        return begin(user, operationId, ImportFile.of(file, fileName, format), dryRun, progress);
    }

    private ImportJobs.Begun begin(CorridorUser user, UUID operationId, ImportFile file, boolean dryRun,
            ImportJobs.Progress progress) {
        checkMayImport(user, operationId);
        return jobs.begin(ImportKind.FLOWS, user, operationId, file, dryRun, progress, job -> {
            FlowImportStaging staging = new FlowImportStaging(job, counts, directory, jdbc, bulk, events, json,
                    this::message);
            return new FlowImportRun(job, counts.rules(), directory, staging, this::message);
        });
    }

    /** Reads, checks and (unless a dry run) writes the begun import's file, and records its outcome in the job. */
    public ImportReport run(ImportJobs.Begun begun) {
        return jobs.run(begun);
    }

    /** Whether the user may import the operation's counts: {@link ImportJobs#mayImport}, as for every import. */
    public static boolean mayImport(CorridorUser user, UUID operationId) {
        return ImportJobs.mayImport(user, operationId);
    }

    private static void checkMayImport(CorridorUser user, UUID operationId) {
        if (!ImportJobs.mayImport(user, operationId)) {
            throw new AccessDeniedException("Only focal points of the operation import its flow counts");
        }
    }

    String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, Locale.ENGLISH);
    }
}
