package org.corridor.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.corridor.liaison.MeetingDraft;
import org.corridor.liaison.MeetingKind;
import org.corridor.liaison.Meetings;
import org.corridor.monitoring.MonitoringVisits;
import org.corridor.monitoring.Observations;
import org.corridor.monitoring.PreparednessAssessments;
import org.corridor.monitoring.PreparednessAssessments.AssessmentDraft;
import org.corridor.monitoring.Unit;
import org.corridor.monitoring.VisitDraft;
import org.corridor.monitoring.VisitStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sharing feed on records of the Mission to Serbia written here in 1952: a visit, an assessment and a meeting each
 * shared at OSCE level and each kept at OPERATION level. Only the shared ones are listed, to the head of another
 * operation and to the coordinator alike, and to Serbia's own members too (the feed is what was shared).
 */
@CorridorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedRecordsFeedTests {

    @Autowired
    RegionFixture region;
    @Autowired
    MockMvc mvc;
    @Autowired
    MonitoringVisits visits;
    @Autowired
    PreparednessAssessments assessments;
    @Autowired
    Meetings meetings;
    @Autowired
    SharedRecordsFeed feed;
    @Autowired
    JsonMapper json;

    UUID serbia;
    CorridorUser coordinator;
    CorridorUser skopjeHead;
    CorridorUser serbiaViewer;
    List<UUID> shared = new ArrayList<>();
    List<UUID> kept = new ArrayList<>();

    @BeforeAll
    void recordsAtBothLevels() {
        serbia = region.operation("serbia");
        coordinator = region.user("feed", "Coordinator", Role.REGIONAL_COORDINATOR, null);
        skopjeHead = region.user("feed", "Head of Skopje", Role.HEAD_OF_OPERATION, region.operation("skopje"));
        serbiaViewer = region.user("feed", "Viewer of Serbia", Role.VIEWER, serbia);
        CorridorUser officer = region.user("feed", "Officer of Serbia", Role.OFFICER, serbia);
        UUID presevo = region.place("RS-PRESEVO-OSC");
        int day = 1;
        for (DistributionLevel level : List.of(DistributionLevel.OSCE, DistributionLevel.OPERATION)) {
            List<UUID> into = level == DistributionLevel.OSCE ? shared : kept;
            LocalDate date = LocalDate.of(1952, 3, day++);
            into.add(visits.record(officer, new VisitDraft(serbia, presevo, Unit.MONITORING, null, Set.of(), 2,
                    date.atTime(9, 0).toInstant(ZoneOffset.UTC), date.atTime(12, 0).toInstant(ZoneOffset.UTC),
                    "Feed visit " + level, VisitStatus.COMPLETED,
                    new Observations(null, null, null, null, null, null, null, null, null, null, null), List.of(),
                    level), true).id());
            into.add(assessments.record(officer, new AssessmentDraft(serbia, "Police " + level, presevo, null, date,
                    PreparednessAssessments.Rating.PREPARED, null, PreparednessAssessments.Source.FIRST_HAND,
                    null, level), true).id());
            into.add(meetings.create(officer, new MeetingDraft(serbia, MeetingKind.COORDINATION, "Feed meeting "
                    + level, date, LocalTime.of(10, 0), LocalTime.of(11, 0), null, "Preševo", null, List.of(),
                    List.of(), List.of(), null, null, List.of(), level, true)).id());
        }
    }

    @Test
    void neverListsAnOperationLevelRecordToAnotherOperationsHeadOrTheCoordinator() {
        for (CorridorUser reader : List.of(skopjeHead, coordinator, serbiaViewer)) {
            List<SharedRecordsFeed.Item> items = all(reader, serbia, Set.of());
            assertThat(items).extracting(SharedRecordsFeed.Item::id).as(reader.getUsername())
                    .containsAll(shared).doesNotContainAnyElementsOf(kept);
            assertThat(items).allSatisfy(i -> assertThat(i.level()).isNotEqualTo(DistributionLevel.OPERATION));
        }
    }

    @Test
    void listsNewestFirstByKindWithALinkToEachRecord() {
        List<SharedRecordsFeed.Item> items = all(coordinator, serbia, Set.of(SharedRecordsFeed.Kind.MEETING,
                SharedRecordsFeed.Kind.VISIT));
        assertThat(items).extracting(SharedRecordsFeed.Item::kind)
                .containsOnly(SharedRecordsFeed.Kind.MEETING, SharedRecordsFeed.Kind.VISIT);
        assertThat(items).isSortedAccordingTo((a, b) -> b.at().compareTo(a.at()));
        assertThat(items).filteredOn(i -> shared.contains(i.id())).extracting(SharedRecordsFeed.Item::path)
                .allSatisfy(path -> assertThat(path).matches("/(monitoring/visits|liaison/meetings)/[0-9a-f-]{36}"));
    }

    @Test
    void thePageAndTheApiListTheSameRecords() throws Exception {
        String page = mvc.perform(get("/regional/shared").param("operation", "serbia").with(user(skopjeHead)))
                .andReturn().getResponse().getContentAsString();
        JsonNode api = json.readTree(mvc.perform(get("/api/v1/regional/shared").param("operation", "serbia")
                .header("Authorization", region.bearer(skopjeHead))).andReturn().getResponse().getContentAsString());
        List<String> apiIds = new ArrayList<>();
        api.get("items").forEach(i -> apiIds.add(i.get("id").asString()));
        assertThat(apiIds).isNotEmpty();
        for (String id : apiIds) {
            assertThat(page).contains(id);
        }
        for (UUID id : kept) {
            assertThat(page).doesNotContain(id.toString());
            assertThat(apiIds).doesNotContain(id.toString());
        }
        assertThat(page).doesNotContain("Feed meeting OPERATION").doesNotContain("Police OPERATION");
    }

    @Test
    void anUnknownOperationOrKindIsSaidOnThePageAndIsA400InTheApi() throws Exception {
        MockHttpServletResponse api = mvc.perform(get("/api/v1/regional/shared").param("kind", "rumour")
                .header("Authorization", region.bearer(coordinator))).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentType()).contains("application/problem+json");
        assertThat(api.getContentAsString()).contains("'rumour' is not a kind of record");
        assertThat(mvc.perform(get("/api/v1/regional/shared").param("operation", "atlantis")
                .header("Authorization", region.bearer(coordinator))).andReturn().getResponse().getStatus())
                .isEqualTo(400);
        String page = mvc.perform(get("/regional/shared").param("operation", "atlantis").with(user(coordinator)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("There is no operation with the code &#39;atlantis&#39;")
                .contains("id=\"s-operation-error\"");
    }

    private List<SharedRecordsFeed.Item> all(CorridorUser reader, UUID operation, Set<SharedRecordsFeed.Kind> kinds) {
        List<SharedRecordsFeed.Item> items = new ArrayList<>();
        SharedRecordsFeed.Page page = feed.page(reader, operation, kinds, 0);
        items.addAll(page.items());
        while (page.hasNext()) {
            page = feed.page(reader, operation, kinds, page.page() + 1);
            items.addAll(page.items());
        }
        return items;
    }
}
