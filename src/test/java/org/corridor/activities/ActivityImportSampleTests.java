package org.corridor.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Role;
import org.corridor.interchange.ImportJobs;
import org.corridor.interchange.ImportReport;
import org.corridor.interchange.TableFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sample files the activities' import page offers are accepted by the import as they are: checked (nothing
 * written) for every operation, so that they can never drift from what the import reads.
 */
@CorridorTest
class ActivityImportSampleTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    ActivityImport activityImport;

    @TempDir
    Path dir;

    @Test
    void theImportPageOffersACsvAndAHxlSampleThatTheImportAcceptsWithoutAProblemForEveryOperation() throws Exception {
        CorridorUser anyFocalPoint = region.user("actsample", "Sample", Role.FOCAL_POINT, region.operation("skopje"));
        String page = mvc.perform(get("/activities/import").with(user(anyFocalPoint))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> samples = new ArrayList<>();
        Matcher link = Pattern.compile("href=\"(/samples/[^\"]+)\" download").matcher(page);
        while (link.find()) {
            samples.add(link.group(1));
        }
        assertThat(samples).containsExactly("/samples/activities-sample.csv", "/samples/activities-sample-hxl.csv");

        for (String operation : List.of("skopje", "serbia", "albania")) {
            CorridorUser focalPoint = region.user("actsample", "Sample", Role.FOCAL_POINT, region.operation(operation));
            for (String sample : samples) {
                byte[] content = mvc.perform(get(sample).with(user(focalPoint))).andExpect(status().isOk()).andReturn()
                        .getResponse().getContentAsByteArray();
                Path file = Files.write(dir.resolve(UUID.randomUUID() + ".csv"), content);

                ImportReport report = activityImport.importFile(focalPoint, region.operation(operation), file,
                        sample.substring(sample.lastIndexOf('/') + 1), null, true);

                assertThat(report.problems().entries()).as(operation + " " + sample).isEmpty();
                assertThat(report.status()).as(sample).isEqualTo(ImportJobs.Status.CHECKED);
                assertThat(report.format()).as(sample)
                        .isEqualTo(sample.contains("hxl") ? TableFormat.HXL : TableFormat.CSV);
                assertThat(report.created()).as("every row would be a new activity").isEqualTo(2);
            }
        }
    }
}
