package org.corridor.flows;

import org.corridor.directory.LocationKind;
import org.corridor.interchange.ImportReport;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.RecordKind;
import org.corridor.accounts.Sharing;
import org.corridor.accounts.SharingPolicy;
import org.corridor.accounts.Role;
import org.corridor.audit.AuditEntry;
import org.corridor.audit.AuditLog;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.interchange.ImportJobs;
import org.corridor.interchange.ProblemLog;
import org.corridor.interchange.TableFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.corridor.database.EmbeddedDatabase;

/** Importing files of flow counts: the rules of the form, all or nothing, idempotent, corrections audited. */
@CorridorTest
@org.springframework.test.context.event.RecordApplicationEvents
class FlowImportTests {

    @Autowired
    RegionFixture region;

    @Autowired
    FlowImport flowImport;

    @Autowired
    Directory directory;

    @Autowired
    AuditLog auditLog;

    @Autowired
    ImportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Sharing sharing;

    @Autowired
    EmbeddedDatabase database;

    /** The database as its owner: the application's role may not create functions or triggers. */
    JdbcClient owner() {
        return JdbcClient.create(new DriverManagerDataSource(database.jdbcUrl(), database.ownerUsername(),
                database.ownerPassword()));
    }

    @TempDir
    Path dir;

    UUID skopje;
    CorridorUser officer;

    /**
     * Each test imports counts for a year of its own, so tests sharing the database never meet on a natural key: years
     * imports accept ({@link org.corridor.kernel.PlausibleDates}), past, and used by no other test (FlowCountsIntegrationTests
     * takes 1990 onwards, FlowImportPagesTests 2012, the demo 2015 and 2016).
     */
    static final List<Integer> YEARS = List.of(1979, 1975, 1976, 1977, 1978, 2006, 2007, 2008, 2009, 2010, 2011, 2013, 2014, 2017, 2018, 2019, 2020,
            2021, 2022, 2023, 2024);
    static int nextYear = 0;
    int year;

    @BeforeEach
    void setUp() {
        skopje = region.operation("skopje");
        officer = region.user("imp", "Importer", Role.FOCAL_POINT, skopje);
        synchronized (FlowImportTests.class) {
            year = YEARS.get(nextYear++);
        }
    }

    static final String HEADER = "date,location_code,direction,source,total,men,women,children,unaccompanied_minors\n";

    String day(int d) {
        return LocalDate.of(year, 3, d).toString();
    }

    Path csv(String content) throws IOException {
        return Files.writeString(dir.resolve("flows-" + UUID.randomUUID() + ".csv"), content);
    }

    ImportReport run(Path file, TableFormat format, boolean dryRun) throws IOException {
        return flowImport.importFile(officer, skopje, file, file.getFileName().toString(), format, dryRun, null);
    }

    long rowsOfYear() {
        return jdbc.sql("select count(*) from flow_count where extract(year from period_start) = :year")
                .param("year", year).query(Long.class).single();
    }

    String threeDays() {
        return HEADER + day(1) + ",MK-GEVGELIJA-BCP,ENTRY,,100,30,20,50,5\n"
                + day(2) + ",MK-GEVGELIJA-BCP,ENTRY,UNHCR,120,,,,\n"
                + day(2) + ",MK-TABANOVCE-TC,exit,,90,,,40,\n";
    }

    @Test
    void importsACsvFileAndReimportingItChangesNothing() throws IOException {
        Path file = csv(threeDays());
        ImportReport first = run(file, null, false);
        assertThat(first.status()).isEqualTo(ImportJobs.Status.WRITTEN);
        assertThat(first.created()).isEqualTo(3);
        assertThat(rowsOfYear()).isEqualTo(3);

        ImportReport again = run(file, null, false);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(rowsOfYear()).isEqualTo(3);
    }

