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
class DeploymentApiControllerTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Directory directory;

    UUID skopje;
    UUID transitCentre;
    String headToken;

    @BeforeEach
    void headOfSkopje() {
        skopje = region.operation("skopje");
        transitCentre = region.place("MK-GEVGELIJA-TC");
        headToken = tokenFor(Role.HEAD_OF_OPERATION, skopje);
    }

    String tokenFor(Role role, UUID operation) {
        CorridorUser user = region.user("depapi", "API", role, operation);
        return region.bearer(user);
    }

    String deploymentJson(int officers, String purpose) {
        return """
                {"operationId":"%s","locationId":"%s","officers":%d,"fromDate":"2016-06-01",
                 "premises":"CONTAINER","purpose":"%s"}""".formatted(skopje, transitCentre, officers, purpose);
    }

    String create(String purpose) throws Exception {
        String body = mvc.perform(post("/api/v1/deployments").header("Authorization", headToken)
                        .contentType(MediaType.APPLICATION_JSON).content(deploymentJson(2, purpose)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void recordsADeploymentAndAnswers201WithEtagAndLocation() throws Exception {
        mvc.perform(post("/api/v1/deployments").header("Authorization", headToken)
                        .contentType(MediaType.APPLICATION_JSON).content(deploymentJson(2, "Transit centre")))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(header().string("Location", startsWith("/api/v1/deployments/")))
                .andExpect(jsonPath("$.premises").value("CONTAINER"));
    }

    @Test
    void readsOneDeploymentWithItsEtagAndListsThemPaged() throws Exception {
        String id = create("read");

        mvc.perform(get("/api/v1/deployments/" + id).header("Authorization", headToken))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.purpose").value("read"));
        mvc.perform(get("/api/v1/deployments").param("operation", skopje.toString()).param("size", "500")
                        .header("Authorization", headToken))
                .andExpect(jsonPath("$.items[*].id", hasItem(id)))
                .andExpect(jsonPath("$.totalPages").isNumber());
    }

    @Test
    void namesEachBadFieldInTheProblem() throws Exception {
        String bad = deploymentJson(0, " ").replace("\"premises\":\"CONTAINER\",", "");

        mvc.perform(post("/api/v1/deployments").header("Authorization", headToken)
                        .contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("officers")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("premises")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("purpose")));
    }

    @Test
    void anOfficerOrAViewerCannotRecordADeployment() throws Exception {
        for (Role role : List.of(Role.OFFICER, Role.VIEWER)) {
            mvc.perform(post("/api/v1/deployments").header("Authorization", tokenFor(role, skopje))
                            .contentType(MediaType.APPLICATION_JSON).content(deploymentJson(2, "not allowed")))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void aStaleUpdateGets412AndNeverOverwritesAndOneWithoutIfMatchGets428() throws Exception {
        String id = create("first");
        mvc.perform(put("/api/v1/deployments/" + id).header("Authorization", headToken)
                        .contentType(MediaType.APPLICATION_JSON).content(deploymentJson(3, "no version")))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/v1/deployments/" + id).header("Authorization", headToken).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(deploymentJson(3, "second")))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));

        mvc.perform(put("/api/v1/deployments/" + id).header("Authorization", headToken).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(deploymentJson(4, "third")))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(get("/api/v1/deployments/" + id).header("Authorization", headToken))
                .andExpect(jsonPath("$.purpose").value("second"))
                .andExpect(jsonPath("$.officers").value(3));
    }

    @Test
    void anotherOperationsDeploymentKeptInTheOperationIsNotFoundByApi() throws Exception {
        String body = mvc.perform(post("/api/v1/deployments").header("Authorization", headToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(deploymentJson(2, "internal").replace("}", ",\"distributionLevel\":\"OPERATION\"}")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.distributionLevel").value("OPERATION"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        String serbianToken = tokenFor(Role.FOCAL_POINT, region.operation("serbia"));

        mvc.perform(get("/api/v1/deployments/" + id).header("Authorization", serbianToken))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/deployments/" + id).header("Authorization", serbianToken).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(deploymentJson(9, "taken over")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/deployments").param("size", "500").header("Authorization", serbianToken))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
    }
}
