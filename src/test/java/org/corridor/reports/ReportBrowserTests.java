package org.corridor.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.corridor.DemoCorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.UserAccounts;
import org.corridor.directory.Directory;
import org.corridor.reports.Reports.ReportDraft;
import org.corridor.reports.Reports.ReportView;
import org.corridor.reports.Reports.SectionDraft;
import org.corridor.web.Chrome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The report pages in Chromium on the demo, as its Skopje officer, head and the delegation reader use them: the list,
 * the editor (with a stale save that keeps the typed text), the review with its comments and the reader view pass
 * axe-core and the CSP, on a desktop and on a phone. Each test makes its own report over the demo's 2016 data.
 */
@DemoCorridorTest
class ReportBrowserTests {

    @RegisterExtension
    static final Chrome chrome = Chrome.withJavaScript();

    @Autowired
    RegionFixture region;

    @Autowired
    Reports reports;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Directory directory;

    private CorridorUser demo(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    private ReportView draft(String title, ReportType type, DistributionLevel level) {
        CorridorUser officer = demo("officer");
        UUID skopje = region.operation("skopje");
        return reports.create(officer, new ReportDraft(skopje, type, title, LocalDate.of(2016, 1, 1),
                LocalDate.of(2016, 3, 31), level, List.of(officer.id(), demo("focal").id())));
    }

    @Test
    void theListAndItsFiltersAreAccessible() {
        String title = "Browser list test " + org.corridor.RegionFixture.tag();
        draft(title + " Preševo", ReportType.SPOT, DistributionLevel.OSCE);
        chrome.resize(Chrome.DESKTOP);
        chrome.signInToDemo("officer");
        chrome.open("/reports?words=" + title.substring(title.length() - 8) + "+Presevo");
        assertThat(chrome.find("h1").getText()).isEqualTo("Reports");
        assertThat(chrome.find("table").getText()).contains(title + " Preševo", "Draft", "Spot report");
        chrome.assertPageIsSound();
        chrome.resize(Chrome.PHONE);
        chrome.open("/reports");
        chrome.assertPageIsSound();
    }

    @Test
    void theEditorIsAccessibleAndAStaleSaveKeepsWhatWasTyped() {
        ReportView report = draft("Browser editor test " + UUID.randomUUID(), ReportType.BACKGROUND,
                DistributionLevel.OSCE);
        chrome.resize(Chrome.PHONE);
        chrome.signInToDemo("officer");
        chrome.open("/reports/" + report.id());
        assertThat(chrome.find("h1").getText()).contains(report.title());
        chrome.assertPageIsSound();

        WebElement text = chrome.find("#sections-0-markdown");
        text.sendKeys("Arrivals at Tabanovce rose in January; this text must survive a stale save.");
        // Meanwhile the focal point saves the same report.
        List<SectionDraft> theirs = new ArrayList<>();
        for (Reports.SectionView s : report.sections()) {
            theirs.add(new SectionDraft(s.id(), s.kind(), s.heading(),
                    s.position() == report.sections().get(0).position() ? "The focal point's version." : s.markdown()));
        }
        reports.change(demo("focal"), report.id(), report.version(), new ReportDraft(report.operationId(),
                report.type(), report.title(), report.periodFrom(), report.periodTo(), report.level(),
                report.authorIds()), theirs);
        chrome.clickAndWaitForPage(chrome.find(".editor-bar button"));

        assertThat(chrome.driver().switchTo().activeElement()).isEqualTo(chrome.find(".report-conflict"));
        assertThat(chrome.find(".report-conflict").getText()).contains("Fatima Focal Point", "Situation");
        assertThat(chrome.find("#sections-0-markdown").getAttribute("value"))
                .isEqualTo("Arrivals at Tabanovce rose in January; this text must survive a stale save.");
        assertThat(chrome.find(".their-text").getText()).contains("The focal point's version.");
        chrome.assertPageIsSound();
        chrome.screenshot("report-editor-stale-phone");
    }

    @Test
    void theReviewWithItsCommentsIsAccessible() {
        ReportView report = draft("Browser review test " + UUID.randomUUID(), ReportType.ACTIVITY_UPDATE,
                DistributionLevel.OSCE);
        reports.submit(demo("officer"), report.id(), report.version());
        chrome.resize(Chrome.DESKTOP);
        chrome.signInToDemo("head");
        chrome.open("/reports/" + report.id());
        assertThat(chrome.find(".report-workflow").getText()).contains("Approve", "Return to the authors");
        UUID section = report.sections().get(0).id();
        chrome.find("#comment-" + section + "-text").sendKeys("Name the crossing points, please.");
        chrome.clickAndWaitForPage(chrome.find("button[form='comment-" + section + "']"));
        assertThat(chrome.find("#comments-" + section).getText()).contains("Name the crossing points, please.",
                "Henrik Head of Mission");
        chrome.assertPageIsSound();
        chrome.screenshot("report-review-desktop");
        chrome.resize(Chrome.PHONE);
        chrome.assertPageIsSound();
    }

    @Test
    void theReaderViewIsAccessibleForTheDelegationReader() {
        // A background report: its flows section has a chart, which must pass the CSP in the reader view too.
        ReportView report = draft("Browser reader test " + UUID.randomUUID(), ReportType.BACKGROUND,
                DistributionLevel.PARTICIPATING_STATES);
        CorridorUser head = demo("head");
        report = reports.submit(demo("officer"), report.id(), report.version());
        report = reports.approve(head, report.id(), report.version());
        report = reports.distribute(head, report.id(), report.version(),
                List.of(new Recipient(RecipientKind.DELEGATIONS, null, "The participating States' delegations")));
        chrome.resize(Chrome.PHONE);
        chrome.signInToDemo("delegation");
        chrome.open("/reports/" + report.id());
        assertThat(chrome.find(".report-document").getText()).contains(report.title(), report.symbol());
        assertThat(chrome.findAll(".report-workflow")).isEmpty();
        assertThat(chrome.findAll(".report-history")).isEmpty();
        chrome.assertPageIsSound();
        chrome.screenshot("report-reader-phone");

        reports.withdraw(head, report.id(), report.version(), "Superseded by the monthly update.");
        chrome.resize(Chrome.DESKTOP);
        chrome.open("/reports/" + report.id());
        assertThat(chrome.find(".withdrawn-banner").getText()).contains("WITHDRAWN", "Superseded by the monthly update.");
        chrome.assertPageIsSound();
    }

    @Test
    void theVersionsAndTheirComparisonAreAccessible() {
        ReportView report = draft("Browser versions test " + UUID.randomUUID(), ReportType.SPOT, DistributionLevel.OSCE);
        CorridorUser officer = demo("officer");
        for (String text : List.of("The crossing was open.", "The crossing was closed at night.")) {
            ReportView now = reports.find(officer, report.id()).orElseThrow();
            List<SectionDraft> sections = new ArrayList<>();
            for (Reports.SectionView s : now.sections()) {
                sections.add(new SectionDraft(s.id(), s.kind(), s.heading(),
                        s.id().equals(now.sections().get(0).id()) ? text : s.markdown()));
            }
            reports.change(officer, report.id(), now.version(), new ReportDraft(now.operationId(), now.type(),
                    now.title(), now.periodFrom(), now.periodTo(), now.level(), now.authorIds()), sections);
        }
        chrome.resize(Chrome.DESKTOP);
        chrome.signInToDemo("officer");
        chrome.open("/reports/" + report.id() + "/versions");
        chrome.assertPageIsSound();
        chrome.clickAndWaitForPage(chrome.find(".form button[type=submit]"));
        assertThat(chrome.find(".report-diff").getText()).contains("closed");
        assertThat(chrome.findAll(".report-diff ins")).isNotEmpty();
        chrome.assertPageIsSound();
    }
}
