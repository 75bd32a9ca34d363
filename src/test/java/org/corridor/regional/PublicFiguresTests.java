package org.corridor.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.corridor.activities.Activities;
import org.corridor.activities.ActivityDraft;
import org.corridor.activities.ActivityKind;
import org.corridor.activities.ActivityStatus;
import org.corridor.directory.Dimension;
import org.corridor.directory.ResponseArea;
import org.corridor.flows.Direction;
import org.corridor.flows.FlowCountDraft;
import org.corridor.flows.FlowCounts;
import org.corridor.flows.PeriodKind;
import org.corridor.regional.PublicFiguresSuppression.Mark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public figures on counts and activities of March 1937 (no other test's month): OPERATION-level records feed the
 * aggregate but never appear, small counts are withheld and protected, the file holds nothing finer than a country and
 * a week and no text, the page, the API and the file give the same numbers, and each export is logged with the
 * records that fed it and an audit entry.
 */
@CorridorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicFiguresTests {

    static final LocalDate WEEK_A = LocalDate.of(1937, 3, 1); // a Monday
    static final LocalDate WEEK_B = WEEK_A.plusWeeks(1);
    static final LocalDate WEEK_C = WEEK_A.plusWeeks(2);
    static final LocalDate WEEK_D = WEEK_A.plusWeeks(3);
    static final String FROM = "1937-03-01";
    static final String TO = "1937-03-31";
    static final String SECRET = "Confidential note of 1937";

    @Autowired
    RegionFixture region;
    @Autowired
    FlowCounts counts;
    @Autowired
    Activities activities;
    @Autowired
    PublicFigures figures;
    @Autowired
    PublicFiguresExports exports;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    UUID skopje;
    UUID serbia;
    CorridorUser skopjeOfficer;
    CorridorUser coordinator;
    CorridorUser delegationReader;
    CorridorUser serbianHead;

    @BeforeAll
    void marchOf1937() {
        skopje = region.operation("skopje");
        serbia = region.operation("serbia");
        skopjeOfficer = region.user("public", "Skopje officer", Role.OFFICER, skopje);
        CorridorUser serbiaOfficer = region.user("public", "Serbia officer", Role.OFFICER, serbia);
        serbianHead = region.user("public", "Serbian head", Role.HEAD_OF_OPERATION, serbia);
        coordinator = region.user("public", "Coordinator", Role.REGIONAL_COORDINATOR, null);
        delegationReader = region.user("public", "Delegation", Role.DELEGATION_READER, null);
        UUID gevgelija = region.place("MK-GEVGELIJA-BCP");
        UUID mk = region.country("MK");
        counts.upsert(skopjeOfficer, List.of(
                // Week A: 100 kept within the operation, 50 shared: 150 published, the records never.
                day(WEEK_A, mk, gevgelija, 100, DistributionLevel.OPERATION),
                day(WEEK_A.plusDays(1), mk, gevgelija, 50, DistributionLevel.OSCE),
                day(WEEK_B.plusDays(2), mk, gevgelija, 3, DistributionLevel.OPERATION),
                day(WEEK_C, mk, gevgelija, 200, DistributionLevel.OSCE),
                day(WEEK_D, mk, gevgelija, 40, DistributionLevel.OSCE),
                // 30 March lies in a week that ends in April: not a whole week of the period.
                day(LocalDate.of(1937, 3, 30), mk, gevgelija, 77, DistributionLevel.OSCE)));
        UUID rs = region.country("RS");
        counts.upsert(serbiaOfficer, List.of(
                // Serbia's national weekly figure wins over its locations' counts of the same week.
                new FlowCountDraft(serbia, PeriodKind.WEEK, WEEK_A, WEEK_A.plusDays(6), rs, null, Direction.ENTRY,
                        null, 500, null, null, null, null, null, DistributionLevel.OPERATION),
                day(WEEK_A, rs, region.place("RS-PRESEVO-OSC"), 20, DistributionLevel.OSCE)));
        for (int i = 0; i < 3; i++) {
            activities.create(skopjeOfficer, new ActivityDraft(skopje, "Public figures 1937 #" + i, SECRET,
                    ResponseArea.HUMAN_RIGHTS, Set.of(Dimension.HUMAN), ActivityKind.NON_PROJECT, null, null, null,
                    ActivityStatus.ONGOING, WEEK_A, LocalDate.of(1937, 6, 30), List.of(), List.of(), List.of(),
                    DistributionLevel.OPERATION));
        }
        for (int i = 0; i < 7; i++) {
            activities.create(skopjeOfficer, new ActivityDraft(skopje, "Public monitoring 1937 #" + i, null,
                    ResponseArea.MONITORING, Set.of(Dimension.HUMAN), ActivityKind.NON_PROJECT, null, null, null,
                    ActivityStatus.ONGOING, WEEK_A, null, List.of(), List.of(), List.of(), DistributionLevel.OSCE));
        }
    }

    FlowCountDraft day(LocalDate day, UUID country, UUID place, int total, DistributionLevel level) {
        UUID operation = "RS".equals(jdbc.sql("select iso2 from country where id = :id").param("id", country)
                .query(String.class).single()) ? serbia : skopje;
        return new FlowCountDraft(operation, PeriodKind.DAY, day, day, country, place, Direction.ENTRY, null, total,
                null, null, null, null, null, level);
    }

    PublicFigures.Publication march() {
        return figures.publish(new RegionalPeriod(WEEK_A, LocalDate.of(1937, 3, 31)));
    }

    PublicFigures.FlowTable entriesOwn(PublicFigures.Publication p) {
        return p.flows().stream().filter(t -> t.direction() == Direction.ENTRY
                && PublicFigures.OWN_OBSERVATION.equals(t.source())).findFirst().orElseThrow();
    }

    @Test
    void operationLevelCountsFeedTheWeeksAndTheSmallWeekIsWithheldAndProtected() {
        PublicFigures.FlowTable t = entriesOwn(march());
        UUID mk = region.country("MK");
        assertThat(t.weeks()).containsExactly(WEEK_A, WEEK_B, WEEK_C, WEEK_D);
        assertThat(t.cell(mk, WEEK_A)).isEqualTo(new PublicFigures.Figure(150, Mark.SHOWN));
        assertThat(t.cell(mk, WEEK_B).mark()).isEqualTo(Mark.SMALL);
        assertThat(t.cell(mk, WEEK_C).mark()).isEqualTo(Mark.SHOWN);
        assertThat(t.cell(mk, WEEK_D).mark()).as("the smallest other week protects the small one")
                .isEqualTo(Mark.PROTECTING);
        assertThat(t.totals().get(mk)).isEqualTo(new PublicFigures.Figure(393, Mark.SHOWN));
        UUID rs = region.country("RS");
        assertThat(t.cell(rs, WEEK_A)).as("the national figure, not it plus Preševo")
                .isEqualTo(new PublicFigures.Figure(500, Mark.SHOWN));
    }

    @Test
    void activitiesOfAnyLevelAreCountedAndTheSmallAreaProtected() {
        PublicFigures.ActivityTable a = march().activities();
        assertThat(a.cell(skopje, ResponseArea.MONITORING))
                .as("Skopje's total (10) less 7 would give the 3: the 7 is withheld to protect it")
                .isEqualTo(new PublicFigures.Figure(7, Mark.PROTECTING));
        assertThat(a.cell(skopje, ResponseArea.HUMAN_RIGHTS).mark()).isEqualTo(Mark.SMALL);
        assertThat(a.cell(skopje, ResponseArea.RESEARCH)).as("a true zero is published")
                .isEqualTo(new PublicFigures.Figure(0, Mark.SHOWN));
        List<PublicFigures.Row> rows = march().rows();
        assertThat(rows).noneMatch(r -> r.suppressed() != null && r.value() != null);
    }

    @Test
    void theFileHasNoTextNothingFinerThanCountryAndWeekAndNoWithheldNumber() throws Exception {
        byte[] body = mvc.perform(get("/api/v1/regional/public.csv").param("from", FROM).param("to", TO)
                        .with(user(delegationReader)))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("table,country_code,operation,week");
        assertThat(lines.get(1)).contains("#country+code", "#date+week", "#affected+total", "#activity+num");
        assertThat(csv).doesNotContain(SECRET, "Public figures 1937", "MK-GEVGELIJA", "Gevgelija", "Preševo",
                "OPERATION", "1937-03-02", "1937-03-30");
        for (String line : lines.subList(2, lines.size())) {
            String[] cells = line.split(",", -1);
            assertThat(cells[3]).as(line).matches("(\\d{4}-W\\d{2})?");
            if (cells[0].equals("flows") && cells[9].equals("CELL")) {
                assertThat(LocalDate.parse(cells[4]).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
                assertThat(LocalDate.parse(cells[5])).isEqualTo(LocalDate.parse(cells[4]).plusDays(6));
            }
            String published = cells[0].equals("flows") ? cells[10] : cells[11];
            assertThat(published).as(line).matches("\\d+|<5|x");
            if (published.matches("\\d+")) {
                assertThat(Long.parseLong(published) == 0 || Long.parseLong(published) >= 5).as(line).isTrue();
            }
        }
        assertThat(csv).contains("flows,MKD,,1937-W09,1937-03-01,1937-03-07,ENTRY,own observation,,CELL,150,,")
                .contains("flows,MKD,,1937-W10,1937-03-08,1937-03-14,ENTRY,own observation,,CELL,<5,,SMALL");
    }

    @Test
    void thePageTheApiAndTheFileGiveTheSameNumbers() throws Exception {
        String page = mvc.perform(get("/regional/public").param("from", FROM).param("to", TO)
                        .with(user(delegationReader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-week=\"1937-W09\"", ">150<", ">393<", ">500<", "&lt;5");
        assertThat(page).doesNotContain(SECRET, ">3<");
        mvc.perform(get("/api/v1/regional/public").param("from", FROM).param("to", TO).with(user(serbianHead)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.minimumCount").value(5))
                .andExpect(jsonPath("$.firstWeek").value("1937-03-01"))
                .andExpect(jsonPath("$.figures[?(@.table == 'flows' && @.countryCode == 'MKD' && @.week == "
                        + "'1937-W09')].value").value(150))
                .andExpect(jsonPath("$.figures[?(@.table == 'flows' && @.countryCode == 'MKD' && @.week == "
                        + "'1937-W10')].published").value("<5"));
        String viaAccept = mvc.perform(get("/api/v1/regional/public").param("from", FROM).param("to", TO)
                        .accept("text/csv").with(user(serbianHead)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(viaAccept).isEqualTo(new String(PublicFiguresFile.csv(march()), StandardCharsets.UTF_8));
    }

    @Test
    void thePageShowsTheExportsFiguresWithoutReadingTheRecordsThatFedThem() {
        PublicFigures.Publication exported = march();
        PublicFigures.Publication shown = figures.show(exported.period());
        assertThat(shown.rows()).isEqualTo(exported.rows());
        assertThat(exported.flowCountDigest()).isNotNull();
        assertThat(shown.flowCountRecords()).isNull();
        assertThat(shown.flowCountDigest()).isNull();
        assertThat(shown.activityRecords()).isNull();
        assertThat(shown.activityDigest()).isNull();
    }

    @Test
    void eachExportIsLoggedWithTheRecordsThatFedItAndAnAuditEntry() throws Exception {
        byte[] body = mvc.perform(get("/regional/public.csv").param("from", FROM).param("to", TO)
                        .with(user(delegationReader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        PublicFiguresExports.Export logged = exports.recent(coordinator, 50).stream()
                .filter(e -> e.fileSha256().equals(PublicFiguresExports.sha256(body))).findFirst().orElseThrow();
        assertThat(logged.exportedBy()).isEqualTo(delegationReader.displayName());
        assertThat(logged.from()).isEqualTo(WEEK_A);
        assertThat(logged.channel()).isEqualTo(PublicFiguresExports.Channel.PAGE);
        PublicFigures.Publication again = march();
        // Five of Gevgelija's days in whole weeks and Serbia's national week (Preševo's day gave way to it), and the
        // ten activities of this test — with whatever another test of this shared database left running then.
        assertThat(logged.flowCounts()).isEqualTo(again.flowCountRecords()).isGreaterThanOrEqualTo(6);
        assertThat(logged.activities()).isEqualTo(again.activityRecords()).isGreaterThanOrEqualTo(10);
        assertThat(logged.withheldSmall()).isGreaterThanOrEqualTo(2);
        assertThat(again.flowCountDigest()).as("the same selection gives the same digest")
                .isEqualTo(logged.flowCountsSha256());
        assertThat(again.activityDigest()).isEqualTo(logged.activitiesSha256());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'EXPORT' and record_type = "
                + "'public_figures_export' and record_id = :id").param("id", logged.id().toString())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDelegationReaderFindsThePublicFiguresAndIsOfferedNoPageItMayNotOpen() throws Exception {
        String home = mvc.perform(get("/").with(user(delegationReader))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(home).contains("href=\"/regional/public\"").doesNotContain("href=\"/regional\"");
        String page = mvc.perform(get("/regional/public").param("from", FROM).param("to", TO)
                        .with(user(delegationReader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("/regional/co-operation", "/regional/borders", "/regional/map",
                "/regional/shared");
        mvc.perform(get("/regional/borders").with(user(delegationReader))).andExpect(status().isForbidden());

        String coordinatorsPage = mvc.perform(get("/regional/public").param("from", FROM).param("to", TO)
                        .with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(coordinatorsPage).contains("/regional/co-operation", "/regional/borders", "/regional/shared");
    }

    @Test
    void aBadPeriodIsA400WithItsSentence() throws Exception {
        mvc.perform(get("/api/v1/regional/public").param("from", "1937-13-01").with(user(delegationReader)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("is not a date")));
        mvc.perform(get("/api/v1/regional/public.csv").param("from", TO).param("to", FROM)
                        .with(user(delegationReader)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("ends before it starts")));
        mvc.perform(get("/regional/public").param("from", "1937-13-01").with(user(delegationReader)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is not a date")));
    }

    @Test
    void onlyTheCoordinatorAndAdministratorsReadTheExportLog() throws Exception {
        mvc.perform(get("/regional/public/exports").with(user(coordinator))).andExpect(status().isOk());
        mvc.perform(get("/regional/public/exports").with(user(delegationReader))).andExpect(status().isForbidden());
        mvc.perform(get("/regional/public/exports").with(user(serbianHead))).andExpect(status().isForbidden());
        mvc.perform(get("/regional/public/exports").with(user(skopjeOfficer))).andExpect(status().isForbidden());
    }
}