    @Test
    void aCorrectingFileUpdatesTheCountAndTheAuditShowsBeforeAndAfter() throws IOException {
        run(csv(threeDays()), null, false);
        ImportReport correction = run(csv(HEADER + day(1) + ",MK-GEVGELIJA-BCP,ENTRY,,140,30,20,50,5\n"), null, false);
        assertThat(correction.updated()).isEqualTo(1);
        assertThat(correction.created()).isZero();

        UUID id = jdbc.sql("select id from flow_count where period_start = :day and source_organisation_id is null"
                + " and direction = 'ENTRY'").param("day", LocalDate.parse(day(1))).query(UUID.class).single();
        List<AuditEntry> entries = auditLog.forRecord("flow_count", id.toString());
        AuditEntry update = entries.stream().filter(e -> e.action().equals("UPDATE")).findFirst().orElseThrow();
        assertThat(update.before()).contains("\"total\":100");
        assertThat(update.after()).contains("\"total\":140");
    }

    @Test
    void theAuditEntryOfAnImportRecordsTheFilesNameAndHash() throws IOException {
        Path file = csv(threeDays());
        ImportReport report = run(file, null, false);

        AuditEntry entry = auditLog.forRecord("flow_count_import", report.jobId().toString()).get(0);
        assertThat(entry.after()).as("the README says the entry records the file's hash")
                .contains("\"fileSha256\":\"" + ImportJobs.sha256(file) + "\"")
                .contains("\"fileName\":\"" + file.getFileName() + "\"").contains("\"countsCreated\":3");
    }

