package org.corridor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.corridor.DemoAsLoadedTest;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document says what the API really answers: every list and every record the demo's readers get back
 * is walked beside its schema, and a field that comes back null must be declared as one that can be null (a client
 * generated from the document would otherwise fail on it).
 */
@DemoAsLoadedTest
class ApiDocumentAnswersTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;

    @Test
    void everyNullInARealAnswerIsDeclaredNullable() throws Exception {
        JsonNode docs = JSON.readTree(mvc.perform(get("/api/docs").with(user(demo("focal"))))
                .andReturn().getResponse().getContentAsString());
        List<String> undeclared = new ArrayList<>();
        int walked = 0;
        for (String reader : List.of("focal", "coordinator")) {
            CorridorUser user = demo(reader);
            for (Map.Entry<String, JsonNode> path : docs.get("paths").properties()) {
                JsonNode operation = path.getValue().get("get");
                if (path.getKey().contains("{") || operation == null || !path.getKey().startsWith("/api/v1/")) {
                    continue;
                }
                var response = mvc.perform(get(path.getKey()).param("size", "200").with(user(user)))
                        .andReturn().getResponse();
                if (response.getStatus() != 200 || !response.getContentType().contains("json")) {
                    continue;
                }
                JsonNode schema = okSchema(operation);
                JsonNode answer = JSON.readTree(response.getContentAsString());
                walk(docs, schema, answer, path.getKey(), undeclared);
                walked++;
                JsonNode first = answer.path("items").path(0);
                JsonNode detail = docs.get("paths").get(path.getKey() + "/{id}");
                if (first.has("id") && detail != null && detail.has("get")) {
                    String url = path.getKey() + "/" + first.get("id").asString();
                    var one = mvc.perform(get(url).with(user(user))).andReturn().getResponse();
                    if (one.getStatus() == 200) {
                        walk(docs, okSchema(detail.get("get")), JSON.readTree(one.getContentAsString()), url, undeclared);
                        walked++;
                    }
                }
            }
        }
        assertThat(walked).as("answers walked").isGreaterThan(20);
        assertThat(new TreeSet<>(undeclared)).as("fields answered null but not declared nullable").isEmpty();
    }

    private CorridorUser demo(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    private static JsonNode okSchema(JsonNode operation) {
        JsonNode content = operation.path("responses").path("200").path("content");
        Iterator<JsonNode> types = content.values().iterator();
        return types.hasNext() ? types.next().path("schema") : JSON.missingNode();
    }

    /** Walks an answer beside its schema, noting every null the schema does not allow. */
    private static void walk(JsonNode docs, JsonNode schema, JsonNode value, String where, List<String> undeclared) {
        schema = resolve(docs, schema);
        if (schema.isMissingNode() || schema.isEmpty()) {
            return;
        }
        if (value.isNull()) {
            if (!allowsNull(docs, schema)) {
                undeclared.add(where);
            }
            return;
        }
        for (String combinator : List.of("anyOf", "oneOf", "allOf")) {
            if (schema.has(combinator)) {
                for (JsonNode option : schema.get(combinator)) {
                    JsonNode resolved = resolve(docs, option);
                    if (!resolved.path("type").asString("").equals("null")) {
                        walk(docs, resolved, value, where, undeclared);
                        return;
                    }
                }
            }
        }
        if (value.isObject() && schema.has("properties")) {
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                JsonNode property = schema.get("properties").get(field.getKey());
                if (property != null) {
                    walk(docs, property, field.getValue(), where + " ." + field.getKey(), undeclared);
                }
            }
        } else if (value.isArray() && schema.has("items")) {
            for (JsonNode item : value) {
                walk(docs, schema.get("items"), item, where + " []", undeclared);
            }
        }
    }

    private static boolean allowsNull(JsonNode docs, JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (t.asString().equals("null")) {
                    return true;
                }
            }
        }
        if (schema.path("nullable").asBoolean(false)) {
            return true;
        }
        for (String combinator : List.of("anyOf", "oneOf")) {
            for (JsonNode option : schema.path(combinator)) {
                if (allowsNull(docs, resolve(docs, option)) || resolve(docs, option).path("type").asString("").equals("null")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static JsonNode resolve(JsonNode docs, JsonNode schema) {
        while (schema.has("$ref")) {
            String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            schema = docs.path("components").path("schemas").path(name);
        }
        return schema;
    }
}
