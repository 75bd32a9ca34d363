package org.corridor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's OpenAPI document names Corridor, is served for wherever Corridor runs, declares the bearer tokens it
 * takes, and documents the answers the API really gives: each status below is provoked for real and then looked up
 * in the document under the same route.
 */
@CorridorTest
class ApiDocumentTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    RegionFixture region;
    CorridorUser officer;
    String token;
    UUID skopje;

    @BeforeEach
    void officerOfSkopje() {
        skopje = region.operation("skopje");
        officer = region.user("apidoc", "API reader", Role.OFFICER, skopje);
        token = region.bearer(officer);
    }

    @Test
    void theDocumentNamesCorridorItsTokensAndNoGeneratedServer() throws Exception {
        JsonNode docs = document();
        assertThat(docs.at("/info/title").asString()).isEqualTo("Corridor API");
        assertThat(docs.at("/info/version").asString()).isEqualTo("v1");
        assertThat(docs.at("/servers/0/url").asString()).isEqualTo("/");
        assertThat(docs.toString()).doesNotContain("Generated server url");
        assertThat(docs.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
        assertThat(docs.at("/security/0").has("bearer")).isTrue();
    }

    @Test
    void aScriptReadsTheDocumentWithItsBearerToken() throws Exception {
        MockHttpServletResponse answer = mvc.perform(get("/api/docs").header("Authorization", token))
                .andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(JSON.readTree(answer.getContentAsString()).at("/info/title").asString()).isEqualTo("Corridor API");
        assertThat(mvc.perform(get("/api/docs")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(mvc.perform(get("/api/docs").header("Authorization", "Bearer crd_unknown"))
                .andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void swaggerUiMayUseInlineStylesButNoOtherPageMay() throws Exception {
        MockHttpServletResponse ui = mvc.perform(get("/api/docs/swagger-ui/index.html").with(user(officer)))
                .andReturn().getResponse();
        assertThat(ui.getStatus()).isEqualTo(200);
        assertThat(ui.getHeader("Content-Security-Policy")).contains("style-src 'self' 'unsafe-inline'")
                .contains("script-src 'self';");
        assertThat(mvc.perform(get("/account/tokens").with(user(officer))).andReturn().getResponse()
                .getHeader("Content-Security-Policy")).contains("style-src 'self';");
    }

    @Test
    void theTokensPageLinksToTheDocumentation() throws Exception {
        String page = mvc.perform(get("/account/tokens").with(user(officer))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("href=\"/api/docs/ui\"").contains("href=\"/api/docs\"");
    }

    @Test
    void everyAnswerTheApiGivesIsDocumentedForItsRoute() throws Exception {
        JsonNode docs = document();
        UUID mk = region.country("MK");
        String event = """
                {"operationId":"%s","occurredOn":"2016-03-08","countryId":"%s","kind":"CLOSURE","title":"%s",
                 "description":"Closed to all but Syrians, Iraqis and Afghans","distributionLevel":"OSCE"}""";

        MockHttpServletResponse created = answer(post("/api/v1/route-events").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(event.formatted(skopje, mk, "Gevgelija closed")));
        assertDocumented(docs, "/api/v1/route-events", "post", created.getStatus(), 201);
        String id = JSON.readTree(created.getContentAsString()).get("id").asString();
        String one = "/api/v1/route-events/{id}";

        assertDocumented(docs, one, "put", answer(put("/api/v1/route-events/" + id).header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(event.formatted(skopje, mk, "No If-Match")))
                .getStatus(), 428);
        assertDocumented(docs, one, "put", answer(put("/api/v1/route-events/" + id).header("Authorization", token)
                .header("If-Match", "\"41\"").contentType(MediaType.APPLICATION_JSON)
                .content(event.formatted(skopje, mk, "Stale"))).getStatus(), 412);
        assertDocumented(docs, "/api/v1/route-events", "post", answer(post("/api/v1/route-events")
                .header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .content(event.formatted(skopje, mk, " "))).getStatus(), 422);
        assertDocumented(docs, "/api/v1/route-events", "post", answer(post("/api/v1/route-events")
                .header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .getStatus(), 400);
        assertDocumented(docs, one, "get", answer(get("/api/v1/route-events/" + UUID.randomUUID())
                .header("Authorization", token)).getStatus(), 404);
        assertDocumented(docs, one, "get", answer(get("/api/v1/route-events/" + id)).getStatus(), 401);
        assertDocumented(docs, one, "get", answer(get("/api/v1/route-events/" + id)
                .header("Authorization", token)).getStatus(), 200);
    }

    private MockHttpServletResponse answer(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static void assertDocumented(JsonNode docs, String path, String method, int status, int expected) {
        assertThat(status).as("%s %s answered", method, path).isEqualTo(expected);
        JsonNode responses = docs.path("paths").path(path).path(method).path("responses");
        assertThat(responses.has(String.valueOf(status)))
                .as("%s %s documents %d (it documents %s)", method, path, status, responses.propertyNames())
                .isTrue();
    }

    private JsonNode document() throws Exception {
        return JSON.readTree(mvc.perform(get("/api/docs").with(user(officer))).andReturn().getResponse()
                .getContentAsString());
    }
}
