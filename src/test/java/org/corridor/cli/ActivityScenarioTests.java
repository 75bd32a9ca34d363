package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.corridor.DemoAsLoadedTest;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DemoAccounts;
import org.corridor.accounts.UserAccounts;
import org.corridor.activities.Activities;
import org.corridor.activities.Activities.CapacityTotal;
import org.corridor.activities.Activities.MatrixRow;
import org.corridor.activities.Activity;
import org.corridor.activities.ActivityFilter;
import org.corridor.activities.ActivityStatus;
import org.corridor.activities.CapacityEvent;
import org.corridor.activities.CapacityEventDraft.Participants;
import org.corridor.activities.PartnerRole;
import org.corridor.activities.TargetGroup;
import org.corridor.directory.Directory;
import org.corridor.directory.OperationSummary;
import org.corridor.directory.ResponseArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The article's activities in the demo, as the regional coordinator reads them in the registry, matrix and totals. */
@DemoAsLoadedTest
class ActivityScenarioTests {

    @Autowired
    UserAccounts accounts;

    @Autowired
    Directory directory;

    @Autowired
    Activities activities;

    @Test
    void theMatrixShowsTheGapsTheArticleReports() {
        Map<String, MatrixRow> rows = matrix(LocalDate.of(2015, 1, 1), LocalDate.of(2016, 12, 31));

        assertThat(rows.get("skopje").gaps()).containsExactlyInAnyOrder(ResponseArea.AWARENESS_RAISING,
                ResponseArea.RESEARCH);
        assertThat(rows.get("serbia").gaps()).isEmpty();
        for (String operation : List.of("skopje", "albania", "kosovo", "montenegro")) {
            assertThat(rows.get(operation).gaps()).as(operation).contains(ResponseArea.AWARENESS_RAISING);
        }
        assertThat(rows.get("serbia").count(ResponseArea.AWARENESS_RAISING)).isEqualTo(2);
        assertThat(rows.get("bih").count(ResponseArea.AWARENESS_RAISING)).isEqualTo(2);
        assertThat(rows.get("montenegro").gaps()).contains(ResponseArea.MONITORING, ResponseArea.HUMAN_RIGHTS,
                ResponseArea.RESEARCH);
    }

    @Test
    void theBrckoTrainingThatWasNeverGivenDoesNotCountInTheMatrix() {
        Activity brcko = only("bih", "Brčko District Police");

        assertThat(brcko.status()).isEqualTo(ActivityStatus.CANCELLED);
        assertThat(matrix(null, null).get("bih").count(ResponseArea.POLICING_AND_MIGRATION_CRIME)).isZero();
    }

    @Test
    void theBorderPoliceTrainingReachedMoreThanAHundredOfficersMostlyBorderPolice() {
        Activity training = only("skopje", "border police training");
        List<CapacityEvent> events = activities.events(coordinator(), training.id());

        List<Participants> participants = events.stream().flatMap(e -> e.participants().stream()).toList();
        int achieved = participants.stream().mapToInt(Participants::achieved).sum();
        int borderPolice = participants.stream().filter(p -> p.group() == TargetGroup.BORDER_POLICE)
                .mapToInt(Participants::achieved).sum();
        assertThat(achieved).isGreaterThan(100);
        assertThat(borderPolice).isGreaterThan(achieved / 2);
        assertThat(events).extracting(CapacityEvent::topic).contains("Profiling and searching tactics",
                "Green-border observation", "Identification of falsified documents (basic)",
                "Identification of falsified documents (advanced)");
        assertThat(events).allSatisfy(e -> assertThat(e.startsOn()).isBetween(LocalDate.of(2015, 5, 1),
                LocalDate.of(2016, 3, 31)));
    }