    @Test
    void reportsEveryBadRowAndFieldAndWritesNothing() throws IOException {
        String future = LocalDate.now().plusDays(3).toString();
        Path file = csv(HEADER
                + day(1) + ",MK-GEVGELIJA-BCP,ENTRY,,100,,,,\n"          // 2: good
                + day(1) + ",XX-NOWHERE,ENTRY,,100,,,,\n"                 // 3: unknown location
                + future + ",MK-GEVGELIJA-BCP,ENTRY,,100,,,,\n"           // 4: in the future
                + day(3) + ",MK-GEVGELIJA-BCP,ENTRY,,10,8,8,,\n"          // 5: parts greater than total
                + day(1) + ",MK-GEVGELIJA-BCP,ENTRY,,100,,,,\n"          // 6: duplicate of line 2
                + day(4) + ",MK-GEVGELIJA-BCP,ENTRY,,many,,,,\n"          // 7: not a number
                + "2015-02-30,MK-GEVGELIJA-BCP,ENTRY,,100,,,,\n"         // 8: not a date
                + day(5) + ",MK-GEVGELIJA-BCP,SIDEWAYS,,100,,,,\n"        // 9: unknown direction
                + day(6) + ",MK-GEVGELIJA-BCP,ENTRY,Nobody Inc,100,,,,\n" // 10: unknown source
                + day(7) + ",MK-GEVGELIJA-BCP,ENTRY,,-4,,,,\n"            // 11: negative
                + day(8) + ",MK-GEVGELIJA-BCP,ENTRY,,10,,,5,7\n");        // 12: unaccompanied greater than children
        ImportReport report = run(file, null, false);

        assertThat(report.status()).isEqualTo(ImportJobs.Status.REJECTED);
        assertThat(rowsOfYear()).isZero();
        List<ProblemLog.Entry> errors = report.problems().entries().stream().filter(e -> !e.note()).toList();
        assertThat(errors).extracting(ProblemLog.Entry::line)
                .containsExactlyInAnyOrder(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("location_code");
            assertThat(e.value()).isEqualTo("XX-NOWHERE");
            assertThat(e.reason()).contains("not in the directory");
        });
        assertThat(errors).anySatisfy(e -> assertThat(e.reason()).contains("after today"));
        assertThat(errors).anySatisfy(e -> assertThat(e.reason()).contains("more than the total"));
        assertThat(errors).anySatisfy(e -> assertThat(e.reason()).contains("as line 2 of this file"));
        assertThat(errors).anySatisfy(e -> assertThat(e.reason()).contains("whole number"));
        assertThat(errors).anySatisfy(e -> assertThat(e.reason()).contains("real date"));
        assertThat(errors).anySatisfy(e -> assertThat(e.value()).isEqualTo("SIDEWAYS"));
        assertThat(errors).anySatisfy(e -> assertThat(e.value()).isEqualTo("Nobody Inc"));
        assertThat(errors).anySatisfy(e -> assertThat(e.reason()).contains("0 or more"));
        assertThat(errors).anySatisfy(e -> assertThat(e.reason()).contains("unaccompanied minors"));
        assertThat(report.rowsRejected()).isEqualTo(10);
        assertThat(jobs.problems(report.jobId())).hasSize(report.problems().entries().size());
    }

    @Test
    void anUnknownLocationNamesTheClosestCodesAndTheDirectorysListOfPlaces() throws IOException {
        Path file = csv("date,location,direction,total\n"
                + day(1) + ",Vinojug camp,ENTRY,100\n"
                + day(2) + ",Qqqzzz,ENTRY,100\n");
        ImportReport report = run(file, null, true);
        List<ProblemLog.Entry> errors = report.problems().entries().stream().filter(e -> !e.note()).toList();
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("location");
            assertThat(e.reason()).contains("Closest codes: MK-GEVGELIJA-TC (Vinojug transit centre)")
                    .contains("/directory/locations").doesNotContain("Choose one from the list");
        });
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.reason()).contains("nor anything like it").contains("/directory/locations");
        });
    }

    @Test
    void aRowMissingAColumnNamesTheFilesColumnsAndTagsNotInternalFields() throws IOException {
        ImportReport report = run(csv("date,total\n" + day(1) + ",100\n"), null, true);
        List<ProblemLog.Entry> errors = report.problems().entries().stream().filter(e -> !e.note()).toList();
        assertThat(errors).isNotEmpty().allSatisfy(e -> assertThat(e.column()).doesNotContain("Id"));
        assertThat(errors).anySatisfy(e -> assertThat(e.column())
                .isEqualTo("country (#country+code) or location_code (#loc+code) or location (#loc+name)"));
        assertThat(errors).anySatisfy(e -> assertThat(e.column()).isEqualTo("direction (#meta+direction)"));
    }

    @Test
    void aFileWithoutAHeaderIsToldSoOnceAndWhatAHeaderLooksLike() throws IOException {
        ImportReport report = run(csv(day(1) + ",MK-GEVGELIJA-BCP,ENTRY,100\n"
                + day(2) + ",MK-GEVGELIJA-BCP,ENTRY,120\n" + day(3) + ",MK-GEVGELIJA-BCP,ENTRY,130\n"), null, true);
        assertThat(report.status()).isEqualTo(ImportJobs.Status.REJECTED);
        assertThat(report.problems().entries()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.reason()).contains("No header row or HXL hashtag row was recognised")
                    .contains("date,location_code,direction,total").contains("#affected+total");
        });
        assertThat(report.rowsRejected()).isEqualTo(2);
    }

    @Test
    void aFailureOnTheLastRowLeavesNothingWritten() throws IOException {
        StringBuilder content = new StringBuilder(HEADER);
        for (int d = 1; d <= 28; d++) {
            content.append(LocalDate.of(year, 2, d)).append(",MK-GEVGELIJA-BCP,ENTRY,,").append(d).append(",,,,\n");
        }
        content.append(day(1)).append(",MK-GEVGELIJA-BCP,ENTRY,,5,6,,,\n");
        ImportReport report = run(csv(content.toString()), null, false);
        assertThat(report.rowsRead()).isEqualTo(29);
        assertThat(report.status()).isEqualTo(ImportJobs.Status.REJECTED);
        assertThat(report.problems().entries()).extracting(ProblemLog.Entry::line).containsExactly(30L);
        assertThat(rowsOfYear()).isZero();
    }

    @Test
    void aDryRunReportsWithoutWriting() throws IOException {
        ImportReport report = run(csv(threeDays()), null, true);
        assertThat(report.status()).isEqualTo(ImportJobs.Status.CHECKED);
        assertThat(report.created()).isEqualTo(3);
        assertThat(rowsOfYear()).isZero();
        assertThat(jobs.find(report.jobId()).orElseThrow().dryRun()).isTrue();
    }

    @Test
    void readsHxlWithTitleRowsWeeksCountryTotalsAndReportsUnknownTags() throws IOException {
        LocalDate monday = LocalDate.of(year, 3, 1).with(java.time.DayOfWeek.MONDAY).plusWeeks(1);
        Path file = csv("Weekly arrivals,,,,,,\n"
                + "Week from,Week to,Place,Country,Direction,Source,Arrivals,Women,Remarks\n"
                + "#Date +Start,#date+END,#loc+code,#country+code,#META+direction,#org,#affected+total,#affected+F,#x_remarks\n"
                + monday + "," + monday.plusDays(6) + ",MK-GEVGELIJA-BCP,,ENTRY,IOM,700,200,fine\n"
                + monday + "," + monday.plusDays(6) + ",,MKD,ENTRY,IOM,900,,national total\n"
                + monday + "," + monday.plusDays(6) + ",,mk,EXIT,IOM,850,,\n");
        ImportReport report = run(file, null, false);
        assertThat(report.format()).isEqualTo(TableFormat.HXL);
        assertThat(report.status()).isEqualTo(ImportJobs.Status.WRITTEN);
        assertThat(report.created()).isEqualTo(3);
        assertThat(report.problems().entries()).singleElement().satisfies(e -> {
            assertThat(e.note()).isTrue();
            assertThat(e.column()).isEqualTo("#x_remarks");
            // the hashtag row's own line, not 0
            assertThat(e.line()).isEqualTo(3);
        });
        assertThat(jdbc.sql("select count(*) from flow_count where period_start = :monday and period_kind = 'WEEK'"
                + " and location_id is null").param("monday", monday).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anXlsxFileReadsAsTheSameCsv() throws IOException {
        run(csv(threeDays()), null, false);
        Path xlsx = dir.resolve("flows.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = workbook.createSheet();
            String[] lines = threeDays().split("\n");
            for (int r = 0; r < lines.length; r++) {
                Row row = sheet.createRow(r);
                String[] cells = lines[r].split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (r > 0 && c >= 4 && !cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(Integer.parseInt(cells[c]));
                    } else if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            workbook.write(out);
        }
        ImportReport report = run(xlsx, null, false);
        assertThat(report.format()).isEqualTo(TableFormat.XLSX);
        assertThat(report.unchanged()).isEqualTo(3);
        assertThat(report.created()).isZero();
        assertThat(report.updated()).isZero();
    }

    /** Serbia's focal point imports a file; its counts take Serbia's default level (OSCE) unless the file says. */
    void serbiaImports(String content) throws IOException {
        UUID serbia = region.operation("serbia");
        CorridorUser serbian = region.user("imp.rs", "Importer", Role.FOCAL_POINT, serbia);
        ImportReport report = flowImport.importFile(serbian, serbia, csv(content), "rs.csv", null, false, null);
        assertThat(report.status()).isEqualTo(ImportJobs.Status.WRITTEN);
    }

    @Test
    void rejectsACountAnotherOperationOwnsNamingItWhereTheImporterMayReadThatCount() throws IOException {
        serbiaImports(HEADER + day(9) + ",MK-TABANOVCE-TC,EXIT,,90,,,,\n");
        ImportReport report = run(csv(HEADER + day(9) + ",MK-TABANOVCE-TC,EXIT,,91,,,,\n"), null, false);
        assertThat(report.status()).isEqualTo(ImportJobs.Status.REJECTED);
        assertThat(report.problems().entries()).extracting(ProblemLog.Entry::reason).singleElement()
                .satisfies(reason -> assertThat(reason).contains("OSCE Mission to Serbia").contains("focal point"));
    }

    @Test
    void rejectsACountAnotherOperationKeepsToItselfWithoutNamingThatOperation() throws IOException {
        serbiaImports("date,location_code,direction,total,distribution_level\n" + day(10)
                + ",MK-TABANOVCE-TC,EXIT,90,OPERATION\n");
        ImportReport report = run(csv(HEADER + day(10) + ",MK-TABANOVCE-TC,EXIT,,91,,,,\n"), null, false);
        assertThat(report.status()).isEqualTo(ImportJobs.Status.REJECTED);
        assertThat(report.problems().entries()).extracting(ProblemLog.Entry::reason).singleElement()
                .satisfies(reason -> assertThat(reason).contains("Another operation").doesNotContain("Serbia"));
    }

    @Test
    void aFileWithoutLevelsGivesNewCountsTheOperationsDefaultAndLeavesCorrectedCountsAtTheirLevel()
            throws IOException {
        CorridorUser head = region.user("imp.head", "Head", Role.HEAD_OF_OPERATION, skopje);
        SharingPolicy before = sharing.policyOf(skopje);
        Map<RecordKind, DistributionLevel> levels = new java.util.EnumMap<>(before.defaultLevels());
        levels.put(RecordKind.FLOW_COUNT, DistributionLevel.PARTICIPATING_STATES);
        SharingPolicy changed = sharing.change(head, new SharingPolicy(skopje, before.figuresLevel(), levels,
                before.version()));
        try {
            run(csv("date,location_code,direction,total,distribution_level\n" + day(11)
                    + ",MK-GEVGELIJA-BCP,ENTRY,100,OPERATION\n"), null, false);
            ImportReport report = run(csv(HEADER + day(11) + ",MK-GEVGELIJA-BCP,ENTRY,,120,,,,\n"
                    + day(12) + ",MK-GEVGELIJA-BCP,ENTRY,,130,,,,\n"), null, false);
            assertThat(report.status()).isEqualTo(ImportJobs.Status.WRITTEN);
            assertThat(jdbc.sql("select period_start, distribution_level from flow_count where operation_id = :op"
                            + " and extract(year from period_start) = :year order by period_start")
                    .param("op", skopje).param("year", year)
                    .query((rs, n) -> rs.getString(2)).list())
                    .containsExactly("OPERATION", "PARTICIPATING_STATES");
        } finally {
            sharing.change(head, new SharingPolicy(skopje, before.figuresLevel(), before.defaultLevels(),
                    changed.version()));
        }
    }

    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    @Test
    void aWrittenFileIsAnnouncedOnceWithItsJobCountsAndDaysButADryRunIsNot() throws IOException {
        run(csv(threeDays()), null, true);
        assertThat(events.stream(FlowCountsImported.class)).isEmpty();

        ImportReport report = run(csv(threeDays()), null, false);

        assertThat(events.stream(FlowCountsImported.class)).singleElement().isEqualTo(new FlowCountsImported(
                report.jobId(), skopje, 3, 0, LocalDate.parse(day(1)), LocalDate.parse(day(2))));
    }

    @Test
    void reportsProgressWhileReading() throws IOException {
        List<Long> seen = new ArrayList<>();
        flowImport.importFile(officer, skopje, csv(threeDays()), "p.csv", TableFormat.CSV, true, seen::add);
        assertThat(seen).last().isEqualTo(3L);
    }

    @Test
    void namesItsJobBeforeReadingAndShowsItRunningUntilItIsWritten() throws IOException {
        List<ImportJobs.ImportJob> whileChecking = new ArrayList<>();
        List<UUID> job = new ArrayList<>();
        ImportJobs.Begun begun = flowImport.begin(officer, skopje, csv(threeDays()), "j.csv", TableFormat.CSV, false,
                new ImportJobs.Progress() {
                    @Override
                    public void rowsRead(long rows) {
                    }

                    @Override
                    public void checking(long rows) {
                        whileChecking.add(jobs.find(job.get(0)).orElseThrow());
                    }
                });
        job.add(begun.jobId());
        assertThat(jobs.find(begun.jobId()).orElseThrow().status()).as("recorded before the file is read")
                .isEqualTo(ImportJobs.Status.RUNNING);

        ImportReport report = flowImport.run(begun);

        assertThat(report.jobId()).isEqualTo(begun.jobId());
        assertThat(whileChecking).singleElement().extracting(ImportJobs.ImportJob::status)
                .as("alive, not taken for a stopped import").isEqualTo(ImportJobs.Status.RUNNING);
        assertThat(jobs.find(report.jobId()).orElseThrow())
                .extracting(ImportJobs.ImportJob::status, ImportJobs.ImportJob::rowsRead, ImportJobs.ImportJob::step)
                .containsExactly(ImportJobs.Status.WRITTEN, 3L, null);
    }

    @Test
    void aPlaceRemovedWhileTheFileIsImportedFailsTheImportAndNothingIsWritten() throws IOException {
        assertFailsSayingWhyAndWritesNothing(importWithAPlaceRemovedMidway());
    }

    @Test
    void aPlaceRemovedMidwayFailsTheImportTheSameWayWherePostgresqlChecksEachRow() throws IOException {
        // A trigger of its own on flow_count turns off the import's check-once shortcut (as a database user that is
        // not superuser does): PostgreSQL's per-row foreign key check then finds the place gone.
        JdbcClient owner = owner();
        owner.sql("create function flow_count_test_noop() returns trigger language plpgsql as 'begin return new; end'")
                .update();
        owner.sql("create trigger flow_count_test_noop before insert on flow_count for each row"
                + " execute function flow_count_test_noop()").update();
        try {
            assertFailsSayingWhyAndWritesNothing(importWithAPlaceRemovedMidway());
        } finally {
            owner.sql("drop trigger flow_count_test_noop on flow_count").update();
            owner.sql("drop function flow_count_test_noop()").update();
        }
    }

    @Test
    void importsAsARoleThatIsNotSuperuserWithTheForeignKeysCheckedOnceForTheFile() throws IOException {
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single())
                .isFalse();
        assertThat(jdbc.sql("select has_parameter_privilege('session_replication_role', 'SET')").query(Boolean.class)
                .single()).as("granted to the application's role, for the import's one insert").isTrue();

        ImportReport report = run(csv(threeDays()), null, false);

        assertThat(report.status()).isEqualTo(ImportJobs.Status.WRITTEN);
        assertThat(rowsOfYear()).isEqualTo(3);
    }

    @Test
    void aDatabaseFailureIsRecordedAsFailedAtOnceWithASentenceNotTheDatabasesMessage() throws IOException {
        // The database refuses the insert for a reason of its own (as a full disk would): only this test's year.
        JdbcClient owner = owner();
        String name = "flow_count_test_fails_" + year;
        owner.sql("create function " + name + "() returns trigger language plpgsql as"
                + " 'begin raise exception ''disk full in relation flow_count'' using errcode = ''53100''; end'").update();
        owner.sql("create trigger " + name + " before insert on flow_count for each row when"
                + " (extract(year from new.period_start) = " + year + ") execute function " + name + "()").update();
        ImportReport report;
        try {
            report = run(csv(threeDays()), null, false);
        } finally {
            owner.sql("drop trigger " + name + " on flow_count").update();
            owner.sql("drop function " + name + "()").update();
        }

        assertThat(report.status()).isEqualTo(ImportJobs.Status.FAILED);
        // As recorded, read directly: FAILED at once, not RUNNING (which a later look would call "stopped by a restart").
        assertThat(jdbc.sql("select status from import_job where id = :id").param("id", report.jobId())
                .query(String.class).single()).isEqualTo("FAILED");
        assertThat(jobs.problems(report.jobId())).extracting(ProblemLog.Entry::reason)
                .containsExactly("The import failed and nothing was written: the database ran out of resources (disk"
                        + " space, memory or connections). Import the file again; if it fails again, the administrator"
                        + " finds the details in Corridor's log.")
                .noneMatch(reason -> reason.contains("flow_count") || reason.contains("ERROR"));
        assertThat(rowsOfYear()).isZero();
    }

    void assertFailsSayingWhyAndWritesNothing(ImportReport report) {
        assertThat(report.status()).isEqualTo(ImportJobs.Status.FAILED);
        assertThat(report.problems().entries()).extracting(ProblemLog.Entry::reason)
                .anyMatch(reason -> reason.contains("Nothing was written: import the file again."));
        assertThat(jobs.find(report.jobId()).orElseThrow().status()).isEqualTo(ImportJobs.Status.FAILED);
        assertThat(rowsOfYear()).isZero();
    }

    ImportReport importWithAPlaceRemovedMidway() throws IOException {
        LocationSummary gone = region.newPlace("MK", LocationKind.TOWN, "Soon gone", 41.1, 22.5);
        UUID place = gone.id();
        String code = gone.code();
        Path file = csv(HEADER + day(1) + "," + code + ",ENTRY,,10,,,,\n" + day(1) + ",MK-GEVGELIJA-BCP,ENTRY,,20,,,,\n");

        return flowImport.importFile(officer, skopje, file, "gone.csv", TableFormat.CSV, false,
                new ImportJobs.Progress() {
                    @Override
                    public void rowsRead(long rows) {
                    }

                    @Override
                    public void checking(long rows) {
                        // after the file was read and its places found in the directory
                        jdbc.sql("delete from location where id = :id").param("id", place).update();
                    }
                });
    }
}
