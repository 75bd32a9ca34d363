package org.corridor.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.corridor.kernel.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The alerts pages as the people of an operation use them: the bell and its number, the list with its filters, one
 * alert with its evidence and history, and the acknowledgement and resolution forms with their problems.
 */
@CorridorTest
class AlertPagesTests {

    static final LocalDate MONDAY = LocalDate.of(2016, 3, 7);

    @Autowired
    MockMvc mvc;
    @Autowired
    RegionFixture region;
    @Autowired
    Alerts alerts;

    UUID kosovo;
    UUID skopje;
    CorridorUser officer;
    CorridorUser viewer;
    CorridorUser skopjeOfficer;
    CorridorUser coordinator;
    CorridorUser delegation;

    @BeforeEach
    void people() {
        kosovo = region.operation("kosovo");
        skopje = region.operation("skopje");
        officer = region.user("alertpages", "Kosovo officer", Role.OFFICER, kosovo);
        viewer = region.user("alertpages", "Kosovo viewer", Role.VIEWER, kosovo);
        skopjeOfficer = region.user("alertpages", "Skopje officer", Role.OFFICER, skopje);
        coordinator = region.user("alertpages", "Coordinator", Role.REGIONAL_COORDINATOR, null);
        delegation = region.user("alertpages", "Delegation", Role.DELEGATION_READER, null);
    }

    UUID raise(AlertKind kind, String summary) {
        return alerts.raise(Actor.SYSTEM, NewAlert.aboutFigures(kind, kosovo, null, region.place("MK-GEVGELIJA"),
                "pages:" + UUID.randomUUID(), MONDAY, MONDAY.plusDays(6),
                Map.of("dailyAverageLastWeek", 120.5, "changePercent", -96, "direction", "ENTRY"), summary,
                List.of(kosovo))).orElseThrow();
    }

    @Test
    void theBellCountsUnreadOpenAlertsAndOpeningOneLowersIt() throws Exception {
        UUID one = raise(AlertKind.ROUTE_SHIFT, "Bell one.");
        raise(AlertKind.ROUTE_SHIFT, "Bell two.");
        long before = alerts.unreadCount(viewer);
        assertThat(bell(page(get("/"), viewer))).isEqualTo(before);

        assertThat(page(get("/alerts/" + one), viewer)).contains("Bell one.");

        assertThat(bell(page(get("/"), viewer))).isEqualTo(before - 1);
        assertThat(alerts.find(viewer, one).orElseThrow().read()).isTrue();
        assertThat(alerts.find(officer, one).orElseThrow().read()).as("read by the viewer only").isFalse();
    }

    @Test
    void aDelegationReaderHasNoBellAndNoAlerts() throws Exception {
        assertThat(page(get("/"), delegation)).doesNotContain("href=\"/alerts\"");
        assertThat(answer(get("/alerts"), delegation).getStatus()).isEqualTo(403);
        assertThat(page(get("/"), coordinator)).contains("href=\"/alerts\"");
    }

    @Test
    void theListOpensOnOpenAlertsAndFiltersByKindOperationAndState() throws Exception {
        String tag = org.corridor.RegionFixture.tag();
        UUID shift = raise(AlertKind.ROUTE_SHIFT, "Shift " + tag + ".");
        UUID closure = raise(AlertKind.ROUTE_CLOSURE, "Closure " + tag + ".");
        UUID resolved = raise(AlertKind.ROUTE_SHIFT, "Resolved " + tag + ".");
        alerts.resolve(officer, resolved, 0, "Counting gap.");

        assertThat(page(get("/alerts"), officer)).contains("Shift " + tag, "Closure " + tag)
                .doesNotContain("Resolved " + tag).contains("alert-unread");
        assertThat(page(get("/alerts?state=RESOLVED"), officer)).contains("Resolved " + tag)
                .doesNotContain("Shift " + tag);
        assertThat(page(get("/alerts?state=&kind=ROUTE_CLOSURE&operation=" + kosovo), officer))
                .contains("Closure " + tag).doesNotContain("Shift " + tag, "Resolved " + tag);
        assertThat(page(get("/alerts?state=&operation=" + skopje), coordinator)).doesNotContain(tag);
        // Kind, state and operation are named in the reader's language, and an unknown value filters nothing.
        assertThat(page(get("/alerts?kind=NONSENSE&state=ACKNOWLEDGED&operation=" + skopje), officer))
                .contains("No alert matches these filters");
        assertThat(shift).isNotEqualTo(closure);
    }

