package org.corridor.flows;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Role;
import org.corridor.accounts.UserAccounts;
import org.corridor.audit.AuditEntry;
import org.corridor.audit.AuditLog;
import org.corridor.directory.Directory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@CorridorTest
@RecordApplicationEvents
class RouteEventApiControllerTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Directory directory;

    @Autowired
    AuditLog auditLog;

    @Autowired
    ApplicationEvents published;

    UUID skopje;
    UUID serbia;
    UUID mk;
    String officer;

    @BeforeEach
    void officerOfSkopje() {
        skopje = region.operation("skopje");
        serbia = region.operation("serbia");
        mk = directory.countryByIso2("MK").orElseThrow().id();
        officer = tokenFor(Role.OFFICER, skopje);
    }

    String tokenFor(Role role, UUID operation) {
        CorridorUser user = region.user("eventapi", "API", role, operation);
        return region.bearer(user);
    }

    String eventJson(String title, String level, String description) {
        return """
                {"operationId":"%s","occurredOn":"2016-03-08","countryId":"%s","kind":"CLOSURE","title":"%s",
                 "description":"%s","sourceReference":"SEC.GAL/1/16","distributionLevel":"%s"}"""
                .formatted(skopje, mk, title, description, level);
    }

    @Test
    void recordsChangesAndAuditsARouteEvent() throws Exception {
        String body = mvc.perform(post("/api/v1/route-events").header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON).content(eventJson("Border closed", "OSCE", "Closed")))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(header().string("Location", startsWith("/api/v1/route-events/")))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");

        mvc.perform(put("/api/v1/route-events/" + id).header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON).content(eventJson("Border closed to all", "OSCE", "Closed")))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/v1/route-events/" + id).header("Authorization", officer).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(eventJson("Border closed to all", "OSCE", "Closed")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("Border closed to all"));
        mvc.perform(put("/api/v1/route-events/" + id).header("Authorization", officer).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(eventJson("Again", "OSCE", "Closed")))
                .andExpect(status().isPreconditionFailed());
        org.assertj.core.api.Assertions.assertThat(auditLog.forRecord("route_event", id))
                .extracting(AuditEntry::action).containsExactly("CREATE", "UPDATE");
    }

    @Test
    void aBadEventIsAProblemNamingEachField() throws Exception {
        String json = """
                {"operationId":"%s","occurredOn":"2999-01-01","kind":null,"title":" "}""".formatted(skopje);

        mvc.perform(post("/api/v1/route-events").header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("occurredOn", "countryId",
                        "kind", "title")));
    }

    @Test
    void textThatLooksLikePersonalDataMustBeConfirmed() throws Exception {
        mvc.perform(post("/api/v1/route-events").header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(eventJson("Incident", "OSCE", "Reported by someone@example.org")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.findings[0].kind").value("EMAIL"));
    }

    @Test
    void anInternalEventIsHiddenFromOtherOperations() throws Exception {
        String body = mvc.perform(post("/api/v1/route-events").header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON).content(eventJson("Internal note", "OPERATION", "x")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");

        mvc.perform(get("/api/v1/route-events/" + id).header("Authorization", tokenFor(Role.OFFICER, serbia)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/route-events/" + id).header("Authorization", tokenFor(Role.VIEWER, skopje)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/route-events").header("Authorization", tokenFor(Role.VIEWER, skopje))
                        .contentType(MediaType.APPLICATION_JSON).content(eventJson("Not mine to record", "OSCE", "x")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRecordedEventIsAnnouncedToOtherModules() throws Exception {
        String body = mvc.perform(post("/api/v1/route-events").header("Authorization", officer)
                        .contentType(MediaType.APPLICATION_JSON).content(eventJson("Border closed", "OSCE", "Closed")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(JsonPath.read(body, "$.id"));

        org.assertj.core.api.Assertions.assertThat(published.stream(RouteEventRecorded.class))
                .containsExactly(new RouteEventRecorded(id, skopje, mk, null, RouteEvents.Kind.CLOSURE,
                        java.time.LocalDate.of(2016, 3, 8)));
    }
}
