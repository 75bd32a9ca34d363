package org.corridor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.kernel.Region;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Membership;
import org.corridor.accounts.RecordKind;
import org.corridor.accounts.Role;
import org.corridor.accounts.Sharing;
import org.corridor.accounts.SharingPolicy;
import org.corridor.accounts.UserAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12 for the monitoring module: for visits, assessments, plans and deployments and each kind of read (list,
 * detail, CSV export, API list and detail), a record of Skopje at each level is read exactly by those the rule names;
 * the figures (intensity and map) count every visit of an operation whose figures the user may read, whatever its
 * level, never show a record's free text, and say "not shared" where the figures are not readable.
 */
@CorridorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringSharingTests {

    /** The readers of the rule: members of Skopje, a member of Serbia, the coordinator, a delegation reader, an admin. */
    enum Reader {
        SKOPJE_OFFICER, SKOPJE_VIEWER, SERBIA_OFFICER, COORDINATOR, DELEGATION_READER, ADMIN;

        /** What the rule says this reader reads of Skopje's records at this level. */
        boolean reads(DistributionLevel level) {
            return switch (this) {
                case SKOPJE_OFFICER, SKOPJE_VIEWER -> true;
                case SERBIA_OFFICER, COORDINATOR -> level != DistributionLevel.OPERATION;
                case DELEGATION_READER -> level == DistributionLevel.PARTICIPATING_STATES || level == DistributionLevel.PUBLIC;
                case ADMIN -> level == DistributionLevel.PUBLIC;
            };
        }
    }

    /** A sample week of 2013 that no other test records visits in. */
    static final LocalDate WEEK = LocalDate.parse("2013-02-04");

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Sharing sharing;

    @Autowired
    MonitoringVisits visits;

    @Autowired
    PreparednessAssessments assessments;

    @Autowired
    MonitoringPlans plans;

    @Autowired
    TemporaryDeployments deployments;

    final String run = org.corridor.RegionFixture.tag();
    final Map<Reader, CorridorUser> readers = new EnumMap<>(Reader.class);
    final Map<Reader, String> tokens = new EnumMap<>(Reader.class);
    CorridorUser skopjeFocal;
    CorridorUser skopjeHead;
    UUID skopje;
    UUID crossing;

    final Map<DistributionLevel, VisitDetails> visitAt = new EnumMap<>(DistributionLevel.class);
    final Map<DistributionLevel, PreparednessAssessments.Assessment> assessmentAt = new EnumMap<>(DistributionLevel.class);
    final Map<DistributionLevel, MonitoringPlans.Plan> planAt = new EnumMap<>(DistributionLevel.class);
    final Map<DistributionLevel, TemporaryDeployments.Deployment> deploymentAt = new EnumMap<>(DistributionLevel.class);

    @BeforeAll
    void oneRecordOfEachKindAtEachLevel() {
        skopje = region.operation("skopje");
        UUID serbia = region.operation("serbia");
        crossing = region.place("MK-GEVGELIJA-BCP");
        readers.put(Reader.SKOPJE_OFFICER, account("officer", skopje, Role.OFFICER));
        readers.put(Reader.SKOPJE_VIEWER, account("viewer", skopje, Role.VIEWER));
        readers.put(Reader.SERBIA_OFFICER, account("serbia", serbia, Role.OFFICER));
        readers.put(Reader.COORDINATOR, account("coordinator", null, Role.REGIONAL_COORDINATOR));
        readers.put(Reader.DELEGATION_READER, account("delegation", null, Role.DELEGATION_READER));
        readers.put(Reader.ADMIN, account("admin", null, Role.ADMIN));
        readers.forEach((reader, user) -> tokens.put(reader, region.bearer(user)));
        skopjeFocal = account("focal", skopje, Role.FOCAL_POINT);
        skopjeHead = account("head", skopje, Role.HEAD_OF_OPERATION);
        CorridorUser officer = readers.get(Reader.SKOPJE_OFFICER);
        int day = 0;
        for (DistributionLevel level : DistributionLevel.values()) {
            var start = WEEK.plusDays(day++).atTime(9, 0).atZone(Region.ZONE).toInstant();
            visitAt.put(level, visits.record(officer, new VisitDraft(skopje, crossing, Unit.MONITORING, null, Set.of(), 2,
                    start, start.plusSeconds(3600), marker("visit", level), VisitStatus.COMPLETED,
                    new Observations(120, null, null, null, null, null, null, null, null, List.of(marker("tag", level)),
                            marker("narrative", level)), List.of(), level), true));
            assessmentAt.put(level, assessments.record(officer, new PreparednessAssessments.AssessmentDraft(skopje,
                    marker("assessment", level), crossing, null, LocalDate.now(Region.ZONE),
                    PreparednessAssessments.Rating.PARTLY_PREPARED, null, PreparednessAssessments.Source.FIRST_HAND,
                    marker("assessment narrative", level), level), true));
            planAt.put(level, plans.create(skopjeFocal, new MonitoringPlans.PlanDraft(skopje, crossing, Unit.MONITORING, 1,
                    WEEK, WEEK.plusDays(6), marker("plan", level), level)));
            deploymentAt.put(level, deployments.record(skopjeFocal, new TemporaryDeployments.DeploymentDraft(skopje,
                    crossing, 2, WEEK, WEEK.plusDays(6), TemporaryDeployments.Premises.CONTAINER,
                    marker("deployment", level), level)));
        }
    }

    CorridorUser account(String name, UUID operation, Role role) {
        return accounts.create("share." + name + "." + run, name, "long-enough-password",
                List.of(new Membership(operation, role)));
    }

    String marker(String kind, DistributionLevel level) {
        return kind + " " + level.name().toLowerCase().replace('_', '-') + " " + run;
    }

    String page(Reader reader, String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(user(readers.get(reader)))).andReturn().getResponse();
        assertThat(response.getStatus()).as("%s %s", reader, url).isEqualTo(200);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    int status(Reader reader, String url) throws Exception {
        return mvc.perform(get(url).with(user(readers.get(reader)))).andReturn().getResponse().getStatus();
    }

    String api(Reader reader, String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).header("Authorization", tokens.get(reader))).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as("%s %s", reader, url).isEqualTo(200);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    int apiStatus(Reader reader, String url) throws Exception {
        return mvc.perform(get(url).header("Authorization", tokens.get(reader))).andReturn().getResponse().getStatus();
    }

    /** What each reader saw of each level, in one kind of read, against what the rule says. */
    void assertSeenExactlyByTheRule(String read, ReadCheck check) throws Exception {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        Map<String, Boolean> expected = new LinkedHashMap<>();
        for (Reader reader : Reader.values()) {
            for (DistributionLevel level : DistributionLevel.values()) {
                seen.put(reader + " " + level, check.sees(reader, level));
                expected.put(reader + " " + level, reader.reads(level));
            }
        }
        assertThat(seen).as(read).isEqualTo(expected);
    }

    interface ReadCheck {
        boolean sees(Reader reader, DistributionLevel level) throws Exception;
    }

    @Test
    void eachVisitIsReadExactlyByThoseItsLevelNamesInListDetailExportAndApi() throws Exception {
        String filter = "?operation=" + skopje + "&from=" + WEEK + "&to=" + WEEK.plusDays(6);
        Map<Reader, String> lists = new EnumMap<>(Reader.class);
        Map<Reader, String> exports = new EnumMap<>(Reader.class);
        Map<Reader, String> apiLists = new EnumMap<>(Reader.class);
        for (Reader reader : Reader.values()) {
            lists.put(reader, page(reader, "/monitoring/visits" + filter));
            exports.put(reader, page(reader, "/monitoring/visits.csv" + filter));
            apiLists.put(reader, api(reader, "/api/v1/visits" + filter));
        }
        assertSeenExactlyByTheRule("service", (r, l) -> visits.find(readers.get(r), visitAt.get(l).id()).isPresent());
        assertSeenExactlyByTheRule("list", (r, l) -> lists.get(r).contains(visitAt.get(l).id().toString()));
        assertSeenExactlyByTheRule("detail", (r, l) -> status(r, "/monitoring/visits/" + visitAt.get(l).id()) == 200);
        assertSeenExactlyByTheRule("CSV", (r, l) -> exports.get(r).contains(marker("narrative", l)));
        assertSeenExactlyByTheRule("API list", (r, l) -> apiLists.get(r).contains(visitAt.get(l).id().toString()));
        assertSeenExactlyByTheRule("API detail", (r, l) -> apiStatus(r, "/api/v1/visits/" + visitAt.get(l).id()) == 200);
    }

    @Test
    void eachAssessmentIsReadExactlyByThoseItsLevelNamesInListDetailExportAndApi() throws Exception {
        String filter = "?operation=" + skopje;
        Map<Reader, String> lists = new EnumMap<>(Reader.class);
        Map<Reader, String> exports = new EnumMap<>(Reader.class);
        Map<Reader, String> apiLists = new EnumMap<>(Reader.class);
        for (Reader reader : Reader.values()) {
            lists.put(reader, page(reader, "/monitoring/assessments" + filter));
            exports.put(reader, page(reader, "/monitoring/assessments.csv" + filter));
            apiLists.put(reader, api(reader, "/api/v1/assessments" + filter + "&size=500"));
        }
        Function<DistributionLevel, UUID> id = l -> assessmentAt.get(l).id();
        assertSeenExactlyByTheRule("service", (r, l) -> assessments.find(readers.get(r), id.apply(l)).isPresent());
        assertSeenExactlyByTheRule("list", (r, l) -> lists.get(r).contains(marker("assessment", l)));
        assertSeenExactlyByTheRule("detail", (r, l) -> status(r, "/monitoring/assessments/" + id.apply(l)) == 200);
        assertSeenExactlyByTheRule("CSV", (r, l) -> exports.get(r).contains(marker("assessment narrative", l)));
        assertSeenExactlyByTheRule("API list", (r, l) -> apiLists.get(r).contains(id.apply(l).toString()));
        assertSeenExactlyByTheRule("API detail", (r, l) -> apiStatus(r, "/api/v1/assessments/" + id.apply(l)) == 200);
    }

    @Test
    void eachPlanIsReadExactlyByThoseItsLevelNamesInListExportAndApi() throws Exception {
        String filter = "?operation=" + skopje;
        Map<Reader, String> exports = new EnumMap<>(Reader.class);
        Map<Reader, String> apiLists = new EnumMap<>(Reader.class);
        for (Reader reader : Reader.values()) {
            page(reader, "/monitoring/plans" + filter);
            exports.put(reader, page(reader, "/monitoring/plans.csv" + filter));
            apiLists.put(reader, api(reader, "/api/v1/monitoring-plans" + filter + "&size=500"));
        }
        Function<DistributionLevel, UUID> id = l -> planAt.get(l).id();
        assertSeenExactlyByTheRule("service", (r, l) -> plans.find(readers.get(r), id.apply(l)).isPresent());
        assertSeenExactlyByTheRule("service list", (r, l) -> plans.list(readers.get(r), skopje, 0, 500).items().stream()
                .anyMatch(p -> p.id().equals(id.apply(l))));
        assertSeenExactlyByTheRule("CSV", (r, l) -> exports.get(r).contains(marker("plan", l)));
        assertSeenExactlyByTheRule("API list", (r, l) -> apiLists.get(r).contains(id.apply(l).toString()));
        assertSeenExactlyByTheRule("API detail", (r, l) -> apiStatus(r, "/api/v1/monitoring-plans/" + id.apply(l)) == 200);
        assertThat(exports.get(Reader.SKOPJE_VIEWER)).contains("distribution_level");
    }

    @Test
    void eachDeploymentIsReadExactlyByThoseItsLevelNamesInListExportAndApi() throws Exception {
        String filter = "?operation=" + skopje;
        Map<Reader, String> lists = new EnumMap<>(Reader.class);
        Map<Reader, String> exports = new EnumMap<>(Reader.class);
        Map<Reader, String> apiLists = new EnumMap<>(Reader.class);
        for (Reader reader : Reader.values()) {
            lists.put(reader, page(reader, "/monitoring/deployments" + filter));
            exports.put(reader, page(reader, "/monitoring/deployments.csv" + filter));
            apiLists.put(reader, api(reader, "/api/v1/deployments" + filter + "&size=500"));
        }
        Function<DistributionLevel, UUID> id = l -> deploymentAt.get(l).id();
        assertSeenExactlyByTheRule("service", (r, l) -> deployments.find(readers.get(r), id.apply(l)).isPresent());
        assertSeenExactlyByTheRule("list", (r, l) -> lists.get(r).contains(marker("deployment", l)));
        assertSeenExactlyByTheRule("CSV", (r, l) -> exports.get(r).contains(marker("deployment", l)));
        assertSeenExactlyByTheRule("API list", (r, l) -> apiLists.get(r).contains(id.apply(l).toString()));
        assertSeenExactlyByTheRule("API detail", (r, l) -> apiStatus(r, "/api/v1/deployments/" + id.apply(l)) == 200);
        assertThat(exports.get(Reader.SKOPJE_VIEWER)).contains("distribution_level");
    }

    String intensity(Reader reader) throws Exception {
        return page(reader, "/monitoring/intensity?operation=" + skopje + "&location=" + crossing + "&from=" + WEEK
                + "&to=" + WEEK.plusDays(6));
    }

    String map(Reader reader) throws Exception {
        return page(reader, "/monitoring/map?operation=" + skopje + "&from=" + WEEK + "&to=" + WEEK.plusDays(6));
    }

    /** No narrative, purpose or concern tag of a visit the reader may not read, anywhere on the page. */
    void assertNoFreeTextOfUnreadableVisits(Reader reader, String page) {
        for (DistributionLevel level : DistributionLevel.values()) {
            if (!reader.reads(level)) {
                assertThat(page).as("%s at %s", reader, level).doesNotContain(marker("narrative", level))
                        .doesNotContain(marker("visit", level)).doesNotContain(marker("tag", level));
            }
        }
    }

    @Test
    void whereSkopjesFiguresAreSharedAtOsceItsIntensityAndMapCountEveryVisitButShowNoTextOfUnreadableOnes()
            throws Exception {
        for (Reader reader : List.of(Reader.SKOPJE_VIEWER, Reader.SERBIA_OFFICER, Reader.COORDINATOR)) {
            String intensity = intensity(reader);
            assertThat(intensity).as("%s", reader).contains("\"label\":\"2013-W06\",\"visits\":4,\"target\":4,\"below\":false")
                    .contains("4 visits in 1 weeks; 0 weeks below")
                    .doesNotContain("does not share these figures");
            assertNoFreeTextOfUnreadableVisits(reader, intensity);
            String map = map(reader);
            assertThat(map).as("%s", reader).contains("4 visits, 4 with concerns");
            assertNoFreeTextOfUnreadableVisits(reader, map);
        }
        // The coordinator's map names the tags of the visits it may read, and only those.
        assertThat(map(Reader.COORDINATOR)).contains(marker("tag", DistributionLevel.OSCE))
                .contains(marker("tag", DistributionLevel.PUBLIC));
        assertThat(map(Reader.SKOPJE_VIEWER)).contains(marker("tag", DistributionLevel.OPERATION));
    }

    @Test
    void whereTheFiguresAreNotSharedIntensityAndMapSaySoAndShowNoZeroOrGap() throws Exception {
        for (Reader reader : List.of(Reader.DELEGATION_READER, Reader.ADMIN)) {
            String intensity = intensity(reader);
            assertThat(intensity).as("%s", reader).contains("Not shared with you").contains("does not share these figures with you")
                    .doesNotContain("visits in").doesNotContain("weeks below the plan").doesNotContain("2013-W06");
            assertNoFreeTextOfUnreadableVisits(reader, intensity);
            String map = map(reader);
            assertThat(map).as("%s", reader).contains("do not share their monitoring figures with you")
                    .doesNotContain("visits, ");
            assertNoFreeTextOfUnreadableVisits(reader, map);
            // Without an operation named, the page opens on "not shared", never on a 403 or an empty chart.
            assertThat(page(reader, "/monitoring/intensity")).contains("Not shared with you").doesNotContain("visits in");
        }
    }

    @Test
    void whenSkopjesHeadKeepsItsFiguresInTheOperationOnlyItsMembersSeeThem() throws Exception {
        SharingPolicy before = sharing.policyOf(skopje);
        SharingPolicy kept = sharing.change(skopjeHead, new SharingPolicy(skopje, DistributionLevel.OPERATION, Map.of(),
                before.version()));
        try {
            assertThat(intensity(Reader.SKOPJE_VIEWER)).contains("4 visits in 1 weeks");
            for (Reader reader : List.of(Reader.SERBIA_OFFICER, Reader.COORDINATOR)) {
                assertThat(intensity(reader)).as("%s", reader).contains("does not share these figures with you")
                        .doesNotContain("visits in");
                assertThat(map(reader)).as("%s", reader).contains("do not share their monitoring figures with you")
                        .doesNotContain("4 visits, ");
            }
        } finally {
            sharing.change(skopjeHead, new SharingPolicy(skopje, before.figuresLevel(), before.defaultLevels(),
                    kept.version()));
        }
    }

    @Test
    void whenSkopjeSharesItsFiguresWithParticipatingStatesTheDelegationReaderCountsEveryVisit() throws Exception {
        SharingPolicy before = sharing.policyOf(skopje);
        SharingPolicy shared = sharing.change(skopjeHead, new SharingPolicy(skopje,
                DistributionLevel.PARTICIPATING_STATES, Map.of(), before.version()));
        try {
            String intensity = intensity(Reader.DELEGATION_READER);
            assertThat(intensity).contains("4 visits in 1 weeks").doesNotContain("does not share");
            assertNoFreeTextOfUnreadableVisits(Reader.DELEGATION_READER, intensity);
            String map = map(Reader.DELEGATION_READER);
            assertThat(map).contains("4 visits, 4 with concerns");
            assertNoFreeTextOfUnreadableVisits(Reader.DELEGATION_READER, map);
        } finally {
            sharing.change(skopjeHead, new SharingPolicy(skopje, before.figuresLevel(), before.defaultLevels(),
                    shared.version()));
        }
    }

    static String checkedLevel(String form) {
        var matcher = Pattern.compile("<input[^>]*name=\"distributionLevel\"[^>]*>").matcher(form);
        List<String> checked = new ArrayList<>();
        while (matcher.find()) {
            if (matcher.group().contains("checked")) {
                var value = Pattern.compile("value=\"([A-Z_]+)\"").matcher(matcher.group());
                checked.add(value.find() ? value.group(1) : "?");
            }
        }
        assertThat(checked).as("one level checked").hasSize(1);
        return checked.get(0);
    }

    @Test
    void newRecordsPreselectTheLevelTheHeadChoseForTheirKind() throws Exception {
        CorridorUser officer = readers.get(Reader.SKOPJE_OFFICER);
        SharingPolicy before = sharing.policyOf(skopje);
        String visitForm = mvc.perform(get("/monitoring/visits/new").with(user(officer))).andReturn().getResponse()
                .getContentAsString();
        assertThat(checkedLevel(visitForm)).isEqualTo(before.defaultLevel(RecordKind.MONITORING_VISIT).name());
        assertThat(visitForm).contains("Only the members of this field operation read it.");
        String planForm = mvc.perform(get("/monitoring/plans/new").with(user(skopjeFocal))).andReturn().getResponse()
                .getContentAsString();
        assertThat(checkedLevel(planForm)).isEqualTo(before.defaultLevel(RecordKind.MONITORING_PLAN).name());

        SharingPolicy chosen = sharing.change(skopjeHead, new SharingPolicy(skopje, before.figuresLevel(),
                Map.of(RecordKind.MONITORING_VISIT, DistributionLevel.OSCE, RecordKind.PREPAREDNESS_ASSESSMENT,
                        DistributionLevel.PARTICIPATING_STATES, RecordKind.TEMPORARY_DEPLOYMENT, DistributionLevel.PUBLIC),
                before.version()));
        try {
            assertThat(checkedLevel(mvc.perform(get("/monitoring/visits/new").with(user(officer))).andReturn()
                    .getResponse().getContentAsString())).isEqualTo("OSCE");
            assertThat(checkedLevel(mvc.perform(get("/monitoring/assessments/new").with(user(officer))).andReturn()
                    .getResponse().getContentAsString())).isEqualTo("PARTICIPATING_STATES");
            assertThat(checkedLevel(mvc.perform(get("/monitoring/deployments/new").with(user(skopjeFocal))).andReturn()
                    .getResponse().getContentAsString())).isEqualTo("PUBLIC");
            // A record sent without a level (the API) takes the head's default too.
            var start = WEEK.plusDays(5).atTime(9, 0).atZone(Region.ZONE).toInstant();
            VisitDetails visit = visits.record(officer, new VisitDraft(skopje, crossing, Unit.MONITORING, null, Set.of(),
                    2, start, start.plusSeconds(3600), "default level " + run, VisitStatus.CANCELLED, null, null, null),
                    false);
            assertThat(visit.distributionLevel()).isEqualTo(DistributionLevel.OSCE);
        } finally {
            sharing.change(skopjeHead, new SharingPolicy(skopje, before.figuresLevel(), before.defaultLevels(),
                    chosen.version()));
        }
    }

    @Test
    void buttonsAreShownOnlyToThoseWhoMayUseThem() throws Exception {
        for (Reader reader : List.of(Reader.SKOPJE_VIEWER, Reader.SERBIA_OFFICER, Reader.COORDINATOR,
                Reader.DELEGATION_READER, Reader.ADMIN)) {
            assertThat(page(reader, "/monitoring/plans")).as("%s", reader).doesNotContain("/monitoring/plans/new")
                    .doesNotContain("/monitoring/plans/" + planAt.get(DistributionLevel.PUBLIC).id() + "/edit");
            assertThat(page(reader, "/monitoring/deployments")).as("%s", reader)
                    .doesNotContain("/monitoring/deployments/new");
            assertThat(page(reader, "/monitoring/visits/" + visitAt.get(DistributionLevel.PUBLIC).id())).as("%s", reader)
                    .doesNotContain("/edit");
        }
        for (Reader reader : List.of(Reader.SKOPJE_VIEWER, Reader.COORDINATOR, Reader.DELEGATION_READER, Reader.ADMIN)) {
            assertThat(page(reader, "/monitoring/visits")).as("%s", reader).doesNotContain("/monitoring/visits/new");
            assertThat(page(reader, "/monitoring/assessments")).as("%s", reader)
                    .doesNotContain("/monitoring/assessments/new");
        }
        assertThat(page(Reader.SKOPJE_OFFICER, "/monitoring/visits")).contains("/monitoring/visits/new");
        assertThat(page(Reader.SKOPJE_OFFICER, "/monitoring/visits/" + visitAt.get(DistributionLevel.OSCE).id()))
                .contains("/monitoring/visits/" + visitAt.get(DistributionLevel.OSCE).id() + "/edit");
    }
}