    @Test
    void anAlertShowsItsEvidenceLinksAndHistory() throws Exception {
        UUID id = raise(AlertKind.ROUTE_SHIFT, "Entries at Gevgelija fell by 96 %.");
        alerts.acknowledge(officer, id, 0, "We call the border police.");

        String page = page(get("/alerts/" + id), viewer);

        assertThat(page).contains("Entries at Gevgelija fell by 96 %.", "Daily average in the week", "120.5",
                "entries", "Acknowledged by Kosovo officer", "We call the border police.",
                "/flows/chart?location=" + region.place("MK-GEVGELIJA") + "&amp;from=2016-02-08&amp;to=2016-03-13",
                "Resolve alert", "Up to 4,000 characters.").doesNotContain("Acknowledge alert");
        // The evidence reads in the rule's order (what, then the figures compared), not as the database keeps it.
        assertThat(page.indexOf("Direction")).isLessThan(page.indexOf("Daily average in the week"));
        assertThat(page.indexOf("Daily average in the week")).isLessThan(page.indexOf("Change (%)"));
    }

    @Test
    void acknowledgesWithoutACommentAndResolvesOnlyWithOne() throws Exception {
        UUID id = raise(AlertKind.ROUTE_SHIFT, "To act on.");

        MockHttpServletResponse acknowledged = answer(post("/alerts/" + id + "/acknowledgement").with(csrf())
                .param("version", "0").param("comment", ""), officer);
        assertThat(acknowledged.getRedirectedUrl()).isEqualTo("/alerts/" + id);
        assertThat(alerts.find(officer, id).orElseThrow().state()).isEqualTo(AlertState.ACKNOWLEDGED);

        String refused = page(post("/alerts/" + id + "/resolution").with(csrf()).param("version", "1")
                .param("comment", "  "), officer);
        assertThat(refused).contains("There is a problem", "href=\"#resolve-comment\"", "id=\"resolve-comment-error\"",
                "Say how the alert was resolved");
        assertThat(alerts.find(officer, id).orElseThrow().state()).isEqualTo(AlertState.ACKNOWLEDGED);

        MockHttpServletResponse resolved = answer(post("/alerts/" + id + "/resolution").with(csrf())
                .param("version", "1").param("comment", "Teams moved to the new crossing."), officer);
        assertThat(resolved.getRedirectedUrl()).isEqualTo("/alerts/" + id);
        assertThat(page(get("/alerts/" + id), officer)).contains("Resolved by Kosovo officer",
                "Teams moved to the new crossing.").doesNotContain("Resolve alert");
    }

    @Test
    void aStaleVersionIsRefusedWithASentenceAndTheCommentKept() throws Exception {
        UUID id = raise(AlertKind.ROUTE_SHIFT, "Two readers.");
        alerts.acknowledge(viewer, id, 0, null);

        String page = page(post("/alerts/" + id + "/resolution").with(csrf()).param("version", "0")
                .param("comment", "My late comment."), officer);

        assertThat(page).contains("Someone changed this alert since you opened it", "My late comment.",
                "name=\"version\" value=\"1\"");
        assertThat(alerts.find(officer, id).orElseThrow().state()).isEqualTo(AlertState.ACKNOWLEDGED);
    }

