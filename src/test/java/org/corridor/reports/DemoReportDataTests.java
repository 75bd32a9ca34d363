package org.corridor.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.corridor.DemoAsLoadedTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.UserAccounts;
import org.corridor.reports.GeneratedContent.Chart;
import org.corridor.reports.GeneratedContent.Table;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The article's reports drawn over the demo: the Mission to Serbia's background period has its flows and route
 * events; the Mission to Skopje's activity update of June 2016 has its timeline and its activities by field.
 */
@DemoAsLoadedTest
class DemoReportDataTests {

    static final LocalDate SERBIA_FROM = LocalDate.of(2015, 7, 1);
    static final LocalDate SERBIA_TO = LocalDate.of(2016, 3, 31);
    static final LocalDate SKOPJE_FROM = LocalDate.of(2016, 1, 1);
    static final LocalDate SKOPJE_TO = LocalDate.of(2016, 6, 10);

    @Autowired
    ReportData data;

    @Autowired
    RegionFixture region;

    @Autowired
    UserAccounts accounts;

    CorridorUser demo(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    @Test
    void serbiasBackgroundPeriodHasFlowsWithTheirChartAndTheHorgosEvents() {
        UUID serbia = region.operation("serbia");
        CorridorUser officer = demo("officer.serbia");

        GeneratedContent flows = data.generate(SectionKind.FLOWS, serbia, SERBIA_FROM, SERBIA_TO, officer);
        GeneratedContent events = data.generate(SectionKind.ROUTE_EVENTS, serbia, SERBIA_FROM, SERBIA_TO, officer);

        Table totals = ReportDataTests.blocks(flows, Table.class).get(0);
        assertThat(totals.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.get(0)).isEqualTo("Serbia"));
        assertThat(totals.rows()).anySatisfy(row -> {
            assertThat(row.get(1)).isEqualTo("Entries");
            assertThat(row.get(4)).matches("\\d{1,3}(,\\d{3})+");
        });
        Chart chart = ReportDataTests.blocks(flows, Chart.class).get(0);
        assertThat(chart.title()).isEqualTo("Persons counted a week");
        assertThat(chart.series()).isNotEmpty();
        assertThat(ReportDataTests.text(events)).contains("Hungary closes its border at Horgoš–Röszke")
                .contains("Clashes at the Horgoš crossing");
    }

    @Test
    void skopjesActivityUpdateHasItsTimelineAndActivitiesByField() {
        UUID skopje = region.operation("skopje");
        CorridorUser officer = demo("officer");

        String timeline = ReportDataTests.text(data.generate(SectionKind.ROUTE_EVENTS, skopje, SKOPJE_FROM,
                SKOPJE_TO, officer));
        GeneratedContent activities = data.generate(SectionKind.ACTIVITIES, skopje, SKOPJE_FROM, SKOPJE_TO, officer);

        assertThat(timeline).contains("21 Feb 2016").contains("The route closes")
                .doesNotContain("Crisis declared on the southern and northern borders");
        Table byArea = ReportDataTests.blocks(activities, Table.class).get(0);
        assertThat(byArea.rows()).anySatisfy(row -> {
            assertThat(row.get(0)).isEqualTo("Policing and migration crime");
            assertThat(Integer.parseInt(row.get(1))).isPositive();
            assertThat(row.get(2)).isNotEqualTo("not shared with you");
        });
        assertThat(ReportDataTests.text(activities)).doesNotContain("No activities recorded");
    }

    @Test
    void theDelegationReaderReadsTheBackgroundsPublishedWeeklyFiguresAndIsToldTheRestIsNotShared() {
        GeneratedContent flows = data.generate(SectionKind.FLOWS, region.operation("serbia"), SERBIA_FROM,
                SERBIA_TO, demo("delegation"));

        assertThat(ReportDataTests.text(flows)).contains("are not shared with you");
        assertThat(ReportDataTests.blocks(flows, Table.class)).singleElement()
                .satisfies(t -> assertThat(t.rows()).extracting(row -> row.get(2)).doesNotContain("own observation"));
    }
}
