package org.corridor.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.corridor.reports.Reports.ReportDraft;
import org.corridor.reports.Reports.ReportView;
import org.corridor.reports.Reports.SectionDraft;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The report pages as each role uses them: list, new report, editor, workflow buttons, review, reader view, files. */
@CorridorTest
class ReportPagesTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    Reports reports;

    UUID skopje;
    UUID serbia;
    CorridorUser officer;
    CorridorUser secondOfficer;
    CorridorUser head;
    CorridorUser viewer;
    CorridorUser delegation;
    CorridorUser serbiaOfficer;

    @BeforeEach
    void people() {
        skopje = region.operation("skopje");
        serbia = region.operation("serbia");
        officer = region.user("rp", "Ana Officer", Role.OFFICER, skopje);
        secondOfficer = region.user("rp", "Boris Second", Role.FOCAL_POINT, skopje);
        head = region.user("rp", "Hana Head", Role.HEAD_OF_OPERATION, skopje);
        viewer = region.user("rp", "Vera Viewer", Role.VIEWER, skopje);
        delegation = region.user("rp", "Dana Delegation", Role.DELEGATION_READER, null);
        serbiaOfficer = region.user("rp", "Sava Serbia", Role.OFFICER, serbia);
    }

    private ReportView draft(String title, ReportType type, DistributionLevel level) {
        return reports.create(officer, new ReportDraft(skopje, type, title, LocalDate.of(2016, 1, 1),
                LocalDate.of(2016, 3, 31), level, List.of(officer.id(), secondOfficer.id())));
    }

    /** A report taken through review to distribution by its head. */
    private ReportView distributed(String title, DistributionLevel level) {
        ReportView report = draft(title, ReportType.SPOT, level);
        report = reports.submit(officer, report.id(), report.version());
        report = reports.approve(head, report.id(), report.version());
        return reports.distribute(head, report.id(), report.version(),
                List.of(new Recipient(RecipientKind.SECRETARIAT, null, "The Secretariat")));
    }

    private String page(String url, CorridorUser as) throws Exception {
        return mvc.perform(get(url).with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static MockHttpServletRequestBuilder postAs(String url, CorridorUser as) {
        return post(url).with(user(as)).with(csrf());
    }

    /** The editor's form as the page would post it, with every section as it is now and one text changed. */
    private MockHttpServletRequestBuilder save(ReportView report, CorridorUser as, long version, int changed,
            String text) {
        MockHttpServletRequestBuilder request = postAs("/reports/" + report.id(), as)
                .param("version", Long.toString(version)).param("title", report.title())
                .param("periodFrom", report.periodFrom().toString()).param("periodTo", report.periodTo().toString())
                .param("level", report.level().name());
        report.authorIds().forEach(a -> request.param("authorIds", a.toString()));
        for (int i = 0; i < report.sections().size(); i++) {
            Reports.SectionView s = report.sections().get(i);
            request.param("sections[" + i + "].id", s.id().toString()).param("sections[" + i + "].kind", s.kind().name())
                    .param("sections[" + i + "].heading", s.heading())
                    .param("sections[" + i + "].markdown", i == changed ? text : s.markdown());
        }
        return request;
    }

    @Test
    void listsTheReportsTheUserMayReadFilteredByTypeStatusAndAccentFreeWords() throws Exception {
        ReportView spot = draft("Incidents at Preševo and Tabanovce", ReportType.SPOT, DistributionLevel.OSCE);
        ReportView background = draft("Background on the route " + UUID.randomUUID(), ReportType.BACKGROUND,
                DistributionLevel.OSCE);

        String bySpot = page("/reports?type=SPOT&status=DRAFT&operation=" + skopje, officer);
        assertThat(bySpot).contains(spot.title()).doesNotContain(background.title())
                .contains("Draft", "Spot report", "2016-01-01");
        String byWords = page("/reports?words=Presevo", officer);
        assertThat(byWords).contains("Incidents at Preševo and Tabanovce").doesNotContain(background.title());
        // No window around today: the list opens on every report, however old.
        assertThat(page("/reports", officer)).contains(background.title());
        // A viewer of the operation does not read drafts; another operation's officer neither.
        assertThat(page("/reports", viewer)).doesNotContain(spot.title());
        assertThat(page("/reports", serbiaOfficer)).doesNotContain(spot.title());
    }

    @Test
    void offersANewReportOnlyToWhoMayDraft() throws Exception {
        assertThat(page("/reports", officer)).contains("href=\"/reports/new\"");
        assertThat(page("/reports", viewer)).doesNotContain("href=\"/reports/new\"");
        assertThat(page("/reports", delegation)).doesNotContain("href=\"/reports/new\"");
        mvc.perform(get("/reports/new").with(user(viewer))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/new").with(user(head))).andExpect(status().isForbidden());
    }

    @Test
    void theNewReportFormListsEachProblemAtTheTopAndBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
        String page = mvc.perform(postAs("/reports/new", officer).param("operationId", skopje.toString())
                        .param("type", "SPOT").param("title", "").param("periodFrom", "2016-02-30")
                        .param("periodTo", "2016-01-31").param("level", "OSCE")
                        .param("authorIds", officer.id().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("class=\"error-summary\"", "href=\"#title\"", "id=\"title-error\"",
                "id=\"periodFrom-error\"", "value=\"2016-02-30\"", "value=\"2016-01-31\"");

        String tooLong = "x".repeat(201);
        page = mvc.perform(postAs("/reports/new", officer).param("operationId", skopje.toString())
                        .param("type", "SPOT").param("title", tooLong).param("periodFrom", "2016-03-01")
                        .param("periodTo", "2016-01-31").param("level", "OSCE")
                        .param("authorIds", officer.id().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"title-error\"", "value=\"" + tooLong + "\"", "id=\"periodTo-error\"");
    }

    @Test
    void createsTheDraftFromItsTypesTemplateAndOpensTheEditor() throws Exception {
        MvcResult created = mvc.perform(postAs("/reports/new", officer).param("operationId", skopje.toString())
                        .param("type", "BACKGROUND").param("title", "Background report on the route")
                        .param("periodFrom", "2016-01-01").param("periodTo", "2016-03-31").param("level", "OSCE")
                        .param("authorIds", officer.id().toString()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/reports/*")).andReturn();
        String editor = page(created.getResponse().getRedirectedUrl(), officer);
        assertThat(editor).contains("Background report on the route", "value=\"Situation\"",
                "value=\"Host-country response\"", "Submit for review", "name=\"sections[0].markdown\"");
    }

    @Test
    void theEditorSavesTheTextAndMovesAddsAndRemovesSections() throws Exception {
        ReportView report = draft("Editor test " + UUID.randomUUID(), ReportType.SPOT, DistributionLevel.OSCE);
        mvc.perform(save(report, officer, report.version(), 0, "Two incidents at **Horgoš** on 16 September.")
                        .param("action", "save"))
                .andExpect(status().is3xxRedirection());
        ReportView saved = reports.find(officer, report.id()).orElseThrow();
        assertThat(saved.sections().get(0).markdown()).isEqualTo("Two incidents at **Horgoš** on 16 September.");
        assertThat(page("/reports/" + report.id(), officer)).contains("Two incidents at **Horgoš** on 16 September.");

        mvc.perform(save(saved, officer, saved.version(), -1, null).param("action", "down-0"))
                .andExpect(status().is3xxRedirection());
        ReportView moved = reports.find(officer, report.id()).orElseThrow();
        assertThat(moved.sections().get(1).heading()).isEqualTo(saved.sections().get(0).heading());

        mvc.perform(save(moved, officer, moved.version(), -1, null).param("action", "add").param("newKind", "NARRATIVE")
                        .param("newHeading", "Sources"))
                .andExpect(status().is3xxRedirection());
        ReportView added = reports.find(officer, report.id()).orElseThrow();
        assertThat(added.sections()).extracting(Reports.SectionView::heading).endsWith("Sources");

        mvc.perform(save(added, officer, added.version(), -1, null).param("action", "remove-" + (added.sections().size() - 1)))
                .andExpect(status().is3xxRedirection());
        assertThat(reports.find(officer, report.id()).orElseThrow().sections()).extracting(Reports.SectionView::heading)
                .doesNotContain("Sources");

        String noKind = mvc.perform(save(added, officer, reports.find(officer, report.id()).orElseThrow().version(), 0,
                        "Kept while the kind is missing").param("action", "add"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noKind).contains("id=\"newKind-error\"", "Kept while the kind is missing");
    }

    @Test
    void theEditorKeepsADateThatIsNoDateBesideItsProblemWithTheTextTypedAndSavesNothing() throws Exception {
        ReportView report = draft("Typed date test " + UUID.randomUUID(), ReportType.SPOT, DistributionLevel.OSCE);
        MockHttpServletRequestBuilder request = postAs("/reports/" + report.id(), officer)
                .param("version", Long.toString(report.version())).param("title", report.title())
                .param("periodFrom", report.periodFrom().toString()).param("periodTo", "31 March")
                .param("level", report.level().name()).param("action", "save");
        report.authorIds().forEach(a -> request.param("authorIds", a.toString()));
        for (int i = 0; i < report.sections().size(); i++) {
            Reports.SectionView s = report.sections().get(i);
            request.param("sections[" + i + "].id", s.id().toString()).param("sections[" + i + "].kind", s.kind().name())
                    .param("sections[" + i + "].heading", s.heading())
                    .param("sections[" + i + "].markdown", i == 0 ? "Kept while the date is no date" : s.markdown());
        }

        String page = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"#periodTo\"", "id=\"periodTo-error\"", "Enter a real date as year-month-day",
                "value=\"31 March\"", "Kept while the date is no date");
        assertThat(reports.find(officer, report.id()).orElseThrow().version()).isEqualTo(report.version());
    }

    @Test
    void aStaleSaveKeepsEveryTypedTextAndSaysWhoChangedWhichSection() throws Exception {
        ReportView report = draft("Stale test " + UUID.randomUUID(), ReportType.SPOT, DistributionLevel.OSCE);
        String heading = report.sections().get(0).heading();
        // Boris saves first.
        List<SectionDraft> theirs = new ArrayList<>();
        for (Reports.SectionView s : report.sections()) {
            theirs.add(new SectionDraft(s.id(), s.kind(), s.heading(), s == report.sections().get(0)
                    ? "Boris's account of the incident." : s.markdown()));
        }
        reports.change(secondOfficer, report.id(), report.version(), new ReportDraft(skopje, report.type(),
                report.title(), report.periodFrom(), report.periodTo(), report.level(), report.authorIds()), theirs);

        // Ana saves on the version she opened.
        String page = mvc.perform(save(report, officer, report.version(), 0, "Ana's long typed account, never lost.")
                        .param("action", "save"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Someone else saved this report", "Boris Second", heading,
                "Ana&#39;s long typed account, never lost.", "Boris&#39;s account of the incident.");
        assertThat(reports.find(officer, report.id()).orElseThrow().sections().get(0).markdown())
                .isEqualTo("Boris's account of the incident.");
    }

    @Test
    void eachWorkflowButtonMovesTheReportAndARefusalSaysWhy() throws Exception {
        ReportView report = draft("Workflow test " + UUID.randomUUID(), ReportType.SPOT, DistributionLevel.OSCE);
        String url = "/reports/" + report.id();
        assertThat(page(url, officer)).contains("action=\"" + url + "/submit\"").doesNotContain(url + "/approve");

        mvc.perform(postAs(url + "/submit", officer).param("version", Long.toString(report.version())))
                .andExpect(status().is3xxRedirection());
        report = reports.find(officer, report.id()).orElseThrow();
        assertThat(report.status()).isEqualTo(ReportStatus.IN_REVIEW);
        // An officer may never approve: refused on the server, not only by the missing button.
        mvc.perform(postAs(url + "/approve", officer).param("version", Long.toString(report.version())))
                .andExpect(status().isForbidden());

        String review = page(url, head);
        assertThat(review).contains(url + "/approve", url + "/return").doesNotContain(url + "/distribute");
        // Returning needs a comment: the head is told, and nothing moves.
        mvc.perform(postAs(url + "/return", head).param("version", Long.toString(report.version())).param("comment", " "))
                .andExpect(status().is3xxRedirection());
        assertThat(reports.find(head, report.id()).orElseThrow().status()).isEqualTo(ReportStatus.IN_REVIEW);
        mvc.perform(postAs(url + "/return", head).param("version", Long.toString(report.version()))
                        .param("comment", "Add the March figures."))
                .andExpect(status().is3xxRedirection());
        report = reports.find(head, report.id()).orElseThrow();
        assertThat(report.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(page(url, officer)).contains("Add the March figures.");

        report = reports.submit(officer, report.id(), report.version());
        mvc.perform(postAs(url + "/approve", head).param("version", Long.toString(report.version())))
                .andExpect(status().is3xxRedirection());
        report = reports.find(head, report.id()).orElseThrow();
        assertThat(report.status()).isEqualTo(ReportStatus.APPROVED);

        // Distribution needs a recipient.
        MvcResult noRecipient = mvc.perform(postAs(url + "/distribute", head).param("version", Long.toString(report.version())))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(noRecipient.getFlashMap().get("refusals").toString()).contains("at least one recipient");
        mvc.perform(postAs(url + "/distribute", head).param("version", Long.toString(report.version()))
                        .param("recipients", "SECRETARIAT").param("recipients", "OPERATION:" + serbia))
                .andExpect(status().is3xxRedirection());
        report = reports.find(head, report.id()).orElseThrow();
        assertThat(report.status()).isEqualTo(ReportStatus.DISTRIBUTED);
        assertThat(report.symbol()).isNotBlank();
        assertThat(page(url, head)).contains(report.symbol(), url + "/withdraw", url + "/revise", "The Secretariat");

        MvcResult noReason = mvc.perform(postAs(url + "/withdraw", head).param("version", Long.toString(report.version())))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(noReason.getFlashMap().get("refusals").toString()).contains("reason");
        mvc.perform(postAs(url + "/withdraw", head).param("version", Long.toString(report.version()))
                        .param("reason", "Superseded by the background report."))
                .andExpect(status().is3xxRedirection());
        assertThat(page(url, head)).contains("WITHDRAWN", "Superseded by the background report.");
    }

    @Test
    void aRevisionIsANewDraftAndTheEarlierEditionStaysReadable() throws Exception {
        ReportView report = distributed("Revision test " + UUID.randomUUID(), DistributionLevel.OSCE);
        mvc.perform(postAs("/reports/" + report.id() + "/revise", head).param("version", Long.toString(report.version())))
                .andExpect(status().is3xxRedirection());
        ReportView revised = reports.find(head, report.id()).orElseThrow();
        assertThat(revised.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(revised.revision()).isEqualTo(1);
        assertThat(page("/reports/" + report.id() + "/editions/0", officer)).contains(report.symbol(), "Earlier edition");
        mvc.perform(get("/reports/" + report.id() + "/editions/7").with(user(officer))).andExpect(status().isNotFound());
    }

    @Test
    void reviewersCommentOnASectionAndAuthorsAnswerAndResolve() throws Exception {
        ReportView report = draft("Review test " + UUID.randomUUID(), ReportType.SPOT, DistributionLevel.OSCE);
        report = reports.submit(officer, report.id(), report.version());
        UUID section = report.sections().get(0).id();
        String url = "/reports/" + report.id();
        mvc.perform(postAs(url + "/comments", head).param("sectionId", section.toString())
                        .param("text", "Name the crossing points."))
                .andExpect(status().is3xxRedirection());
        String review = page(url, officer);
        assertThat(review).contains("Name the crossing points.", "Hana Head", "id=\"comments-" + section + "\"");
        Reports.CommentView first = reports.comments(officer, report.id()).get(0);
        mvc.perform(postAs(url + "/comments", officer).param("sectionId", section.toString())
                        .param("replyTo", first.id().toString()).param("text", "Gevgelija and Tabanovce added."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(postAs(url + "/comments/" + first.id() + "/resolve", head)).andExpect(status().is3xxRedirection());
        assertThat(page(url, head)).contains("Gevgelija and Tabanovce added.", "Resolved by Hana Head");
        // An empty comment is refused with a message; a viewer may not comment at all.
        MvcResult empty = mvc.perform(postAs(url + "/comments", head).param("sectionId", section.toString()).param("text", ""))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(empty.getFlashMap().get("commentProblem").toString()).contains("Write the comment");
        mvc.perform(postAs(url + "/comments", viewer).param("sectionId", section.toString()).param("text", "Hi"))
                .andExpect(status().isNotFound());
    }

    @Test
    void answeringACommentInTheEditorSavesTheTextTypedFirstAndAStaleSaveKeepsBoth() throws Exception {
        ReportView report = draft("Answered in the editor " + UUID.randomUUID(), ReportType.SPOT, DistributionLevel.OSCE);
        report = reports.submit(officer, report.id(), report.version());
        UUID section = report.sections().get(0).id();
        Reports.CommentView asked = reports.comment(head, report.id(), section, null, "Name the crossing points.");
        report = reports.returnToAuthors(head, report.id(), report.version(), "See the comment.");
        String editor = page("/reports/" + report.id(), officer);
        assertThat(editor).contains("form=\"editor\"", "value=\"reply:" + section + ":" + asked.id() + "\"",
                "name=\"comment-text-" + asked.id() + "\"");

        mvc.perform(save(report, officer, report.version(), 0, "Gevgelija and Tabanovce, 20 November 2015.")
                        .param("action", "reply:" + section + ":" + asked.id())
                        .param("comment-text-" + asked.id(), "Both named now."))
                .andExpect(status().is3xxRedirection());
        ReportView saved = reports.find(officer, report.id()).orElseThrow();
        assertThat(saved.sections().get(0).markdown()).isEqualTo("Gevgelija and Tabanovce, 20 November 2015.");
        assertThat(reports.comments(officer, report.id())).extracting(Reports.CommentView::text)
                .contains("Both named now.");

        // Saved from an older page: nothing is written, and both the section's text and the answer stay typed.
        String stale = mvc.perform(save(report, officer, report.version(), 0, "Typed on the older page.")
                        .param("action", "comment:" + section).param("comment-text-" + section, "A second thought."))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Typed on the older page.", "A second thought.");
        assertThat(reports.comments(officer, report.id())).extracting(Reports.CommentView::text)
                .doesNotContain("A second thought.");
    }

    @Test
    void theDelegationReaderReadsOnlyTheDocument() throws Exception {
        ReportView report = distributed("Delegation test " + UUID.randomUUID(), DistributionLevel.PARTICIPATING_STATES);
        String url = "/reports/" + report.id();
        String page = page(url, delegation);
        assertThat(page).contains(report.title(), report.symbol(), "report.pdf")
                .doesNotContain("/versions", "Comments", "/withdraw", "/revise", "History", "name=\"version\"");
        mvc.perform(get(url + "/versions").with(user(delegation))).andExpect(status().isNotFound());
        assertThat(page("/reports", delegation)).contains(report.title());

        ReportView internal = distributed("Internal test " + UUID.randomUUID(), DistributionLevel.OSCE);
        mvc.perform(get("/reports/" + internal.id()).with(user(delegation))).andExpect(status().isNotFound());
        ReportView draft = draft("Draft test " + UUID.randomUUID(), ReportType.SPOT, DistributionLevel.PUBLIC);
        mvc.perform(get("/reports/" + draft.id()).with(user(delegation))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/" + draft.id() + "/report.pdf").with(user(delegation))).andExpect(status().isNotFound());
    }

    @Test
    void anotherOperationsDraftIsNotFound() throws Exception {
        ReportView report = draft("Hidden test " + UUID.randomUUID(), ReportType.SPOT, DistributionLevel.OSCE);
        for (String path : List.of("", "/versions", "/report.html", "/report.pdf", "/report.docx")) {
            mvc.perform(get("/reports/" + report.id() + path).with(user(serbiaOfficer))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/reports/" + report.id()).with(user(viewer))).andExpect(status().isNotFound());
        mvc.perform(postAs("/reports/" + report.id() + "/submit", serbiaOfficer).param("version", "0"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theVersionsAreListedAndComparedWithDeletionsAndInsertionsMarked() throws Exception {
        ReportView report = draft("Versions test " + UUID.randomUUID(), ReportType.SPOT, DistributionLevel.OSCE);
        mvc.perform(save(report, officer, report.version(), 0, "Crossings at Gevgelija were open.").param("action", "save"))
                .andExpect(status().is3xxRedirection());
        ReportView once = reports.find(officer, report.id()).orElseThrow();
        mvc.perform(save(once, officer, once.version(), 0, "Crossings at Gevgelija were closed.").param("action", "save"))
                .andExpect(status().is3xxRedirection());
        List<Reports.VersionSummary> versions = reports.versions(officer, report.id());
        assertThat(page("/reports/" + report.id() + "/versions", officer)).contains("Ana Officer", "Compare");
        int last = versions.stream().mapToInt(Reports.VersionSummary::number).max().orElseThrow();
        String compare = page("/reports/" + report.id() + "/versions/compare?from=" + (last - 1) + "&to=" + last, officer);
        assertThat(compare).contains("<del>", "<ins>", "closed", "open");
        assertThat(page("/reports/" + report.id() + "/versions/compare?from=999&to=1000", officer))
                .contains("There is no such version");
    }

    @Test
    void theDocumentDownloadsAsHtmlPdfAndWordNamedAfterItsSymbol() throws Exception {
        ReportView report = distributed("Downloads test " + UUID.randomUUID(), DistributionLevel.OSCE);
        String fileName = report.symbol().replace('/', '-');
        String url = "/reports/" + report.id() + "/report.";
        mvc.perform(get(url + "html").with(user(officer))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/html")))
                .andExpect(header().string("Content-Disposition", containsString(fileName + ".html")))
                .andExpect(content().string(containsString(report.title())))
                .andExpect(content().string(not(containsString("<script"))));
        MvcResult pdf = mvc.perform(get(url + "pdf").with(user(officer))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString(fileName + ".pdf"))).andReturn();
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        MvcResult docx = mvc.perform(get(url + "docx").with(user(officer))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andExpect(header().string("Content-Disposition", containsString(fileName + ".docx"))).andReturn();
        assertThat(docx.getResponse().getContentAsByteArray()).startsWith('P', 'K');
        mvc.perform(get(url + "exe").with(user(officer))).andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/reports/" + report.id() + "/document.pdf").header("Authorization", region.bearer(officer)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString(fileName + ".pdf")));
        mvc.perform(get("/api/v1/reports/" + report.id() + "/document.docx").header("Authorization",
                        region.bearer(delegation)))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
    }

    @Test
    void aDraftDownloadsNamedAfterItsTitle() throws Exception {
        ReportView report = draft("Извештај о миграцијама: Preševo", ReportType.SPOT, DistributionLevel.OSCE);
        mvc.perform(get("/reports/" + report.id() + "/report.pdf").with(user(officer))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        containsString("filename*=UTF-8''%D0%98%D0%B7%D0%B2%D0%B5%D1%88%D1%82%D0%B0%D1%98")));
    }

    @Test
    void theNavigationShowsReportsToEveryoneWhoReadsThem() throws Exception {
        for (CorridorUser someone : List.of(officer, viewer, delegation, head)) {
            assertThat(page("/", someone)).contains("href=\"/reports\"");
        }
    }
}
