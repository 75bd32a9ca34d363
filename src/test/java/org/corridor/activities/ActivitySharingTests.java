package org.corridor.activities;

import org.corridor.interchange.ImportReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Membership;
import org.corridor.accounts.RecordKind;
import org.corridor.accounts.Role;
import org.corridor.accounts.Sharing;
import org.corridor.accounts.SharingPolicy;
import org.corridor.accounts.UserAccounts;
import org.corridor.activities.Activities;
import org.corridor.activities.Activities.CapacityTotal;
import org.corridor.activities.Activities.MatrixRow;
import org.corridor.activities.Activity;
import org.corridor.activities.ActivityDraft;
import org.corridor.activities.ActivityFilter;
import org.corridor.activities.ActivityImport;
import org.corridor.activities.ActivityKind;
import org.corridor.activities.ActivityStatus;
import org.corridor.activities.CapacityEventDraft;
import org.corridor.activities.CapacityEventDraft.Participants;
import org.corridor.activities.Funding;
import org.corridor.activities.TargetGroup;
import org.corridor.directory.Dimension;
import org.corridor.directory.ResponseArea;
import org.corridor.interchange.ProblemLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12 for activities: every read (list, word search, detail, CSV/XLSX/HXL, IATI, API) shows an activity at each
 * level exactly to those the read rule names; the 4W matrix and the capacity totals count an operation's figures where
 * it shares them with the reader (a 0 is then a real gap), and otherwise only what is shared with the reader, saying
 * "Not shared with you" rather than a gap; figures never carry a record's free text.
 *
 * <p>Each test has two operations of its own, "home" (as Skopje) and "neighbour" (as Serbia), and five readers: a
 * member of home, a member of the neighbour, the regional coordinator, a delegation reader and an administrator.
 */
