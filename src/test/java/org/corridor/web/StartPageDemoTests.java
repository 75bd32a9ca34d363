package org.corridor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.corridor.DemoAsLoadedTest;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.UserAccounts;
import org.corridor.directory.Directory;
import org.corridor.reports.ReportStatus;
import org.corridor.reports.ReportType;
import org.corridor.reports.Reports;
import org.corridor.reports.Reports.ReportFilter;
import org.corridor.reports.Reports.ReportSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each demo role's start page shows its own work where the demo's data is (2015–16), not links alone and not empty
 * weeks around today.
 */
@DemoAsLoadedTest
class StartPageDemoTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Reports reports;
    @Autowired
    Directory directory;

    private CorridorUser demo(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    private String startPage(CorridorUser user) throws Exception {
        return mvc.perform(get("/").with(user(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void anOfficerSeesTheOperationsLatestVisitsAndItsLastWeeksWithVisitsAgainstThePlan() throws Exception {
        String page = startPage(demo("officer"));

        assertThat(page).contains("id=\"start-work-skopje\"", "Mission to Skopje: monitoring")
                .containsPattern("href=\"/monitoring/visits/[0-9a-f-]{36}\"")
                .contains("href=\"/monitoring/visits?operation=" + directory.operationByCode("skopje").orElseThrow()
                        .id() + "\"");
        // The demo's visits end in 2016: the weeks shown are its last four with visits, against Skopje's plan.
        assertThat(page).contains("No visit in the last four weeks")
                .containsPattern("Week [0-9]+, from [0-9]+ [A-Z][a-z]{2} 2016")
                .doesNotContain("No monitoring plan covers these weeks.")
                .contains("id=\"start-action-points\"").doesNotContain("id=\"start-region\"");
    }

    @Test
    void aHeadFindsTheReportsWaitingForTheirDecision() throws Exception {
        CorridorUser head = demo("head.serbia");
        List<ReportSummary> inReview = reports.list(head, new ReportFilter(directory.operationByCode("serbia")
                .orElseThrow().id(), null, ReportStatus.IN_REVIEW, null, null, null), 0, 5).items();
        assertThat(inReview).as("the demo's spot report on Horgoš is in review").isNotEmpty();

        String page = startPage(head);

        assertThat(page).contains("id=\"start-waiting\"", "Waiting for you")
                .contains("href=\"/reports/" + inReview.get(0).id() + "\"");
    }

    @Test
    void theCoordinatorSeesALinePerOperationOverTheLastTwelveMonthsWithDataAndTheRegionalReportInReview()
            throws Exception {
        CorridorUser coordinator = demo("coordinator");
        List<ReportSummary> regional = reports.list(coordinator, new ReportFilter(null, ReportType.REGIONAL,
                ReportStatus.IN_REVIEW, null, null, null), 0, 5).items();

        String page = startPage(coordinator);

        assertThat(page).contains("id=\"start-region\"").containsPattern("The region, [0-9]+ [A-Z][a-z]{2} 2015 to")
                .contains("FRONTLINE", "ROUTINE");
        directory.operations().forEach(o -> assertThat(page).contains(o.name()));
        assertThat(page).doesNotContain("id=\"start-work-");
        assertThat(regional).isNotEmpty();
        assertThat(page).contains("href=\"/reports/" + regional.get(0).id() + "\"");
    }

    @Test
    void aDelegationReaderSeesTheReportsDistributedToThemAndNothingOfTheOperationsWork() throws Exception {
        String page = startPage(demo("delegation"));

        assertThat(page).contains("id=\"start-distributed\"").containsPattern("SEC\\.FR/[0-9]+/16")
                .contains("href=\"/regional/public\"")
                .doesNotContain("id=\"start-work-", "id=\"start-alerts\"", "id=\"start-action-points\"",
                        "id=\"start-region\"", "id=\"start-imports\"");
    }
}
