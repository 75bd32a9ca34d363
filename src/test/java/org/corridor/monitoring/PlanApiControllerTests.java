package org.corridor.monitoring;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
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

@CorridorTest
class PlanApiControllerTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    RecordsApi plans;
    UUID skopje;
    UUID gevgelija;
    String focalPointToken;

    @BeforeEach
    void focalPointOfSkopje() {
        plans = new RecordsApi(mvc, "/api/v1/monitoring-plans");
        skopje = region.operation("skopje");
        gevgelija = region.place("MK-GEVGELIJA-BCP");
        focalPointToken = region.bearer(Role.FOCAL_POINT, skopje);
    }

    String planJson(int target, String note) {
        return """
                {"operationId":"%s","locationId":"%s","unit":"MONITORING","targetPerWeek":%d,
                 "validFrom":"2016-01-04","validTo":"2016-06-30","note":"%s"}""".formatted(skopje, gevgelija, target, note);
    }

    String create(String token, String note) throws Exception {
        return plans.createdId(token, planJson(3, note), "$.id");
    }

    @Test
    void setsAPlanAndAnswers201WithEtagAndLocation() throws Exception {
        plans.create(focalPointToken, planJson(3, "created"))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(header().string("Location", startsWith("/api/v1/monitoring-plans/")))
                .andExpect(jsonPath("$.targetPerWeek").value(3))
                .andExpect(jsonPath("$.validTo").value("2016-06-30"));
    }

    @Test
    void readsOnePlanWithItsEtagAndListsPlansPaged() throws Exception {
        String id = create(focalPointToken, "read");

        plans.read(focalPointToken, id)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.note").value("read"));
        plans.list(focalPointToken, "operation", skopje.toString(), "size", "500")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem(id)))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(500))
                .andExpect(jsonPath("$.totalItems").isNumber())
                .andExpect(jsonPath("$.totalPages").isNumber());
    }

    @Test
    void namesEachBadFieldInTheProblem() throws Exception {
        String bad = planJson(0, "x").replace("\"validTo\":\"2016-06-30\"", "\"validTo\":\"2015-12-31\"");

        plans.create(focalPointToken, bad)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("targetPerWeek")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("validTo")));
    }

    @Test
    void anOfficerOrAViewerCannotSetAPlan() throws Exception {
        for (Role role : List.of(Role.OFFICER, Role.VIEWER)) {
            plans.create(region.bearer(role, skopje), planJson(3, "not allowed"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void anUpdateWithoutIfMatchIsRefused() throws Exception {
        String id = create(focalPointToken, "first");

        plans.changeWithoutVersion(focalPointToken, id, planJson(4, "second"))
                .andExpect(status().isPreconditionRequired());
    }

    @Test
    void aStaleUpdateGets412AndNeverOverwrites() throws Exception {
        String id = create(focalPointToken, "first");
        plans.change(focalPointToken, id, 0, planJson(4, "second"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));

        plans.change(focalPointToken, id, 0, planJson(5, "third"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(1));
        plans.read(focalPointToken, id)
                .andExpect(jsonPath("$.note").value("second"))
                .andExpect(jsonPath("$.targetPerWeek").value(4));
    }

    @Test
    void anotherOperationsPlanKeptInTheOperationIsNotFoundByApi() throws Exception {
        String body = plans.create(focalPointToken,
                        planJson(3, "internal").replace("}", ",\"distributionLevel\":\"OPERATION\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.distributionLevel").value("OPERATION"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        String serbianToken = region.bearer(Role.FOCAL_POINT, region.operation("serbia"));

        plans.read(serbianToken, id)
                .andExpect(status().isNotFound());
        plans.change(serbianToken, id, 0, planJson(9, "taken over"))
                .andExpect(status().isNotFound());
        plans.list(serbianToken, "size", "500")
                .andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
        plans.create(serbianToken, planJson(3, "x"))
                .andExpect(status().isForbidden());
    }
}