    @Test
    void skopjesCapacityTotalsHoldTheArticlesNumbers() {
        Map<TargetGroup, CapacityTotal> totals = activities.capacityTotals(coordinator(), operation("skopje"), null, null)
                .stream().collect(Collectors.toMap(CapacityTotal::group, t -> t));

        assertThat(totals.get(TargetGroup.SOCIAL_WORKERS).target() + totals.get(TargetGroup.NGO_ACTIVISTS).target())
                .isEqualTo(60);
        assertThat(totals.get(TargetGroup.LAWYERS).target()).isBetween(17L, 19L); // "nearly 20"
        assertThat(totals.get(TargetGroup.OFFICIALS).target()).isEqualTo(200);
        // "More than 50 judges, prosecutors and law-enforcement officers": 18 judges, 18 prosecutors, 17 police.
        assertThat(totals.get(TargetGroup.JUDGES).achieved() + totals.get(TargetGroup.PROSECUTORS).achieved())
                .isEqualTo(36);
        long professionals2015 = activities.capacityTotals(coordinator(), operation("skopje"), LocalDate.of(2015, 6, 1),
                LocalDate.of(2015, 7, 31)).stream().mapToLong(CapacityTotal::achieved).sum();
        assertThat(professionals2015).isEqualTo(53);
    }

    @Test
    void theArticlesProjectsAreInTheirOperationsWithTheirPeriods() {
        Activity children = only("albania", "Protection of children from trafficking");
        assertThat(children.startsOn()).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(children.endsOn()).isEqualTo(LocalDate.of(2017, 6, 30)); // 18 months

        Activity routes = only("skopje", "Combating trafficking in human beings along migration routes");
        assertThat(routes.startsOn()).isEqualTo(LocalDate.of(2016, 6, 1));
        assertThat(routes.endsOn()).isEqualTo(LocalDate.of(2018, 5, 31)); // two years
        assertThat(routes.partners()).extracting(p -> directory.organisation(p.organisationId()).orElseThrow().acronym())
                .containsExactly("OSR/CTHB");

        assertThat(only("serbia", "Mobile Police Station").responseArea())
                .isEqualTo(ResponseArea.POLICING_AND_MIGRATION_CRIME);
        assertThat(only("serbia", "Titulli").responseArea()).isEqualTo(ResponseArea.AWARENESS_RAISING);
        assertThat(only("bih", "Banja Luka").responseArea()).isEqualTo(ResponseArea.AWARENESS_RAISING);
        assertThat(only("albania", "five border points").responseArea())
                .isEqualTo(ResponseArea.POLICING_AND_MIGRATION_CRIME);
        Activity workshop = only("serbia", "irregular migration in the Western Balkans");
        assertThat(workshop.startsOn()).isEqualTo(LocalDate.of(2015, 11, 1));
        assertThat(workshop.partners()).extracting(p -> directory.organisation(p.organisationId()).orElseThrow().acronym())
                .containsExactlyInAnyOrder("IOM", "UNODC");
        assertThat(workshop.partners()).extracting(p -> p.role()).containsOnly(PartnerRole.IMPLEMENTING);
        assertThat(only("montenegro", "irregular migration and migration-related crimes").startsOn())
                .isEqualTo(LocalDate.of(2016, 9, 1));
    }

    @Test
    void kosovosReintegrationWorkAndResearchOnSalafismAreRegularWorkTheMatrixOfTheResponseDoesNotCount() {
        Activity reintegration = only("kosovo", "reintegration of repatriated");
        // Kept in the Mission (operation level): its own officer reads it.
        Activity salafism = activities.all(accounts.findByUsername("officer.bih").orElseThrow(), new ActivityFilter(
                operation("bih"), null, null, null, null, null, null, "Salafist")).get(0);

        assertThat(reintegration.migrationResponse()).isFalse();
        assertThat(salafism.migrationResponse()).isFalse();
        Map<String, MatrixRow> rows = matrix(LocalDate.of(2015, 1, 1), LocalDate.of(2016, 12, 31));
        // Kosovo's monitoring is its preparedness assessment alone; BiH did no migration research.
        assertThat(rows.get("kosovo").count(ResponseArea.MONITORING)).isEqualTo(1);
        assertThat(rows.get("bih").gaps()).contains(ResponseArea.RESEARCH);
        assertThat(activities.all(coordinator(), new ActivityFilter(operation("kosovo"), null, null, null, null, null,
                null, null, false, false))).extracting(Activity::title).containsExactly(reintegration.title());
    }