    @Test
    void aCommentThatLooksLikePersonalDataIsKeptOnlyOnceConfirmed() throws Exception {
        UUID id = raise(AlertKind.ROUTE_SHIFT, "Personal data.");
        String comment = "Call the family at +389 70 123 456.";

        String warned = page(post("/alerts/" + id + "/acknowledgement").with(csrf()).param("version", "0")
                .param("comment", comment), officer);
        assertThat(warned).contains("a phone number", "+389 70 123 456", "name=\"confirmPersonalData\"");
        assertThat(alerts.find(officer, id).orElseThrow().state()).isEqualTo(AlertState.OPEN);

        assertThat(answer(post("/alerts/" + id + "/acknowledgement").with(csrf()).param("version", "0")
                .param("comment", comment).param("confirmPersonalData", "true"), officer).getRedirectedUrl())
                .isEqualTo("/alerts/" + id);
        assertThat(alerts.find(officer, id).orElseThrow().acknowledgementComment()).isEqualTo(comment);
    }

    @Test
    void someoneOfAnotherOperationIsRefused() throws Exception {
        UUID id = raise(AlertKind.ROUTE_SHIFT, "Kosovo own alert.");
        UUID internal = alerts.raise(Actor.SYSTEM, NewAlert.aboutRecord(AlertKind.ROUTE_CLOSURE, kosovo, null, null,
                "pages:" + UUID.randomUUID(), MONDAY, MONDAY, Map.of(), "Internal.", kosovo,
                DistributionLevel.OPERATION, "route_event", UUID.randomUUID())).orElseThrow();

        // The coordinator reads it, but it is not theirs to act on: no form, and a refusal if posted anyway.
        assertThat(page(get("/alerts/" + id), coordinator)).contains("Kosovo own alert.")
                .contains("Only the people of the alert").doesNotContain("Acknowledge alert");
        assertThat(answer(post("/alerts/" + id + "/acknowledgement").with(csrf()).param("version", "0"), coordinator)
                .getStatus()).isEqualTo(403);
        // Another operation's people, and the coordinator for an alert about an internal record, do not see it at all.
        assertThat(answer(get("/alerts/" + id), skopjeOfficer).getStatus()).isEqualTo(404);
        assertThat(answer(post("/alerts/" + id + "/resolution").with(csrf()).param("version", "0")
                .param("comment", "Not mine."), skopjeOfficer).getStatus()).isEqualTo(404);
        assertThat(answer(get("/alerts/" + internal), coordinator).getStatus()).isEqualTo(404);
        assertThat(alerts.find(officer, id).orElseThrow().state()).isEqualTo(AlertState.OPEN);
    }

    @Test
    void theRulesPageReadsItsThresholdsFromTheSettings() throws Exception {
        String page = page(get("/alerts/rules"), delegation);

        assertThat(page).contains("A fall of 60 % or more", "A rise of 100 % or more", "reach 200 people",
                "every day at 06:15 UTC", "older than 6 months", "Albania, Montenegro", "MK-GEVGELIJA-BCP",
                "from 7 days before its day", "below the weekly target of its plans 3 weeks running",
                "at least 50 people were counted in a week");
    }

    private String page(MockHttpServletRequestBuilder request, CorridorUser as) throws Exception {
        MockHttpServletResponse response = answer(request, as);
        assertThat(response.getStatus()).as("status of %s", request).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse answer(MockHttpServletRequestBuilder request, CorridorUser as) throws Exception {
        return mvc.perform(request.with(user(as))).andReturn().getResponse();
    }

    private static final Pattern BELL = Pattern.compile("aria-label=\"Alerts, (none|\\d+) unread\"");

    private static long bell(String page) {
        Matcher matcher = BELL.matcher(page);
        assertThat(matcher.find()).as("the bell in the navigation").isTrue();
        return matcher.group(1).equals("none") ? 0 : Long.parseLong(matcher.group(1));
    }
}
