package org.corridor.monitoring;

import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.kernel.Region;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.Map;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Sharing;
import org.corridor.accounts.SharingPolicy;
import org.corridor.accounts.Role;
import org.corridor.monitoring.MonitoringPlans;
import org.corridor.monitoring.MonitoringVisits;
import org.corridor.monitoring.Observations;
import org.corridor.monitoring.Unit;
import org.corridor.monitoring.VisitDraft;
import org.corridor.monitoring.VisitStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@CorridorTest
class IntensityControllerTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    MonitoringVisits visits;

    @Autowired
    MonitoringPlans plans;

    @Autowired
    Sharing sharing;

    UUID montenegro;
    UUID podgorica;
    CorridorUser focal;

    /** Montenegro's operation has no other test's visits, so the figures here are exact. */
    @BeforeEach
    void focalPointOfMontenegro() {
        montenegro = region.operation("montenegro");
        podgorica = region.place("ME-PODGORICA");
        focal = region.user("chart", "Focal", Role.FOCAL_POINT, montenegro);
    }

    void visit(String day, List<String> concerns) {
        var start = LocalDate.parse(day).atTime(9, 0).atZone(Region.ZONE).toInstant();
        visits.record(focal, new VisitDraft(montenegro, podgorica, Unit.MONITORING, null, Set.of(), 2, start,
                start.plusSeconds(3600), "Chart", VisitStatus.COMPLETED,
                new Observations(null, null, null, null, null, null, null, null, null, concerns, null), List.of(), null), false);
    }

    @Test
    void showsVisitsPerWeekAgainstTheTargetAsChartDataAndTable() throws Exception {
        plans.create(focal, new MonitoringPlans.PlanDraft(montenegro, podgorica, Unit.MONITORING, 2,
                LocalDate.parse("2016-03-07"), LocalDate.parse("2016-03-20"), null));
        visit("2016-03-08", List.of());
        visit("2016-03-09", List.of());
        visit("2016-03-15", List.of());

        mvc.perform(get("/monitoring/intensity").param("operation", montenegro.toString())
                        .param("location", podgorica.toString()).param("from", "2016-03-07").param("to", "2016-03-20")
                        .with(user(focal)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"label\":\"2016-W10\",\"visits\":2,\"target\":2,\"below\":false")))
                .andExpect(content().string(containsString("\"label\":\"2016-W11\",\"visits\":1,\"target\":2,\"below\":true")))
                .andExpect(content().string(containsString("3 visits in 2 weeks; 1 weeks below the plan&#39;s target")));
    }

    /** Issue 18: summed over the operation, Sarajevo's extra visits hid the weeks Banja Luka was missed. */
    @Test
    void aWholeOperationShowsEachPlannedLocationsWeeksBelowItsOwnTarget() throws Exception {
        UUID bih = region.operation("bih");
        UUID sarajevo = region.place("BA-SARAJEVO");
        UUID banjaLuka = region.place("BA-BANJA-LUKA");
        CorridorUser bihFocal = region.user("shortfall", "Focal", Role.FOCAL_POINT, bih);
        plans.create(bihFocal, new MonitoringPlans.PlanDraft(bih, sarajevo, Unit.MONITORING, 2,
                LocalDate.parse("2019-06-03"), LocalDate.parse("2019-06-30"), null));
        plans.create(bihFocal, new MonitoringPlans.PlanDraft(bih, banjaLuka, Unit.MONITORING, 1,
                LocalDate.parse("2019-06-03"), LocalDate.parse("2019-06-30"), null));
        // Weeks 23 to 26: Sarajevo 3, 3, 2, 1 (below in week 26); Banja Luka 0, 0, 1, 0 (below in 23, 24 and 26).
        for (String day : List.of("2019-06-03", "2019-06-04", "2019-06-05", "2019-06-10", "2019-06-11", "2019-06-12",
                "2019-06-17", "2019-06-18", "2019-06-24")) {
            visit(bihFocal, bih, sarajevo, day);
        }
        visit(bihFocal, bih, banjaLuka, "2019-06-19");

        String page = mvc.perform(get("/monitoring/intensity").param("operation", bih.toString())
                        .param("from", "2019-06-03").param("to", "2019-06-30").with(user(bihFocal)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        // The summed weeks 23 to 25 met the summed target of 3; only week 26 did, yet three weeks had a shortfall.
        assertThat(page).contains("10 visits in 4 weeks; in 3 of them at least one planned location was below its target.")
                .doesNotContain("weeks below the plan")
                .contains("\"label\":\"2019-W23\",\"visits\":3,\"target\":3,\"below\":true")
                .contains("\"label\":\"2019-W25\",\"visits\":3,\"target\":3,\"below\":false")
                .contains("below target at one planned location")
                .contains("below target at 2 planned locations");
        String table = page.substring(page.indexOf("id=\"planned-locations\""));
        table = table.substring(0, table.indexOf("</table>"));
        assertThat(rowOf(table, "Banja Luka")).containsSubsequence(">1<", ">4<", ">3<");
        assertThat(rowOf(table, "Sarajevo")).containsSubsequence(">2<", ">4<", ">1<");
        // Summed over the locations a week two locations missed counts twice: 3 + 1.
        assertThat(table.substring(table.indexOf("<tfoot>"))).contains("summed over the locations").contains(">4<");
    }

    @Test
    void anOperationOrLocationWithoutAPlanInThePeriodSaysSoInsteadOfWeeksBelowTarget() throws Exception {
        UUID bih = region.operation("bih");
        UUID sarajevo = region.place("BA-SARAJEVO");
        CorridorUser bihFocal = region.user("noplan", "Focal", Role.FOCAL_POINT, bih);
        visit(bihFocal, bih, sarajevo, "2019-09-03");

        for (var request : List.of(get("/monitoring/intensity").param("operation", bih.toString()),
                get("/monitoring/intensity").param("operation", bih.toString()).param("location", sarajevo.toString()))) {
            mvc.perform(request.param("from", "2019-09-02").param("to", "2019-09-15").with(user(bihFocal)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("1 visits in 2 weeks. No monitoring plan for this period.")))
                    .andExpect(content().string(not(containsString("below the plan"))))
                    .andExpect(content().string(not(containsString("below its target"))))
                    .andExpect(content().string(not(containsString("planned-locations"))));
        }
    }

    private void visit(CorridorUser who, UUID operation, UUID place, String day) {
        var start = LocalDate.parse(day).atTime(9, 0).atZone(Region.ZONE).toInstant();
        visits.record(who, new VisitDraft(operation, place, Unit.MONITORING, null, Set.of(), 2, start,
                start.plusSeconds(3600), "Shortfall", VisitStatus.COMPLETED,
                new Observations(null, null, null, null, null, null, null, null, null, List.of(), null), List.of(), null),
                false);
    }

    /** The table row whose header names the place. */
    private static String rowOf(String table, String place) {
        String row = table.substring(table.indexOf(">" + place + "<"));
        return row.substring(0, row.indexOf("</tr>"));
    }

    @Test
    void withoutAPeriodShowsTheWeeksThatHaveVisits() throws Exception {
        visit("2016-01-05", List.of());

        mvc.perform(get("/monitoring/intensity").param("operation", montenegro.toString())
                        .param("location", podgorica.toString()).with(user(focal)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2016-W01")));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsExplainedNotAnError() throws Exception {
        mvc.perform(get("/monitoring/intensity").param("operation", montenegro.toString())
                        .param("from", "2016-05-01").param("to", "2016-01-01").with(user(focal)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("must not be after its end")));
    }

    /** Issue 12: figures are read at the operation's figures level (OSCE unless its head chose otherwise). */
    @Test
    void anotherOperationsIntensityIsReadAsFiguresUnlessItsHeadKeepsThemInTheOperation() throws Exception {
        visit("2016-02-02", List.of());
        CorridorUser serbian = region.user("chart.rs", "RS", Role.VIEWER, region.operation("serbia"));
        CorridorUser head = region.user("chart.head", "Head", Role.HEAD_OF_OPERATION, montenegro);

        mvc.perform(get("/monitoring/intensity").param("operation", montenegro.toString())
                        .param("from", "2016-02-01").param("to", "2016-02-07").with(user(serbian)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"label\":\"2016-W05\",\"visits\":1")));
        SharingPolicy before = sharing.policyOf(montenegro);
        SharingPolicy kept = sharing.change(head, new SharingPolicy(montenegro, DistributionLevel.OPERATION, Map.of(),
                before.version()));
        try {
            mvc.perform(get("/monitoring/intensity").param("operation", montenegro.toString())
                            .param("from", "2016-02-01").param("to", "2016-02-07").with(user(serbian)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("does not share these figures with you")))
                    .andExpect(content().string(not(containsString("2016-W05"))))
                    .andExpect(content().string(not(containsString("weeks below the plan"))));
        } finally {
            sharing.change(head, new SharingPolicy(montenegro, before.figuresLevel(), before.defaultLevels(),
                    kept.version()));
        }
    }

    @Test
    void theMapCountsVisitsWhereverTheFiguresAreSharedColouredByConcernsWithTagsOnlyFromReadableVisits() throws Exception {
        visit("2016-04-04", List.of("overcrowding"));
        visit("2016-04-05", List.of());
        CorridorUser serbian = region.user("map.rs", "RS", Role.VIEWER, region.operation("serbia"));

        mvc.perform(get("/monitoring/map").param("operation", montenegro.toString()).param("from", "2016-04-04")
                        .param("to", "2016-04-05").with(user(focal)))
                .andExpect(content().string(containsString("\"name\":\"Podgorica\"")))
                .andExpect(content().string(containsString("\"colour\":\"alert\"")));
        // Another operation's member reads the counts (figures) but not the concern tags of visits kept in Montenegro.
        mvc.perform(get("/monitoring/map").param("operation", montenegro.toString()).param("from", "2016-04-04")
                        .param("to", "2016-04-05").with(user(serbian)))
                .andExpect(content().string(containsString("\"name\":\"Podgorica\"")))
                .andExpect(content().string(containsString("\"colour\":\"alert\"")))
                .andExpect(content().string(not(containsString("overcrowding"))));
    }
}
