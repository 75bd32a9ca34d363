package org.corridor.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.DistributionLevel;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.StaleRecord;
import org.corridor.reports.Reports.ReportDraft;
import org.corridor.reports.Reports.ReportView;
import org.corridor.reports.Reports.SectionDraft;
import org.corridor.reports.Reports.SectionView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CorridorTest
class ReportVersionTests {

    @Autowired
    RegionFixture region;

    @Autowired
    Reports reports;

    ReportPeople people;

    @BeforeEach
    void people() {
        people = new ReportPeople(region);
    }

    static ReportDraft details(ReportView report) {
        return new ReportDraft(report.operationId(), report.type(), report.title(), report.periodFrom(),
                report.periodTo(), report.level(), report.authorIds());
    }

    /** The report's sections as they are, with one section's text replaced. */
    static List<SectionDraft> withText(ReportView report, String heading, String markdown) {
        return report.sections().stream().map(s -> new SectionDraft(s.id(), s.kind(), s.heading(),
                s.heading().equals(heading) ? markdown : s.markdown())).toList();
    }

    @Test
    void everySaveIsAVersionAndTwoVersionsCompareWordByWord() {
        ReportView report = people.draft(reports, "Background report on the route", DistributionLevel.OSCE);
        report = reports.change(people.officer, report.id(), report.version(), details(report),
                withText(report, "Situation", "Some 5,000 people crossed at Gevgelija each day."));
        report = reports.change(people.focalPoint, report.id(), report.version(), details(report),
                withText(report, "Situation", "Some 7,000 people crossed at Gevgelija each day."));
        assertThat(reports.versions(people.head, report.id())).extracting(Reports.VersionSummary::number,
                Reports.VersionSummary::savedByName).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Ana Officer"),
                        org.assertj.core.groups.Tuple.tuple(2, "Ana Officer"),
                        org.assertj.core.groups.Tuple.tuple(3, "Filip Focal"));

        List<DiffRow> diff = reports.compare(people.head, report.id(), 2, 3);
        assertThat(diff).filteredOn(r -> !r.kind().equals("EQUAL")).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo("CHANGE");
            assertThat(row.oldHtml()).isEqualTo("Some <del>5,000</del> people crossed at Gevgelija each day.");
            assertThat(row.newHtml()).isEqualTo("Some <ins>7,000</ins> people crossed at Gevgelija each day.");
        });
        List<DiffRow> fromTheStart = reports.compare(people.head, report.id(), 1, 3);
        assertThat(fromTheStart).extracting(DiffRow::kind).contains("INSERT");
    }

    @Test
    void theDiffEscapesTheTextAndMarksOnlyWhatChanged() {
        List<DiffRow> rows = Reports.diff("A <script>alert(1)</script> line\nsame", "A <b>bold</b> line\nsame");
        assertThat(rows.get(0).oldHtml()).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(rows.get(0).newHtml()).doesNotContain("<b>").contains("<ins>&lt;b&gt;bold&lt;/b&gt;</ins>");
        assertThat(rows.get(1)).isEqualTo(new DiffRow("EQUAL", "same", "same"));
    }

    @Test
    void aStaleSaveIsRefusedNamingWhoSavedAndWhichSection() {
        ReportView opened = people.draft(reports, "Activity update, June", DistributionLevel.OSCE);
        reports.change(people.focalPoint, opened.id(), opened.version(), details(opened),
                withText(opened, "Challenges and threats", "Smugglers moved to the Lojane route."));
        assertThatThrownBy(() -> reports.change(people.officer, opened.id(), opened.version(), details(opened),
                withText(opened, "Situation", "My own text")))
                .isInstanceOf(ReportChangedMeanwhile.class).isInstanceOf(StaleRecord.class)
                .satisfies(e -> {
                    ReportChangedMeanwhile stale = (ReportChangedMeanwhile) e;
                    assertThat(stale.savedBy()).isEqualTo("Filip Focal");
                    assertThat(stale.changedSections()).containsExactly("Challenges and threats");
                    assertThat(stale.currentVersion()).isEqualTo(opened.version() + 1);
                    assertThat(stale.getMessage()).startsWith("Filip Focal saved this report on ")
                            .contains("and changed: Challenges and threats.");
                });
        // what the officer typed was not saved, and theirs was kept
        ReportView now = reports.find(people.officer, opened.id()).orElseThrow();
        assertThat(now.sections()).extracting(SectionView::markdown).contains("Smugglers moved to the Lojane route.")
                .doesNotContain("My own text");
    }

    @Test
    void aStaleSaveAfterASubmissionSaysSo() {
        ReportView opened = people.draft(reports, "Thematic report", DistributionLevel.OSCE);
        reports.submit(people.focalPoint, opened.id(), opened.version());
        assertThatThrownBy(() -> reports.change(people.officer, opened.id(), opened.version(), details(opened),
                withText(opened, "Situation", "Late text")))
                .isInstanceOf(ReportChangedMeanwhile.class)
                .hasMessageStartingWith("Filip Focal submitted it for review on ");
    }

    @Test
    void versionsAndCommentsAreNotReadBeyondDraftersAndReviewers() {
        ReportView report = people.reportIn(reports, ReportStatus.DISTRIBUTED, DistributionLevel.PUBLIC);
        assertThat(reports.find(people.delegation, report.id())).isPresent();
        for (var user : List.of(people.viewer, people.delegation, people.otherHead)) {
            assertThatThrownBy(() -> reports.versions(user, report.id())).isInstanceOf(RecordNotFound.class);
            assertThatThrownBy(() -> reports.comments(user, report.id())).isInstanceOf(RecordNotFound.class);
            assertThatThrownBy(() -> reports.comment(user, report.id(), null, null, "Hello"))
                    .isInstanceOf(RecordNotFound.class);
        }
    }
}
