package org.corridor.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Role;
import org.corridor.kernel.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Alerts over /api/v1: the list with the page's filters and numbers, one alert with its ETag, acting on it. */
@CorridorTest
class AlertApiTests {

    static final LocalDate MONDAY = LocalDate.of(2016, 3, 14);

    @Autowired
    MockMvc mvc;
    @Autowired
    RegionFixture region;
    @Autowired
    Alerts alerts;

    UUID montenegro;
    CorridorUser officer;
    String token;
    String coordinator;
    String otherOperation;
    String delegation;

    @BeforeEach
    void people() {
        montenegro = region.operation("montenegro");
        officer = region.user("alertapi", "Montenegro officer", Role.OFFICER, montenegro);
        token = region.bearer(officer);
        coordinator = region.bearer(region.user("alertapi", "Coordinator", Role.REGIONAL_COORDINATOR, null));
        otherOperation = region.bearer(region.user("alertapi", "Albania officer", Role.OFFICER,
                region.operation("albania")));
        delegation = region.bearer(region.user("alertapi", "Delegation", Role.DELEGATION_READER, null));
    }

    UUID raise(AlertKind kind, String summary) {
        return alerts.raise(Actor.SYSTEM, NewAlert.aboutFigures(kind, montenegro, null, null,
                "api:" + UUID.randomUUID(), MONDAY, MONDAY.plusDays(6), Map.of("changePercent", 150), summary,
                List.of(montenegro))).orElseThrow();
    }

    @Test
    void listsWithThePagesFiltersAndTheirNumbers() throws Exception {
        raise(AlertKind.OFF_ROUTE_PREPAREDNESS, "Off the route.");
        raise(AlertKind.ROUTE_SHIFT, "A shift.");
        String filter = "kind=OFF_ROUTE_PREPAREDNESS&state=OPEN&operation=" + montenegro;

        String body = answer(get("/api/v1/alerts?" + filter), token).getContentAsString();
        List<String> kinds = JsonPath.read(body, "$.items[*].kind");
        int total = JsonPath.read(body, "$.totalItems");

        assertThat(kinds).isNotEmpty().containsOnly("OFF_ROUTE_PREPAREDNESS");
        assertThat(total).isEqualTo(alerts.list(officer, new Alerts.AlertFilter(AlertKind.OFF_ROUTE_PREPAREDNESS,
                montenegro, AlertState.OPEN), 0, 1).totalItems());
        String page = mvc.perform(get("/alerts?" + filter).with(user(officer))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains(total == 1 ? "1 alert" : total + " alerts");
        assertThat(answer(get("/api/v1/alerts"), delegation).getStatus()).isEqualTo(403);
        assertThat(answer(get("/api/v1/alerts?state=SHUT"), token).getStatus()).isEqualTo(400);
    }

    @Test
    void readsAnAlertWithItsVersionAsTheEtagWithoutMarkingItRead() throws Exception {
        UUID id = raise(AlertKind.ROUTE_SHIFT, "Entries rose by 150 %.");

        MockHttpServletResponse one = answer(get("/api/v1/alerts/" + id), token);

        assertThat(one.getStatus()).isEqualTo(200);
        assertThat(one.getHeader("ETag")).isEqualTo("\"0\"");
        assertThat((String) JsonPath.read(one.getContentAsString(), "$.summary")).isEqualTo("Entries rose by 150 %.");
        assertThat((Integer) JsonPath.read(one.getContentAsString(), "$.evidence.changePercent")).isEqualTo(150);
        assertThat(alerts.find(officer, id).orElseThrow().read()).isFalse();
        assertThat(answer(get("/api/v1/alerts/" + id), otherOperation).getStatus()).isEqualTo(404);
    }

    @Test
    void acknowledgesAndResolvesWithIfMatch() throws Exception {
        UUID id = raise(AlertKind.ROUTE_SHIFT, "To act on.");
        String url = "/api/v1/alerts/" + id;

        assertThat(answer(post(url + "/acknowledgement"), token).getStatus()).isEqualTo(428);
        MockHttpServletResponse acknowledged = answer(post(url + "/acknowledgement").header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"Looking at it.\"}"), token);
        assertThat(acknowledged.getStatus()).isEqualTo(200);
        assertThat(acknowledged.getHeader("ETag")).isEqualTo("\"1\"");
        assertThat((String) JsonPath.read(acknowledged.getContentAsString(), "$.state")).isEqualTo("ACKNOWLEDGED");

        MockHttpServletResponse stale = answer(post(url + "/resolution").header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"Done.\"}"), token);
        assertThat(stale.getStatus()).isEqualTo(412);
        assertThat(stale.getContentType()).contains("application/problem+json");

        MockHttpServletResponse noComment = answer(post(url + "/resolution").header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content("{}"), token);
        assertThat(noComment.getStatus()).isEqualTo(422);
        assertThat((String) JsonPath.read(noComment.getContentAsString(), "$.errors[0].field")).isEqualTo("comment");

        MockHttpServletResponse resolved = answer(post(url + "/resolution").header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"Teams deployed.\"}"), token);
        assertThat(resolved.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(resolved.getContentAsString(), "$.resolutionComment"))
                .isEqualTo("Teams deployed.");
    }

    @Test
    void refusesActionByThoseNotOfTheOperation() throws Exception {
        UUID id = raise(AlertKind.ROUTE_SHIFT, "Not the coordinator's to act on.");
        String url = "/api/v1/alerts/" + id;

        assertThat(answer(get(url), coordinator).getStatus()).isEqualTo(200);
        MockHttpServletResponse refused = answer(post(url + "/acknowledgement").header("If-Match", "\"0\""),
                coordinator);
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentType()).contains("application/problem+json");
        assertThat(answer(post(url + "/resolution").header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"x\"}"), otherOperation).getStatus())
                .isEqualTo(404);
        assertThat(alerts.find(officer, id).orElseThrow().state()).isEqualTo(AlertState.OPEN);
    }

    @Test
    void aCommentThatLooksLikePersonalDataIsRefusedUntilConfirmed() throws Exception {
        UUID id = raise(AlertKind.ROUTE_SHIFT, "Personal data.");
        String url = "/api/v1/alerts/" + id + "/acknowledgement";

        MockHttpServletResponse refused = answer(post(url).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"Write to a.b@example.org\"}"), token);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("a.b@example.org");

        assertThat(answer(post(url).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"comment\":\"Write to a.b@example.org\",\"confirmPersonalData\":true}"), token)
                .getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse answer(MockHttpServletRequestBuilder request, String bearer) throws Exception {
        return mvc.perform(request.header("Authorization", bearer)).andReturn().getResponse();
    }
}