    @Test
    void everyoneTheDemoRecordsAsIsOnTheSignInPagesList() {
        List<String> listed = DemoAccounts.ACCOUNTS.stream().map(DemoAccounts.DemoAccount::username).toList();

        assertThat(accounts.list()).extracting(CorridorUser::getUsername).allMatch(listed::contains);
        assertThat(listed).contains("officer.albania", "officer.montenegro");
    }

    @Test
    void aDelegationReaderSeesWhatTheOscePublishesAndNotSharedElsewhereNeverAGap() {
        CorridorUser delegation = accounts.findByUsername("delegation").orElseThrow();
        Map<String, MatrixRow> rows = matrix(delegation, LocalDate.of(2015, 1, 1), LocalDate.of(2016, 12, 31));

        assertThat(rows.values()).allSatisfy(row -> {
            assertThat(row.figuresShared()).isFalse();
            assertThat(row.gaps()).isEmpty();
        });
        // Skopje's published trainings count; its border monitoring (internal, OSCE level) does not.
        assertThat(rows.get("skopje").count(ResponseArea.POLICING_AND_MIGRATION_CRIME)).isPositive();
        assertThat(rows.get("skopje").isSharedWithYouOnly(ResponseArea.POLICING_AND_MIGRATION_CRIME)).isTrue();
        assertThat(rows.get("skopje").isNotShared(ResponseArea.MONITORING)).isTrue();
        assertThat(rows.get("bih").count(ResponseArea.AWARENESS_RAISING)).isEqualTo(1); // the Banja Luka conference
        assertThat(activities.all(delegation, new ActivityFilter(operation("albania"), null, null, null, null, null,
                null, "computers"))).hasSize(1);
        assertThat(activities.all(delegation, new ActivityFilter(operation("skopje"), null, null, null, null, null,
                null, "monitoring teams"))).isEmpty();
    }

    @Test
    void theCoordinatorCountsSkopjesInternalWorkAsFiguresWithoutReadingIt() {
        Map<String, MatrixRow> rows = matrix(LocalDate.of(2015, 1, 1), LocalDate.of(2016, 12, 31));

        assertThat(rows.get("skopje").figuresShared()).isTrue();
        // The Greek–Macedonian contact centre stays in the Mission: counted, not listed.
        assertThat(rows.get("skopje").notSharedRecords(ResponseArea.POLICING_AND_MIGRATION_CRIME)).isEqualTo(1);
        assertThat(activities.all(coordinator(), new ActivityFilter(operation("skopje"), null, null, null, null, null,
                null, "Greek contact centre"))).isEmpty();
    }

    private Map<String, MatrixRow> matrix(LocalDate from, LocalDate to) {
        return matrix(coordinator(), from, to);
    }

    private Map<String, MatrixRow> matrix(CorridorUser reader, LocalDate from, LocalDate to) {
        List<OperationSummary> operations = directory.operations();
        Map<UUID, String> codes = operations.stream().collect(Collectors.toMap(OperationSummary::id, OperationSummary::code));
        return activities.matrix(reader, operations.stream().map(OperationSummary::id).toList(), from, to, null)
                .stream().collect(Collectors.toMap(r -> codes.get(r.operationId()), r -> r));
    }

    private Activity only(String operation, String words) {
        List<Activity> found = activities.all(coordinator(),
                new ActivityFilter(operation(operation), null, null, null, null, null, null, words));
        assertThat(found).as(words).hasSize(1);
        return found.get(0);
    }

    private UUID operation(String code) {
        return directory.operationByCode(code).orElseThrow().id();
    }

    private CorridorUser coordinator() {
        return accounts.findByUsername("coordinator").orElseThrow();
    }
}
