package org.corridor.activities;

import org.corridor.interchange.ImportReport;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Membership;
import org.corridor.accounts.Role;
import org.corridor.accounts.UserAccounts;
import org.corridor.activities.ActivityDraft.Document;
import org.corridor.activities.ActivityDraft.Partner;
import org.corridor.audit.AuditEntry;
import org.corridor.audit.AuditLog;
import org.corridor.directory.Dimension;
import org.corridor.directory.Directory;
import org.corridor.directory.OperationSummary;
import org.corridor.directory.ResponseArea;
import org.corridor.interchange.ImportJobs;
import org.corridor.interchange.ProblemLog;
import org.corridor.interchange.TableExport;
import org.corridor.interchange.TableFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Importing files of activities: round trip with the export, every reason a row is refused, all or nothing, idempotent, audited. */
@CorridorTest
@org.springframework.test.context.event.RecordApplicationEvents
class ActivityImportTests {

    static final UUID IOM = ActivitiesTests.IOM;
    static final UUID UNODC = ActivitiesTests.UNODC;

    @Autowired
    RegionFixture region;

    @Autowired
    ActivityImport activityImport;

    @Autowired
    ActivityTable table;

    @Autowired
    Activities activities;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Directory directory;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    UUID operation;
    String code;
    String name;
    CorridorUser focal;
    UUID gevgelija;
    UUID tabanovce;

    /** An operation of its own per test, so natural keys of other tests never meet these. */
    @BeforeEach
    void freshOperation() {
        OperationSummary mission = region.newOperation("MK", "Import mission " + RegionFixture.tag(), "Skopje");
        operation = mission.id();
        code = mission.code();
        name = mission.name();
        focal = accounts.create("actimp." + code, "Importer", "long-enough-password",
                List.of(new Membership(operation, Role.FOCAL_POINT)));
        gevgelija = region.place("MK-GEVGELIJA-BCP");
        tabanovce = region.place("MK-TABANOVCE-TC");
    }

    static final String HEADER = "operation,title,response_area,dimensions,kind,funding,donor,project_code,status,"
            + "starts_on,ends_on,location_codes,partners,distribution_level\n";

    Path csv(String content) throws IOException {
        return Files.writeString(dir.resolve("activities-" + UUID.randomUUID() + ".csv"), content);
    }

    ImportReport run(Path file, boolean dryRun) throws IOException {
        return activityImport.importFile(focal, operation, file, file.getFileName().toString(), null, dryRun);
    }

    List<Activity> recorded() {
        return activities.all(focal, new ActivityFilter(operation, null, null, null, null, null, null, null)).stream()
                .sorted(Comparator.comparing(Activity::title)).toList();
    }

    String twoActivities() {
        return HEADER
                + code + ",Training of border police,POLICING_AND_MIGRATION_CRIME,HUMAN; POLITICO_MILITARY,PROJECT,"
                + "EXTRA_BUDGETARY,Switzerland,MK-2016-07,ONGOING,2016-02-01,2016-11-30,MK-GEVGELIJA-BCP; MK-TABANOVCE-TC,"
                + "UNODC IMPLEMENTING; IOM SUPPORTING,OSCE\n"
                + "," + "Monitoring at Gevgelija,Monitoring,Human,Non-project,,,,Ongoing,2015-09-01,,MK-GEVGELIJA-BCP,,\n";
    }

    @Test
    void readsWhetherARowIsPartOfTheMigrationResponseAndAnEmptyCellKeepsTheAnswer() throws IOException {
        String header = "title,response_area,dimensions,kind,status,starts_on,migration_response\n";
        ImportReport first = run(csv(header
                + "Reintegration of returnees,Monitoring,Human,Non-project,Ongoing,2015-03-01,no\n"
                + "Monitoring at Tabanovce,Monitoring,Human,Non-project,Ongoing,2015-09-01,\n"), false);
        assertThat(first.status()).as(first.problems().entries().toString()).isEqualTo(ImportJobs.Status.WRITTEN);
        assertThat(recorded()).extracting(Activity::title, Activity::migrationResponse).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Monitoring at Tabanovce", true),
                org.assertj.core.groups.Tuple.tuple("Reintegration of returnees", false));

