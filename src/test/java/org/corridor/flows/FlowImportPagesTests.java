package org.corridor.flows;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Membership;
import org.corridor.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The import page: upload, check only, the report page and the problems as CSV. */
@CorridorTest
class FlowImportPagesTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    UUID skopje;
    CorridorUser focal;

    @BeforeEach
    void focalPointOfSkopje() {
        skopje = region.operation("skopje");
        focal = region.user("imppage", "Pages", Role.FOCAL_POINT, skopje);
    }

    @Test
    void showsTheColumnMappingOnTheUploadPage() throws Exception {
        mvc.perform(get("/flows/import").with(user(focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("#affected+unaccompanied")))
                .andExpect(content().string(containsString("location_code")));
    }

    @Test
    void asksForAFileWhenNoneWasChosen() throws Exception {
        mvc.perform(multipart("/flows/import").param("operation", skopje.toString()).with(user(focal)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose a file to import.")));
    }

    @Test
    void checksAFileAndListsItsProblemsAsAPageAndAsCsv() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "bad.csv", "text/csv",
                "date,location_code,direction,total\n2012-03-01,XX-NOWHERE,ENTRY,5\n".getBytes(StandardCharsets.UTF_8));
        MvcResult result = mvc.perform(multipart("/flows/import").file(file).param("operation", skopje.toString())
                        .param("action", "check").with(user(focal)).with(csrf()))
                .andExpect(redirectedUrlPattern("/flows/import/*")).andReturn();
        String report = result.getResponse().getRedirectedUrl();
        mvc.perform(get(report).with(user(focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Rejected")))
                .andExpect(content().string(containsString("XX-NOWHERE")));
        mvc.perform(get(report + "/problems.csv").with(user(focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2,location_code,XX-NOWHERE")));
    }

    @Test
    void theCountsListOffersTheImportToFocalPointsOnly() throws Exception {
        CorridorUser viewer = region.user("impview", "Viewer", Role.VIEWER, skopje);

        mvc.perform(get("/flows").with(user(focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/flows/import\"")));
        mvc.perform(get("/flows").with(user(viewer))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"/flows/import\""))));
    }

    @Test
    void theUploadPageHasAProgressPanelForItsScript() throws Exception {
        mvc.perform(get("/flows/import").with(user(focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-jobs=\"/flows/import/jobs\"")))
                .andExpect(content().string(containsString("<progress")))
                .andExpect(content().string(containsString("/js/flow-import-")));
    }

    @Test
    void importsInTheBackgroundAndShowsTheJobsProgressUntilItIsWritten() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "good.csv", "text/csv", """
                date,location_code,direction,total
                2012-03-05,MK-GEVGELIJA-TC,ENTRY,40
                2012-03-06,MK-GEVGELIJA-TC,ENTRY,45
                """.getBytes(StandardCharsets.UTF_8));

        String started = mvc.perform(multipart("/flows/import/jobs").file(file).param("operation", skopje.toString())
                        .param("action", "import").with(user(focal)).with(csrf()))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.id").exists())
                .andReturn().getResponse().getContentAsString();
        String job = JsonPath.read(started, "$.id");

        await().atMost(Duration.ofSeconds(30)).until(() -> JsonPath.<Boolean>read(mvc.perform(
                get("/flows/import/jobs/" + job).with(user(focal))).andReturn().getResponse().getContentAsString(),
                "$.finished"));
        mvc.perform(get("/flows/import/jobs/" + job).with(user(focal))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WRITTEN"))
                .andExpect(jsonPath("$.rowsRead").value(2))
                .andExpect(jsonPath("$.rowsWritten").value(2))
                .andExpect(jsonPath("$.report").value("/flows/import/" + job));
    }

    @Test
    void aJobsProgressAndReportAreForItsOperationAndAdministratorsOnly() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "check.csv", "text/csv",
                "date,location_code,direction,total\n2012-04-02,MK-GEVGELIJA-TC,EXIT,10\n".getBytes(StandardCharsets.UTF_8));
        String started = mvc.perform(multipart("/flows/import/jobs").file(file).param("operation", skopje.toString())
                        .param("action", "check").with(user(focal)).with(csrf()))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String job = JsonPath.read(started, "$.id");
        CorridorUser colleague = region.user("impcoll", "Colleague", Role.FOCAL_POINT, skopje);
        CorridorUser admin = region.user("impadmin", "Admin", Role.ADMIN, null);

        CorridorUser elsewhere = region.user("impelse", "Elsewhere", new Membership(region.operation("serbia"),
                        Role.FOCAL_POINT));

        for (CorridorUser reader : List.of(colleague, admin)) {
            mvc.perform(get("/flows/import/jobs/" + job).with(user(reader))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.id").value(job));
            mvc.perform(get("/flows/import/" + job).with(user(reader))).andExpect(status().isOk());
        }
        mvc.perform(get("/flows/import/jobs/" + job).with(user(elsewhere))).andExpect(status().isNotFound());
        mvc.perform(get("/flows/import/" + job).with(user(elsewhere))).andExpect(status().isNotFound());
        mvc.perform(get("/flows/import/jobs/" + UUID.randomUUID()).with(user(focal))).andExpect(status().isNotFound());
    }

    @Test
    void startingWithoutAFileIsAProblemSayingSo() throws Exception {
        MvcResult result = mvc.perform(multipart("/flows/import/jobs").param("operation", skopje.toString())
                        .with(user(focal)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn();

        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(result.getResponse().getContentAsString()).contains("Choose a file to import.");
    }

    @Test
    void anImportCutShortByARestartStopsPollingAndItsReportSaysToImportAgain() throws Exception {
        // As a server stopped in the middle of an import leaves it: recorded as running, its process gone.
        UUID job = UUID.randomUUID();
        jdbc.sql("""
                insert into import_job (id, operation_id, kind, format, file_name, dry_run, status, rows_read, step,
                    started_by, started_at)
                values (:id, :operation, 'FLOWS', 'CSV', 'big.csv', false, 'RUNNING', 250000, 'READING', :user, now())""")
                .param("id", job).param("operation", skopje).param("user", focal.id()).update();

        mvc.perform(get("/flows/import/jobs/" + job).with(user(focal))).andExpect(status().isOk())
                .andExpect(jsonPath("$.finished").value(true))
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.report").value("/flows/import/" + job));
        mvc.perform(get("/flows/import/" + job).with(user(focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Corridor stopped while this import ran")))
                .andExpect(content().string(containsString("import the same file again")));
    }

    @Test
    void aCheckOnlyImportTellsNewRowsFromCorrectionsOfCountsAlreadyRecorded() throws Exception {
        MockMultipartFile first = new MockMultipartFile("file", "first.csv", "text/csv",
                "date,location_code,direction,total\n2012-06-14,MK-GEVGELIJA-TC,EXIT,40\n"
                        .getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/flows/import").file(first).param("operation", skopje.toString())
                        .param("action", "import").with(user(focal)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        MockMultipartFile again = new MockMultipartFile("file", "again.csv", "text/csv",
                ("date,location_code,direction,total\n2012-06-14,MK-GEVGELIJA-TC,EXIT,45\n"
                        + "2012-06-15,MK-GEVGELIJA-TC,EXIT,50\n2012-06-16,MK-GEVGELIJA-TC,EXIT,55\n")
                        .getBytes(StandardCharsets.UTF_8));
        String report = mvc.perform(multipart("/flows/import").file(again).param("operation", skopje.toString())
                        .param("action", "check").with(user(focal)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(report).with(user(focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Rows that would be written")))
                .andExpect(content().string(containsString("(2 new, 1 corrected)")));
    }

    @Test
    void theImportPageListsTheOperationsEarlierImportsWithWhoAndWhatCameOfThem() throws Exception {
        String fileName = "weekly-" + UUID.randomUUID().toString().substring(0, 6) + ".csv";
        MockMultipartFile file = new MockMultipartFile("file", fileName, "text/csv",
                "date,location_code,direction,total\n2012-05-07,MK-GEVGELIJA-TC,ENTRY,12\n".getBytes(StandardCharsets.UTF_8));
        String report = mvc.perform(multipart("/flows/import").file(file).param("operation", skopje.toString())
                        .param("action", "check").with(user(focal)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        CorridorUser colleague = region.user("imphist", "Colleague", Role.FOCAL_POINT, skopje);
        String page = mvc.perform(get("/flows/import").with(user(colleague))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Earlier imports").contains(fileName).contains("href=\"" + report + "\"");
        String row = page.substring(page.indexOf(fileName) - 600, page.indexOf(fileName) + 600);
        assertThat(row).contains("Pages").contains("Checked only").contains("1 would be written")
                .doesNotContain("1 written");
        mvc.perform(get(report).with(user(focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Rows that would be written")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Rows written"))));

        UUID serbia = region.operation("serbia");
        CorridorUser elsewhere = region.user("imphist", "Elsewhere", Role.FOCAL_POINT, serbia);
        assertThat(mvc.perform(get("/flows/import").with(user(elsewhere))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).doesNotContain(fileName);
    }
}
