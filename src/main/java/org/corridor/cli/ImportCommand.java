package org.corridor.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.UserAccounts;
import org.corridor.activities.ActivityImport;
import org.corridor.directory.Directory;
import org.corridor.directory.OperationSummary;
import org.corridor.flows.FlowImport;
import org.corridor.interchange.ImportFile;
import org.corridor.interchange.ImportJobs;
import org.corridor.interchange.ImportReport;
import org.corridor.interchange.ProblemLog;
import org.corridor.interchange.TableFormat;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "import", mixinStandardHelpOptions = true, description = "Import records from a file.",
        subcommands = {ImportCommand.Flows.class, ImportCommand.Activities.class})
class ImportCommand extends CommandGroup {

    /**
     * What every import on the command line shares: the file and its format, the dry run, the focal point importing
     * and the operation they import for. Exit codes: 0 imported or checked, 3 rejected, 1 could not run, 2 usage.
     */
    abstract static class FileImport extends CorridorCommand {

        static final int REJECTED = 3;

        @CommandLine.Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @CommandLine.Option(names = "--format", description = "csv, hxl or xlsx (default: detected from the file)")
        String format;

        @CommandLine.Option(names = "--dry-run", description = "check the whole file and report, write nothing")
        boolean dryRun;

        @CommandLine.Option(names = "--user", required = true,
                description = "the focal point importing (recorded in the import job and the audit log)")
        String username;

        @CommandLine.Option(names = "--operation",
                description = "code of the operation the records belong to (default: the user's only one)")
        String operationCode;

        /** Imports the file, read once for its hash and format; shows progress on {@code err}. */
        abstract ImportReport importFile(ConfigurableApplicationContext context, CorridorUser user, UUID operationId,
                ImportFile file, PrintWriter err) throws Exception;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = out();
            PrintWriter err = err();
            TableFormat chosen = null;
            if (format != null) {
                chosen = TableFormat.named(format).orElse(null);
                if (chosen == null) {
                    err.println("Unknown format " + format + ": use csv, hxl or xlsx.");
                    return 2;
                }
            }
            if (!Files.isReadable(file)) {
                err.println("Cannot read " + file + ".");
                return 1;
            }
            try (ConfigurableApplicationContext context = startCorridor()) {
                CorridorUser user = context.getBean(UserAccounts.class).findByUsername(username).orElse(null);
                if (user == null) {
                    err.println("No user " + username + ".");
                    return 1;
                }
                List<OperationSummary> operations = context.getBean(Directory.class).operations().stream()
                        .filter(o -> ImportJobs.mayImport(user, o.id()))
                        .filter(o -> operationCode == null || o.code().equalsIgnoreCase(operationCode)).toList();
                if (operations.size() != 1) {
                    err.println(operations.isEmpty()
                            ? username + " is not a focal point of " + (operationCode == null ? "any operation" : operationCode) + "."
                            : username + " imports for several operations: choose one with --operation.");
                    return 1;
                }
                long started = System.nanoTime();
                ImportReport outcome;
                try {
                    outcome = importFile(context, user, operations.get(0).id(),
                            ImportFile.of(file, file.getFileName().toString(), chosen), err);
                } catch (RuntimeException e) {
                    // A sentence, never the database's own message; the import recorded its job as FAILED already.
                    err.println(ImportJobs.failureReason(e));
                    return 1;
                }
                print(out, outcome, (System.nanoTime() - started) / 1e9);
                return switch (outcome.status()) {
                    case REJECTED -> REJECTED;
                    case FAILED -> 1;
                    default -> 0;
                };
            }
        }

        private static void print(PrintWriter out, ImportReport report, double seconds) {
            for (ProblemLog.Entry e : report.problems().entries()) {
                out.println((e.note() ? "note" : "error") + "\tline " + e.line() + "\t" + e.column() + "\t"
                        + e.value() + "\t" + e.reason());
            }
            if (report.problems().truncated()) {
                out.println("... only the first " + report.problems().capacity() + " problems are listed.");
            }
            out.printf("%s (%s, job %s): %d rows read, %d new, %d corrected, %d unchanged, %d rejected, %.1f s%n",
                    switch (report.status()) {
                        case WRITTEN -> "Imported";
                        case CHECKED -> "Checked, nothing written";
                        case FAILED -> "Failed, nothing written";
                        default -> "Rejected, nothing written";
                    }, report.format(), report.jobId(), report.rowsRead(), report.created(), report.updated(),
                    report.unchanged(), report.rowsRejected(), seconds);
            out.flush();
        }
    }

    @Command(name = "flows", mixinStandardHelpOptions = true,
            description = {"Import flow counts from a CSV, HXL-tagged CSV or XLSX file, all or nothing.",
                    "Exit codes: 0 imported (or checked, with --dry-run); 3 the file has problems and nothing was"
                            + " written (they are listed); 1 the import could not run (user, rights, file) or failed (nothing written);"
                            + " 2 wrong usage."})
    static class Flows extends FileImport {

        @Override
        ImportReport importFile(ConfigurableApplicationContext context, CorridorUser user, UUID operationId,
                ImportFile file, PrintWriter err) {
            ImportProgress progress = ImportProgress.of(err, file);
            try {
                return context.getBean(FlowImport.class).importFile(user, operationId, file, dryRun, progress);
            } finally {
                progress.close();
            }
        }
    }

    @Command(name = "activities", mixinStandardHelpOptions = true,
            description = {"Import activities from a CSV, HXL-tagged CSV or XLSX file in the columns of the activities"
                    + " export, all or nothing.",
                    "Exit codes: 0 imported (or checked, with --dry-run); 3 the file has problems and nothing was"
                            + " written (they are listed); 1 the import could not run (user, rights, file); 2 wrong usage."})
    static class Activities extends FileImport {

        @Override
        ImportReport importFile(ConfigurableApplicationContext context, CorridorUser user, UUID operationId,
                ImportFile file, PrintWriter err) {
            return context.getBean(ActivityImport.class).importFile(user, operationId, file, dryRun);
        }
    }
}