        ImportReport again = run(csv(header
                + "Reintegration of returnees,Monitoring,Human,Non-project,Ongoing,2015-03-01,\n"), false);
        assertThat(again.unchanged()).as(again.problems().entries().toString()).isEqualTo(1);
        assertThat(recorded().get(1).migrationResponse()).isFalse();

        ImportReport wrong = run(csv(header
                + "Reintegration of returnees,Monitoring,Human,Non-project,Ongoing,2015-03-01,perhaps\n"), true);
        assertThat(wrong.rowsRejected()).isEqualTo(1);
        assertThat(wrong.problems().entries().toString()).contains("\"perhaps\" is neither yes nor no");
    }

    @Test
    void importsRowsAsActivitiesReadingNamesAndLabelsAsPeopleTypeThem() throws IOException {
        ImportReport report = run(csv(twoActivities()), false);

        assertThat(report.status()).as(report.problems().entries().toString()).isEqualTo(ImportJobs.Status.WRITTEN);
        assertThat(report.created()).isEqualTo(2);
        List<Activity> saved = recorded();
        assertThat(saved).extracting(Activity::title).containsExactly("Monitoring at Gevgelija", "Training of border police");
        Activity monitoring = saved.get(0);
        assertThat(monitoring.responseArea()).isEqualTo(ResponseArea.MONITORING);
        assertThat(monitoring.kind()).isEqualTo(ActivityKind.NON_PROJECT);
        assertThat(monitoring.distributionLevel()).isEqualTo(DistributionLevel.OPERATION);
        Activity training = saved.get(1);
        assertThat(training.dimensions()).containsExactlyInAnyOrder(Dimension.HUMAN, Dimension.POLITICO_MILITARY);
        assertThat(training.locationIds()).containsExactlyInAnyOrder(gevgelija, tabanovce);
        assertThat(training.partners()).containsExactlyInAnyOrder(new Partner(UNODC, PartnerRole.IMPLEMENTING),
                new Partner(IOM, PartnerRole.SUPPORTING));
    }

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void anExportImportedIntoACleanStateGivesTheSameActivities(TableFormat format) throws IOException {
        Activity full = activities.create(focal, new ActivityDraft(operation, "Workshop on \"smuggling\", Skopje",
                "Two days; with judges\nand prosecutors", ResponseArea.POLICING_AND_MIGRATION_CRIME,
                Set.of(Dimension.HUMAN, Dimension.POLITICO_MILITARY), ActivityKind.PROJECT, Funding.EXTRA_BUDGETARY,
                "Norway", "MK-2016-09", ActivityStatus.COMPLETED, LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 2),
                List.of(gevgelija, tabanovce), List.of(new Partner(UNODC, PartnerRole.IMPLEMENTING),
                        new Partner(IOM, PartnerRole.BENEFICIARY_INSTITUTION)),
                List.of(new Document("Agenda", "https://example.org/a;b?c=d"), new Document("Report", "SEC.GAL/12/16")),
                DistributionLevel.PARTICIPATING_STATES));
        Activity bare = activities.create(focal, new ActivityDraft(operation, "Regular liaison", null,
                ResponseArea.REPORTING_AND_LIAISON, Set.of(Dimension.HUMAN), ActivityKind.NON_PROJECT, null, null, null,
                ActivityStatus.ONGOING, LocalDate.of(2015, 10, 1), null, null, null, null, null));
        List<Activity> before = recorded();
        Path file = export(format);
        jdbc.sql("delete from activity where operation_id = :operation").param("operation", operation).update();
        assertThat(recorded()).isEmpty();

        ImportReport report = activityImport.importFile(focal, operation, file, "export", null, false);

        assertThat(report.status()).as(report.problems().entries().toString()).isEqualTo(ImportJobs.Status.WRITTEN);
        assertThat(report.format()).as("detected from the file").isEqualTo(format);
        assertThat(report.created()).isEqualTo(2);
        List<Activity> after = recorded();
        assertThat(after).extracting(Activity::id).containsExactly(before.get(0).id(), before.get(1).id());
        for (int i = 0; i < before.size(); i++) {
            assertThat(ActivityImport.normalised(after.get(i).asDraft()))
                    .isEqualTo(ActivityImport.normalised(before.get(i).asDraft()));
        }
        assertThat(List.of(full.id(), bare.id())).containsExactlyInAnyOrderElementsOf(after.stream().map(Activity::id).toList());
    }

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void reimportingAnExportChangesNothing(TableFormat format) throws IOException {
        activities.create(focal, ActivitiesTests.draft(operation, "Training", ResponseArea.HUMAN_RIGHTS,
                LocalDate.of(2016, 1, 1), null));
        long auditEntries = auditCount();

        ImportReport report = activityImport.importFile(focal, operation, export(format), "export", format, false);

        assertThat(report.unchanged()).as(report.problems().entries().toString()).isEqualTo(1);
        assertThat(report.created() + report.updated()).isZero();
        assertThat(auditCount()).isEqualTo(auditEntries);
    }

    @Test
    void importingTheSameFileTwiceWritesOnce() throws IOException {
        Path file = csv(twoActivities());
        run(file, false);
        List<Activity> first = recorded();

        ImportReport again = run(file, false);

        assertThat(again.status()).isEqualTo(ImportJobs.Status.WRITTEN);
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.created() + again.updated()).isZero();
        assertThat(recorded()).isEqualTo(first);
    }

    @Test
    void aCorrectedRowUpdatesTheActivityAndTheAuditShowsBeforeAndAfter() throws IOException {
        run(csv(twoActivities()), false);
        String corrected = twoActivities().replace("ONGOING,2016-02-01,2016-11-30", "COMPLETED,2016-02-01,2016-10-31");

        ImportReport report = run(csv(corrected), false);

        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(1);
        Activity training = recorded().get(1);
        assertThat(training.status()).isEqualTo(ActivityStatus.COMPLETED);
        assertThat(training.endsOn()).isEqualTo(LocalDate.of(2016, 10, 31));
        AuditEntry update = auditLog.forRecord("activity", training.id().toString()).stream()
                .filter(e -> e.action().equals("UPDATE")).findFirst().orElseThrow();
        assertThat(update.before()).contains("ONGOING", "2016-11-30");
        assertThat(update.after()).contains("COMPLETED", "2016-10-31");
    }

    @Test
    void theIdColumnLetsAFileCorrectTheTitleOfAnActivityWithoutProjectCode() throws IOException {
        Activity a = activities.create(focal, new ActivityDraft(operation, "Monitoring at Gevgelia", null,
                ResponseArea.MONITORING, Set.of(Dimension.HUMAN), ActivityKind.NON_PROJECT, null, null, null,
                ActivityStatus.ONGOING, LocalDate.of(2015, 9, 1), null, null, null, null, null));

        ImportReport report = run(csv("id,title,response_area,dimensions,kind,status,starts_on\n" + a.id()
                + ",Monitoring at Gevgelija,MONITORING,HUMAN,NON_PROJECT,ONGOING,2015-09-01\n"), false);

        assertThat(report.updated()).isEqualTo(1);
        assertThat(recorded()).singleElement().satisfies(b -> {
            assertThat(b.id()).isEqualTo(a.id());
            assertThat(b.title()).isEqualTo("Monitoring at Gevgelija");
        });
    }

    @Test
    void twoRowsThatAreTheSameActivityOneByIdOneByKeyAreRefused() throws IOException {
        Activity a = activities.create(focal, new ActivityDraft(operation, "Liaison", null,
                ResponseArea.REPORTING_AND_LIAISON, Set.of(Dimension.HUMAN), ActivityKind.NON_PROJECT, null, null, null,
                ActivityStatus.ONGOING, LocalDate.of(2015, 9, 1), null, null, null, null, null));

        ImportReport report = run(csv("id,title,response_area,dimensions,kind,status,starts_on\n"
                + a.id() + ",Liaison renamed,REPORTING_AND_LIAISON,HUMAN,NON_PROJECT,ONGOING,2015-09-01\n"
                + ",Liaison,REPORTING_AND_LIAISON,HUMAN,NON_PROJECT,COMPLETED,2015-09-01\n"), false);

        assertThat(report.status()).isEqualTo(ImportJobs.Status.REJECTED);
        assertThat(problem(report, 3)).contains("same activity as line 2");
        assertThat(activities.find(focal, a.id()).orElseThrow().title()).isEqualTo("Liaison");
    }

    @Test
    void aColumnTheFileLacksLeavesThatFieldAsItIs() throws IOException {
        Activity a = activities.create(focal, ActivitiesTests.draft(operation, "Training", ResponseArea.HUMAN_RIGHTS,
                LocalDate.of(2016, 1, 1), null));

        run(csv("project_code,title,response_area,dimensions,kind,status,starts_on\n"
                + "P-1,Training,HUMAN_RIGHTS,HUMAN,PROJECT,ONGOING,2016-01-01\n"), false);

        Activity after = activities.find(focal, a.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(ActivityStatus.ONGOING);
        assertThat(after.description()).isEqualTo(a.description());
        assertThat(after.partners()).isEqualTo(a.partners());
        assertThat(after.donor()).isEqualTo("Donor state");
    }

    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    @Test
    void aWrittenFileIsAnnouncedOnceWithItsJobCountsAndDaysButADryRunIsNot() throws IOException {
        run(csv(twoActivities()), true);
        assertThat(events.stream(ActivitiesImported.class)).isEmpty();

        ImportReport report = run(csv(twoActivities()), false);

        assertThat(events.stream(ActivitiesImported.class)).singleElement().isEqualTo(new ActivitiesImported(
                report.jobId(), operation, 2, 0, LocalDate.parse("2015-09-01"), LocalDate.parse("2016-11-30")));
    }

    @Test
    void aDryRunReportsWhatItWouldDoAndWritesNothing() throws IOException {
        ImportReport report = run(csv(twoActivities()), true);

        assertThat(report.status()).isEqualTo(ImportJobs.Status.CHECKED);
        assertThat(report.created()).isEqualTo(2);
        assertThat(recorded()).isEmpty();
    }

    @Test
    void aBadLastRowLeavesNothingWritten() throws IOException {
        ImportReport report = run(csv(twoActivities()
                + code + ",Late row,SPORTS,HUMAN,PROJECT,,,,ONGOING,2016-01-01,,,,\n"), false);

        assertThat(report.status()).isEqualTo(ImportJobs.Status.REJECTED);
        assertThat(report.rowsRejected()).isEqualTo(1);
        assertThat(recorded()).isEmpty();
    }

    @Test
    void reportsEveryBadRowWithLineColumnValueAndReason() throws IOException {
        UUID elsewhere = region.operation("serbia");
        CorridorUser serbian = accounts.create("actimp.rs." + code, "Serbian", "long-enough-password",
                List.of(new Membership(elsewhere, Role.OFFICER)));
        Activity foreign = activities.create(serbian, ActivitiesTests.draft(elsewhere, "Serbian activity " + code,
                ResponseArea.RESEARCH, LocalDate.of(2016, 1, 1), null));
        String good = ",Good,MONITORING,HUMAN,NON_PROJECT,,,,ONGOING,2016-01-01,,,,\n";
        Path file = csv("id," + HEADER
                + "," + code + good                                                                        // 2
                + ",atlantis,A,MONITORING,HUMAN,NON_PROJECT,,,,ONGOING,2016-01-01,,,,\n"                 // 3
                + ",serbia,B,MONITORING,HUMAN,NON_PROJECT,,,,ONGOING,2016-01-01,,,,\n"                   // 4
                + ",,C,SPORTS,HUMAN,NON_PROJECT,,,,ONGOING,2016-01-01,,,,\n"                              // 5
                + ",,D,MONITORING,HUMAN,NON_PROJECT,,,,ONGOING,2016-05-01,2016-04-01,,,\n"                // 6
                + ",,E,MONITORING,HUMAN,NON_PROJECT,,,,ONGOING,2016-01-01,,,NOBODY IMPLEMENTING,\n"       // 7
                + ",,F,MONITORING,HUMAN,NON_PROJECT,,,,ONGOING,2016-01-01,,XX-NOWHERE,,\n"                // 8
                + "," + code + good                                                                        // 9
                + ",,G,MONITORING,HUMAN,NON_PROJECT,,,,ONGOING,2016-02-30,,,,\n"                          // 10
                + ",,H,MONITORING,HUMAN,NON_PROJECT,EXTRA_BUDGETARY,,,ONGOING,2016-01-01,,,,\n"          // 11
                + ",,I,MONITORING,SOCIAL,NON_PROJECT,,,,ONGOING,2016-01-01,,,,\n"                         // 12
                + ",,J,MONITORING,HUMAN,NON_PROJECT,,,,ONGOING,2016-01-01,,,UNODC,\n"                     // 13
                + foreign.id() + ",,K,MONITORING,HUMAN,NON_PROJECT,,,,ONGOING,2016-01-01,,,,\n"           // 14
                + ",,,MONITORING,HUMAN,NON_PROJECT,,,,ONGOING,2016-01-01,,,,\n"                           // 15
                + "not-an-id,,L,MONITORING,HUMAN,NON_PROJECT,,,,ONGOING,2016-01-01,,,,\n");               // 16

        ImportReport report = run(file, false);

        assertThat(report.status()).isEqualTo(ImportJobs.Status.REJECTED);
        assertThat(problem(report, 3)).contains("operation", "atlantis", "No field operation has this code or name");
        assertThat(problem(report, 4)).contains("operation", "serbia", "another operation");
        assertThat(problem(report, 5)).contains("response_area", "SPORTS", "seven response areas");
        assertThat(problem(report, 6)).contains("ends_on", "2016-04-01", "before the first day");
        assertThat(problem(report, 7)).contains("partners", "NOBODY", "No partner organisation");
        assertThat(problem(report, 8)).contains("location_codes", "XX-NOWHERE", "No location");
        assertThat(problem(report, 9)).contains("title", "Good", "same activity as line 2");
        assertThat(problem(report, 10)).contains("starts_on", "2016-02-30", "Enter the date");
        assertThat(problem(report, 11)).contains("donor", "Enter the donor");
        assertThat(problem(report, 12)).contains("dimensions", "SOCIAL", "is not one of");
        assertThat(problem(report, 13)).contains("partners", "UNODC", "the partner's role after its name");
        // The Serbian activity is the operation's own (OPERATION level): the importer learns nothing of it (issue 12).
        assertThat(problem(report, 14)).contains("id", foreign.id().toString(), "cannot be used")
                .doesNotContain("another operation");
        assertThat(problem(report, 15)).contains("title", "Enter the activity's title");
        assertThat(problem(report, 16)).contains("id", "not-an-id", "Not an activity id");
        assertThat(report.rowsRejected()).isEqualTo(14);
        assertThat(report.problems().entries()).noneMatch(e -> e.line() == 2);
        assertThat(recorded()).isEmpty();
    }

    @Test
    void anUnknownLocationNamesTheClosestCodesAndTheDirectorysListOfPlaces() throws IOException {
        ImportReport report = run(csv("title,response_area,dimensions,kind,status,starts_on,locations\n"
                + "A,MONITORING,HUMAN,NON_PROJECT,ONGOING,2016-01-01,Vinojug camp\n"), true);

        assertThat(problem(report, 2)).contains("locations", "Vinojug camp",
                "Closest codes: MK-GEVGELIJA-TC (Vinojug transit centre)", "/directory/locations");
    }

    @Test
    void aFileWithoutAHeaderIsToldSoOnceAndWhatAHeaderLooksLike() throws IOException {
        ImportReport report = run(csv("A,MONITORING,HUMAN,NON_PROJECT,ONGOING,2016-01-01\n"
                + "B,MONITORING,HUMAN,NON_PROJECT,ONGOING,2016-01-02\n"), true);

        assertThat(report.status()).isEqualTo(ImportJobs.Status.REJECTED);
        assertThat(report.problems().entries()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.reason()).contains("No header row or HXL hashtag row was recognised")
                    .contains("title,response_area").contains("#activity+name");
        });
    }

    @Test
    void hashtagsWithExtraAttributesMatchTheirColumnsAsInLibhxl() throws IOException {
        ImportReport report = run(csv("Title,Area,Dimensions,Kind,Status,Start,Operation\n"
                + "#activity+name,#sector+cluster,#meta+dimension,#meta+kind,#status,#date+start,#org+es\n"
                + "A,MONITORING,HUMAN,NON_PROJECT,ONGOING,2016-01-01," + name + "\n"), true);

        assertThat(report.format()).isEqualTo(TableFormat.HXL);
        assertThat(report.problems().entries()).isEmpty();
        assertThat(report.status()).isEqualTo(ImportJobs.Status.CHECKED);
        assertThat(report.created()).isEqualTo(1);
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedAsAWhole() throws IOException {
        ImportReport report = run(csv("title,starts_on\nA,2016-01-01\n"), false);

        assertThat(report.status()).isEqualTo(ImportJobs.Status.REJECTED);
        assertThat(report.problems().entries()).extracting(ProblemLog.Entry::reason)
                .anyMatch(r -> r.contains("no column for response_area") && r.contains("#sector"));
        // the header row's line, not 0
        assertThat(report.problems().entries()).allMatch(e -> e.line() == 1);
    }

    @Test
    void twoActivitiesOfTheOperationWithTheSameKeyAskForTheId() throws IOException {
        for (int i = 0; i < 2; i++) {
            activities.create(focal, new ActivityDraft(operation, "Twin", null, ResponseArea.MONITORING,
                    Set.of(Dimension.HUMAN), ActivityKind.NON_PROJECT, null, null, null, ActivityStatus.ONGOING,
                    LocalDate.of(2016, 1, 1), null, null, null, null, null));
        }

        ImportReport report = run(csv("title,response_area,dimensions,kind,status,starts_on\n"
                + "Twin,MONITORING,HUMAN,NON_PROJECT,COMPLETED,2016-01-01\n"), false);

        assertThat(problem(report, 2)).contains("Several activities", "add the id column");
    }

    @Test
    void onlyFocalPointsOfTheOperationImport() {
        CorridorUser officer = accounts.create("actimp.off." + code, "Officer", "long-enough-password",
                List.of(new Membership(operation, Role.OFFICER)));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> activityImport.importFile(officer, operation,
                csv(twoActivities()), "a.csv", null, false)).isInstanceOf(AccessDeniedException.class);
    }

    String problem(ImportReport report, long line) {
        return report.problems().entries().stream().filter(e -> e.line() == line)
                .map(e -> e.column() + " | " + e.value() + " | " + e.reason()).toList().toString();
    }

    long auditCount() {
        return jdbc.sql("select count(*) from audit_entry where operation_id = :operation").param("operation", operation)
                .query(Long.class).single();
    }

    /** The operation's activities as the list's export writes them, in the format given. */
    Path export(TableFormat format) throws IOException {
        ActivityFilter filter = new ActivityFilter(operation, null, null, null, null, null, null, null);
        Path file = dir.resolve("export-" + UUID.randomUUID() + (format == TableFormat.XLSX ? ".xlsx" : ".csv"));
        try (OutputStream out = Files.newOutputStream(file)) {
            switch (format) {
                case CSV -> TableExport.csv(out, ActivityTable.headers(), sink -> table.rows(focal, filter, false, sink));
                case HXL -> TableExport.csv(out, ActivityTable.headers(), sink -> {
                    sink.row(ActivityTable.hxlTags());
                    table.rows(focal, filter, false, sink);
                });
                case XLSX -> TableExport.xlsx(out, "Activities", ActivityTable.headers(),
                        sink -> table.rows(focal, filter, true, sink));
            }
        }
        return file;
    }
}
