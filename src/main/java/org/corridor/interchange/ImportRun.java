package org.corridor.interchange;

import java.io.IOException;
import java.util.Optional;

/**
 * What a kind of import supplies for one file; {@link ImportJobs} does the rest, the same for every import: records
 * the job, reads the file, reports progress, runs it all in one transaction (rolled back unless written) and records
 * the outcome or the failure.
 *
 * <p>The run is given the file's columns, then each data row ({@link TableReader.Rows}): there it maps its columns
 * and checks each row by its rules, adding what is wrong to the job's {@link ImportJobs.Running#problems()}. Once the
 * file is read it checks the file as a whole ({@link #check()}) and, when nothing is wrong and it is not a dry run,
 * writes its checked rows ({@link #write()}).
 */
public interface ImportRun extends TableReader.Rows {

    /**
     * Reads the file: by default just that; an import that stages its rows while reading opens its staging before
     * and closes it after. In the import's transaction.
     */
    default void read(Reading reading) throws IOException {
        reading.read();
    }

    /** Reads the file's rows into the run. */
    @FunctionalInterface
    interface Reading {
        void read() throws IOException;
    }

    /** Once the file is read (never for a file without rows): the checks of the file as a whole. */
    void check();

    /** The rows rejected, once checked. */
    long rowsRejected();

    /** What writing would do, for a dry run whose file has no problems. */
    Counts wouldWrite();

    /** Writes the checked rows; a problem it adds rejects the file, and nothing is written. */
    Counts write();

    /** The sentence for a file without rows. */
    String emptyFile();

    /**
     * A failure that means someone changed the records meanwhile (a race, not a fault), said as a sentence to the
     * importer; empty for any other failure, which the pipeline logs and reports as failed.
     */
    default Optional<String> changedMeanwhile(RuntimeException failure) {
        return Optional.empty();
    }

    /** What an import writes (or would): new records, corrected ones, and rows identical to their record. */
    record Counts(long created, long updated, long unchanged) {
    }
}
