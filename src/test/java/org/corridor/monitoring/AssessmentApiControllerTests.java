package org.corridor.monitoring;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Role;
import org.corridor.accounts.UserAccounts;
import org.corridor.directory.Directory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@CorridorTest
class AssessmentApiControllerTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Directory directory;

    UUID skopje;
    String officerToken;

    @BeforeEach
    void officerOfSkopje() {
        skopje = region.operation("skopje");
        officerToken = tokenFor(Role.OFFICER, skopje);
    }

    String tokenFor(Role role, UUID operation) {
        CorridorUser user = region.user("assessapi", "API", role, operation);
        return region.bearer(user);
    }

    String assessmentJson(String rating, String narrative, boolean confirm) {
        return """
                {"operationId":"%s","authority":"Border police","area":"Southern border","assessedOn":"2016-03-10",
                 "rating":"%s","contingencyPlan":"NO","source":"FIRST_HAND","narrative":"%s",
                 "confirmPersonalData":%s}""".formatted(skopje, rating, narrative, confirm);
    }

    String create(String narrative) throws Exception {
        String body = mvc.perform(post("/api/v1/assessments").header("Authorization", officerToken)
                        .contentType(MediaType.APPLICATION_JSON).content(assessmentJson("UNPREPARED", narrative, false)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void recordsAnAssessmentAndAnswers201WithEtagAndLocation() throws Exception {
        mvc.perform(post("/api/v1/assessments").header("Authorization", officerToken)
                        .contentType(MediaType.APPLICATION_JSON).content(assessmentJson("UNPREPARED", "No plan", false)))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(header().string("Location", startsWith("/api/v1/assessments/")))
                .andExpect(jsonPath("$.rating").value("UNPREPARED"))
                .andExpect(jsonPath("$.distributionLevel").value("OPERATION"));
    }

    @Test
    void readsOneAssessmentWithItsEtagAndListsThemPaged() throws Exception {
        String id = create("read");

        mvc.perform(get("/api/v1/assessments/" + id).header("Authorization", officerToken))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.narrative").value("read"));
        mvc.perform(get("/api/v1/assessments").param("operation", skopje.toString()).param("size", "500")
                        .header("Authorization", officerToken))
                .andExpect(jsonPath("$.items[*].id", hasItem(id)))
                .andExpect(jsonPath("$.totalItems").isNumber());
    }

    @Test
    void namesEachBadFieldInTheProblem() throws Exception {
        String bad = assessmentJson("SOMEWHAT", "x", false).replace("\"rating\":\"SOMEWHAT\",", "")
                .replace("\"area\":\"Southern border\",", "").replace("\"authority\":\"Border police\"", "\"authority\":\" \"");

        mvc.perform(post("/api/v1/assessments").header("Authorization", officerToken)
                        .contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("rating")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("authority")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("locationId")));
    }

    @Test
    void asksToConfirmTextThatLooksLikePersonalData() throws Exception {
        mvc.perform(post("/api/v1/assessments").header("Authorization", officerToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(assessmentJson("UNPREPARED", "Contact: someone@example.org", false)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.findings[0].kind").value("EMAIL"));
        mvc.perform(post("/api/v1/assessments").header("Authorization", officerToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(assessmentJson("UNPREPARED", "Contact: someone@example.org", true)))
                .andExpect(status().isCreated());
    }

    @Test
    void aViewerCannotRecordAnAssessment() throws Exception {
        mvc.perform(post("/api/v1/assessments").header("Authorization", tokenFor(Role.VIEWER, skopje))
                        .contentType(MediaType.APPLICATION_JSON).content(assessmentJson("UNPREPARED", "x", false)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aStaleUpdateGets412AndNeverOverwritesAndOneWithoutIfMatchGets428() throws Exception {
        String id = create("first");
        mvc.perform(put("/api/v1/assessments/" + id).header("Authorization", officerToken)
                        .contentType(MediaType.APPLICATION_JSON).content(assessmentJson("PREPARED", "no version", false)))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/v1/assessments/" + id).header("Authorization", officerToken).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(assessmentJson("PARTLY_PREPARED", "second", false)))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));

        mvc.perform(put("/api/v1/assessments/" + id).header("Authorization", officerToken).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(assessmentJson("PREPARED", "third", false)))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(1));
        mvc.perform(get("/api/v1/assessments/" + id).header("Authorization", officerToken))
                .andExpect(jsonPath("$.narrative").value("second"))
                .andExpect(jsonPath("$.rating").value("PARTLY_PREPARED"));
    }

    @Test
    void anotherOperationsAssessmentIsNotFoundByApi() throws Exception {
        String id = create("internal");
        String serbianToken = tokenFor(Role.FOCAL_POINT, region.operation("serbia"));

        mvc.perform(get("/api/v1/assessments/" + id).header("Authorization", serbianToken))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/assessments/" + id).header("Authorization", serbianToken).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(assessmentJson("PREPARED", "taken over", false)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/assessments").param("size", "500").header("Authorization", serbianToken))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
        mvc.perform(post("/api/v1/assessments").header("Authorization", serbianToken)
                        .contentType(MediaType.APPLICATION_JSON).content(assessmentJson("UNPREPARED", "x", false)))
                .andExpect(status().isForbidden());
    }
}
