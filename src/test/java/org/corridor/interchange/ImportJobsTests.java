package org.corridor.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Import jobs are recorded with their file, outcome and problems. */
@SpringBootTest
class ImportJobsTests {

    @Autowired
    ImportJobs jobs;

    @TempDir
    Path dir;

    @Test
    void recordsWhoImportedWhichFileAndWhatCameOfIt() throws IOException {
        Path file = Files.writeString(dir.resolve("flows.csv"), "abc");
        UUID user = UUID.randomUUID();
        UUID id = jobs.start(user, null, "FLOWS", TableFormat.CSV, "flows.csv", ImportJobs.sha256(file), true);
        assertThat(jobs.find(id).orElseThrow().status()).isEqualTo(ImportJobs.Status.RUNNING);

        ProblemLog problems = new ProblemLog();
        problems.error(3, "#affected+total", "-1", "Enter a whole number, 0 or more.");
        problems.note(1, "#foo", "#foo", "Unknown tag: ignored.");
        jobs.finish(id, new ImportJobs.Outcome(ImportJobs.Status.REJECTED, 2, 0, 0, 1), problems);

        ImportJobs.ImportJob job = jobs.find(id).orElseThrow();
        assertThat(job.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(job.startedBy()).isEqualTo(user);
        assertThat(job.status()).isEqualTo(ImportJobs.Status.REJECTED);
        assertThat(job.rowsRead()).isEqualTo(2);
        assertThat(job.rowsRejected()).isEqualTo(1);
        assertThat(job.finishedAt()).isNotNull();
        assertThat(jobs.problems(id)).containsExactlyElementsOf(problems.entries());
    }

    @Test
    void showsARunningJobsStepAndRowsReadUntilItIsFinished() throws IOException {
        Path file = Files.writeString(dir.resolve("big.csv"), "date,total\n");
        UUID id = jobs.start(UUID.randomUUID(), null, "FLOWS", TableFormat.CSV, "big.csv", ImportJobs.sha256(file), false);

        jobs.progress(id, 20_000, ImportJobs.Step.READING);
        assertThat(jobs.find(id).orElseThrow()).extracting(ImportJobs.ImportJob::step, ImportJobs.ImportJob::rowsRead)
                .containsExactly(ImportJobs.Step.READING, 20_000L);

        jobs.finish(id, new ImportJobs.Outcome(ImportJobs.Status.WRITTEN, 25_000, 25_000, 0, 0), new ProblemLog());
        jobs.progress(id, 10_000, ImportJobs.Step.WRITING); // late news of a finished job changes nothing
        assertThat(jobs.find(id).orElseThrow()).extracting(ImportJobs.ImportJob::step, ImportJobs.ImportJob::rowsRead)
                .containsExactly(null, 25_000L);
    }
}
