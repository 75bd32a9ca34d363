package org.corridor.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.corridor.accounts.Sharing;
import org.corridor.accounts.SharingPolicy;
import org.corridor.directory.Directory;
import org.corridor.flows.Direction;
import org.corridor.flows.FlowCountDraft;
import org.corridor.flows.FlowCounts;
import org.corridor.flows.FlowFigures;
import org.corridor.flows.PeriodKind;
import org.corridor.regional.BorderComparison.Basis;
import org.corridor.regional.BorderComparison.State;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cross-border reconciliation of Tabanovce (exits counted by the Mission to Skopje) and Preševo (entries counted by the
 * Mission to Serbia) on counts written here, in 1937 (no other test's year): by day and week, with days missing on one
 * side, a divergence, the sources chosen or found, what a reader may not read, and the page and the API alike.
 */
@CorridorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BorderReconciliationTests {

    /** Two ISO weeks, 1937-W09 and W10, with own observation on both sides and UNHCR's counts in the first. */
    static final LocalDate FIRST = LocalDate.of(1937, 3, 1);
    static final LocalDate LAST = LocalDate.of(1937, 3, 14);
    /** 1937-W18: own observation on the exit side only, UNHCR on both. */
    static final LocalDate MAY = LocalDate.of(1937, 5, 3);
    static final String BORDER = "tabanovce-presevo";

    @Autowired
    RegionFixture region;
    @Autowired
    MockMvc mvc;
    @Autowired
    FlowCounts counts;
    @Autowired
    Directory directory;
    @Autowired
    Sharing sharing;
    @Autowired
    FlowFigures flows;
    @Autowired
    BorderReconciliations reconciliations;
    @Autowired
    JsonMapper json;

    UUID skopje;
    UUID serbia;
    UUID unhcr;
    CorridorUser coordinator;
    CorridorUser skopjeHead;
    CorridorUser serbiaViewer;
    CorridorUser delegationReader;

    @BeforeAll
    void countsOnBothSides() {
        skopje = region.operation("skopje");
        serbia = region.operation("serbia");
        unhcr = directory.organisations().stream().filter(o -> "UNHCR".equals(o.acronym())).findFirst().orElseThrow().id();
        UUID tabanovce = region.place("MK-TABANOVCE-BCP");
        UUID presevo = region.place("RS-PRESEVO-OSC");
        coordinator = region.user("borders", "Coordinator", Role.REGIONAL_COORDINATOR, null);
        skopjeHead = region.user("borders", "Head of Skopje", Role.HEAD_OF_OPERATION, skopje);
        serbiaViewer = region.user("borders", "Viewer of Serbia", Role.VIEWER, serbia);
        delegationReader = region.user("borders", "Delegation", Role.DELEGATION_READER, null);
        CorridorUser skopjeOfficer = region.user("borders", "Officer of Skopje", Role.OFFICER, skopje);
        CorridorUser serbiaOfficer = region.user("borders", "Officer of Serbia", Role.OFFICER, serbia);

        List<FlowCountDraft> exits = new ArrayList<>();
        List<FlowCountDraft> entries = new ArrayList<>();
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            boolean fifth = day.equals(FIRST.plusDays(4));
            exits.add(count(skopje, day, tabanovce, Direction.EXIT, null, 1000));
            if (!day.equals(FIRST.plusDays(2))) {
                // Preševo did not count on 3 March; on 5 March it counted 600 of Tabanovce's 1,000.
                entries.add(count(serbia, day, presevo, Direction.ENTRY, null, fifth ? 600 : 950));
            }
            if (day.isBefore(FIRST.plusDays(7))) {
                exits.add(count(skopje, day, tabanovce, Direction.EXIT, unhcr, 2000));
                entries.add(count(serbia, day, presevo, Direction.ENTRY, unhcr, 1900));
            }
        }
        for (LocalDate day = MAY; day.isBefore(MAY.plusDays(7)); day = day.plusDays(1)) {
            exits.add(count(skopje, day, tabanovce, Direction.EXIT, null, 500));
            exits.add(count(skopje, day, tabanovce, Direction.EXIT, unhcr, 400));
            entries.add(count(serbia, day, presevo, Direction.ENTRY, unhcr, 390));
        }
        counts.upsert(skopjeOfficer, exits);
        counts.upsert(serbiaOfficer, entries);
    }

    /** Serbia's counts are its own (OPERATION): others read them only as figures, at Serbia's figures level. */
    private static FlowCountDraft count(UUID operation, LocalDate day, UUID place, Direction direction, UUID source,
            int total) {
        return new FlowCountDraft(operation, PeriodKind.DAY, day, day, null, place, direction, source, total, null,
                null, null, null, null, DistributionLevel.OPERATION);
    }

    BorderReconciliations.Reconciliation reconcile(CorridorUser user, LocalDate from, LocalDate to, String exitSource,
            String entrySource) {
        return reconciliations.reconcile(user, reconciliations.border(BORDER).orElseThrow(),
                new RegionalPeriod(from, to), exitSource, entrySource);
    }

    @Test
    void reconcilesExitsAgainstEntriesByDayAndByIsoWeek() {
        BorderReconciliations.Reconciliation r = reconcile(coordinator, FIRST, LAST, null, null);
        BorderComparison c = r.comparison();

        assertThat(r.exitSource().value()).as("own observation counted on both sides: chosen first").isEqualTo("own");
        assertThat(r.entrySource().value()).isEqualTo("own");
        assertThat(r.sourceOnBothSides()).isTrue();
        assertThat(c.days()).hasSize(14);
        assertThat(c.days().get(0).difference()).isEqualTo(50);
        assertThat(c.weeks()).extracting(BorderComparison.Week::week).containsExactly("1937-W09", "1937-W10");
        BorderComparison.Week first = c.weeks().get(0);
        assertThat(first.basis()).isEqualTo(Basis.DAYS_ON_BOTH_SIDES);
        assertThat(first.daysCompared()).isEqualTo(6);
        assertThat(first.exits()).isEqualTo(6000);
        assertThat(first.entries()).isEqualTo(5 * 950 + 600);
        assertThat(first.daysOnlyExits()).isEqualTo(1);
        BorderComparison.Week second = c.weeks().get(1);
        assertThat(second.difference()).isEqualTo(7 * 50);
        assertThat(second.trend()).as("the mean of the two weeks' differences").isEqualTo((650 + 350) / 2.0);
        assertThat(c.totals().daysCompared()).isEqualTo(13);
        assertThat(c.totals().difference()).isEqualTo(650 + 350);
    }

    @Test
    void aDayMissingOnOneSideIsMissingAndNotADivergence() {
        BorderComparison c = reconcile(coordinator, FIRST, LAST, null, null).comparison();

        BorderComparison.Day third = c.days().get(2);
        assertThat(third.exits()).isEqualTo(1000);
        assertThat(third.entries()).isNull();
        assertThat(third.entriesState()).isEqualTo(State.MISSING);
        assertThat(third.difference()).isNull();
        assertThat(third.diverges()).isFalse();
        assertThat(c.divergences()).as("only 5 March: 1,000 against 600 is 40 %, beyond 25 %").singleElement()
                .satisfies(d -> {
                    assertThat(d.from()).isEqualTo(FIRST.plusDays(4));
                    assertThat(d.to()).isEqualTo(FIRST.plusDays(4));
                    assertThat(d.difference()).isEqualTo(400);
                });
        assertThat(c.totals().daysOnlyExits()).isEqualTo(1);
    }

    @Test
    void theSourcesAreComparedAsTheReaderChooses() {
        BorderReconciliations.Reconciliation mixed = reconcile(coordinator, FIRST, FIRST.plusDays(6), unhcr.toString(),
                "own");

        assertThat(mixed.exitSource().name()).isEqualTo("UNHCR");
        assertThat(mixed.entrySource().value()).isEqualTo("own");
        assertThat(mixed.sourceOnBothSides()).isFalse();
        assertThat(mixed.comparison().days().get(0).exits()).isEqualTo(2000);
        assertThat(mixed.comparison().days().get(0).entries()).isEqualTo(950);
        assertThat(mixed.comparison().days().get(0).diverges()).isTrue();

        BorderReconciliations.Reconciliation unhcrOnly = reconcile(coordinator, FIRST, FIRST.plusDays(6),
                unhcr.toString(), unhcr.toString());
        assertThat(unhcrOnly.comparison().weeks().get(0).difference()).isEqualTo(7 * 100);
        assertThat(unhcrOnly.sourceOnBothSides()).isTrue();

        assertThatThrownBy(() -> reconcile(coordinator, FIRST, LAST, "police", null))
                .isInstanceOfSatisfying(BorderReconciliations.Rejected.class,
                        e -> assertThat(e.field).isEqualTo("exitSource"));
    }

    @Test
    void withoutAChoiceASourceThatCountedOnBothSidesIsCompared() {
        BorderReconciliations.Reconciliation r = reconcile(coordinator, MAY, MAY.plusDays(6), null, null);

        assertThat(r.exitSource().name()).as("own observation counted only the exits: UNHCR counted both")
                .isEqualTo("UNHCR");
        assertThat(r.entrySource().name()).isEqualTo("UNHCR");
        assertThat(r.comparison().weeks().get(0).difference()).isEqualTo(70);
    }

    @Test
    void figuresAnOperationDoesNotShareAreNotSharedNeverZero() throws Exception {
        CorridorUser serbiaHead = region.user("borders", "Head of Serbia", Role.HEAD_OF_OPERATION, serbia);
        SharingPolicy before = sharing.policyOf(serbia);
        SharingPolicy changed = sharing.change(serbiaHead, new SharingPolicy(serbia, DistributionLevel.OPERATION,
                before.defaultLevels(), before.version()));
        try {
            for (CorridorUser reader : List.of(coordinator, skopjeHead)) {
                BorderReconciliations.Reconciliation r = reconcile(reader, FIRST, LAST, "own", "own");
                assertThat(r.comparison().days()).allSatisfy(day -> {
                    assertThat(day.entries()).isNull();
                    // 3 March: nobody counted at Preševo, which is a gap, not something kept from the reader.
                    assertThat(day.entriesState()).isEqualTo(day.date().equals(FIRST.plusDays(2)) ? State.MISSING
                            : State.NOT_SHARED);
                    assertThat(day.difference()).isNull();
                });
                assertThat(r.comparison().weeks().get(0).entriesState()).isEqualTo(State.NOT_SHARED);
                assertThat(r.entryNotSharedBy()).containsExactly("OSCE Mission to Serbia");
                assertThat(r.comparison().divergences()).isEmpty();
            }
            String page = mvc.perform(get("/regional/borders").param("border", BORDER).param("from", FIRST.toString())
                    .param("to", LAST.toString()).param("exitSource", "own").param("entrySource", "own")
                    .with(user(skopjeHead))).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("Not shared with you")
                    .contains("OSCE Mission to Serbia does not share these figures with you.")
                    .doesNotContain("5,350");
            BorderReconciliations.Reconciliation own = reconcile(serbiaViewer, FIRST, LAST, "own", "own");
            assertThat(own.comparison().weeks().get(0).entries()).as("Serbia reads its own counts").isEqualTo(5350);
        } finally {
            sharing.change(serbiaHead, new SharingPolicy(serbia, before.figuresLevel(), before.defaultLevels(),
                    changed.version()));
        }
    }

    @Test
    void thePageAndTheApiGiveTheSameNumbers() throws Exception {
        String page = mvc.perform(get("/regional/borders").param("border", BORDER).param("from", FIRST.toString())
                .param("to", LAST.toString()).with(user(coordinator))).andReturn().getResponse().getContentAsString();
        JsonNode api = json.readTree(mvc.perform(get("/api/v1/regional/borders/" + BORDER)
                .param("from", FIRST.toString()).param("to", LAST.toString())
                .header("Authorization", region.bearer(coordinator))).andReturn().getResponse().getContentAsString());
        String csv = mvc.perform(get("/api/v1/regional/borders/" + BORDER + ".csv").param("from", FIRST.toString())
                .param("to", LAST.toString()).header("Authorization", region.bearer(coordinator)))
                .andReturn().getResponse().getContentAsString();
        String accepted = mvc.perform(get("/api/v1/regional/borders/" + BORDER).param("from", FIRST.toString())
                .param("to", LAST.toString()).header("Accept", "text/csv")
                .header("Authorization", region.bearer(coordinator))).andReturn().getResponse().getContentAsString();

        JsonNode week = api.get("weeks").get(0);
        assertThat(week.get("week").asString()).isEqualTo("1937-W09");
        assertThat(week.get("exits").asLong()).isEqualTo(6000);
        assertThat(week.get("entries").asLong()).isEqualTo(5350);
        assertThat(week.get("difference").asLong()).isEqualTo(650);
        assertThat(api.at("/totals/difference").asLong()).isEqualTo(1000);
        assertThat(api.get("days").get(2).get("entriesState").asString()).isEqualTo("MISSING");
        assertThat(api.get("days").get(2).get("entries").isNull()).isTrue();
        assertThat(api.at("/divergences/0/from").asString()).isEqualTo("1937-03-05");
        assertThat(page).contains("data-week=\"1937-W09\"").contains("6,000").contains("5,350").contains(">650<")
                .contains("On 13 days counted on both sides: 13,000 exits, 12,000 entries, a difference of 1,000.")
                .contains("1937-03-05").contains("missing").doesNotContain("Not shared with you");
        assertThat(csv).contains("tabanovce-presevo,WEEK,1937-W09,1937-03-01,1937-03-07,own,6000,COUNTED,own,5350,"
                + "COUNTED,650,").contains("tabanovce-presevo,DAY,1937-03-03,1937-03-03,1937-03-03,own,1000,COUNTED,own,,"
                + "MISSING,,");
        assertThat(accepted).isEqualTo(csv);
    }

    @Test
    void badRequestsAreSaidInASentence() throws Exception {
        String token = region.bearer(coordinator);
        MockHttpServletResponse badPeriod = mvc.perform(get("/api/v1/regional/borders/" + BORDER)
                .param("from", "1937-03-14").param("to", "1937-03-01").header("Authorization", token))
                .andReturn().getResponse();
        assertThat(badPeriod.getStatus()).isEqualTo(400);
        assertThat(badPeriod.getContentType()).contains("application/problem+json");
        assertThat(json.readTree(badPeriod.getContentAsString()).get("detail").asString())
                .startsWith("A period runs from its first day to the same or a later day");
        MockHttpServletResponse badDate = mvc.perform(get("/api/v1/regional/borders/" + BORDER + ".csv")
                .param("from", "March").header("Authorization", token)).andReturn().getResponse();
        assertThat(badDate.getStatus()).isEqualTo(400);
        assertThat(badDate.getContentType()).contains("application/problem+json");
        assertThat(badDate.getContentAsString()).contains("Enter 'from' as a date");
        assertThat(mvc.perform(get("/api/v1/regional/borders/nowhere").header("Authorization", token))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/regional/borders/" + BORDER).param("entrySource", "police")
                .header("Authorization", token)).andReturn().getResponse().getStatus()).isEqualTo(400);

        String page = mvc.perform(get("/regional/borders").param("border", "nowhere").param("from", "1937-03-14")
                .param("to", "1937-03-01").with(user(coordinator))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("There is no border named &#39;nowhere&#39;")
                .contains("A period runs from its first day").contains("href=\"#b-to\"").contains("id=\"b-to-error\"");
    }

    @Test
    void aBorderWhoseCodeTheDirectoryDoesNotHoldIsSaidNotFailed() {
        BorderReconciliationSettings settings = new BorderReconciliationSettings(List.of(
                new BorderReconciliationSettings.Border("nowhere", null,
                        new BorderReconciliationSettings.Side("XX-NOWHERE", null),
                        new BorderReconciliationSettings.Side("RS", null))),
                new BorderReconciliationSettings.Reconciliation(0.25, 50));
        BorderReconciliations misconfigured = new BorderReconciliations(settings, directory, flows);
        BorderReconciliations.Border border = misconfigured.border("nowhere").orElseThrow();

        assertThat(border.exit().known()).isFalse();
        assertThat(border.entry().kind()).isEqualTo("COUNTRY");
        assertThat(border.problems()).singleElement().asString().contains("'XX-NOWHERE'", "exit side",
                "neither a location code nor a country code");
        assertThatThrownBy(() -> misconfigured.reconcile(coordinator, border, new RegionalPeriod(FIRST, LAST), null,
                null)).isInstanceOfSatisfying(BorderReconciliations.Rejected.class,
                        e -> assertThat(e.kind).isEqualTo(BorderReconciliations.Rejected.Kind.MISCONFIGURED));
        assertThatThrownBy(() -> new BorderReconciliationSettings.Border("Tabanovce/Preševo", null,
                new BorderReconciliationSettings.Side("MK", null), new BorderReconciliationSettings.Side("RS", null)))
                .hasMessageContaining("lower-case letters, digits and dashes");
    }

    @Test
    void theApiDocumentSaysWhatTheBorderRoutesAnswer() throws Exception {
        JsonNode docs = json.readTree(mvc.perform(get("/api/docs").with(user(coordinator))).andReturn().getResponse()
                .getContentAsString());
        JsonNode one = docs.at("/paths/~1api~1v1~1regional~1borders~1{name}/get");
        assertThat(one.get("responses").propertyNames()).contains("200", "400", "401", "403", "404", "409");
        assertThat(one.at("/responses/200/content").propertyNames()).contains("application/json", "text/csv");
        assertThat(docs.at("/paths/~1api~1v1~1regional~1borders~1{name}.csv/get/responses/200/content")
                .propertyNames()).contains("text/csv");
        JsonNode day = docs.at("/components/schemas/BorderDay/properties/exits");
        assertThat(day.toString()).as("a day one side did not count has no figure: declared nullable").contains("null");
    }

    @Test
    void delegationReadersAndAdministratorsReadThePublicFiguresInstead() throws Exception {
        assertThatThrownBy(() -> reconcile(delegationReader, FIRST, LAST, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(mvc.perform(get("/regional/borders").with(user(delegationReader))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        MockHttpServletResponse api = mvc.perform(get("/api/v1/regional/borders/" + BORDER + ".csv")
                .header("Authorization", region.bearer(delegationReader))).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(403);
        assertThat(api.getContentType()).contains("application/problem+json");
        assertThat(api.getContentAsString()).doesNotContain("Tabanovce");
    }
}
