package org.corridor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Membership;
import org.corridor.accounts.Role;
import org.corridor.accounts.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Route events of 1907, a year no other test uses: each test's own list of them is what it reads. */
@CorridorTest
class KeptListAnswersTests {

    static final String LIST = "/api/v1/route-events?from=1907-01-01&to=1907-12-31&size=50";

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    KeptListAnswers kept;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    UUID skopje;
    CorridorUser officer;
    String officerToken;
    String tag;

    @BeforeEach
    void officerOfSkopje() {
        skopje = region.operation("skopje");
        officer = region.user("kept", "Kept", Role.OFFICER, skopje);
        officerToken = region.bearer(officer);
        tag = RegionFixture.tag();
    }

    @Test
    void answersTheSameListAgainFromMemoryWhileNothingChanged() throws Exception {
        record("Closed " + tag, "OPERATION");
        MockHttpServletResponse first = answer(officerToken);
        long before = kept.reused();

        MockHttpServletResponse again = answer(officerToken);

        assertThat(kept.reused()).as("answered from memory").isEqualTo(before + 1);
        assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(titles(again.getContentAsString())).contains("Closed " + tag);
        assertThat(again.getHeaderNames()).containsExactlyInAnyOrderElementsOf(first.getHeaderNames());
        for (String name : first.getHeaderNames()) {
            assertThat(again.getHeaders(name)).as(name).isEqualTo(first.getHeaders(name));
        }
    }

    @Test
    void aRecordSavedThroughTheApiIsInTheNextAnswer() throws Exception {
        list(officerToken);
        list(officerToken);

        record("Reopened " + tag, "OPERATION");

        assertThat(titles(list(officerToken))).contains("Reopened " + tag);
    }

    @Test
    void aChangeWrittenStraightIntoTheDatabaseIsInTheNextAnswer() throws Exception {
        String id = record("Queue " + tag, "OPERATION");
        list(officerToken);
        list(officerToken);

        // As another server on the same database, a command or an administrator in psql would write it.
        jdbc.sql("update route_event set title = :title where id = :id")
                .param("title", "Long queue " + tag).param("id", UUID.fromString(id)).update();

        assertThat(titles(list(officerToken))).contains("Long queue " + tag).doesNotContain("Queue " + tag);
    }

    @Test
    void aMemberWhoLeavesTheOperationNoLongerReadsItsRecordsAtOnce() throws Exception {
        record("Internal " + tag, "OPERATION");
        CorridorUser leaving = region.user("leaving", "Leaving", Role.OFFICER, skopje);
        String token = region.bearer(leaving);
        assertThat(titles(list(token))).contains("Internal " + tag);
        assertThat(titles(list(token))).contains("Internal " + tag);

        accounts.removeMembership(leaving.id(), new Membership(skopje, Role.OFFICER));

        assertThat(titles(list(token))).doesNotContain("Internal " + tag);
    }

    @Test
    void eachPersonHasAnAnswerOfTheirOwn() throws Exception {
        record("Skopje only " + tag, "OPERATION");
        assertThat(titles(list(officerToken))).contains("Skopje only " + tag);
        assertThat(titles(list(officerToken))).contains("Skopje only " + tag);

        String serbian = region.bearer(region.user("serbian", "Serbian", Role.OFFICER, region.operation("serbia")));

        assertThat(titles(list(serbian))).doesNotContain("Skopje only " + tag);
    }

    @Test
    void aRequestSayingNoCacheIsAnsweredAfresh() throws Exception {
        list(officerToken);
        long before = kept.reused();

        mvc.perform(get(LIST).header("Authorization", officerToken).header("Cache-Control", "no-cache"))
                .andExpect(status().isOk());

        assertThat(kept.reused()).isEqualTo(before);
    }

    @Test
    void aQuestionWithOtherParametersHasAnAnswerOfItsOwn() throws Exception {
        record("Closure " + tag, "OPERATION");
        assertThat(titles(list(officerToken))).contains("Closure " + tag);

        String otherKind = mvc.perform(get("/api/v1/route-events").header("Authorization", officerToken)
                        .param("from", "1907-01-01").param("to", "1907-12-31").param("size", "50")
                        .param("kind", "OPENING"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String valueLookingLikeTwo = mvc.perform(get("/api/v1/route-events").header("Authorization", officerToken)
                        .param("from", "1907-01-01").param("to", "1907-12-31&size=50"))
                .andReturn().getResponse().getContentAsString();

        assertThat(titles(otherKind)).doesNotContain("Closure " + tag);
        assertThat(valueLookingLikeTwo).doesNotContain("Closure " + tag);
    }

    @Test
    void aRefusedQuestionIsNotKept() throws Exception {
        String bad = "/api/v1/route-events?from=1907-13-45";
        mvc.perform(get(bad).header("Authorization", officerToken)).andExpect(status().isBadRequest());
        long before = kept.reused();

        mvc.perform(get(bad).header("Authorization", officerToken)).andExpect(status().isBadRequest());

        assertThat(kept.reused()).isEqualTo(before);
    }

    @Test
    void aRecordSharedFurtherIsInTheDelegationReadersNextAnswerAndStaysInTheCoordinators() throws Exception {
        String id = record("Shared later " + tag, "OSCE");
        String coordinator = region.bearer(region.user("coordinator", "Coordinator", Role.REGIONAL_COORDINATOR, null));
        String delegation = region.bearer(region.user("delegation", "Delegation", Role.DELEGATION_READER, null));
        for (int ask = 0; ask < 2; ask++) {
            assertThat(titles(list(coordinator))).contains("Shared later " + tag);
            assertThat(titles(list(delegation))).doesNotContain("Shared later " + tag);
        }

        mvc.perform(put("/api/v1/route-events/" + id).header("Authorization", officerToken).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(eventJson("Shared later " + tag, "PARTICIPATING_STATES")))
                .andExpect(status().isOk());

        assertThat(titles(list(delegation))).contains("Shared later " + tag);
        assertThat(titles(list(coordinator))).contains("Shared later " + tag);
    }

    /** A list renamed or gone would quietly no longer be kept: each path kept is one the API answers to a GET. */
    @Test
    void everyListKeptIsOneTheApiServes() {
        Set<String> served = new HashSet<>();
        mappings.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .forEach(info -> served.addAll(info.getPatternValues()));

        assertThat(served).containsAll(KeptListAnswers.LISTS);
    }

    String record(String title, String level) throws Exception {
        String body = mvc.perform(post("/api/v1/route-events").header("Authorization", officerToken)
                        .contentType(MediaType.APPLICATION_JSON).content(eventJson(title, level)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    String eventJson(String title, String level) {
        UUID mk = region.country("MK");
        return """
                {"operationId":"%s","occurredOn":"1907-03-08","countryId":"%s","kind":"CLOSURE",
                 "title":"%s","distributionLevel":"%s"}""".formatted(skopje, mk, title, level);
    }

    String list(String token) throws Exception {
        return answer(token).getContentAsString();
    }

    MockHttpServletResponse answer(String token) throws Exception {
        return mvc.perform(get(LIST).header("Authorization", token))
                .andExpect(status().isOk())
                .andReturn().getResponse();
    }

    static List<String> titles(String body) {
        return JsonPath.read(body, "$.items[*].title");
    }
}
