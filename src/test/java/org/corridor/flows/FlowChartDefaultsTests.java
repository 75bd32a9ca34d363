package org.corridor.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Role;
import org.corridor.directory.Directory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Where the flow chart opens when a place is chosen without a source or period, and what its summary counts. Each test
 * counts in a country or at a place no other test counts in (Greece, Austria, Tovarnik, Vienna), in the 1940s.
 */
@CorridorTest
class FlowChartDefaultsTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    FlowCounts counts;

    UUID skopje;
    UUID unhcr;
    CorridorUser officer;

    @BeforeEach
    void officerOfSkopje() {
        skopje = region.operation("skopje");
        unhcr = directory.organisations().stream().filter(o -> "UNHCR".equals(o.acronym())).findFirst().orElseThrow()
                .id();
        officer = region.user("flowchartdefaults", "Chart", Role.OFFICER, skopje);
    }

    UUID country(String iso2) {
        return directory.countryByIso2(iso2).orElseThrow().id();
    }

    FlowCountDraft national(String iso2, PeriodKind kind, LocalDate start, int total) {
        return new FlowCountDraft(skopje, kind, start, null, country(iso2), null, Direction.ENTRY, unhcr, total, null,
                null, null, null, null, null);
    }

    String chart(String query) throws Exception {
        return mvc.perform(get("/flows/chart?" + query).with(user(officer))).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void aCountryChosenWithoutASourceOpensOnTheSourceThatCountedThereAndItsMonthsAreSummedAsMonths() throws Exception {
        List<FlowCountDraft> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(national("GR", PeriodKind.MONTH, LocalDate.of(1941, month, 1), 1000 * month));
        }
        counts.upsert(officer, months);

        String page = chart("country=" + country("GR"));

        assertThat(page).as("UNHCR, not the own observation nobody recorded in Greece")
                .containsPattern("<option value=\"" + unhcr + "\"[^>]*selected");
        assertThat(page).as("the period of the counts, not a window around today")
                .contains("value=\"1941-01-01\"").contains("value=\"1941-12-31\"");
        assertThat(page).contains("78,000 persons counted in 12 monthly figures.")
                .doesNotContain("persons counted on 0 of");
    }

    @Test
    void aPlaceChosenWithoutASourceOpensOnTheSourceThatCountedThere() throws Exception {
        UUID tovarnik = region.place("HR-TOVARNIK");
        counts.upsert(officer, List.of(
                new FlowCountDraft(skopje, null, LocalDate.of(1942, 5, 3), null, null, tovarnik, Direction.ENTRY, unhcr,
                        400, null, null, null, null, null, null),
                new FlowCountDraft(skopje, null, LocalDate.of(1942, 5, 4), null, null, tovarnik, Direction.ENTRY, unhcr,
                        600, null, null, null, null, null, null)));

        String page = chart("location=" + tovarnik);

        assertThat(page).containsPattern("<option value=\"" + unhcr + "\"[^>]*selected")
                .contains("1,000 persons counted on 2 of 2 days.");
    }

    @Test
    void aPlaceWhereTheOwnObservationCountedOpensOnItEvenWhenAnotherSourceCountedLater() throws Exception {
        UUID vienna = region.place("AT-VIENNA");
        counts.upsert(officer, List.of(
                new FlowCountDraft(skopje, null, LocalDate.of(1945, 5, 3), null, null, vienna, Direction.ENTRY, null,
                        70, null, null, null, null, null, null),
                new FlowCountDraft(skopje, null, LocalDate.of(1946, 5, 3), null, null, vienna, Direction.ENTRY, unhcr,
                        90, null, null, null, null, null, null)));

        String page = chart("location=" + vienna);

        assertThat(page).containsPattern("<option value=\"own\"[^>]*selected").contains("70 persons counted on 1 of");
    }

    @Test
    void weeklyAndMonthlyFiguresOfThePeriodAreSummedApartNeverAddedToOneAnother() throws Exception {
        counts.upsert(officer, List.of(national("AT", PeriodKind.MONTH, LocalDate.of(1943, 2, 1), 9000),
                national("AT", PeriodKind.WEEK, LocalDate.of(1943, 2, 1), 2000),
                national("AT", PeriodKind.WEEK, LocalDate.of(1943, 2, 8), 2500)));

        String page = chart("country=" + country("AT") + "&source=" + unhcr + "&from=1943-02-01&to=1943-02-28");

        assertThat(page).contains("4,500 persons counted in 2 weekly figures.")
                .contains("9,000 persons counted in one monthly figure.")
                .doesNotContain("13,500").doesNotContain("persons counted on 0 of");
    }

    @Test
    void aPlaceWithoutAnyCountSaysSoInsteadOfZeroPersonsOnZeroDays() throws Exception {
        String page = chart("location=" + region.place("AT-VIENNA") + "&source=own&from=1944-01-01&to=1944-01-31");

        assertThat(page).contains("No counts for this place, direction and source in this period.")
                .doesNotContain("0 persons counted on 0 of");
    }
}
