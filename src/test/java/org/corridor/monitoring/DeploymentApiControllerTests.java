package org.corridor.monitoring;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
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
import org.springframework.test.web.servlet.MockMvc;

@CorridorTest
class DeploymentApiControllerTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    RecordsApi deployments;
    UUID skopje;
    UUID transitCentre;
    String headToken;

    @BeforeEach
    void headOfSkopje() {
        deployments = new RecordsApi(mvc, "/api/v1/deployments");
        skopje = region.operation("skopje");
        transitCentre = region.place("MK-GEVGELIJA-TC");
        headToken = region.bearer(Role.HEAD_OF_OPERATION, skopje);
    }

    String deploymentJson(int officers, String purpose) {
        return """
                {"operationId":"%s","locationId":"%s","officers":%d,"fromDate":"2016-06-01",
                 "premises":"CONTAINER","purpose":"%s"}""".formatted(skopje, transitCentre, officers, purpose);
    }

    String create(String purpose) throws Exception {
        return deployments.createdId(headToken, deploymentJson(2, purpose), "$.id");
    }

    @Test
    void recordsADeploymentAndAnswers201WithEtagAndLocation() throws Exception {
        deployments.create(headToken, deploymentJson(2, "Transit centre"))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(header().string("Location", startsWith("/api/v1/deployments/")))
                .andExpect(jsonPath("$.premises").value("CONTAINER"));
    }

    @Test
    void readsOneDeploymentWithItsEtagAndListsThemPaged() throws Exception {
        String id = create("read");

        deployments.read(headToken, id)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.purpose").value("read"));
        deployments.list(headToken, "operation", skopje.toString(), "size", "500")
                .andExpect(jsonPath("$.items[*].id", hasItem(id)))
                .andExpect(jsonPath("$.totalPages").isNumber());
    }

    @Test
    void namesEachBadFieldInTheProblem() throws Exception {
        String bad = deploymentJson(0, " ").replace("\"premises\":\"CONTAINER\",", "");

        deployments.create(headToken, bad)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("officers")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("premises")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("purpose")));
    }

    @Test
    void anOfficerOrAViewerCannotRecordADeployment() throws Exception {
        for (Role role : List.of(Role.OFFICER, Role.VIEWER)) {
            deployments.create(region.bearer(role, skopje), deploymentJson(2, "not allowed"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void aStaleUpdateGets412AndNeverOverwritesAndOneWithoutIfMatchGets428() throws Exception {
        String id = create("first");
        deployments.changeWithoutVersion(headToken, id, deploymentJson(3, "no version"))
                .andExpect(status().isPreconditionRequired());
        deployments.change(headToken, id, 0, deploymentJson(3, "second"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));

        deployments.change(headToken, id, 0, deploymentJson(4, "third"))
                .andExpect(status().isPreconditionFailed());
        deployments.read(headToken, id)
                .andExpect(jsonPath("$.purpose").value("second"))
                .andExpect(jsonPath("$.officers").value(3));
    }

    @Test
    void anotherOperationsDeploymentKeptInTheOperationIsNotFoundByApi() throws Exception {
        String body = deployments.create(headToken,
                        deploymentJson(2, "internal").replace("}", ",\"distributionLevel\":\"OPERATION\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.distributionLevel").value("OPERATION"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        String serbianToken = region.bearer(Role.FOCAL_POINT, region.operation("serbia"));

        deployments.read(serbianToken, id)
                .andExpect(status().isNotFound());
        deployments.change(serbianToken, id, 0, deploymentJson(9, "taken over"))
                .andExpect(status().isNotFound());
        deployments.list(serbianToken, "size", "500")
                .andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
    }
}
