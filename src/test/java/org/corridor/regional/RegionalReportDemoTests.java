package org.corridor.regional;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.corridor.DemoAsLoadedTest;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.UserAccounts;
import org.corridor.kernel.Counts;
import org.corridor.reports.GeneratedContent;
import org.corridor.reports.ReportDocument;
import org.corridor.reports.ReportStatus;
import org.corridor.reports.ReportType;
import org.corridor.reports.Reports;
import org.corridor.reports.SectionKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's regional report on the first half of 2016, as the regional coordinator reviews it: in review, its
 * sections comparing the operations drawn from the regional picture with the numbers its pages show.
 */
@DemoAsLoadedTest
class RegionalReportDemoTests {

    @Autowired
    Reports reports;
    @Autowired
    UserAccounts accounts;
    @Autowired
    BorderReconciliations borders;
    @Autowired
    RegionalOverview overview;

    @Test
    void theCoordinatorsRegionalReportIsInReviewWithTheBordersAsTheBordersPageShowsThem() {
        CorridorUser coordinator = accounts.findByUsername("coordinator").orElseThrow();
        List<Reports.ReportSummary> regional = reports.list(coordinator,
                new Reports.ReportFilter(null, ReportType.REGIONAL, null, null, null, null), 0, 10).items();
        assertThat(regional).hasSize(1);
        ReportDocument document = reports.document(coordinator, regional.get(0).id());
        assertThat(document.status()).isEqualTo(ReportStatus.IN_REVIEW);
        assertThat(document.periodFrom()).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(document.periodTo()).isEqualTo(LocalDate.of(2016, 6, 30));
        assertThat(document.sections()).extracting(ReportDocument.Section::kind).contains(SectionKind.ENGAGEMENT,
                SectionKind.GAPS, SectionKind.CO_OPERATION, SectionKind.RECONCILIATION,
                SectionKind.OPERATION_SUMMARIES);

        GeneratedContent reconciliation = document.sections().stream()
                .filter(s -> s.kind() == SectionKind.RECONCILIATION).findFirst().orElseThrow().content();
        GeneratedContent.Table tabanovce = reconciliation.blocks().stream()
                .filter(GeneratedContent.Table.class::isInstance).map(GeneratedContent.Table.class::cast)
                .filter(t -> t.caption().startsWith("Tabanovce")).findFirst().orElseThrow();
        BorderReconciliations.Reconciliation page = borders.reconcile(coordinator,
                borders.border("tabanovce-presevo").orElseThrow(),
                new RegionalPeriod(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 6, 30)), null, null);
        BorderComparison.Week firstCounted = page.comparison().weeks().stream()
                .filter(w -> w.exits() != null && w.entries() != null).findFirst().orElseThrow();
        assertThat(tabanovce.rows()).anySatisfy(row -> assertThat(row).startsWith(firstCounted.week(),
                Counts.of(firstCounted.exits()), Counts.of(firstCounted.entries())));

        GeneratedContent.Table engagement = table(document, SectionKind.ENGAGEMENT);
        RegionalOverview.Overview figures = overview.of(coordinator, LocalDate.of(2016, 1, 1), LocalDate.of(2016, 6, 30));
        assertThat(engagement.rows()).hasSize(figures.operations().size());
        for (RegionalOverview.OperationOverview o : figures.operations()) {
            assertThat(engagement.rows()).anySatisfy(row -> {
                assertThat(row.get(0)).isEqualTo(o.name());
                assertThat(row.get(1)).isEqualTo(o.engagement().name());
                assertThat(row.get(2)).startsWith(o.evidence().visits() + " visits");
            });
        }
        assertThat(engagement.rows()).filteredOn(row -> row.get(1).equals("FRONTLINE")).extracting(row -> row.get(0))
                .anyMatch(name -> name.contains("Serbia")).anyMatch(name -> name.contains("Skopje"));
        assertThat(table(document, SectionKind.GAPS).rows()).hasSize(figures.operations().size());
        assertThat(table(document, SectionKind.CO_OPERATION).rows()).extracting(row -> row.get(0))
                .anyMatch(pair -> pair.contains("Serbia") && pair.contains("Skopje"));
        assertThat(document.sections().stream().filter(s -> s.kind() == SectionKind.OPERATION_SUMMARIES).findFirst()
                .orElseThrow().content().blocks()).hasSize(figures.operations().size());
    }

    private static GeneratedContent.Table table(ReportDocument document, SectionKind kind) {
        return document.sections().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow().content().blocks()
                .stream().filter(GeneratedContent.Table.class::isInstance).map(GeneratedContent.Table.class::cast)
                .findFirst().orElseThrow();
    }
}
