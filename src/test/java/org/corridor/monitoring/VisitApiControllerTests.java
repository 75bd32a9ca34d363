package org.corridor.monitoring;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@CorridorTest
class VisitApiControllerTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    RecordsApi visits;
    UUID skopje;
    UUID gevgelija;
    String officerToken;

    @BeforeEach
    void officerOfSkopje() {
        visits = new RecordsApi(mvc, "/api/v1/visits");
        skopje = region.operation("skopje");
        gevgelija = region.place("MK-GEVGELIJA");
        officerToken = region.bearer(Role.OFFICER, skopje);
    }

    String visitJson(String narrative, boolean confirm) {
        return """
                {"operationId":"%s","locationId":"%s","unit":"POLICE_DEVELOPMENT","teamCount":2,
                 "startsAt":"2016-03-08T07:00:00Z","endsAt":"2016-03-09T09:00:00Z","purpose":"Border monitoring",
                 "status":"COMPLETED","observations":{"personsTotal":300,"men":120,"women":80,"children":100,
                 "unaccompaniedMinors":12,"staffing":"UNDERSTAFFED","concerns":["overcrowding"],"narrative":"%s"},
                 "followUps":[{"action":"Brief the police","owner":"PDU","dueDate":"2016-03-15"}],
                 "confirmPersonalData":%s}""".formatted(skopje, gevgelija, narrative, confirm);
    }

    MvcResult create(String narrative) throws Exception {
        return visits.create(officerToken, visitJson(narrative, false))
                .andExpect(status().isCreated()).andReturn();
    }

    String id(MvcResult result) throws Exception {
        return com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.visit.id");
    }

    @Test
    void recordsAVisitAndReturnsItWithAnEtag() throws Exception {
        MvcResult created = create("Long queues");

        mvc.perform(get("/api/v1/visits/" + id(created)).header("Authorization", officerToken))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.overnight").value(true))
                .andExpect(jsonPath("$.visit.observations.staffing").value("UNDERSTAFFED"))
                .andExpect(jsonPath("$.visit.distributionLevel").value("OPERATION"));
    }

    @Test
    void namesEachBadFieldInTheProblem() throws Exception {
        String bad = visitJson("x", false).replace("\"personsTotal\":300", "\"personsTotal\":10")
                .replace("\"teamCount\":2", "\"teamCount\":0");

        visits.create(officerToken, bad)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("teamCount")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("observations.personsTotal")));
    }

    @Test
    void asksToConfirmTextThatLooksLikePersonalData() throws Exception {
        visits.create(officerToken, visitJson("Contact: someone@example.org", false))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.findings[0].kind").value("EMAIL"));
        visits.create(officerToken, visitJson("Contact: someone@example.org", true))
                .andExpect(status().isCreated());
    }

    @Test
    void anUpdateWithoutIfMatchIsRefused() throws Exception {
        String id = id(create("first"));

        visits.changeWithoutVersion(officerToken, id, visitJson("second", false))
                .andExpect(status().isPreconditionRequired());
    }

    @Test
    void aStaleUpdateGets412AndNeverOverwrites() throws Exception {
        String id = id(create("first"));
        visits.change(officerToken, id, 0, visitJson("second", false))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));

        visits.change(officerToken, id, 0, visitJson("third", false))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(1));
        visits.read(officerToken, id)
                .andExpect(jsonPath("$.visit.observations.narrative").value("second"));
    }

    @Test
    void anotherOperationsVisitIsNotFoundByApi() throws Exception {
        String id = id(create("internal"));
        String serbianToken = region.bearer(Role.FOCAL_POINT, region.operation("serbia"));

        visits.read(serbianToken, id).andExpect(status().isNotFound());
        visits.list(serbianToken)
                .andExpect(jsonPath("$.items[*].id", org.hamcrest.Matchers.not(hasItem(id))));
        visits.create(serbianToken, visitJson("x", false))
                .andExpect(status().isForbidden());
    }
}
