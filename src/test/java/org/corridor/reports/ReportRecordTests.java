package org.corridor.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.corridor.accounts.DistributionLevel;
import org.corridor.kernel.Problem;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.TextLimits;
import org.corridor.reports.ReportRecord.Details;
import org.corridor.reports.ReportRecord.SectionInput;
import org.junit.jupiter.api.Test;

/** The report's own rules, without Spring. */
class ReportRecordTests {

    static final UUID OPERATION = UUID.randomUUID();
    static final UUID AUTHOR = UUID.randomUUID();
    static final UUID HEAD = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2016-03-31T10:00:00Z");

    static Details details(String title) {
        return new Details(OPERATION, ReportType.BACKGROUND, title, LocalDate.of(2016, 1, 1),
                LocalDate.of(2016, 3, 31), DistributionLevel.OSCE, List.of(AUTHOR));
    }

    static ReportRecord draft() {
        return ReportRecord.draft(UUID.randomUUID(), details("Background report"), AUTHOR, NOW);
    }

    static List<String> codes(Throwable e) {
        return ((RecordRejected) e).problems().stream().map(Problem::code).toList();
    }

    @Test
    void aNewReportStartsAsADraftFromItsTypesTemplate() {
        ReportRecord report = draft();
        assertThat(report.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(report.revision()).isZero();
        assertThat(report.sections()).extracting(ReportRecord.Section::kind).containsExactly(SectionKind.NARRATIVE,
                SectionKind.NARRATIVE, SectionKind.NARRATIVE, SectionKind.NARRATIVE, SectionKind.NARRATIVE,
                SectionKind.FLOWS, SectionKind.MONITORING, SectionKind.ACTIVITIES);
        assertThat(report.sections()).extracting(ReportRecord.Section::heading).startsWith("Situation",
                "Host-country response", "Regional implications", "Challenges and threats", "Our activities");
        assertThat(report.symbol()).isNull();
    }

    @Test
    void followsTheReviewFromDraftToDistribution() {
        ReportRecord report = draft();
        assertThat(report.submit(AUTHOR, NOW)).isEqualTo(ReportStatus.DRAFT);
        assertThat(report.returnToAuthors("More figures", HEAD, NOW)).isEqualTo(ReportStatus.IN_REVIEW);
        assertThat(report.status()).isEqualTo(ReportStatus.RETURNED);
        report.submit(AUTHOR, NOW);
        report.approve(HEAD, NOW);
        report.distribute("SEC.FR/230/16", HEAD, NOW);
        assertThat(report.status()).isEqualTo(ReportStatus.DISTRIBUTED);
        assertThat(report.symbol()).isEqualTo("SEC.FR/230/16");
        assertThat(report.publishedRevision()).isZero();
        report.revise(AUTHOR, NOW);
        assertThat(report.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(report.revision()).isEqualTo(1);
        assertThat(report.symbol()).isEqualTo("SEC.FR/230/16/Rev.1");
        assertThat(report.publishedSymbol()).isEqualTo("SEC.FR/230/16");
        report.submit(AUTHOR, NOW);
        report.approve(HEAD, NOW);
        report.distribute("SEC.FR/999/16", HEAD, NOW); // the base symbol is given once only
        assertThat(report.publishedSymbol()).isEqualTo("SEC.FR/230/16/Rev.1");
        report.withdraw("Superseded", HEAD, NOW);
        assertThat(report.status()).isEqualTo(ReportStatus.WITHDRAWN);
        assertThat(report.symbol()).isEqualTo("SEC.FR/230/16/Rev.1");
    }

    @Test
    void refusesATransitionItsStatusDoesNotAllow() {
        ReportRecord report = draft();
        assertThatThrownBy(() -> report.approve(HEAD, NOW)).satisfies(e -> assertThat(codes(e))
                .containsExactly("report.error.approve"));
        assertThatThrownBy(() -> report.distribute("SEC.FR/1/16", HEAD, NOW)).satisfies(e -> assertThat(codes(e))
                .containsExactly("report.error.distribute"));
        assertThatThrownBy(() -> report.withdraw("Why", HEAD, NOW)).satisfies(e -> assertThat(codes(e))
                .containsExactly("report.error.withdraw"));
        assertThatThrownBy(() -> report.revise(HEAD, NOW)).satisfies(e -> assertThat(codes(e))
                .containsExactly("report.error.revise"));
        assertThatThrownBy(() -> report.returnToAuthors("No", HEAD, NOW)).satisfies(e -> assertThat(codes(e))
                .containsExactly("report.error.return"));
        report.submit(AUTHOR, NOW);
        assertThatThrownBy(() -> report.submit(AUTHOR, NOW)).satisfies(e -> assertThat(codes(e))
                .containsExactly("report.error.submit"));
        assertThat(report.status()).isEqualTo(ReportStatus.IN_REVIEW);
    }

    @Test
    void returningNeedsACommentAndWithdrawingAReasonOfParagraphLength() {
        ReportRecord report = draft();
        report.submit(AUTHOR, NOW);
        assertThatThrownBy(() -> report.returnToAuthors(" ", HEAD, NOW)).satisfies(e -> assertThat(codes(e))
                .containsExactly("report.error.returnComment"));
        assertThatThrownBy(() -> report.returnToAuthors("x".repeat(TextLimits.PARAGRAPH + 1), HEAD, NOW))
                .satisfies(e -> assertThat(codes(e)).containsExactly(TextLimits.TOO_LONG));
        assertThat(report.status()).isEqualTo(ReportStatus.IN_REVIEW);
    }

    @Test
    void itsTextChangesOnlyWhileTheAuthorsHoldIt() {
        ReportRecord report = draft();
        UUID first = report.sections().get(0).id();
        report.change(details("Background report, revised title"), List.of(
                new SectionInput(first, SectionKind.NARRATIVE, " Situation ", "Some 7,000 a day."),
                new SectionInput(null, SectionKind.FLOWS, "Flows", "")), AUTHOR, NOW);
        assertThat(report.title()).isEqualTo("Background report, revised title");
        assertThat(report.sections()).extracting(ReportRecord.Section::heading).containsExactly("Situation", "Flows");
        assertThat(report.sections().get(0).id()).isEqualTo(first);
        assertThat(report.searchText()).contains("Some 7,000 a day.");
        report.submit(AUTHOR, NOW);
        assertThatThrownBy(() -> report.change(details("Late"), List.of(new SectionInput(first,
                SectionKind.NARRATIVE, "Situation", "Late")), AUTHOR, NOW)).satisfies(e -> assertThat(codes(e))
                .containsExactly("report.error.notEditable"));
        assertThat(report.title()).isEqualTo("Background report, revised title");
    }

    @Test
    void anUnknownOrRepeatedSectionIdMakesANewSection() {
        ReportRecord report = draft();
        UUID first = report.sections().get(0).id();
        UUID stranger = UUID.randomUUID();
        report.change(details("Title"), List.of(new SectionInput(first, SectionKind.NARRATIVE, "A", ""),
                new SectionInput(first, SectionKind.NARRATIVE, "B", ""),
                new SectionInput(stranger, SectionKind.NARRATIVE, "C", "")), AUTHOR, NOW);
        assertThat(report.sections()).extracting(ReportRecord.Section::id).doesNotHaveDuplicates()
                .doesNotContain(stranger).startsWith(first);
    }

    @Test
    void checksEveryFieldWithItsLimits() {
        Details bad = new Details(null, ReportType.SPOT, "x".repeat(TextLimits.LINE + 1), LocalDate.of(1800, 1, 1),
                null, null, List.of());
        assertThat(bad.problems()).extracting(Problem::field).containsExactly("operationId", "title", "periodFrom",
                "periodTo", "level", "authorIds");
        Details regionalWithOperation = new Details(OPERATION, ReportType.REGIONAL, "Region",
                LocalDate.of(2016, 1, 1), LocalDate.of(2016, 1, 1), DistributionLevel.OSCE, List.of(AUTHOR));
        assertThat(regionalWithOperation.problems()).extracting(Problem::code)
                .containsExactly("report.error.regionalOperation");
        assertThat(ReportRecord.sectionProblems(ReportType.SPOT, List.of(new SectionInput(null, null, "", "x".repeat(
                TextLimits.NARRATIVE + 1))))).extracting(Problem::field).containsExactly("sections[0].kind",
                        "sections[0].heading", "sections[0].markdown");
        assertThat(ReportRecord.sectionProblems(ReportType.SPOT, List.of())).extracting(Problem::code)
                .containsExactly("report.error.noSections");
    }

    @Test
    void refusesASectionComparingOperationsInAnOperationsReport() {
        SectionInput engagement = new SectionInput(null, SectionKind.ENGAGEMENT, "Engagement", "");

        assertThat(ReportRecord.sectionProblems(ReportType.BACKGROUND, List.of(engagement)))
                .extracting(Problem::field, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sections[0].kind", "report.error.sectionKindRegional"));
        assertThat(ReportRecord.sectionProblems(ReportType.REGIONAL, List.of(engagement))).isEmpty();
    }

    @Test
    void itsPlainTextHasEveryHeadingAndText() {
        ReportRecord report = draft();
        UUID first = report.sections().get(0).id();
        report.change(details("Background"), List.of(new SectionInput(first, SectionKind.NARRATIVE, "Situation",
                "Crowds at *Preševo*."), new SectionInput(null, SectionKind.FLOWS, "Flows", "")), AUTHOR, NOW);
        assertThat(report.plainText()).isEqualTo("""
                Background

                ## Situation

                Crowds at *Preševo*.

                ## Flows

                [Flows, drawn from the data]
                """);
    }

    @Test
    void anEarlierDistributionTakesItsSymbolAndRevision() {
        ReportRecord report = draft();
        report.recordEarlierDistribution("SEC.FR/444/16", 1, HEAD, NOW);
        assertThat(report.status()).isEqualTo(ReportStatus.DISTRIBUTED);
        assertThat(report.symbol()).isEqualTo("SEC.FR/444/16/Rev.1");
        assertThatThrownBy(() -> report.recordEarlierDistribution("SEC.FR/445/16", 0, HEAD, NOW))
                .satisfies(e -> assertThat(codes(e)).containsExactly("report.error.alreadyDistributed"));
    }
}
