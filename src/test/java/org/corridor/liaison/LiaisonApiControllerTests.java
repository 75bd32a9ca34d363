package org.corridor.liaison;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.Role;
import org.corridor.web.RecordsApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@CorridorTest
class LiaisonApiControllerTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    RecordsApi meetings;
    UUID skopje;
    String token;

    @BeforeEach
    void officerOfSkopje() {
        meetings = new RecordsApi(mvc, "/api/v1/meetings");
        skopje = region.operation("skopje");
        token = region.bearer(Role.OFFICER, skopje);
    }

    String meetingJson(String title, String end) {
        return """
                {"operationId":"%s","kind":"BRIEFING","title":"%s","day":"2016-01-14","startTime":"10:00",
                 "endTime":"%s","organisationIds":["783234c2-74cb-4153-8c09-cb6ebadc16b0"]}""".formatted(skopje, title, end);
    }

    @Test
    void createsReadsAndUpdatesAMeetingWithEtags() throws Exception {
        String body = meetings.create(token, meetingJson("UNHCR briefing", "11:00"))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        meetings.read(token, id)
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("UNHCR briefing"));
        meetings.change(token, id, 0, meetingJson("UNHCR briefing (moved)", "11:00"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        meetings.change(token, id, 0, meetingJson("Stale", "11:00"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        meetings.changeWithoutVersion(token, id, meetingJson("No If-Match", "11:00"))
                .andExpect(status().isPreconditionRequired());
    }

    @Test
    void answersABadMeetingWithProblemJsonNamingTheField() throws Exception {
        meetings.create(token, meetingJson("Backwards", "09:00"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("endTime"));
    }

    @Test
    void createsASeriesAndAnActionPoint() throws Exception {
        mvc.perform(post("/api/v1/meeting-series").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"operationId":"%s","kind":"COORDINATION","title":"Weekly","dayOfWeek":"WEDNESDAY",
                                 "localTime":"10:00","durationMinutes":60,"firstDay":"2016-01-06","lastDay":"2016-01-27"}"""
                                .formatted(skopje)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.zone").value("Europe/Belgrade"));
        String body = meetings.create(token, meetingJson("With a follow-up", "11:00"))
                .andReturn().getResponse().getContentAsString();
        String meeting = JsonPath.read(body, "$.id");
        mvc.perform(post("/api/v1/action-points").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"meetingId":"%s","text":"Share the figures","dueDate":"2016-01-21"}""".formatted(meeting)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.overdue").value(true));
    }
}
