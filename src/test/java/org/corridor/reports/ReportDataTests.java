package org.corridor.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corridor.RegionFixture;
import org.corridor.CorridorTest;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.corridor.accounts.Sharing;
import org.corridor.accounts.SharingPolicy;
import org.corridor.activities.Activities;
import org.corridor.activities.Activity;
import org.corridor.activities.ActivityDraft;
import org.corridor.activities.ActivityKind;
import org.corridor.activities.ActivityStatus;
import org.corridor.activities.CapacityEventDraft;
import org.corridor.activities.Funding;
import org.corridor.activities.TargetGroup;
import org.corridor.directory.Dimension;
import org.corridor.directory.ResponseArea;
import org.corridor.flows.Direction;
import org.corridor.flows.FlowCountDraft;
import org.corridor.flows.FlowCounts;
import org.corridor.flows.RouteEvents;
import org.corridor.kernel.Region;
import org.corridor.liaison.ActionPointStatus;
import org.corridor.liaison.ActionPoints;
import org.corridor.liaison.Meeting;
import org.corridor.liaison.MeetingDraft;
import org.corridor.liaison.MeetingKind;
import org.corridor.liaison.Meetings;
import org.corridor.monitoring.MonitoringPlans;
import org.corridor.monitoring.MonitoringVisits;
import org.corridor.monitoring.Observations;
import org.corridor.monitoring.PreparednessAssessments;
import org.corridor.monitoring.TemporaryDeployments;
import org.corridor.monitoring.Unit;
import org.corridor.monitoring.VisitDraft;
import org.corridor.monitoring.VisitStatus;
import org.corridor.reports.GeneratedContent.Block;
import org.corridor.reports.GeneratedContent.Chart;
import org.corridor.reports.GeneratedContent.Paragraph;
import org.corridor.reports.GeneratedContent.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A report's generated sections, drawn from records made through the modules' own services: each kind shows them,
 * worded and formatted for the reader; a reader who may not read the operation's figures is told they are "not
 * shared", never shown a zero; a period without records says so.
 */
@CorridorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportDataTests {

    /** September of a year no other test uses, so that the period holds only this class's records. */
    static final LocalDate FROM = LocalDate.of(1931, 9, 1);
    static final LocalDate TO = LocalDate.of(1931, 9, 30);
    /**
     * A September before any test's records (the earliest other tests use is 1912), so that no deployment left running
     * by another test reaches into it.
     */
    static final LocalDate EMPTY_FROM = LocalDate.of(1905, 9, 1);
    static final LocalDate EMPTY_TO = LocalDate.of(1905, 9, 30);

    @Autowired
    RegionFixture region;

    @Autowired
    ReportData data;

    @Autowired
    Sharing sharing;

    @Autowired
    RouteEvents routeEvents;

    @Autowired
    FlowCounts counts;

    @Autowired
    MonitoringVisits visits;

    @Autowired
    MonitoringPlans plans;

    @Autowired
    PreparednessAssessments assessments;

    @Autowired
    TemporaryDeployments deployments;

    @Autowired
    Activities activities;

    @Autowired
    Meetings meetings;

    @Autowired
    ActionPoints actionPoints;

    UUID skopje;
    CorridorUser officer;
    CorridorUser head;
    CorridorUser serbian;
    CorridorUser delegation;

    @BeforeAll
    void septemberOfSkopje() {
        skopje = region.operation("skopje");
        UUID macedonia = region.country("MK");
        UUID gevgelija = region.place("MK-GEVGELIJA-BCP");
        UUID tabanovce = region.place("MK-TABANOVCE-BCP");
        officer = region.user("reportdata", "Officer", Role.OFFICER, skopje);
        head = region.user("reportdata", "Head", Role.HEAD_OF_OPERATION, skopje);
        CorridorUser focal = region.user("reportdata", "Focal", Role.FOCAL_POINT, skopje);
        serbian = region.user("reportdata", "Serbian", Role.VIEWER, region.operation("serbia"));
        delegation = region.user("reportdata", "Delegation", Role.DELEGATION_READER, null);

        routeEvents.record(officer, new RouteEvents.RouteEventDraft(skopje, FROM.plusDays(4), macedonia, gevgelija,
                RouteEvents.Kind.INCIDENT, "Crowd at the fence near Gevgelija", null, null, DistributionLevel.OSCE),
                false);
        routeEvents.record(officer, new RouteEvents.RouteEventDraft(skopje, FROM.plusDays(1), macedonia, null,
                RouteEvents.Kind.RESTRICTION, "Entry limited to three nationalities", null, null,
                DistributionLevel.OSCE), false);
        counts.record(officer, new FlowCountDraft(skopje, null, FROM, null, null, gevgelija, Direction.ENTRY, null,
                1200, null, null, null, null, null, DistributionLevel.OSCE));
        counts.record(officer, new FlowCountDraft(skopje, null, FROM.plusDays(1), null, null, gevgelija,
                Direction.ENTRY, null, 800, null, null, null, null, null, DistributionLevel.OSCE));
        Instant visit = FROM.plusDays(2).atTime(9, 0).atZone(Region.ZONE).toInstant();
        visits.record(officer, new VisitDraft(skopje, tabanovce, Unit.MONITORING, null, Set.of(), 2, visit,
                visit.plusSeconds(3600 * 4), "Border monitoring", VisitStatus.COMPLETED,
                new Observations(null, null, null, null, null, null, null, null, null, List.of("Smuggling"), null),
                List.of(), DistributionLevel.OSCE), false);
        plans.create(focal, new MonitoringPlans.PlanDraft(skopje, tabanovce, Unit.MONITORING, 3, FROM, TO, null));
        Activity workshop = activities.create(officer, new ActivityDraft(skopje, "Workshop for ombudspersons",
                "Rights at the border", ResponseArea.HUMAN_RIGHTS, Set.of(Dimension.HUMAN), ActivityKind.PROJECT,
                Funding.EXTRA_BUDGETARY, "Donor state", "P-31", ActivityStatus.COMPLETED, FROM, FROM.plusDays(20),
                List.of(), List.of(), List.of(), DistributionLevel.OSCE));
        activities.createEvent(officer, new CapacityEventDraft(workshop.id(), FROM.plusDays(3), null, null, null,
                "Border police training", List.of(new CapacityEventDraft.Participants(TargetGroup.BORDER_POLICE, 1500,
                        null, null, 1250, 500, 750))));
        Meeting meeting = meetings.create(officer, new MeetingDraft(skopje, MeetingKind.COORDINATION,
                "Coordination with UNHCR at Gevgelija", FROM.plusDays(9), LocalTime.of(10, 0), LocalTime.of(12, 0),
                null, "Gevgelija", null, List.of(), List.of(), List.of(), null, null,
                List.of("Share the weekly figures"), DistributionLevel.OSCE, false));
        actionPoints.create(officer, new ActionPoints.ActionPointDraft(meeting.id(), null,
                "Send the weekly figures to UNHCR", null, officer.id(), FROM.plusDays(19), ActionPointStatus.OPEN));
        assessments.record(officer, new PreparednessAssessments.AssessmentDraft(skopje, "Border police", tabanovce,
                null, FROM.plusDays(11), PreparednessAssessments.Rating.PARTLY_PREPARED, null,
                PreparednessAssessments.Source.FIRST_HAND, "Shelter for two hundred people only",
                DistributionLevel.OSCE), false);
        deployments.record(head, new TemporaryDeployments.DeploymentDraft(skopje, tabanovce, 2, FROM.plusDays(4),
                FROM.plusDays(14), TemporaryDeployments.Premises.CONTAINER, "Monitoring the northern border",
                DistributionLevel.OSCE));
    }

    String tabanovce() {
        return region.location("MK-TABANOVCE-BCP").name();
    }

    GeneratedContent september(SectionKind kind, CorridorUser reader) {
        return data.generate(kind, skopje, FROM, TO, reader);
    }

    /** Every word of the content, a block a line, a row a line: what a reader would read. */
    static String text(GeneratedContent content) {
        List<String> lines = new ArrayList<>();
        for (Block block : content.blocks()) {
            if (block instanceof Paragraph p) {
                lines.add(p.text());
            } else if (block instanceof Table t) {
                lines.add(t.caption());
                t.rows().forEach(row -> lines.add(String.join(" | ", row)));
            } else if (block instanceof Chart c) {
                lines.add(c.title());
            }
        }
        return String.join("\n", lines);
    }

    static <T extends Block> List<T> blocks(GeneratedContent content, Class<T> type) {
        return content.blocks().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void theTimelineListsTheHostCountrysRouteEventsInDateOrder() {
        GeneratedContent content = september(SectionKind.ROUTE_EVENTS, officer);

        Table timeline = blocks(content, Table.class).get(0);
        assertThat(timeline.rows()).extracting(row -> row.get(0)).containsExactly("2 Sep 1931", "5 Sep 1931");
        assertThat(timeline.rows().get(0)).containsExactly("2 Sep 1931", "North Macedonia",
                "Restriction", "Entry limited to three nationalities");
        assertThat(timeline.rows().get(1).get(1)).startsWith("Gevgelija");
        assertThat(timeline.rows().get(1).get(2)).isEqualTo("Incident");
    }

    @Test
    void flowsShowThePeriodsTotalsByDirectionGroupedAsThePagesGroupThemAndTheirChart() {
        GeneratedContent content = september(SectionKind.FLOWS, officer);

        Table totals = blocks(content, Table.class).get(0);
        assertThat(totals.rows()).hasSize(1);
        assertThat(totals.rows().get(0)).containsExactly("North Macedonia", "Entries", "own observation", "2 days",
                "2,000");
        Chart chart = blocks(content, Chart.class).get(0);
        assertThat(chart.kind()).isEqualTo(GeneratedContent.ChartKind.LINE);
        assertThat(chart.categories()).hasSize(30).startsWith("1 Sep 1931");
        assertThat(chart.series()).hasSize(1);
        assertThat(chart.series().get(0).values()).startsWith(1200.0, 800.0, null);
    }

    @Test
    void monitoringShowsVisitsPerLocationConcernsAndWeeklyIntensityAgainstThePlan() {
        GeneratedContent content = september(SectionKind.MONITORING, officer);

        Table perLocation = blocks(content, Table.class).get(0);
        assertThat(perLocation.rows()).containsExactly(List.of(tabanovce(), "1", "1", "smuggling"));
        assertThat(text(content)).contains("Concerns raised most often: smuggling.")
                .contains("Visits fell short of the plan in 5 of 5 planned weeks.");
        Table weekly = blocks(content, Table.class).get(1);
        assertThat(weekly.rows().get(0)).containsExactly("Week of 31 Aug 1931", "1", "3");
        assertThat(blocks(content, Chart.class)).singleElement()
                .satisfies(c -> assertThat(c.series()).extracting(GeneratedContent.Series::name)
                        .containsExactly("Visits", "Target"));
    }

    @Test
    void activitiesShowEachResponseAreaWithTheMainOnesAndCapacityBuildingTotals() {
        GeneratedContent content = september(SectionKind.ACTIVITIES, officer);

        Table areas = blocks(content, Table.class).get(0);
        assertThat(areas.rows()).hasSize(ResponseArea.values().length)
                .contains(List.of("Human rights", "1", "Workshop for ombudspersons"));
        Table capacity = blocks(content, Table.class).get(1);
        assertThat(capacity.rows()).containsExactly(List.of("Border police", "1", "1,500", "1,250", "500", "750"));
    }

    @Test
    void meetingsShowTheirDecisionsAndOpenActionPointsOverdueAtThePeriodsEnd() {
        String text = text(september(SectionKind.MEETINGS, officer));

        assertThat(text).contains("10 Sep 1931 | Coordination meeting | Coordination with UNHCR at Gevgelija")
                .contains("Coordination with UNHCR at Gevgelija | Share the weekly figures")
                .contains("20 Sep 1931 | Send the weekly figures to UNHCR | Officer | Overdue");
    }

    @Test
    void preparednessShowsAssessmentsAndTemporaryDeployments() {
        String text = text(september(SectionKind.PREPAREDNESS, officer));

        assertThat(text).contains("12 Sep 1931 | " + tabanovce() + ", North Macedonia | Border police | Partly prepared"
                + " | Shelter for two hundred people only")
                .contains("5 Sep 1931 | 15 Sep 1931 | " + tabanovce() + " | 2 | Container | Monitoring the northern border");
    }

    @Test
    void aDelegationReaderIsToldTheOperationsFiguresAreNotSharedNeverShownAZero() {
        String flows = text(september(SectionKind.FLOWS, delegation));
        String monitoring = text(september(SectionKind.MONITORING, delegation));
        String activitiesText = text(september(SectionKind.ACTIVITIES, delegation));

        assertThat(flows).contains("Flow figures of the OSCE Mission to Skopje are not shared with you.")
                .doesNotContain("2,000").doesNotContain("No flow counts");
        assertThat(monitoring).isEqualTo(
                "The monitoring figures of the OSCE Mission to Skopje are not shared with you.");
        assertThat(activitiesText).isEqualTo(
                "The activity figures of the OSCE Mission to Skopje are not shared with you.");
    }

    @Test
    void aMemberOfAnotherOperationIsToldWhenTheOperationKeepsItsFiguresToItself() {
        SharingPolicy before = sharing.policyOf(skopje);
        SharingPolicy changed = sharing.change(head, new SharingPolicy(skopje, DistributionLevel.OPERATION,
                before.defaultLevels(), before.version()));
        try {
            assertThat(text(september(SectionKind.MONITORING, serbian))).contains("not shared with you")
                    .doesNotContain(tabanovce());
            assertThat(text(september(SectionKind.ACTIVITIES, serbian))).contains("not shared with you")
                    .doesNotContain("Human rights");
            assertThat(text(september(SectionKind.MONITORING, officer))).contains(tabanovce());
        } finally {
            sharing.change(head, new SharingPolicy(skopje, before.figuresLevel(), before.defaultLevels(),
                    changed.version()));
        }
    }

    @Test
    void anEmptyPeriodSaysSoForEveryKind() {
        assertThat(text(data.generate(SectionKind.ROUTE_EVENTS, skopje, EMPTY_FROM, EMPTY_TO, officer)))
                .isEqualTo("No route events recorded between 1 Sep 1905 and 30 Sep 1905.");
        assertThat(text(data.generate(SectionKind.FLOWS, skopje, EMPTY_FROM, EMPTY_TO, officer)))
                .isEqualTo("No flow counts recorded between 1 Sep 1905 and 30 Sep 1905.");
        assertThat(text(data.generate(SectionKind.MONITORING, skopje, EMPTY_FROM, EMPTY_TO, officer)))
                .isEqualTo("No monitoring visits recorded between 1 Sep 1905 and 30 Sep 1905.");
        assertThat(text(data.generate(SectionKind.ACTIVITIES, skopje, EMPTY_FROM, EMPTY_TO, officer)))
                .isEqualTo("No activities recorded between 1 Sep 1905 and 30 Sep 1905.");
        assertThat(text(data.generate(SectionKind.MEETINGS, skopje, EMPTY_FROM, EMPTY_TO, officer)))
                .startsWith("No meetings recorded between 1 Sep 1905 and 30 Sep 1905.");
        assertThat(text(data.generate(SectionKind.PREPAREDNESS, skopje, EMPTY_FROM, EMPTY_TO, officer)))
                .isEqualTo("No preparedness assessments recorded between 1 Sep 1905 and 30 Sep 1905.\n"
                        + "No temporary deployments between 1 Sep 1905 and 30 Sep 1905.");
    }

    @Test
    void aRegionalSectionNamesEachCountryApart() {
        Table totals = blocks(data.generate(SectionKind.FLOWS, null, FROM, TO, officer), Table.class).get(0);

        assertThat(totals.rows()).extracting(row -> row.get(0)).contains("North Macedonia");
    }
}
