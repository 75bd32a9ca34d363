package org.corridor.activities;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The activities import page: upload, check only, the report page and the problems as CSV. */
@CorridorTest
class ActivityImportPagesTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    UUID skopje;
    CorridorUser focal;

    @BeforeEach
    void focalPointOfSkopje() {
        skopje = region.operation("skopje");
        focal = region.user("actimppage", "Pages", Role.FOCAL_POINT, skopje);
    }

    @Test
    void showsTheColumnMappingOnTheUploadPage() throws Exception {
        mvc.perform(get("/activities/import").with(user(focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("#activity+code")))
                .andExpect(content().string(containsString("location_codes")));
    }

    @Test
    void theListLinksToTheImportForFocalPointsOnly() throws Exception {
        CorridorUser viewer = region.user("actimpview", "Viewer", Role.VIEWER, skopje);
        mvc.perform(get("/activities").with(user(focal)))
                .andExpect(content().string(containsString("href=\"/activities/import\"")))
                .andExpect(content().string(containsString("href=\"/activities.hxl.csv\"")));
        mvc.perform(get("/activities").with(user(viewer)))
                .andExpect(content().string(not(containsString("href=\"/activities/import\""))));
    }

    @Test
    void asksForAFileWhenNoneWasChosen() throws Exception {
        mvc.perform(multipart("/activities/import").param("operation", skopje.toString()).with(user(focal)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose a file to import.")));
    }

    @Test
    void checksAFileAndListsItsProblemsAsAPageAndAsCsv() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "bad.csv", "text/csv",
                ("title,response_area,dimensions,kind,status,starts_on\n"
                        + "Page test,SPORTS,HUMAN,PROJECT,PLANNED,2016-01-01\n").getBytes(StandardCharsets.UTF_8));
        String report = mvc.perform(multipart("/activities/import").file(file).param("operation", skopje.toString())
                        .param("action", "check").with(user(focal)).with(csrf()))
                .andExpect(redirectedUrlPattern("/activities/import/*")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(report).with(user(focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Rejected")))
                .andExpect(content().string(containsString("SPORTS")));
        mvc.perform(get(report + "/problems.csv").with(user(focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2,response_area,SPORTS")));
        mvc.perform(get("/activities/import").with(user(focal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Earlier imports")))
                .andExpect(content().string(containsString("href=\"" + report + "\"")));
    }
}
