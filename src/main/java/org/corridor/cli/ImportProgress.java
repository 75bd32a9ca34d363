package org.corridor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.corridor.interchange.ImportFile;
import org.corridor.interchange.ImportJobs;
import org.corridor.interchange.TableFormat;

/**
 * Shows on standard error how far an import has read. On a terminal, one line redrawn in place at most four times a
 * second: a bar when the number of rows can be estimated (text files: their line count), else the rows read. Anywhere
 * else (a log, a pipe) plain lines, at most one every five seconds, so a log is not flooded.
 */
final class ImportProgress implements ImportJobs.Progress {

    static final long TERMINAL_EVERY_NANOS = 250_000_000L;
    static final long PLAIN_EVERY_NANOS = 5_000_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final long expectedRows;
    private final LongSupplier clock;
    private long shownAt;
    private boolean shownOnce;
    private boolean lineOpen;

    ImportProgress(PrintWriter err, boolean terminal, long expectedRows, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.expectedRows = expectedRows;
        this.clock = clock;
    }

    /** For the file about to be imported, on the real standard error; its lines were counted as it was hashed. */
    static ImportProgress of(PrintWriter err, ImportFile file) {
        boolean terminal = stderrIsTerminal() && !"dumb".equals(System.getenv("TERM"));
        long expected = file.format() == TableFormat.XLSX ? 0 : file.lines() - 1;
        return new ImportProgress(err, terminal, expected, System::nanoTime);
    }

    /**
     * Whether standard error is a terminal. Java only tells whether standard input and output both are
     * ({@code System.console()}), which is false for {@code corridor import flows f.csv > report.txt}, where the
     * bar still belongs on the terminal; on Linux the descriptor's link says it.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** Newlines in the file: the rows of a text table, give or take its header and quoted line breaks. */
    static long lineCount(Path file) {
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return lines;
    }

    @Override
    public void rowsRead(long rows) {
        long now = clock.getAsLong();
        if (shownOnce && now - shownAt < (terminal ? TERMINAL_EVERY_NANOS : PLAIN_EVERY_NANOS)) {
            return;
        }
        shownAt = now;
        shownOnce = true;
        show(rows);
    }

    @Override
    public void checking(long rows) {
        if (terminal) {
            err.print("\r" + line(rows, true) + "\n");
        } else {
            err.println("Read " + rows + (rows == 1 ? " row" : " rows") + ".");
        }
        err.println("Checking the file as a whole ...");
        err.flush();
        lineOpen = false;
    }

    private void show(long rows) {
        if (terminal) {
            err.print("\r" + line(rows, false));
            lineOpen = true;
        } else {
            err.println("Read " + rows + (rows == 1 ? " row" : " rows") + " ...");
        }
        err.flush();
    }

    /** Ends an open terminal line, e.g. when the import stops early. */
    void close() {
        if (lineOpen) {
            err.println();
            err.flush();
            lineOpen = false;
        }
    }

    private String line(long rows, boolean done) {
        if (expectedRows <= 0) {
            return String.format(Locale.ROOT, "Read %,d rows", rows);
        }
        double share = done ? 1 : Math.min(0.99, rows / (double) expectedRows);
        int filled = (int) Math.round(share * BAR_WIDTH);
        return String.format(Locale.ROOT, "[%s%s] %3d%%  %,d rows", "#".repeat(filled), ".".repeat(BAR_WIDTH - filled),
                Math.round(share * 100), rows);
    }
}
