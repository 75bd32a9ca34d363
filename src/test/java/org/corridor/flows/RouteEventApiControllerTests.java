package org.corridor.flows;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.Role;
import org.corridor.audit.AuditEntry;
import org.corridor.audit.AuditLog;
import org.corridor.web.RecordsApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

    RecordsApi routeEvents;
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
        routeEvents = new RecordsApi(mvc, "/api/v1/route-events");
        skopje = region.operation("skopje");
        serbia = region.operation("serbia");
        mk = region.country("MK");
        officer = region.bearer(Role.OFFICER, skopje);
    }

    String eventJson(String title, String level, String description) {
        return """
                {"operationId":"%s","occurredOn":"2016-03-08","countryId":"%s","kind":"CLOSURE","title":"%s",
                 "description":"%s","sourceReference":"SEC.GAL/1/16","distributionLevel":"%s"}"""
                .formatted(skopje, mk, title, description, level);
    }

    @Test
    void recordsChangesAndAuditsARouteEvent() throws Exception {
        String body = routeEvents.create(officer, eventJson("Border closed", "OSCE", "Closed"))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(header().string("Location", startsWith("/api/v1/route-events/")))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");

        routeEvents.changeWithoutVersion(officer, id, eventJson("Border closed to all", "OSCE", "Closed"))
                .andExpect(status().isPreconditionRequired());
        routeEvents.change(officer, id, 0, eventJson("Border closed to all", "OSCE", "Closed"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("Border closed to all"));
        routeEvents.change(officer, id, 0, eventJson("Again", "OSCE", "Closed"))
                .andExpect(status().isPreconditionFailed());
        org.assertj.core.api.Assertions.assertThat(auditLog.forRecord("route_event", id))
                .extracting(AuditEntry::action).containsExactly("CREATE", "UPDATE");
    }

    @Test
    void aBadEventIsAProblemNamingEachField() throws Exception {
        String json = """
                {"operationId":"%s","occurredOn":"2999-01-01","kind":null,"title":" "}""".formatted(skopje);

        routeEvents.create(officer, json)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("occurredOn", "countryId",
                        "kind", "title")));
    }

    @Test
    void textThatLooksLikePersonalDataMustBeConfirmed() throws Exception {
        routeEvents.create(officer, eventJson("Incident", "OSCE", "Reported by someone@example.org"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.findings[0].kind").value("EMAIL"));
    }

    @Test
    void anInternalEventIsHiddenFromOtherOperations() throws Exception {
        String body = routeEvents.create(officer, eventJson("Internal note", "OPERATION", "x"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");

        routeEvents.read(region.bearer(Role.OFFICER, serbia), id)
                .andExpect(status().isNotFound());
        routeEvents.read(region.bearer(Role.VIEWER, skopje), id)
                .andExpect(status().isOk());
        routeEvents.create(region.bearer(Role.VIEWER, skopje), eventJson("Not mine to record", "OSCE", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRecordedEventIsAnnouncedToOtherModules() throws Exception {
        String body = routeEvents.create(officer, eventJson("Border closed", "OSCE", "Closed"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(JsonPath.read(body, "$.id"));

        org.assertj.core.api.Assertions.assertThat(published.stream(RouteEventRecorded.class))
                .containsExactly(new RouteEventRecorded(id, skopje, mk, null, RouteEvents.Kind.CLOSURE,
                        java.time.LocalDate.of(2016, 3, 8)));
    }
}
