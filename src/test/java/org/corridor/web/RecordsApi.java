package org.corridor.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One kind of record in the API ({@code /api/v1/deployments}, say), called as a client does: a personal token as
 * bearer, a JSON body, the version read sent back as {@code If-Match}. The tests then say only what they send and
 * what they expect back.
 */
public final class RecordsApi {

    private final MockMvc mvc;
    private final String path;

    public RecordsApi(MockMvc mvc, String path) {
        this.mvc = mvc;
        this.path = path;
    }

    /** POST of a new record. */
    public ResultActions create(String bearer, String json) throws Exception {
        return mvc.perform(withJson(post(path), bearer, json));
    }

    /** A new record that must be created: its id, read from the answer at {@code idPath} ({@code $.id} mostly). */
    public String createdId(String bearer, String json, String idPath) throws Exception {
        String body = create(bearer, json).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, idPath);
    }

    /** GET of one record. */
    public ResultActions read(String bearer, String id) throws Exception {
        return mvc.perform(get(path + "/" + id).header("Authorization", bearer));
    }

    /** GET of the list, with query parameters as name, value, name, value. */
    public ResultActions list(String bearer, String... parameters) throws Exception {
        MockHttpServletRequestBuilder request = get(path).header("Authorization", bearer);
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request);
    }

    /** PUT of a change made to the version read. */
    public ResultActions change(String bearer, String id, long versionRead, String json) throws Exception {
        return mvc.perform(withJson(put(path + "/" + id), bearer, json).header("If-Match", "\"" + versionRead + "\""));
    }

    /** PUT of a change without saying which version it was made to. */
    public ResultActions changeWithoutVersion(String bearer, String id, String json) throws Exception {
        return mvc.perform(withJson(put(path + "/" + id), bearer, json));
    }

    private static MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, String bearer,
            String json) {
        return request.header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON).content(json);
    }
}
