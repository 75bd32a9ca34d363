package org.corridor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Role;
import org.corridor.monitoring.PreparednessAssessments;
import org.corridor.monitoring.TemporaryDeployments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@CorridorTest
class RecordExportTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    PreparednessAssessments assessments;

    @Autowired
    TemporaryDeployments deployments;

    @Test
    void exportsTheOperationsAssessmentsAsCsvButNotAnotherOperations() throws Exception {
        UUID albania = region.operation("albania");
        CorridorUser officer = region.user("export", "Officer", Role.OFFICER, albania);
        assessments.record(officer, new PreparednessAssessments.AssessmentDraft(albania, "Albanian border police",
                region.place("AL-TIRANA"), null, LocalDate.parse("2016-03-01"),
                PreparednessAssessments.Rating.PARTLY_PREPARED, null, PreparednessAssessments.Source.SECOND_HAND,
                "More attentive to cross-border movements", null), false);
        CorridorUser serbian = region.user("export.rs", "RS", Role.VIEWER, region.operation("serbia"));

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
        UUID albania = region.operation("albania");
        CorridorUser focal = region.user("export.focal", "Focal", Role.FOCAL_POINT, albania);
        deployments.record(focal, new TemporaryDeployments.DeploymentDraft(albania,
                region.place("AL-TIRANA"), 3, LocalDate.parse("2016-03-10"), null,
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
