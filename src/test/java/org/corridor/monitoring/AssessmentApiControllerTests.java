package org.corridor.monitoring;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.Role;
import org.corridor.web.RecordsApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@CorridorTest
class AssessmentApiControllerTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    RecordsApi assessments;
    UUID skopje;
    String officerToken;

    @BeforeEach
    void officerOfSkopje() {
        assessments = new RecordsApi(mvc, "/api/v1/assessments");
        skopje = region.operation("skopje");
        officerToken = region.bearer(Role.OFFICER, skopje);
    }

    String assessmentJson(String rating, String narrative, boolean confirm) {
        return """
                {"operationId":"%s","authority":"Border police","area":"Southern border","assessedOn":"2016-03-10",
                 "rating":"%s","contingencyPlan":"NO","source":"FIRST_HAND","narrative":"%s",
                 "confirmPersonalData":%s}""".formatted(skopje, rating, narrative, confirm);
    }

    String create(String narrative) throws Exception {
        return assessments.createdId(officerToken, assessmentJson("UNPREPARED", narrative, false), "$.id");
    }

    @Test
    void recordsAnAssessmentAndAnswers201WithEtagAndLocation() throws Exception {
        assessments.create(officerToken, assessmentJson("UNPREPARED", "No plan", false))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(header().string("Location", startsWith("/api/v1/assessments/")))
                .andExpect(jsonPath("$.rating").value("UNPREPARED"))
                .andExpect(jsonPath("$.distributionLevel").value("OPERATION"));
    }

    @Test
    void readsOneAssessmentWithItsEtagAndListsThemPaged() throws Exception {
        String id = create("read");

        assessments.read(officerToken, id)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.narrative").value("read"));
        assessments.list(officerToken, "operation", skopje.toString(), "size", "500")
                .andExpect(jsonPath("$.items[*].id", hasItem(id)))
                .andExpect(jsonPath("$.totalItems").isNumber());
    }

    @Test
    void namesEachBadFieldInTheProblem() throws Exception {
        String bad = assessmentJson("SOMEWHAT", "x", false).replace("\"rating\":\"SOMEWHAT\",", "")
                .replace("\"area\":\"Southern border\",", "").replace("\"authority\":\"Border police\"", "\"authority\":\" \"");

        assessments.create(officerToken, bad)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("rating")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("authority")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("locationId")));
    }

    @Test
    void asksToConfirmTextThatLooksLikePersonalData() throws Exception {
        assessments.create(officerToken, assessmentJson("UNPREPARED", "Contact: someone@example.org", false))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.findings[0].kind").value("EMAIL"));
        assessments.create(officerToken, assessmentJson("UNPREPARED", "Contact: someone@example.org", true))
                .andExpect(status().isCreated());
    }

    @Test
    void aViewerCannotRecordAnAssessment() throws Exception {
        assessments.create(region.bearer(Role.VIEWER, skopje), assessmentJson("UNPREPARED", "x", false))
                .andExpect(status().isForbidden());
    }

    @Test
    void aStaleUpdateGets412AndNeverOverwritesAndOneWithoutIfMatchGets428() throws Exception {
        String id = create("first");
        assessments.changeWithoutVersion(officerToken, id, assessmentJson("PREPARED", "no version", false))
                .andExpect(status().isPreconditionRequired());
        assessments.change(officerToken, id, 0, assessmentJson("PARTLY_PREPARED", "second", false))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));

        assessments.change(officerToken, id, 0, assessmentJson("PREPARED", "third", false))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(1));
        assessments.read(officerToken, id)
                .andExpect(jsonPath("$.narrative").value("second"))
                .andExpect(jsonPath("$.rating").value("PARTLY_PREPARED"));
    }

    @Test
    void anotherOperationsAssessmentIsNotFoundByApi() throws Exception {
        String id = create("internal");
        String serbianToken = region.bearer(Role.FOCAL_POINT, region.operation("serbia"));

        assessments.read(serbianToken, id)
                .andExpect(status().isNotFound());
        assessments.change(serbianToken, id, 0, assessmentJson("PREPARED", "taken over", false))
                .andExpect(status().isNotFound());
        assessments.list(serbianToken, "size", "500")
                .andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
        assessments.create(serbianToken, assessmentJson("UNPREPARED", "x", false))
                .andExpect(status().isForbidden());
    }
}
