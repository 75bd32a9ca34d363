package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ImportProgressTests {

    private final StringWriter shown = new StringWriter();
    private final AtomicLong now = new AtomicLong();

    private ImportProgress progress(boolean terminal, long expectedRows) {
        return new ImportProgress(new PrintWriter(shown), terminal, expectedRows, now::get);
    }

    @Test
    void onATerminalRedrawsOneBarAtMostFourTimesASecond() {
        ImportProgress bar = progress(true, 100_000);

        bar.rowsRead(10_000);
        now.addAndGet(100_000_000L); // 0.1 s later: too soon to redraw
        bar.rowsRead(20_000);
        now.addAndGet(200_000_000L);
        bar.rowsRead(50_000);
        bar.checking(100_000);

        assertThat(shown.toString()).isEqualTo("\r[###...........................]  10%  10,000 rows"
                + "\r[###############...............]  50%  50,000 rows"
                + "\r[##############################] 100%  100,000 rows\n"
                + "Checking the file as a whole ...\n");
    }

    @Test
    void elsewhereWritesPlainLinesAtMostEveryFiveSeconds() {
        ImportProgress plain = progress(false, 0);

        plain.rowsRead(10_000);
        now.addAndGet(4_000_000_000L);
        plain.rowsRead(20_000);
        now.addAndGet(1_000_000_000L);
        plain.rowsRead(30_000);
        plain.checking(31_000);

        assertThat(shown.toString().lines()).containsExactly("Read 10000 rows ...", "Read 30000 rows ...",
                "Read 31000 rows.", "Checking the file as a whole ...");
    }

    @Test
    void estimatesTheRowsOfATextFileFromItsLines() throws Exception {
        Path file = Files.createTempFile("progress", ".csv");
        try {
            Files.writeString(file, "date,total\n2015-10-20,1\n2015-10-21,2\n");

            assertThat(ImportProgress.lineCount(file)).isEqualTo(3);
        } finally {
            Files.delete(file);
        }
    }
}
