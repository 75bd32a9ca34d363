package org.corridor.kernel;

import org.corridor.interchange.ImportReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.AccountException;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Role;
import org.corridor.accounts.UserAccounts;
import org.corridor.activities.Activities;
import org.corridor.activities.Activity;
import org.corridor.activities.ActivityDraft;
import org.corridor.activities.ActivityImport;
import org.corridor.activities.ActivityKind;
import org.corridor.activities.ActivityStatus;
import org.corridor.directory.Dimension;
import org.corridor.directory.ResponseArea;
import org.corridor.flows.FlowImport;
import org.corridor.interchange.ImportJobs;
import org.corridor.interchange.ProblemLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 17, items 1 and 6: every free text has a length limit, refused beside its field on the form, named in the
 * API's problem and in its OpenAPI document, and reported as a row error by the imports, before any personal-data
 * scan; unknown team members and implausible dates in imports are refused with a message.
 */
@CorridorTest
class TextLimitsTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Activities activities;

    @Autowired
    FlowImport flowImport;

    @Autowired
    ActivityImport activityImport;

    @TempDir
    Path dir;

    UUID skopje;
    UUID gevgelija;
    CorridorUser focal;
    String token;
    Activity activity;

    @BeforeEach
    void focalPointOfSkopje() {
        skopje = region.operation("skopje");
        gevgelija = region.place("MK-GEVGELIJA-BCP");
        focal = region.user("limits", "Limits", Role.FOCAL_POINT, skopje);
        token = "Bearer " + accounts.createToken(focal.id(), "limits").secret();
        activity = activities.create(focal, new ActivityDraft(skopje, "Text limits " + UUID.randomUUID(), null,
                ResponseArea.MONITORING, Set.of(Dimension.HUMAN), ActivityKind.NON_PROJECT, null, null, null,
                ActivityStatus.ONGOING, LocalDate.of(2016, 1, 1), null, null, null, null, null));
    }

    static String text(int length) {
        return "x".repeat(length);
    }

    static String tooLong(int limit) {
        return "Up to %,d characters; this has %,d.".formatted(limit, limit + 1);
    }

    MvcResult postJson(String path, String json) throws Exception {
        return mvc.perform(post(path).header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn();
    }

    /** The API answers 422 and names the field, with the limit and the length in its message. */
    void refusedByTheApi(String path, String json, String field, int limit) throws Exception {
        MvcResult result = postJson(path, json);
        String body = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).as(path + " " + body).isEqualTo(422);
        List<String> messages = JsonPath.read(body, "$.errors[?(@.field == '" + field + "')].message");
        assertThat(messages).as(path + " " + body).containsExactly(tooLong(limit));
    }

    @Test
    void everyRecordKindsApiRefusesATextBeyondItsLimitNamingTheField() throws Exception {
        refusedByTheApi("/api/v1/visits", """
                {"operationId":"%s","observations":{"narrative":"%s"}}""".formatted(skopje, text(20_001)),
                "observations.narrative", TextLimits.NARRATIVE);
        refusedByTheApi("/api/v1/visits", """
                {"operationId":"%s","unitName":"%s","followUps":[{"action":"%s","owner":"%s"}]}"""
                .formatted(skopje, text(201), text(4_001), text(201)), "followUps[0].action", TextLimits.PARAGRAPH);
        refusedByTheApi("/api/v1/visits", """
                {"operationId":"%s","followUps":[{"action":"Brief","owner":"%s"}]}""".formatted(skopje, text(201)),
                "followUps[0].owner", TextLimits.LINE);
        refusedByTheApi("/api/v1/assessments", """
                {"operationId":"%s","authority":"%s","narrative":"%s"}""".formatted(skopje, text(201), text(20_001)),
                "narrative", TextLimits.NARRATIVE);
        refusedByTheApi("/api/v1/assessments", """
                {"operationId":"%s","authority":"%s"}""".formatted(skopje, text(201)), "authority", TextLimits.LINE);
        refusedByTheApi("/api/v1/assessments", """
                {"operationId":"%s","area":"%s"}""".formatted(skopje, text(201)), "area", TextLimits.LINE);
        refusedByTheApi("/api/v1/monitoring-plans", """
                {"operationId":"%s","note":"%s"}""".formatted(skopje, text(4_001)), "note", TextLimits.PARAGRAPH);
        refusedByTheApi("/api/v1/deployments", """
                {"operationId":"%s","purpose":"%s"}""".formatted(skopje, text(4_001)), "purpose", TextLimits.PARAGRAPH);
        refusedByTheApi("/api/v1/route-events", """
                {"operationId":"%s","title":"Closure","description":"%s"}""".formatted(skopje, text(4_001)),
                "description", TextLimits.PARAGRAPH);
        refusedByTheApi("/api/v1/route-events", """
                {"operationId":"%s","title":"Closure","sourceReference":"%s"}""".formatted(skopje, text(201)),
                "sourceReference", TextLimits.LINE);
        refusedByTheApi("/api/v1/meetings", """
                {"operationId":"%s","title":"Briefing","summary":"%s"}""".formatted(skopje, text(20_001)),
                "summary", TextLimits.NARRATIVE);
        refusedByTheApi("/api/v1/meetings", """
                {"operationId":"%s","title":"Briefing","topics":"%s","place":"%s","decisions":["Agreed","%s"]}"""
                .formatted(skopje, text(4_001), text(201), text(4_001)), "decisions[1]", TextLimits.PARAGRAPH);
        refusedByTheApi("/api/v1/meetings", """
                {"operationId":"%s","title":"Briefing","topics":"%s"}""".formatted(skopje, text(4_001)),
                "topics", TextLimits.PARAGRAPH);
        refusedByTheApi("/api/v1/meeting-series", """
                {"operationId":"%s","title":"Weekly","place":"%s"}""".formatted(skopje, text(201)),
                "place", TextLimits.LINE);
        refusedByTheApi("/api/v1/activities", """
                {"operationId":"%s","title":"Training","description":"%s"}""".formatted(skopje, text(4_001)),
                "description", TextLimits.PARAGRAPH);
        refusedByTheApi("/api/v1/activities", """
                {"operationId":"%s","title":"Training","documents":[{"title":"%s","reference":"R-1"}]}"""
                .formatted(skopje, text(201)), "documents[0].title", TextLimits.LINE);
        refusedByTheApi("/api/v1/capacity-events", """
                {"activityId":"%s","topic":"Training","place":"%s"}""".formatted(activity.id(), text(201)),
                "place", TextLimits.LINE);
        refusedByTheApi("/api/v1/capacity-events", """
                {"activityId":"%s","topic":"%s"}""".formatted(activity.id(), text(201)), "topic", TextLimits.LINE);
    }

    @Test
    void theLimitsThatPredateThemStillHoldOnTheApi() throws Exception {
        MvcResult purpose = postJson("/api/v1/visits", """
                {"operationId":"%s","purpose":"%s"}""".formatted(skopje, text(501)));
        assertThat(purpose.getResponse().getStatus()).isEqualTo(422);
        assertThat(JsonPath.<List<String>>read(purpose.getResponse().getContentAsString(), "$.errors[*].field"))
                .contains("purpose");
        MvcResult point = postJson("/api/v1/action-points", """
                {"operationId":"%s","text":"%s","dueDate":"2016-03-01"}""".formatted(skopje, text(1_001)));
        assertThat(point.getResponse().getStatus()).isEqualTo(422);
        assertThat(JsonPath.<List<String>>read(point.getResponse().getContentAsString(), "$.errors[*].field"))
                .contains("text");
    }

    @Test
    void aMegabyteAssessmentNarrativeIsRefusedAtOnceWithoutBeingScanned() throws Exception {
        // Letters with an '@' now and then: the shape that made the old e-mail pattern take minutes.
        String adversarial = ("a".repeat(1_023) + "@").repeat(1_024);
        String json = """
                {"operationId":"%s","authority":"Border police","locationId":"%s","assessedOn":"2016-03-10",
                 "rating":"UNPREPARED","source":"FIRST_HAND","narrative":"%s"}""".formatted(skopje, gevgelija, adversarial);
        postJson("/api/v1/assessments", "{}"); // warm the path, so the figure below is the refusal's own

        long started = System.nanoTime();
        MvcResult result = postJson("/api/v1/assessments", json);
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.println("A 1 MiB assessment narrative was refused in " + millis + " ms");
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(JsonPath.<List<String>>read(result.getResponse().getContentAsString(), "$.errors[*].field"))
                .containsExactly("narrative");
        // Generous for a loaded machine; the scan of a megabyte used to take minutes.
        assertThat(millis).as("milliseconds to refuse a 1 MiB narrative").isLessThan(5_000);
    }

    /** The form is shown again with the message beside the field, and the field states its limit. */
    void refusedOnTheForm(MockHttpServletRequestBuilder request, String field, int limit) throws Exception {
        String page = mvc.perform(request.with(user(focal)).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(tooLong(limit));
        assertThat(page).containsPattern("<(input|textarea)(?=[^>]*name=\"" + java.util.regex.Pattern.quote(field)
                + "\")(?=[^>]*maxlength=\"" + limit + "\")");
        assertThat(page).contains("Up to %,d characters.".formatted(limit));
    }

    @Test
    void everyRecordKindsFormRefusesATextBeyondItsLimitBesideTheFieldAndStatesIt() throws Exception {
        refusedOnTheForm(post("/monitoring/visits").param("operationId", skopje.toString())
                .param("narrative", text(20_001)), "narrative", TextLimits.NARRATIVE);
        refusedOnTheForm(post("/monitoring/visits").param("operationId", skopje.toString())
                .param("unitName", text(201)).param("unit", "OTHER"), "unitName", TextLimits.LINE);
        refusedOnTheForm(post("/monitoring/assessments/new").param("operationId", skopje.toString())
                .param("narrative", text(20_001)), "narrative", TextLimits.NARRATIVE);
        refusedOnTheForm(post("/monitoring/plans/new").param("operationId", skopje.toString())
                .param("note", text(4_001)), "note", TextLimits.PARAGRAPH);
        refusedOnTheForm(post("/monitoring/deployments/new").param("operationId", skopje.toString())
                .param("purpose", text(4_001)), "purpose", TextLimits.PARAGRAPH);
        refusedOnTheForm(post("/flows/events/new").param("operationId", skopje.toString()).param("title", "Closure")
                .param("description", text(4_001)), "description", TextLimits.PARAGRAPH);
        refusedOnTheForm(post("/flows/events/new").param("operationId", skopje.toString()).param("title", "Closure")
                .param("sourceReference", text(201)), "sourceReference", TextLimits.LINE);
        refusedOnTheForm(post("/liaison/meetings/new").param("operationId", skopje.toString())
                .param("summary", text(20_001)), "summary", TextLimits.NARRATIVE);
        refusedOnTheForm(post("/liaison/meetings/new").param("operationId", skopje.toString())
                .param("topics", text(4_001)), "topics", TextLimits.PARAGRAPH);
        refusedOnTheForm(post("/liaison/series/new").param("operationId", skopje.toString())
                .param("place", text(201)), "place", TextLimits.LINE);
        refusedOnTheForm(post("/activities/new").param("operationId", skopje.toString()).param("title", "Training")
                .param("description", text(4_001)), "description", TextLimits.PARAGRAPH);
        refusedOnTheForm(post("/activities/new").param("operationId", skopje.toString()).param("title", "Training")
                .param("projectCode", text(201)), "projectCode", TextLimits.LINE);
        refusedOnTheForm(post("/activities/" + activity.id() + "/capacity-events/new").param("topic", "Training")
                .param("startsOn", "2016-03-01").param("place", text(201)), "place", TextLimits.LINE);
    }

    @Test
    void aDisplayNameBeyondALineIsRefused() {
        assertThatThrownBy(() -> accounts.create("limits.long." + UUID.randomUUID().toString().substring(0, 8),
                text(201), "long-enough-password", List.of()))
                .isInstanceOf(AccountException.class).hasMessageContaining("up to 200 characters");
    }

    @Test
    void theApiDocumentDeclaresTheLimits() throws Exception {
        String docs = mvc.perform(get("/api/docs").with(user(focal))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Map<String, Integer> expected = Map.ofEntries(
                Map.entry("AssessmentRequest.properties.narrative", TextLimits.NARRATIVE),
                Map.entry("AssessmentRequest.properties.authority", TextLimits.LINE),
                Map.entry("VisitRequest.properties.purpose", 500),
                Map.entry("Observations.properties.narrative", TextLimits.NARRATIVE),
                Map.entry("FollowUp.properties.action", TextLimits.PARAGRAPH),
                Map.entry("PlanDraft.properties.note", TextLimits.PARAGRAPH),
                Map.entry("DeploymentDraft.properties.purpose", TextLimits.PARAGRAPH),
                Map.entry("RouteEventRequest.properties.description", TextLimits.PARAGRAPH),
                Map.entry("RouteEventRequest.properties.title", TextLimits.LINE),
                Map.entry("MeetingDraft.properties.summary", TextLimits.NARRATIVE),
                Map.entry("MeetingDraft.properties.topics", TextLimits.PARAGRAPH),
                Map.entry("MeetingDraft.properties.decisions.items", TextLimits.PARAGRAPH),
                Map.entry("Observations.properties.concerns.items", 60),
                Map.entry("SeriesDraft.properties.place", TextLimits.LINE),
                Map.entry("ActionPointDraft.properties.text", 1_000),
                Map.entry("ActivityDraft.properties.description", TextLimits.PARAGRAPH),
                Map.entry("ActivityDraft.properties.title", 300),
                Map.entry("Document.properties.reference", TextLimits.PARAGRAPH),
                Map.entry("CapacityEventDraft.properties.place", TextLimits.LINE));
        expected.forEach((path, limit) -> assertThat(JsonPath.<Integer>read(docs,
                "$.components.schemas." + path + ".maxLength")).as(path).isEqualTo(limit));
    }

    @Test
    void aTeamMemberWhoIsNoUserOfTheOperationIsRefused() throws Exception {
        String visit = """
                {"operationId":"%s","locationId":"%s","unit":"POLICE_DEVELOPMENT","teamCount":2,
                 "startsAt":"2016-03-08T07:00:00Z","endsAt":"2016-03-08T09:00:00Z","purpose":"Border monitoring",
                 "status":"COMPLETED","teamMembers":[%s]}""";
        MvcResult unknown = postJson("/api/v1/visits", visit.formatted(skopje, gevgelija, "\"" + UUID.randomUUID() + "\""));
        assertThat(unknown.getResponse().getStatus()).isEqualTo(422);
        assertThat(JsonPath.<List<String>>read(unknown.getResponse().getContentAsString(), "$.errors[*].field"))
                .containsExactly("teamMembers");

        MvcResult member = postJson("/api/v1/visits", visit.formatted(skopje, gevgelija, "\"" + focal.id() + "\""));
        assertThat(member.getResponse().getStatus()).as(member.getResponse().getContentAsString()).isEqualTo(201);
    }

    Path file(String content) throws IOException {
        return Files.writeString(dir.resolve("import-" + UUID.randomUUID() + ".csv"), content);
    }

    @Test
    void theFlowImportRefusesDatesOutsideThePlausibleRangeAsRowErrors() throws IOException {
        Path csv = file("date,location_code,direction,total\n"
                + "-999999999-01-01,MK-GEVGELIJA-BCP,ENTRY,100\n"
                + "+1000000-01-01,MK-GEVGELIJA-BCP,ENTRY,100\n"
                + "1899-12-31,MK-GEVGELIJA-BCP,ENTRY,100\n");

        ImportReport report = flowImport.importFile(focal, skopje, csv, "dates.csv", null, false, null);

        assertThat(report.status()).isEqualTo(ImportJobs.Status.REJECTED);
        List<ProblemLog.Entry> errors = report.problems().entries().stream().filter(e -> !e.note()).toList();
        assertThat(errors).extracting(ProblemLog.Entry::line).containsExactly(2L, 3L, 4L);
        assertThat(errors).allSatisfy(e -> assertThat(e.reason()).startsWith("Enter a date from 1900-01-01 to "));
    }

    @Test
    void theActivityImportRefusesImplausibleDatesAndTooLongCellsAsRowErrors() throws IOException {
        Path csv = file("title,description,response_area,dimensions,kind,status,starts_on\n"
                + "Far back,,MONITORING,HUMAN,NON_PROJECT,ONGOING,-999999999-01-01\n"
                + "Long," + text(4_001) + ",MONITORING,HUMAN,NON_PROJECT,ONGOING,2016-01-01\n");

        ImportReport report = activityImport.importFile(focal, skopje, csv, "activities.csv", null, false);

        assertThat(report.status()).isEqualTo(ImportJobs.Status.REJECTED);
        List<ProblemLog.Entry> errors = report.problems().entries().stream().filter(e -> !e.note()).toList();
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.line()).isEqualTo(2L);
            assertThat(e.reason()).startsWith("Enter a date from 1900-01-01 to ");
        });
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.line()).isEqualTo(3L);
            assertThat(e.reason()).isEqualTo(tooLong(TextLimits.PARAGRAPH));
            assertThat(e.value()).hasSizeLessThan(300).endsWith("(4001 characters)");
        });
    }
}
