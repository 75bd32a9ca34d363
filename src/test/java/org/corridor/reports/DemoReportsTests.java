package org.corridor.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.corridor.DemoAsLoadedTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.UserAccounts;
import org.corridor.reports.Reports.ReportFilter;
import org.corridor.reports.Reports.ReportSummary;
import org.corridor.reports.Reports.ReportView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo holds the article's four migration reports, each with its operation, type, status and symbol, read by the
 * users who would read them: the two distributed ones by a delegation reader, the one in review and the returned one
 * by their operations' authors and heads, with the reviewer's comments.
 */
@DemoAsLoadedTest
class DemoReportsTests {

    @Autowired
    Reports reports;

    @Autowired
    UserAccounts accounts;

    @Autowired
    RegionFixture region;

    CorridorUser demo(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    List<ReportSummary> readBy(String username, ReportType type) {
        return reports.list(demo(username), new ReportFilter(null, type, null, null, null, null), 0, 50).items();
    }

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    /** The regional coordinator and a delegation reader find the distributed reports on the pages, and no draft. */
    @Test
    void theCoordinatorAndADelegationReaderOpenTheDistributedReportsAndNoDraft() throws Exception {
        for (String reader : List.of("coordinator", "delegation")) {
            String list = page("/reports", reader);
            assertThat(list).as(reader).contains("SEC.FR/230/16", "SEC.FR/444/16/Rev.1")
                    .doesNotContain("Horgoš–Röszke border crossing").doesNotContain("No reports");
            ReportSummary background = single(readBy(reader, ReportType.BACKGROUND));
            String report = page("/reports/" + background.id(), reader);
            assertThat(report).as(reader).contains("SEC.FR/230/16", "Baseline analysis", "chart-image")
                    .doesNotContain("not shared with you").doesNotContain("Nothing to show for this period")
                    .doesNotContain("Submit for review").doesNotContain("Add a comment");
            assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .get("/reports/" + background.id() + "/report.pdf").with(org.springframework.security.test
                                    .web.servlet.request.SecurityMockMvcRequestPostProcessors.user(demo(reader))))
                    .andReturn().getResponse().getContentType()).as(reader).isEqualTo("application/pdf");
        }
    }

    private String page(String url, String reader) throws Exception {
        var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(demo(reader))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(reader + " " + url).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void serbiasBackgroundReportIsDistributedAsSecFr230AndADelegationReadsItWithItsFlows() {
        ReportSummary background = single(readBy("delegation", ReportType.BACKGROUND));

        assertThat(background.operationId()).isEqualTo(region.operation("serbia"));
        assertThat(background.status()).isEqualTo(ReportStatus.DISTRIBUTED);
        assertThat(background.symbol()).isEqualTo("SEC.FR/230/16");
        assertThat(background.periodTo()).isEqualTo(LocalDate.of(2016, 3, 31));
        ReportDocument document = reports.document(demo("delegation"), background.id());
        assertThat(document.sections()).extracting(ReportDocument.Section::heading).startsWith("Baseline analysis",
                "Host-country responses", "Regional implications", "Challenges and threats", "The Mission's activities");
        assertThat(document.sections()).filteredOn(s -> s.kind() == SectionKind.FLOWS).singleElement()
                .satisfies(s -> assertThat(s.content().blocks()).isNotEmpty());
    }

    @Test
    void skopjesActivityUpdateIsDistributedAsRev1WithItsFirstEditionStillReadable() {
        CorridorUser delegation = demo("delegation");
        ReportSummary update = single(readBy("delegation", ReportType.ACTIVITY_UPDATE));

        assertThat(update.operationId()).isEqualTo(region.operation("skopje"));
        assertThat(update.status()).isEqualTo(ReportStatus.DISTRIBUTED);
        assertThat(update.symbol()).isEqualTo("SEC.FR/444/16/Rev.1");
        assertThat(update.revision()).isEqualTo(1);
        assertThat(reports.edition(delegation, update.id(), 0).symbol()).isEqualTo("SEC.FR/444/16");
        assertThat(reports.document(delegation, update.id()).distributedAt().atZone(org.corridor.kernel.Region.ZONE)
                .toLocalDate()).as("Rev.1 as distributed on 10 June 2016").isEqualTo(java.time.LocalDate.of(2016, 6, 10));
        assertThat(reports.document(delegation, update.id()).sections())
                .filteredOn(s -> s.kind() == SectionKind.ROUTE_EVENTS).singleElement()
                .satisfies(s -> assertThat(ReportDataTests.text(s.content())).contains("The route closes"));
    }

    @Test
    void theHorgosSpotReportIsInReviewWithTheHeadsComment() {
        ReportSummary spot = single(readBy("officer.serbia", ReportType.SPOT));

        assertThat(spot.operationId()).isEqualTo(region.operation("serbia"));
        assertThat(spot.status()).isEqualTo(ReportStatus.IN_REVIEW);
        assertThat(spot.symbol()).isNull();
        assertThat(spot.title()).contains("Horgoš");
        assertThat(reports.comments(demo("head.serbia"), spot.id())).singleElement()
                .satisfies(c -> assertThat(c.authorName()).isEqualTo("Stefan Head of Mission"));
        assertThat(readBy("delegation", ReportType.SPOT)).isEmpty();
    }

    @Test
    void theTabanovceTraffickingReportIsReturnedToItsAuthorsWithTheHeadsComment() {
        ReportSummary thematic = single(readBy("officer", ReportType.THEMATIC));

        assertThat(thematic.operationId()).isEqualTo(region.operation("skopje"));
        assertThat(thematic.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(thematic.title()).contains("Tabanovce");
        ReportView view = reports.find(demo("officer"), thematic.id()).orElseThrow();
        assertThat(view.history()).anySatisfy(t -> {
            assertThat(t.to()).isEqualTo(ReportStatus.RETURNED);
            assertThat(t.byName()).isEqualTo("Henrik Head of Mission");
            assertThat(t.comment()).contains("joint research");
        });
        assertThat(readBy("officer.serbia", ReportType.THEMATIC)).isEmpty();
    }

    static ReportSummary single(List<ReportSummary> found) {
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
