package org.corridor.monitoring;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
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
class PlanApiControllerTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Directory directory;

    UUID skopje;
    UUID gevgelija;
    String focalPointToken;

    @BeforeEach
    void focalPointOfSkopje() {
        skopje = region.operation("skopje");
        gevgelija = region.place("MK-GEVGELIJA-BCP");
        focalPointToken = tokenFor(Role.FOCAL_POINT, skopje);
    }

    String tokenFor(Role role, UUID operation) {
        CorridorUser user = region.user("planapi", "API", role, operation);
        return region.bearer(user);
    }

    String planJson(int target, String note) {
        return """
                {"operationId":"%s","locationId":"%s","unit":"MONITORING","targetPerWeek":%d,
                 "validFrom":"2016-01-04","validTo":"2016-06-30","note":"%s"}""".formatted(skopje, gevgelija, target, note);
    }

    String create(String token, String note) throws Exception {
        String body = mvc.perform(post("/api/v1/monitoring-plans").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content(planJson(3, note)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void setsAPlanAndAnswers201WithEtagAndLocation() throws Exception {
        mvc.perform(post("/api/v1/monitoring-plans").header("Authorization", focalPointToken)
                        .contentType(MediaType.APPLICATION_JSON).content(planJson(3, "created")))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(header().string("Location", startsWith("/api/v1/monitoring-plans/")))
                .andExpect(jsonPath("$.targetPerWeek").value(3))
                .andExpect(jsonPath("$.validTo").value("2016-06-30"));
    }

    @Test
    void readsOnePlanWithItsEtagAndListsPlansPaged() throws Exception {
        String id = create(focalPointToken, "read");

        mvc.perform(get("/api/v1/monitoring-plans/" + id).header("Authorization", focalPointToken))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.note").value("read"));
        mvc.perform(get("/api/v1/monitoring-plans").param("operation", skopje.toString()).param("size", "500")
                        .header("Authorization", focalPointToken))
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

        mvc.perform(post("/api/v1/monitoring-plans").header("Authorization", focalPointToken)
                        .contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("targetPerWeek")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("validTo")));
    }

    @Test
    void anOfficerOrAViewerCannotSetAPlan() throws Exception {
        for (Role role : List.of(Role.OFFICER, Role.VIEWER)) {
            mvc.perform(post("/api/v1/monitoring-plans").header("Authorization", tokenFor(role, skopje))
                            .contentType(MediaType.APPLICATION_JSON).content(planJson(3, "not allowed")))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void anUpdateWithoutIfMatchIsRefused() throws Exception {
        String id = create(focalPointToken, "first");

        mvc.perform(put("/api/v1/monitoring-plans/" + id).header("Authorization", focalPointToken)
                        .contentType(MediaType.APPLICATION_JSON).content(planJson(4, "second")))
                .andExpect(status().isPreconditionRequired());
    }

    @Test
    void aStaleUpdateGets412AndNeverOverwrites() throws Exception {
        String id = create(focalPointToken, "first");
        mvc.perform(put("/api/v1/monitoring-plans/" + id).header("Authorization", focalPointToken)
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(planJson(4, "second")))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));

        mvc.perform(put("/api/v1/monitoring-plans/" + id).header("Authorization", focalPointToken)
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(planJson(5, "third")))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(1));
        mvc.perform(get("/api/v1/monitoring-plans/" + id).header("Authorization", focalPointToken))
                .andExpect(jsonPath("$.note").value("second"))
                .andExpect(jsonPath("$.targetPerWeek").value(4));
    }

    @Test
    void anotherOperationsPlanKeptInTheOperationIsNotFoundByApi() throws Exception {
        String body = mvc.perform(post("/api/v1/monitoring-plans").header("Authorization", focalPointToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(planJson(3, "internal").replace("}", ",\"distributionLevel\":\"OPERATION\"}")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.distributionLevel").value("OPERATION"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        String serbianToken = tokenFor(Role.FOCAL_POINT, region.operation("serbia"));

        mvc.perform(get("/api/v1/monitoring-plans/" + id).header("Authorization", serbianToken))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/monitoring-plans/" + id).header("Authorization", serbianToken).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(planJson(9, "taken over")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/monitoring-plans").param("size", "500").header("Authorization", serbianToken))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
        mvc.perform(post("/api/v1/monitoring-plans").header("Authorization", serbianToken)
                        .contentType(MediaType.APPLICATION_JSON).content(planJson(3, "x")))
                .andExpect(status().isForbidden());
    }
}
