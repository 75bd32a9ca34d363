package org.corridor.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.RecordPage;
import org.corridor.reports.Reports.ReportDraft;
import org.corridor.reports.Reports.ReportFilter;
import org.corridor.reports.Reports.ReportSummary;
import org.corridor.reports.Reports.ReportView;
import org.corridor.reports.Reports.SectionDraft;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CorridorTest
class ReportAccessTests {

    static final List<Recipient> DELEGATIONS = List.of(new Recipient(RecipientKind.DELEGATIONS, null, null));

    @Autowired
    RegionFixture region;

    @Autowired
    Reports reports;

    ReportPeople people;
    /** A word only this test's reports carry, so that lists count only them. */
    String word;

    @BeforeEach
    void people() {
        people = new ReportPeople(region);
        word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    ReportView report(ReportStatus status, DistributionLevel level) {
        ReportView report = reports.create(people.officer, ReportPeople.background(people.skopje,
                "Report " + word + " " + status + " " + level, level));
        report = reports.submit(people.officer, report.id(), report.version());
        if (status == ReportStatus.IN_REVIEW) {
            return report;
        }
        report = reports.approve(people.head, report.id(), report.version());
        if (status == ReportStatus.APPROVED) {
            return report;
        }
        report = reports.distribute(people.head, report.id(), report.version(), DELEGATIONS);
        if (status == ReportStatus.DISTRIBUTED) {
            return report;
        }
        return reports.withdraw(people.head, report.id(), report.version(), "Replaced");
    }

    List<String> titlesListedFor(CorridorUser user) {
        RecordPage<ReportSummary> page = reports.list(user, new ReportFilter(null, null, null, null, null, word), 0,
                50);
        assertThat(page.totalItems()).as("count of " + user.displayName()).isEqualTo(page.items().size());
        return page.items().stream().map(s -> s.title().replace("Report " + word + " ", "")).sorted().toList();
    }

    @Test
    void anotherOperationsDraftIsNotFound() {
        ReportView draft = people.draft(reports, "Draft " + word, DistributionLevel.PUBLIC);
        for (CorridorUser user : List.of(people.otherHead, people.otherOfficer, people.viewer, people.delegation,
                people.admin, people.coordinator)) {
            assertThat(reports.find(user, draft.id())).as(user.displayName()).isEmpty();
            assertThatThrownBy(() -> reports.document(user, draft.id())).isInstanceOf(RecordNotFound.class);
        }
        assertThat(reports.find(people.head, draft.id())).isPresent();
        assertThat(reports.find(people.focalPoint, draft.id())).isPresent();
    }

    @Test
    void eachReaderListsWhatTheyMayReadAndTheCountsAgree() {
        report(ReportStatus.IN_REVIEW, DistributionLevel.PUBLIC);
        report(ReportStatus.APPROVED, DistributionLevel.PUBLIC);
        report(ReportStatus.DISTRIBUTED, DistributionLevel.OPERATION);
        report(ReportStatus.DISTRIBUTED, DistributionLevel.OSCE);
        report(ReportStatus.DISTRIBUTED, DistributionLevel.PARTICIPATING_STATES);
        report(ReportStatus.WITHDRAWN, DistributionLevel.PUBLIC);

        assertThat(titlesListedFor(people.officer)).hasSize(6);
        assertThat(titlesListedFor(people.head)).hasSize(6);
        assertThat(titlesListedFor(people.viewer)).containsExactly("DISTRIBUTED OPERATION", "DISTRIBUTED OSCE",
                "DISTRIBUTED PARTICIPATING_STATES", "WITHDRAWN PUBLIC");
        assertThat(titlesListedFor(people.otherOfficer)).containsExactly("DISTRIBUTED OSCE",
                "DISTRIBUTED PARTICIPATING_STATES", "WITHDRAWN PUBLIC");
        assertThat(titlesListedFor(people.coordinator)).containsExactly("DISTRIBUTED OSCE",
                "DISTRIBUTED PARTICIPATING_STATES", "WITHDRAWN PUBLIC");
        assertThat(titlesListedFor(people.delegation)).containsExactly("DISTRIBUTED PARTICIPATING_STATES",
                "WITHDRAWN PUBLIC");
        assertThat(titlesListedFor(people.admin)).containsExactly("WITHDRAWN PUBLIC");
    }

    @Test
    void aDelegationReaderReadsOnlyDistributedReportsAtItsLevelAndNothingElse() {
        ReportView osce = report(ReportStatus.DISTRIBUTED, DistributionLevel.OSCE);
        ReportView states = report(ReportStatus.DISTRIBUTED, DistributionLevel.PARTICIPATING_STATES);
        assertThat(reports.find(people.delegation, osce.id())).isEmpty();
        ReportView read = reports.find(people.delegation, states.id()).orElseThrow();
        assertThat(read.history()).isEmpty();
        assertThat(read.authorIds()).isEmpty();
        assertThat(read.may()).isEqualTo(new Reports.Permissions(false, false, false, false, false, false, false,
                false, false));
        assertThat(read.sections()).extracting(Reports.SectionView::id).containsOnlyNulls();
        assertThat(reports.document(people.delegation, states.id()).symbol()).isEqualTo(states.symbol());
        assertThat(reports.possibleAuthors(people.delegation, people.skopje)).isEmpty();
    }

    @Test
    void filtersByOperationTypeStatusAndPeriod() {
        ReportView distributed = report(ReportStatus.DISTRIBUTED, DistributionLevel.OSCE);
        report(ReportStatus.IN_REVIEW, DistributionLevel.OSCE);
        assertThat(reports.list(people.officer, new ReportFilter(people.skopje, ReportType.BACKGROUND,
                ReportStatus.DISTRIBUTED, null, null, word), 0, 10).items()).extracting(ReportSummary::id)
                .containsExactly(distributed.id());
        assertThat(reports.list(people.officer, new ReportFilter(people.serbia, null, null, null, null, word), 0, 10)
                .totalItems()).isZero();
        assertThat(reports.list(people.officer, new ReportFilter(null, ReportType.SPOT, null, null, null, word), 0, 10)
                .totalItems()).isZero();
        assertThat(reports.list(people.officer, new ReportFilter(null, null, null, LocalDate.of(2016, 3, 31),
                LocalDate.of(2016, 4, 30), word), 0, 10).totalItems()).isEqualTo(2);
        assertThat(reports.list(people.officer, new ReportFilter(null, null, null, LocalDate.of(2016, 4, 1), null,
                word), 0, 10).totalItems()).isZero();
        ReportSummary summary = reports.list(people.officer, new ReportFilter(null, null, ReportStatus.DISTRIBUTED,
                null, null, word), 0, 10).items().get(0);
        assertThat(summary.symbol()).isEqualTo(distributed.symbol());
        assertThat(summary.operationName()).isEqualTo("OSCE Mission to Skopje");
    }

    @Test
    void searchesTitlesAndSectionsWithoutAccents() {
        ReportView report = people.draft(reports, "Crowds at Preševo " + word, DistributionLevel.OSCE);
        List<SectionDraft> sections = report.sections().stream().map(s -> new SectionDraft(s.id(), s.kind(),
                s.heading(), s.heading().equals("Situation") ? "Queues at Tabanovce and Đevđelija grew." : "")).toList();
        reports.change(people.officer, report.id(), report.version(), new ReportDraft(report.operationId(),
                report.type(), report.title(), report.periodFrom(), report.periodTo(), report.level(), List.of()),
                sections);
        for (String words : List.of("Presevo " + word, "PREŠEVO " + word, "tabanov " + word, "Devdelija " + word)) {
            assertThat(reports.list(people.officer, new ReportFilter(null, null, null, null, null, words), 0, 10)
                    .items()).as(words).extracting(ReportSummary::id).containsExactly(report.id());
        }
        assertThat(reports.list(people.officer, new ReportFilter(null, null, null, null, null, "Idomeni " + word),
                0, 10).totalItems()).isZero();
        // the search never reaches what the reader may not read
        assertThat(reports.list(people.otherOfficer, new ReportFilter(null, null, null, null, null, "Presevo " + word),
                0, 10).totalItems()).isZero();
        // query syntax typed is only words
        assertThat(reports.list(people.officer, new ReportFilter(null, null, null, null, null, "!(&|:* ' \\"),
                0, 10).items()).isNotNull();
    }
}
