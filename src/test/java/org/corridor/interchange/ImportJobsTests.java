package org.corridor.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Import jobs are recorded with their file, outcome and problems. */
@CorridorTest
class ImportJobsTests {

    @Autowired
    ImportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void recordsWhoImportedWhichFileAndWhatCameOfIt() throws IOException {
        Path file = Files.writeString(dir.resolve("flows.csv"), "abc");
        UUID user = UUID.randomUUID();
        UUID id = jobs.start(user, null, ImportKind.FLOWS, TableFormat.CSV, "flows.csv", ImportJobs.sha256(file), true);
        assertThat(jobs.find(id).orElseThrow().status()).isEqualTo(ImportJobs.Status.RUNNING);

        ProblemLog problems = new ProblemLog();
        problems.error(3, "#affected+total", "-1", "Enter a whole number, 0 or more.");
        problems.note(1, "#foo", "#foo", "Unknown tag: ignored.");
        jobs.finish(id, new ImportJobs.Outcome(ImportJobs.Status.REJECTED, 2, 0, 0, 0, 1), problems);

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
        UUID id = jobs.start(UUID.randomUUID(), null, ImportKind.FLOWS, TableFormat.CSV, "big.csv", ImportJobs.sha256(file), false);

        jobs.progress(id, 20_000, ImportJobs.Step.READING);
        assertThat(jobs.find(id).orElseThrow()).extracting(ImportJobs.ImportJob::step, ImportJobs.ImportJob::rowsRead)
                .containsExactly(ImportJobs.Step.READING, 20_000L);

        jobs.finish(id, new ImportJobs.Outcome(ImportJobs.Status.WRITTEN, 25_000, 25_000, 0, 0, 0), new ProblemLog());
        jobs.progress(id, 10_000, ImportJobs.Step.WRITING); // late news of a finished job changes nothing
        assertThat(jobs.find(id).orElseThrow()).extracting(ImportJobs.ImportJob::step, ImportJobs.ImportJob::rowsRead)
                .containsExactly(null, 25_000L);
    }

    @Test
    void recordsAnImportWhoseProcessDiedAsStoppedAndSaysWhatToDo() throws IOException {
        Path file = Files.writeString(dir.resolve("huge.csv"), "date,total\n");
        UUID id = jobs.start(UUID.randomUUID(), null, ImportKind.FLOWS, TableFormat.CSV, "huge.csv", ImportJobs.sha256(file), false);
        jobs.progress(id, 40_000, ImportJobs.Step.READING);
        assertThat(jobs.find(id).orElseThrow().status()).as("its process is alive").isEqualTo(ImportJobs.Status.RUNNING);

        // The process running the import dies: PostgreSQL ends its connections, the lock among them.
        jdbc.sql("""
                select pg_terminate_backend(pid, 10000) from pg_locks
                where locktype = 'advisory' and classid = :space and objid = :key and objsubid = 2""")
                .param("space", Integer.toUnsignedLong(ImportJobs.LOCK_SPACE))
                .param("key", Integer.toUnsignedLong(ImportJobs.lockKey(id))).query(Boolean.class).list();

        ImportJobs.ImportJob job = jobs.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(ImportJobs.Status.FAILED);
        assertThat(job.rowsRead()).isEqualTo(40_000);
        assertThat(job.finishedAt()).isNotNull();
        assertThat(jobs.problems(id)).extracting(ProblemLog.Entry::reason).containsExactly(ImportJobs.STOPPED);
        assertThat(jobs.find(id).orElseThrow().status()).as("recorded once").isEqualTo(ImportJobs.Status.FAILED);
        assertThat(jobs.problems(id)).hasSize(1);
    }

    @Test
    void aFinishedJobIsNotTakenForAStoppedOne() throws IOException {
        Path file = Files.writeString(dir.resolve("small.csv"), "date,total\n");
        UUID id = jobs.start(UUID.randomUUID(), null, ImportKind.FLOWS, TableFormat.CSV, "small.csv", ImportJobs.sha256(file), true);
        jobs.finish(id, new ImportJobs.Outcome(ImportJobs.Status.CHECKED, 0, 0, 0, 0, 0), new ProblemLog());

        assertThat(jobs.find(id).orElseThrow().status()).isEqualTo(ImportJobs.Status.CHECKED);
        assertThat(jobs.problems(id)).isEmpty();
    }
}
