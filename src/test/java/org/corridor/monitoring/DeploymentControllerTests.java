package org.corridor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Membership;
import org.corridor.accounts.Role;
import org.corridor.accounts.UserAccounts;
import org.corridor.monitoring.TemporaryDeployments;
import org.corridor.monitoring.TemporaryDeployments.Deployment;
import org.corridor.monitoring.TemporaryDeployments.DeploymentDraft;
import org.corridor.monitoring.TemporaryDeployments.Premises;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CorridorTest
class DeploymentControllerTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    TemporaryDeployments deployments;

    UUID skopje;
    UUID transitCentre;
    CorridorUser focalPoint;

    @BeforeEach
    void focalPointOfSkopje() {
        skopje = region.operation("skopje");
        transitCentre = region.place("MK-GEVGELIJA-TC");
        focalPoint = member(Role.FOCAL_POINT, skopje);
    }

    CorridorUser member(Role role, UUID operation) {
        return region.user("deploy", "Deployer", new Membership(operation, role));
    }

    /** The form as a focal point fills it in, with some values typed differently. */
    MockHttpServletRequestBuilder deploymentForm(CorridorUser user, String purpose, String... changed) {
        Map<String, String> values = new LinkedHashMap<>(Map.of("operationId", skopje.toString(),
                "locationId", transitCentre.toString(), "officers", "2", "fromDate", "2016-06-01",
                "premises", "CONTAINER", "purpose", purpose));
        for (int i = 0; i < changed.length; i += 2) {
            values.put(changed[i], changed[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/monitoring/deployments/new").with(user(user)).with(csrf());
        values.forEach(request::param);
        return request;
    }

    Deployment deploymentOf(String purpose) {
        return deployments.record(focalPoint, new DeploymentDraft(skopje, transitCentre, 2, LocalDate.parse("2016-06-01"),
                null, Premises.CONTAINER, purpose));
    }

    @Test
    void aFocalPointRecordsADeploymentAndSeesItInTheList() throws Exception {
        String purpose = "Transit centre " + UUID.randomUUID();
        mvc.perform(deploymentForm(focalPoint, purpose)).andExpect(status().is3xxRedirection());

        mvc.perform(get("/monitoring/deployments").param("operation", skopje.toString()).with(user(focalPoint)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(purpose)))
                .andExpect(content().string(containsString("Vinojug transit centre")))
                .andExpect(content().string(containsString("Container")));
    }

    @Test
    void keepsOfficersTypedInWordsBesideTheirProblemAndReadsThousandsWithACommaAsANumber() throws Exception {
        mvc.perform(deploymentForm(focalPoint, "x", "officers", "two"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"officers-error\">Enter a whole number.")))
                .andExpect(content().string(containsString("value=\"two\"")));
        mvc.perform(deploymentForm(focalPoint, "x", "officers", "1,200"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"officers-error\">Enter how many officers were deployed, from 1 to 100.")))
                .andExpect(content().string(containsString("value=\"1200\"")));
    }

    /** Spreadsheets and phones in the region write 1 200 with a no-break or narrow no-break space. */
    @Test
    void readsThousandsWithANoBreakOrNarrowSpaceAsANumber() throws Exception {
        for (String typed : new String[] {"1\u00A0200", "1\u202F200"}) {
            mvc.perform(deploymentForm(focalPoint, "x", "officers", typed))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(
                            "id=\"officers-error\">Enter how many officers were deployed, from 1 to 100.")))
                    .andExpect(content().string(containsString("value=\"1200\"")));
        }
    }

    @Test
    void showsTooManyOfficersBesideTheField() throws Exception {
        mvc.perform(deploymentForm(focalPoint, "x", "officers", "250", "toDate", "2016-05-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#officers\"")))
                .andExpect(content().string(containsString(
                        "id=\"officers-error\">Enter how many officers were deployed, from 1 to 100.")))
                .andExpect(content().string(containsString("id=\"toDate-error\">The end date must not be before")))
                .andExpect(content().string(containsString("value=\"250\"")));
    }

    @Test
    void anOfficerCannotRecordADeployment() throws Exception {
        CorridorUser officer = member(Role.OFFICER, skopje);

        mvc.perform(get("/monitoring/deployments/new").with(user(officer))).andExpect(status().isForbidden());
        mvc.perform(deploymentForm(officer, "not allowed")).andExpect(status().isForbidden());
    }

    @Test
    void aViewerCannotRecordADeploymentNorChangeOne() throws Exception {
        CorridorUser viewer = member(Role.VIEWER, skopje);
        Deployment deployment = deploymentOf("seen by the viewer");

        mvc.perform(get("/monitoring/deployments/new").with(user(viewer))).andExpect(status().isForbidden());
        mvc.perform(deploymentForm(viewer, "not allowed")).andExpect(status().isForbidden());
        mvc.perform(get("/monitoring/deployments/" + deployment.id() + "/edit").with(user(viewer)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRefusedEditKeepsWhatWasTypedAndOffersTheOperationsOwnPlacesFirst() throws Exception {
        Deployment deployment = deploymentOf("before");

        mvc.perform(post("/monitoring/deployments/" + deployment.id() + "/edit").with(user(focalPoint)).with(csrf())
                        .param("version", String.valueOf(deployment.version()))
                        .param("locationId", transitCentre.toString()).param("officers", "a few")
                        .param("fromDate", "2016-06-01").param("premises", "NONE").param("purpose", "after"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"officers-error\">Enter a whole number.")))
                .andExpect(content().string(containsString("value=\"a few\"")))
                .andExpect(content().string(containsString("label=\"Your operation&#39;s places\"")));
        assertThat(deployments.find(focalPoint, deployment.id()).orElseThrow().purpose()).isEqualTo("before");
    }

    @Test
    void aStaleEditShowsTheConflictAndNeverOverwrites() throws Exception {
        Deployment deployment = deploymentOf("first");
        deployments.update(focalPoint, deployment.id(), deployment.version(), new DeploymentDraft(skopje, transitCentre,
                5, deployment.fromDate(), null, Premises.RENTED_OFFICE, "changed by someone else"));

        mvc.perform(post("/monitoring/deployments/" + deployment.id() + "/edit").with(user(focalPoint)).with(csrf())
                        .param("version", String.valueOf(deployment.version()))
                        .param("locationId", transitCentre.toString()).param("officers", "9")
                        .param("fromDate", "2016-06-01").param("premises", "NONE").param("purpose", "mine"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this deployment")))
                .andExpect(content().string(containsString("value=\"changed by someone else\"")));
        assertThat(deployments.find(focalPoint, deployment.id()).orElseThrow().officers()).isEqualTo(5);
    }

    @Test
    void anotherOperationsDeploymentKeptInTheOperationIsNotFoundByUrlNorListed() throws Exception {
        Deployment deployment = deployments.record(focalPoint, new DeploymentDraft(skopje, transitCentre, 2,
                LocalDate.parse("2016-06-01"), null, Premises.CONTAINER, "internal " + UUID.randomUUID(),
                org.corridor.accounts.DistributionLevel.OPERATION));
        CorridorUser serbian = member(Role.FOCAL_POINT, region.operation("serbia"));

        mvc.perform(get("/monitoring/deployments/" + deployment.id() + "/edit").with(user(serbian)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/monitoring/deployments").with(user(serbian)))
                .andExpect(content().string(not(containsString(deployment.purpose()))));
    }
}
