package org.corridor.reports;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@CorridorTest
class ReportApiControllerTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    ReportPeople people;
    String officer;
    String officer2;
    String head;
    String viewer;
    String otherHead;
    String delegation;

    @BeforeEach
    void tokens() {
        people = new ReportPeople(region);
        officer = region.bearer(people.officer);
        officer2 = region.bearer(people.focalPoint);
        head = region.bearer(people.head);
        viewer = region.bearer(people.viewer);
        otherHead = region.bearer(people.otherHead);
        delegation = region.bearer(people.delegation);
    }

    String draftJson(String title) {
        return """
                {"operationId":"%s","type":"SPOT","title":"%s","periodFrom":"2015-09-16","periodTo":"2015-09-18",
                 "level":"PARTICIPATING_STATES","authorIds":[]}""".formatted(people.skopje, title);
    }

    ResultActions call(MockHttpServletRequestBuilder request, String token) throws Exception {
        return mvc.perform(request.header("Authorization", token));
    }

    String create(String title) throws Exception {
        String body = call(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content(draftJson(title)),
                officer).andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(header().string("Location", startsWith("/api/v1/reports/")))
                .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.sections.length()").value(3))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    String etag(String id, String token) throws Exception {
        return call(get("/api/v1/reports/" + id), token).andExpect(status().isOk()).andReturn().getResponse()
                .getHeader("ETag");
    }

    ResultActions transition(String id, String action, String token, String body) throws Exception {
        MockHttpServletRequestBuilder request = post("/api/v1/reports/" + id + "/" + action)
                .header("If-Match", etag(id, head.equals(token) || officer.equals(token) ? token : head));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return call(request, token);
    }

    @Test
    void createsReadsAndChangesAReportWithEtags() throws Exception {
        String id = create("Incidents at Horgoš");
        String sections = """
                [{"kind":"NARRATIVE","heading":"What happened","markdown":"Police used tear gas at **Horgoš**."}]""";
        String change = """
                {"title":"Incidents at Horgoš-Röszke","periodFrom":"2015-09-16","periodTo":"2015-09-18",
                 "level":"PARTICIPATING_STATES","sections":%s}""".formatted(sections);
        call(put("/api/v1/reports/" + id).contentType(MediaType.APPLICATION_JSON).content(change), officer)
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        call(put("/api/v1/reports/" + id).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .content(change), officer).andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.title").value("Incidents at Horgoš-Röszke"))
                .andExpect(jsonPath("$.sections[0].markdown").value("Police used tear gas at **Horgoš**."));
        // a second save on the version already changed names who saved and which section
        call(put("/api/v1/reports/" + id).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .content(change), officer2).andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.savedBy").value("Ana Officer"))
                .andExpect(jsonPath("$.changedSections", hasItem("What happened")))
                .andExpect(jsonPath("$.changedSections", hasItem("Route events (removed)")))
                .andExpect(jsonPath("$.detail", containsString("Ana Officer saved this report")));
    }

    @Test
    void refusesABadDraftWithProblemJsonNamingEachField() throws Exception {
        call(post("/api/v1/reports").contentType(MediaType.APPLICATION_JSON).content("""
                {"operationId":"%s","type":"SPOT","title":"","periodFrom":"2015-09-18","periodTo":"2015-09-16",
                 "level":"OSCE"}""".formatted(people.skopje)), officer)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[1].field").value("periodTo"))
                .andExpect(jsonPath("$.errors[1].message", containsString("on or after")));
    }

    @Test
    void eachTransitionHasItsEndpoint() throws Exception {
        String id = create("Spot report on Tabanovce");
        transition(id, "submit", officer, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_REVIEW")).andExpect(header().exists("ETag"));
        transition(id, "return", head, "{\"comment\":\"Name the sources.\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"));
        transition(id, "submit", officer, null).andExpect(jsonPath("$.status").value("IN_REVIEW"));
        transition(id, "approve", head, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        transition(id, "distribute", head, """
                {"recipients":[{"kind":"DELEGATIONS"},{"kind":"OPERATION","operationId":"%s"}]}"""
                .formatted(people.serbia)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISTRIBUTED"))
                .andExpect(jsonPath("$.symbol", startsWith("SEC.FR/")));
        transition(id, "revise", head, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.revision").value(1));
        call(get("/api/v1/reports/" + id + "/editions/0"), delegation).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISTRIBUTED"));
        // the delegation reader reads the distributed edition while the revision is drafted
        call(get("/api/v1/reports/" + id), delegation).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISTRIBUTED")).andExpect(jsonPath("$.revision").value(0));
        transition(id, "submit", officer, null);
        transition(id, "approve", head, null);
        transition(id, "distribute", head, "{\"recipients\":[{\"kind\":\"SECRETARIAT\"}]}")
                .andExpect(jsonPath("$.symbol", containsString("/Rev.1")));
        transition(id, "withdraw", head, "{\"reason\":\"Superseded.\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
    }

    @Test
    void refusesByRoleWithASentenceAndByStatusWithTheReason() throws Exception {
        String id = create("Not yet in review");
        transition(id, "approve", officer, null).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Only the head of the operation approves its reports."));
        transition(id, "approve", head, null).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message", containsString("only a report in review")));
        call(post("/api/v1/reports/" + id + "/submit").header("If-Match", "\"7\""), officer)
                .andExpect(status().isPreconditionFailed());
        call(post("/api/v1/reports/" + id + "/submit"), officer).andExpect(status().isPreconditionRequired());
    }

    @Test
    void aDraftIsNotFoundByAViewerAnotherOperationOrADelegation() throws Exception {
        String id = create("Draft of Skopje");
        for (String token : new String[] { viewer, otherHead, delegation }) {
            call(get("/api/v1/reports/" + id), token).andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            call(get("/api/v1/reports/" + id + "/comments"), token).andExpect(status().isNotFound());
            call(post("/api/v1/reports/" + id + "/submit").header("If-Match", "\"0\""), token)
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void commentsVersionsAndTheirComparison() throws Exception {
        String id = create("Thematic note");
        String sectionId = JsonPath.read(call(get("/api/v1/reports/" + id), officer).andReturn().getResponse()
                .getContentAsString(), "$.sections[0].id");
        String comment = call(post("/api/v1/reports/" + id + "/comments").contentType(MediaType.APPLICATION_JSON)
                .content("{\"sectionId\":\"%s\",\"text\":\"Say <who> decided.\"}".formatted(sectionId)), head)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.authorName").value("Hana Head"))
                .andReturn().getResponse().getContentAsString();
        String commentId = JsonPath.read(comment, "$.id");
        call(post("/api/v1/reports/" + id + "/comments").contentType(MediaType.APPLICATION_JSON)
                .content("{\"replyTo\":\"%s\",\"text\":\"Done.\"}".formatted(commentId)), officer)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.sectionId").value(sectionId));
        call(post("/api/v1/reports/" + id + "/comments/" + commentId + "/resolve"), officer)
                .andExpect(status().isOk()).andExpect(jsonPath("$.resolved").value(true))
                .andExpect(jsonPath("$.resolvedByName").value("Ana Officer"));
        call(get("/api/v1/reports/" + id + "/comments"), head).andExpect(jsonPath("$.length()").value(2));

        call(put("/api/v1/reports/" + id).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"title":"Thematic note","periodFrom":"2015-09-16","periodTo":"2015-09-18",
                         "level":"OSCE","sections":[{"id":"%s","kind":"NARRATIVE","heading":"What happened",
                         "markdown":"The <b>police</b> closed the crossing."}]}""".formatted(sectionId)), officer)
                .andExpect(status().isOk());
        call(get("/api/v1/reports/" + id + "/versions"), head).andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].savedByName").value("Ana Officer"));
        call(get("/api/v1/reports/" + id + "/compare?from=1&to=2"), head).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].newHtml", hasItem(allOf(containsString("<ins>"), containsString("&lt;b&gt;police&lt;/b&gt;")))));
        call(get("/api/v1/reports/" + id + "/compare?from=1&to=9"), head)
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void theApiDocumentDescribesTheReportsRoutesAndLimits() throws Exception {
        String docs = mvc.perform(get("/api/docs").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user(people.officer))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        for (String path : new String[] { "/api/v1/reports", "/api/v1/reports/{id}/submit",
                "/api/v1/reports/{id}/approve", "/api/v1/reports/{id}/return", "/api/v1/reports/{id}/distribute",
                "/api/v1/reports/{id}/withdraw", "/api/v1/reports/{id}/revise", "/api/v1/reports/{id}/compare" }) {
            org.assertj.core.api.Assertions.assertThat(JsonPath.<Object>read(docs, "$.paths['" + path + "']"))
                    .as(path).isNotNull();
        }
        org.assertj.core.api.Assertions.assertThat(JsonPath.<Integer>read(docs,
                "$.components.schemas.ReportDraft.properties.title.maxLength")).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(JsonPath.<Integer>read(docs,
                "$.components.schemas.SectionDraft.properties.markdown.maxLength")).isEqualTo(20_000);
        org.assertj.core.api.Assertions.assertThat(JsonPath.<Integer>read(docs,
                "$.components.schemas.ReturnRequest.properties.comment.maxLength")).isEqualTo(4_000);
    }

    @Test
    void listsWithFiltersAndWords() throws Exception {
        String id = create("Crowds at Preševo one-stop centre");
        call(get("/api/v1/reports?q=presevo&operation=" + people.skopje), officer).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem(id)))
                .andExpect(jsonPath("$.items[0].operationName").value("OSCE Mission to Skopje"));
        call(get("/api/v1/reports?status=NOPE"), officer).andExpect(status().isBadRequest());
    }
}