@CorridorTest
class ActivitySharingTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    Activities activities;

    @Autowired
    ActivityImport activityImport;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Sharing sharing;

    @TempDir
    Path dir;

    String tag;
    UUID home;
    UUID neighbour;
    String homeName;
    CorridorUser homeOfficer;
    CorridorUser homeHead;
    CorridorUser neighbourOfficer;
    CorridorUser neighbourFocal;
    CorridorUser coordinator;
    CorridorUser delegation;
    CorridorUser admin;
    /** Home's activities, one per level, all in human rights, each with one training. */
    Map<DistributionLevel, Activity> byLevel = new EnumMap<>(DistributionLevel.class);

    @BeforeEach
    void twoOperationsAndFiveReaders() {
        tag = "shr" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        home = operation("Home mission " + tag);
        neighbour = operation("Neighbour mission " + tag);
        homeName = "Home mission " + tag;
        homeOfficer = account("officer", new Membership(home, Role.OFFICER));
        homeHead = account("head", new Membership(home, Role.HEAD_OF_OPERATION));
        neighbourOfficer = account("neighbour", new Membership(neighbour, Role.OFFICER));
        neighbourFocal = account("nfocal", new Membership(neighbour, Role.FOCAL_POINT));
        coordinator = account("coord", Membership.of(Role.REGIONAL_COORDINATOR));
        delegation = account("deleg", Membership.of(Role.DELEGATION_READER));
        admin = account("admin", Membership.of(Role.ADMIN));
        for (DistributionLevel level : DistributionLevel.values()) {
            Activity activity = activities.create(homeOfficer, draft(home, title(level), ResponseArea.HUMAN_RIGHTS,
                    level));
            activities.createEvent(homeOfficer, new CapacityEventDraft(activity.id(), LocalDate.of(2016, 3, 1), null,
                    null, "Venue " + tag, "Topic " + tag + " " + level, List.of(Participants.of(TargetGroup.JUDGES,
                            10, 1 + level.ordinal()))));
            byLevel.put(level, activity);
        }
    }

    UUID operation(String name) {
        return region.newOperation("MK", name, "Skopje").id();
    }

    CorridorUser account(String who, Membership membership) {
        return accounts.create("act.shr." + who + "." + tag, who, "long-enough-password", List.of(membership));
    }

    /** A title with the tag and a word per level, so a word search finds exactly this test's activities. */
    String title(DistributionLevel level) {
        return tag + " " + switch (level) {
            case OPERATION -> "Inward";
            case OSCE -> "Regional";
            case PARTICIPATING_STATES -> "Published";
            case PUBLIC -> "Open";
        };
    }

    ActivityDraft draft(UUID operation, String title, ResponseArea area, DistributionLevel level) {
        return new ActivityDraft(operation, title, "Description " + tag + " confidential narrative", area,
                Set.of(Dimension.HUMAN), ActivityKind.NON_PROJECT, Funding.UNIFIED_BUDGET, null, null,
                ActivityStatus.COMPLETED, LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31), List.of(), List.of(),
                List.of(), level);
    }

    /** The readers and the levels of home's records each reads, as the rule names them. */
    Map<CorridorUser, Set<DistributionLevel>> readers() {
        Map<CorridorUser, Set<DistributionLevel>> readers = new LinkedHashMap<>();
        readers.put(homeOfficer, Set.of(DistributionLevel.values()));
        readers.put(neighbourOfficer, Set.of(DistributionLevel.OSCE, DistributionLevel.PARTICIPATING_STATES,
                DistributionLevel.PUBLIC));
        readers.put(coordinator, Set.of(DistributionLevel.OSCE, DistributionLevel.PARTICIPATING_STATES,
                DistributionLevel.PUBLIC));
        readers.put(delegation, Set.of(DistributionLevel.PARTICIPATING_STATES, DistributionLevel.PUBLIC));
        readers.put(admin, Set.of(DistributionLevel.PUBLIC));
        return readers;
    }

    /** Asserts that {@code body} holds the titles of exactly the levels the reader may read. */
    void showsExactly(String read, String body, CorridorUser reader, Set<DistributionLevel> levels) {
        for (DistributionLevel level : DistributionLevel.values()) {
            if (levels.contains(level)) {
                assertThat(body).as(read + " for " + reader.getUsername() + ": " + level).contains(title(level));
            } else {
                assertThat(body).as(read + " for " + reader.getUsername() + ": " + level).doesNotContain(title(level));
            }
        }
    }

    String page(String url, CorridorUser reader) throws Exception {
        return mvc.perform(get(url).with(user(reader))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    // ---- records --------------------------------------------------------------------------------

    @Test
    void theListAndTheWordSearchShowEachLevelExactlyToThoseTheRuleNames() throws Exception {
        for (var reader : readers().entrySet()) {
            List<String> listed = activities.list(reader.getKey(), new ActivityFilter(home, null, null, null, null,
                    null, null, null), 0, 50).items().stream().map(Activity::title).toList();
            showsExactly("list", String.join("\n", listed), reader.getKey(), reader.getValue());
            assertThat(listed).hasSize(reader.getValue().size());
            showsExactly("search page", page("/activities?q=" + tag, reader.getKey()), reader.getKey(),
                    reader.getValue());
            showsExactly("list page", page("/activities?operation=" + home, reader.getKey()), reader.getKey(),
                    reader.getValue());
        }
    }

    @Test
    void theDetailPageAndTheApiShowAnActivityOnlyToThoseWhoMayReadIt() throws Exception {
        for (var reader : readers().entrySet()) {
            for (var activity : byLevel.entrySet()) {
                boolean reads = reader.getValue().contains(activity.getKey());
                String who = reader.getKey().getUsername() + " " + activity.getKey();
                assertThat(activities.find(reader.getKey(), activity.getValue().id()).isPresent()).as(who)
                        .isEqualTo(reads);
                mvc.perform(get("/activities/" + activity.getValue().id()).with(user(reader.getKey())))
                        .andExpect(reads ? status().isOk() : status().isNotFound());
                mvc.perform(get("/api/v1/activities/" + activity.getValue().id()).with(user(reader.getKey())))
                        .andExpect(reads ? status().isOk() : status().isNotFound());
                mvc.perform(get("/api/v1/activities/" + activity.getValue().id() + "/capacity-events")
                        .with(user(reader.getKey()))).andExpect(reads ? status().isOk() : status().isNotFound());
            }
            showsExactly("API list", page("/api/v1/activities?q=" + tag, reader.getKey()), reader.getKey(),
                    reader.getValue());
        }
    }

    @Test
    void theCsvHxlXlsxAndIatiExportsHoldExactlyWhatTheReaderMayRead() throws Exception {
        for (var reader : readers().entrySet()) {
            CorridorUser who = reader.getKey();
            showsExactly("CSV", page("/activities.csv?q=" + tag, who), who, reader.getValue());
            showsExactly("HXL", page("/activities.hxl.csv?q=" + tag, who), who, reader.getValue());
            showsExactly("IATI", page("/activities.iati.xml?q=" + tag, who), who, reader.getValue());
            byte[] xlsx = mvc.perform(get("/activities.xlsx").param("q", tag).with(user(who)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            showsExactly("XLSX", cells(xlsx), who, reader.getValue());
        }
    }

    static String cells(byte[] xlsx) throws IOException {
        List<String> text = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    text.add(cell.toString());
                }
            }
        }
        return String.join("\n", text);
    }

    // ---- the 4W matrix ------------------------------------------------------------------------------

    MatrixRow homeRow(CorridorUser reader) {
        return activities.matrix(reader, List.of(home, neighbour), LocalDate.of(2016, 1, 1),
                LocalDate.of(2016, 12, 31), null).get(0);
    }

    @Test
    void whereHomeSharesItsFiguresEveryActivityCountsAndAnEmptyAreaIsARealGap() {
        for (CorridorUser reader : List.of(homeOfficer, neighbourOfficer, coordinator)) {
            MatrixRow row = homeRow(reader);

            assertThat(row.figuresShared()).as(reader.getUsername()).isTrue();
            assertThat(row.count(ResponseArea.HUMAN_RIGHTS)).as(reader.getUsername()).isEqualTo(4);
            assertThat(row.gaps()).as(reader.getUsername()).hasSize(6).doesNotContain(ResponseArea.HUMAN_RIGHTS);
        }
        // The neighbour's officer counts home's internal activity but its list shows the three shared ones.
        assertThat(homeRow(neighbourOfficer).readable(ResponseArea.HUMAN_RIGHTS)).isEqualTo(3);
        assertThat(homeRow(neighbourOfficer).notSharedRecords(ResponseArea.HUMAN_RIGHTS)).isEqualTo(1);
        assertThat(homeRow(homeOfficer).notSharedRecords(ResponseArea.HUMAN_RIGHTS)).isZero();
    }

    @Test
    void aDelegationReaderCountsWhatIsPublishedToParticipatingStatesAndSeesNoGapWhereFiguresAreNotShared() {
        MatrixRow row = homeRow(delegation);

        assertThat(row.figuresShared()).isFalse();
        assertThat(row.count(ResponseArea.HUMAN_RIGHTS)).isEqualTo(2);
        assertThat(row.isSharedWithYouOnly(ResponseArea.HUMAN_RIGHTS)).isTrue();
        assertThat(row.gaps()).isEmpty();
        assertThat(row.isNotShared(ResponseArea.MONITORING)).isTrue();

        MatrixRow adminRow = homeRow(admin);
        assertThat(adminRow.count(ResponseArea.HUMAN_RIGHTS)).isEqualTo(1);
        assertThat(adminRow.gaps()).isEmpty();
    }

    @Test
    void whenHomeKeepsItsFiguresToItselfTheNeighbourCountsOnlyWhatIsSharedAndSeesNoGap() {
        keepFigures(DistributionLevel.OPERATION);

        MatrixRow row = homeRow(neighbourOfficer);
        assertThat(row.figuresShared()).isFalse();
        assertThat(row.count(ResponseArea.HUMAN_RIGHTS)).isEqualTo(3);
        assertThat(row.gaps()).isEmpty();
        assertThat(row.isNotShared(ResponseArea.RESEARCH)).isTrue();
        assertThat(homeRow(homeOfficer).count(ResponseArea.HUMAN_RIGHTS)).isEqualTo(4);
        assertThat(homeRow(homeOfficer).gaps()).hasSize(6);
        // Figures at PARTICIPATING_STATES: now the delegation reader sees home's real counts and gaps.
        keepFigures(DistributionLevel.PARTICIPATING_STATES);
        assertThat(homeRow(delegation).count(ResponseArea.HUMAN_RIGHTS)).isEqualTo(4);
        assertThat(homeRow(delegation).gaps()).hasSize(6);
    }

    void keepFigures(DistributionLevel level) {
        SharingPolicy now = sharing.policyOf(home);
        sharing.change(homeHead, new SharingPolicy(home, level, now.defaultLevels(), now.version()));
    }

    /** The matrix page's row of home. */
    String homeRowOnPage(CorridorUser reader) throws Exception {
        String page = page("/activities/matrix?from=2016-01-01&to=2016-12-31", reader);
        int name = page.indexOf("<span>" + homeName + "</span>");
        assertThat(name).as("home's row").isPositive();
        return page.substring(page.lastIndexOf("<tr", name), page.indexOf("</tr>", name));
    }

    @Test
    void theMatrixPageMarksGapsOnlyWhereTheReaderCouldHaveSeenAnActivityAndSaysNotSharedElsewhere()
            throws Exception {
        String neighbours = homeRowOnPage(neighbourOfficer);
        assertThat(neighbours).contains("Gap: no activity of " + homeName + " in Monitoring")
                .contains("the list shows 3; 1 not shared with you").doesNotContain("Not shared with you");

        String delegations = homeRowOnPage(delegation);
        assertThat(delegations).doesNotContain("Gap:").doesNotContain("class=\"numeric gap\"")
                .contains("Not shared with you").contains("shared with you only")
                .contains("operation=" + home + "&amp;area=HUMAN_RIGHTS");
        assertThat(delegations.split("Not shared with you", -1)).hasSize(7); // six areas without shared activities

        String members = homeRowOnPage(homeOfficer);
        assertThat(members).doesNotContain("not shared with you").doesNotContain("Not shared with you");
    }

    @Test
    void figuresNeverCarryARecordsTitleDescriptionOrTopic() throws Exception {
        for (CorridorUser reader : List.of(neighbourOfficer, coordinator, delegation, admin)) {
            String matrix = page("/activities/matrix?from=2016-01-01&to=2016-12-31", reader);
            String capacity = page("/activities/capacity?operation=" + home, reader);
            for (String page : List.of(matrix, capacity)) {
                assertThat(page).as(reader.getUsername()).doesNotContain(title(DistributionLevel.OPERATION))
                        .doesNotContain("confidential narrative").doesNotContain("Topic " + tag)
                        .doesNotContain("Venue " + tag);
            }
        }
    }

    // ---- capacity totals ----------------------------------------------------------------------------

    long judges(CorridorUser reader) {
        return activities.capacityTotals(reader, home, null, null).stream()
                .filter(t -> t.group() == TargetGroup.JUDGES).mapToLong(CapacityTotal::achieved).sum();
    }

    @Test
    void capacityTotalsCountAllTrainingsWhereFiguresAreSharedAndOnlySharedOnesElsewhere() throws Exception {
        // Achieved per level: OPERATION 1, OSCE 2, PARTICIPATING_STATES 3, PUBLIC 4.
        assertThat(judges(homeOfficer)).isEqualTo(10);
        assertThat(judges(neighbourOfficer)).isEqualTo(10);
        assertThat(judges(coordinator)).isEqualTo(10);
        assertThat(activities.capacityTotals(coordinator, home, null, null)).allMatch(CapacityTotal::figuresShared);
        assertThat(judges(delegation)).isEqualTo(7);
        assertThat(activities.capacityTotals(delegation, home, null, null)).noneMatch(CapacityTotal::figuresShared);
        assertThat(judges(admin)).isEqualTo(4);

        assertThat(page("/activities/capacity?operation=" + home, delegation)).contains("shared with you only");
        assertThat(page("/activities/capacity?operation=" + home, coordinator)).doesNotContain("shared with you only");
    }

    @Test
    void anOperationWithNothingSharedIsSaidNotToShareItsFiguresNeverShownAsNoTraining() throws Exception {
        keepFigures(DistributionLevel.OPERATION);
        UUID quiet = operation("Quiet mission " + tag);
        CorridorUser quietOfficer = account("quiet", new Membership(quiet, Role.OFFICER));
        activities.createEvent(quietOfficer, new CapacityEventDraft(activities.create(quietOfficer,
                draft(quiet, tag + " Quiet", ResponseArea.RESEARCH, DistributionLevel.OPERATION)).id(),
                LocalDate.of(2016, 3, 1), null, null, null, "Quiet topic", List.of(Participants.of(TargetGroup.POLICE,
                        5, 5))));
        keepFiguresOf(quiet, DistributionLevel.OPERATION, account("qhead", new Membership(quiet,
                Role.HEAD_OF_OPERATION)));

        String page = page("/activities/capacity?operation=" + quiet, neighbourOfficer);

        assertThat(page).contains("Not shared with you")
                .contains("Quiet mission " + tag + " does not share these figures with you.")
                .doesNotContain("No training or workshop recorded");
        assertThat(activities.capacityTotals(neighbourOfficer, quiet, null, null)).isEmpty();
        assertThat(page("/activities/capacity?operation=" + quiet, quietOfficer)).doesNotContain("Not shared with you");
    }

    void keepFiguresOf(UUID operation, DistributionLevel level, CorridorUser head) {
        SharingPolicy now = sharing.policyOf(operation);
        sharing.change(head, new SharingPolicy(operation, level, now.defaultLevels(), now.version()));
    }

    @Test
    void theCapacityPageTellsOnlyThoseWhoRecordToAddATraining() throws Exception {
        UUID empty = operation("Empty mission " + tag);
        String hint = "add a training on the page of its activity";

        assertThat(page("/activities/capacity?operation=" + empty, delegation)).doesNotContain(hint);
        assertThat(page("/activities/capacity?operation=" + empty, coordinator)).doesNotContain(hint);
        assertThat(page("/activities/capacity?operation=" + empty, homeOfficer)).contains(hint);
    }

    // ---- buttons, the form's level, the import -------------------------------------------------------

    @Test
    void theListOffersRecordingAndImportingOnlyToThoseWhoMay() throws Exception {
        for (CorridorUser reader : List.of(delegation, admin, coordinator)) {
            assertThat(page("/activities", reader)).as(reader.getUsername()).doesNotContain("/activities/new")
                    .doesNotContain("/activities/import");
        }
        assertThat(page("/activities", homeOfficer)).contains("/activities/new").doesNotContain("/activities/import");
        assertThat(page("/activities", neighbourFocal)).contains("/activities/new").contains("/activities/import");
    }

    @Test
    void aNewActivityStartsAtTheLevelTheHeadChoseWithWhatEachLevelMeans() throws Exception {
        String form = page("/activities/new", homeOfficer);
        assertThat(checkedLevels(form)).containsExactly("OPERATION");
        assertThat(form).contains("Only the members of this field operation read it.");

        SharingPolicy now = sharing.policyOf(home);
        Map<RecordKind, DistributionLevel> levels = new EnumMap<>(now.defaultLevels());
        levels.put(RecordKind.ACTIVITY, DistributionLevel.PARTICIPATING_STATES);
        sharing.change(homeHead, new SharingPolicy(home, now.figuresLevel(), levels, now.version()));

        assertThat(checkedLevels(page("/activities/new", homeOfficer))).containsExactly("PARTICIPATING_STATES");
        Activity created = activities.create(homeOfficer, draft(home, tag + " Unchosen", ResponseArea.RESEARCH, null));
        assertThat(created.distributionLevel()).isEqualTo(DistributionLevel.PARTICIPATING_STATES);
    }

    /** The levels whose radio button the form checks. */
    static List<String> checkedLevels(String form) {
        return java.util.regex.Pattern.compile("<input type=\"radio\" id=\"distributionLevel-(\\w+)\"[^>]*checked")
                .matcher(form).results().map(m -> m.group(1)).toList();
    }

    @Test
    void anImportNamingAnotherOperationsActivitySaysSoOnlyWhereTheImporterMayReadIt() throws Exception {
        String row = ",,Row,MONITORING,HUMAN,NON_PROJECT,,,,ONGOING,2016-01-01,,,,\n";
        Path file = Files.writeString(dir.resolve("a.csv"), "id,operation,title,response_area,dimensions,kind,"
                + "funding,donor,project_code,status,starts_on,ends_on,location_codes,partners,distribution_level\n"
                + byLevel.get(DistributionLevel.OPERATION).id() + row
                + byLevel.get(DistributionLevel.OSCE).id() + row.replace("Row", "Other row"));

        ImportReport report = activityImport.importFile(neighbourFocal, neighbour, file, "a.csv", null, true);

        assertThat(reasons(report, 2)).contains("This id cannot be used").doesNotContain("another operation");
        assertThat(reasons(report, 3)).contains("This id is an activity of another operation");
    }

    static String reasons(ImportReport report, long line) {
        return report.problems().entries().stream().filter(e -> e.line() == line).map(ProblemLog.Entry::reason)
                .toList().toString();
    }
}
