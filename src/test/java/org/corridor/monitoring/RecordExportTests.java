package org.corridor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Membership;
import org.corridor.accounts.Role;
import org.corridor.accounts.UserAccounts;
import org.corridor.directory.Directory;
import org.corridor.monitoring.PreparednessAssessments;
import org.corridor.monitoring.TemporaryDeployments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class RecordExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Directory directory;

    @Autowired
    PreparednessAssessments assessments;

    @Autowired
    TemporaryDeployments deployments;

    @Test
    void exportsTheOperationsAssessmentsAsCsvButNotAnotherOperations() throws Exception {
        UUID albania = directory.operationByCode("albania").orElseThrow().id();
        CorridorUser officer = accounts.create("export." + UUID.randomUUID().toString().substring(0, 8), "Officer",
                "long-enough-password", List.of(new Membership(albania, Role.OFFICER)));
        assessments.record(officer, new PreparednessAssessments.AssessmentDraft(albania, "Albanian border police",
                directory.locationByCode("AL-TIRANA").orElseThrow().id(), null, LocalDate.parse("2016-03-01"),
                PreparednessAssessments.Rating.PARTLY_PREPARED, null, PreparednessAssessments.Source.SECOND_HAND,
                "More attentive to cross-border movements", null), false);
        CorridorUser serbian = accounts.create("export.rs." + UUID.randomUUID().toString().substring(0, 6), "RS",
                "long-enough-password", List.of(new Membership(directory.operationByCode("serbia").orElseThrow().id(), Role.VIEWER)));

        String csv = mvc.perform(get("/monitoring/assessments.csv").param("operation", albania.toString()).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("id,operation,authority,location_code");
        assertThat(csv).contains("Albanian border police").contains("albania").contains("PARTLY_PREPARED");

        String other = mvc.perform(get("/monitoring/assessments.csv").with(user(serbian)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(other).doesNotContain("Albanian border police");
    }

    @Test
    void exportsDeploymentsAsXlsx() throws Exception {
        UUID albania = directory.operationByCode("albania").orElseThrow().id();
        CorridorUser focal = accounts.create("export.focal." + UUID.randomUUID().toString().substring(0, 6), "Focal",
                "long-enough-password", List.of(new Membership(albania, Role.FOCAL_POINT)));
        deployments.record(focal, new TemporaryDeployments.DeploymentDraft(albania,
                directory.locationByCode("AL-TIRANA").orElseThrow().id(), 3, LocalDate.parse("2016-03-10"), null,
                TemporaryDeployments.Premises.RENTED_OFFICE, "Temporary presence near the southern border"));

        byte[] xlsx = mvc.perform(get("/monitoring/deployments.xlsx").param("operation", albania.toString()).with(user(focal)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("officers");
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).contains("southern border");
        }
    }
}
