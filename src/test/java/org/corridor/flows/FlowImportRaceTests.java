package org.corridor.flows;

import org.corridor.interchange.ImportReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.interchange.ImportJobs;
import org.corridor.interchange.ProblemLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Someone saves a count with one of a file's keys after the import matched the file against the counts already
 * there and before it writes: the import writes nothing and says why, and the other person's count stands.
 */
@CorridorTest
class FlowImportRaceTests {

    /** A spy in every {@link CorridorTest} context, stubbed here only; see {@link CorridorTest}. */
    @Autowired
    ImportJobs jobs;

    @Autowired
    RegionFixture region;

    @Autowired
    FlowImport flowImport;

    @Autowired
    FlowCounts counts;

    @Autowired
    Directory directory;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void aCountSavedWithOneOfTheFilesKeysWhileItIsImportedFailsTheImportAndWritesNothing() throws Exception {
        UUID skopje = region.operation("skopje");
        CorridorUser importer = region.user("race.imp", "Importer", Role.FOCAL_POINT, skopje);
        CorridorUser colleague = region.user("race.col", "Colleague", Role.FOCAL_POINT, skopje);
        LocationSummary gevgelija = region.location("MK-GEVGELIJA-BCP");
        UUID macedonia = directory.countryByIso2(gevgelija.countryIso2()).orElseThrow().id();
        LocalDate day = LocalDate.of(2025, 6, 2); // a year no other test imports (imports take 1990 onwards)
        Path file = Files.writeString(dir.resolve("race.csv"), "date,location_code,direction,total\n"
                + day + ",MK-GEVGELIJA-BCP,ENTRY,100\n" + day.plusDays(1) + ",MK-GEVGELIJA-BCP,ENTRY,110\n");

        // When the import has checked the file and is about to write, the colleague saves the first day's count
        // from another connection, as a second browser would. Only this test's import (it runs on this thread): the
        // spy is the shared context's, where another test's import may still be finishing in the background.
        Thread importing = Thread.currentThread();
        doAnswer(call -> {
            call.callRealMethod();
            if (Thread.currentThread() != importing) {
                return null;
            }
            CompletableFuture.runAsync(() -> counts.record(colleague, new FlowCountDraft(skopje, PeriodKind.DAY, day,
                    day, macedonia, gevgelija.id(), Direction.ENTRY, null, 95, null, null, null, null, Map.of(),
                    DistributionLevel.OSCE))).get();
            return null;
        }).when(jobs).progress(any(), anyLong(), eq(ImportJobs.Step.WRITING));

        ImportReport report = flowImport.importFile(importer, skopje, file, "race.csv", null, false, null);

        assertThat(report.status()).isEqualTo(ImportJobs.Status.FAILED);
        assertThat(report.created()).isZero();
        assertThat(report.problems().entries()).extracting(ProblemLog.Entry::reason)
                .anyMatch(reason -> reason.startsWith("While this file was imported, someone saved a count"));
        assertThat(jobs.find(report.jobId()).orElseThrow().status()).isEqualTo(ImportJobs.Status.FAILED);
        assertThat(jdbc.sql("select total from flow_count where period_start between :first and :last order by period_start")
                .param("first", day).param("last", day.plusDays(1)).query(Integer.class).list())
                .as("only the colleague's count").containsExactly(95);
    }
}
