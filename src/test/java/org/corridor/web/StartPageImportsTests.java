package org.corridor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Role;
import org.corridor.flows.FlowImport;
import org.corridor.interchange.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A focal point's start page lists the operation's latest imports, each linking to its report. */
@CorridorTest
class StartPageImportsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    RegionFixture region;
    @Autowired
    FlowImport flowImport;

    @Test
    void aFocalPointSeesTheLatestImportsOfTheOperationWithTheirReports(@TempDir Path dir) throws Exception {
        CorridorUser focal = region.user("start.focal", "Start Focal", Role.FOCAL_POINT, region.operation("albania"));
        String before = mvc.perform(get("/").with(user(focal))).andReturn().getResponse().getContentAsString();
        assertThat(before).contains("id=\"start-imports\"", "href=\"/flows/import\"");

        Path file = dir.resolve("start-page-check.csv");
        Files.writeString(file, "date,location_code,direction,source,total\n2016-02-03,MK-GEVGELIJA-BCP,ENTRY,,120\n");
        ImportReport checked = flowImport.importFile(focal, region.operation("albania"), file,
                "start-page-check.csv", null, true, n -> { });

        String after = mvc.perform(get("/").with(user(focal))).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("start-page-check.csv", "Checked only")
                .contains("href=\"/flows/import/" + checked.jobId() + "\"");
        CorridorUser viewer = region.user("start.viewer", "Start Viewer", Role.VIEWER, region.operation("albania"));
        assertThat(mvc.perform(get("/").with(user(viewer))).andReturn().getResponse().getContentAsString())
                .as("a viewer imports nothing").doesNotContain("id=\"start-imports\"");
    }
}
